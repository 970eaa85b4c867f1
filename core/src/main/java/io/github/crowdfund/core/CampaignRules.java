package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The platform rules a campaign decision consults: duration bounds, pledge limits in the campaign currency, the final
 * window and add-on cap.
 *
 * <p>Implementations for real platforms and markets live in the {@code markets} module; {@link #defaults()} gives
 * Kickstarter's rules for a United States project for tests and quick starts. Implementations must be immutable
 * and thread-safe, and never read the clock: the decider passes every instant in.
 */
public interface CampaignRules {

  /**
   * Returns the shortest duration a campaign may run, from launch to deadline.
   *
   * @return the minimum duration, positive
   */
  Duration minimumDuration();

  /**
   * Returns the longest duration a campaign may run, from launch to deadline.
   *
   * @return the maximum duration, at least {@link #minimumDuration()}
   */
  Duration maximumDuration();

  /**
   * Whether campaigns may be run in {@code currency}.
   *
   * @param currency a campaign currency
   * @return true if the rules state pledge limits for it
   */
  boolean acceptsCurrency(CurrencyUnit currency);

  /**
   * Returns the smallest pledge allowed in {@code currency}.
   *
   * @param currency a currency the rules accept
   * @return the minimum pledge, positive, in that currency
   * @throws IllegalArgumentException if the currency is not accepted, quoting it
   */
  Money minimumPledge(CurrencyUnit currency);

  /**
   * Returns the largest pledge allowed in {@code currency}; a reward tier may not cost more.
   *
   * @param currency a currency the rules accept
   * @return the maximum pledge, at least the minimum, in that currency
   * @throws IllegalArgumentException if the currency is not accepted, quoting it
   */
  Money maximumPledge(CurrencyUnit currency);

  /**
   * Returns the length of the final window before the deadline (Kickstarter: 24 hours).
   *
   * @return the final window, zero or positive
   */
  Duration finalWindow();

  /**
   * Returns what backers may not do inside the final window: nothing forbidden, no cancelling or reducing that takes
   * a campaign from its goal to below it (Kickstarter), or no cancelling or reducing at all (KissKissBankBank).
   *
   * @return the rule; never null
   */
  FinalWindowRule finalWindowRule();

  /**
   * Returns why a campaign in {@code currency} cannot be decided under these rules, or empty when it can. The
   * default says the currency is not accepted when {@link #acceptsCurrency} is false; rules built from data
   * override it to name the real cause (for example pledge limits the data does not know, with their source).
   *
   * @param currency the campaign currency; not null
   * @return the violation, or empty when campaigns in the currency are accepted
   */
  default Optional<RuleViolation> currencyViolation(CurrencyUnit currency) {
    return acceptsCurrency(currency) ? Optional.empty() : Optional.of(new RuleViolation(
        RuleViolation.Code.CURRENCY_NOT_SUPPORTED, "the rules accept no campaigns in " + currency));
  }

  /**
   * Returns the most units of one add-on a platform lets a backer take; an add-on's own per-backer maximum may not
   * exceed it.
   *
   * @return the cap, at least 1
   */
  int addOnQuantityCap();

  /**
   * Returns how long after the deadline a backer whose payment failed may fix it before the pledge is dropped
   * (Kickstarter: 7 days, with one automatic retry at the end). The window cannot be extended.
   *
   * <p>The default is empty: the platform's window is not known, so the library assumes none and the application
   * says when the window closes ({@link CampaignCommand.CloseRetryWindow}) whenever it likes after the charge.
   *
   * @return the retry window, zero or positive, or empty if the rules do not know it; never null
   */
  default Optional<Duration> paymentRetryWindow() {
    return Optional.empty();
  }

  /**
   * Returns the payment plan shapes (pledges over time) a campaign under these rules may offer its backers
   * ({@link CampaignCommand.EnablePaymentPlans}). The default offers none; rules built from data return the
   * platform's shapes, for example from the markets module's {@code PaymentPlanShapes}.
   *
   * @return the shapes, possibly empty; never null
   */
  default List<PaymentPlanShape> paymentPlanShapes() {
    return List.of();
  }

  /**
   * Returns these rules offering other payment plan shapes: every other rule is this one's, read through on each
   * call. For an application that offers a platform's shapes (for example one of markets' bundled
   * {@code PaymentPlanShapes}) under rules that do not list them.
   *
   * @param shapes the shapes offered; not null, no null element
   * @return the rules offering {@code shapes} instead of {@link #paymentPlanShapes()}
   */
  default CampaignRules withPaymentPlanShapes(List<PaymentPlanShape> shapes) {
    return new RulesOfferingPlans(this, List.copyOf(shapes));
  }

  /**
   * Tells whether campaigns under these rules end at a deadline. When false (GoFundMe), a campaign is an open-ended
   * fundraiser: it launches with {@link CampaignCommand.LaunchFundraiser}, takes donations charged at once
   * ({@link CampaignCommand.Donate}) and keeps whatever is given; its duration is not checked nor used.
   *
   * @return true by default; false for platforms whose fundraisers have no deadline
   */
  default boolean hasDeadline() {
    return true;
  }

  /**
   * Kickstarter's rules for a project in the United States (USD only): duration 1 to 60 days, pledges $1 to
   * $10,000, a final window of 24 hours that forbids dropping below the goal, at most 10 of each add-on per
   * backer, and 7 days after the deadline to fix a failed payment. Source: the Kickstarter part of the project's
   * platform-rules reference, as of 2026.
   *
   * @return the default rules
   */
  static CampaignRules defaults() {
    return KickstarterUsRules.INSTANCE;
  }
}
