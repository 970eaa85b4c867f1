package io.github.crowdfund.markets;

import io.github.crowdfund.core.BackerFee;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.FeeSchedule;
import io.github.crowdfund.core.FeeTax;
import io.github.crowdfund.core.PlatformFee;
import io.github.crowdfund.core.PledgeFee;
import io.github.crowdfund.core.FundingModel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules and fees of one platform in force for one campaign, as core's {@link CampaignRules} and
 * {@link FeeSchedule}: its country's market (where the platform has a catalogue), its currency and its launch date. Every number comes from the platform's dated data; {@link #fact(Rule)} gives it
 * with its confidence and source. A number the data gives as unknown makes the method that needs it throw
 * {@link UnknownRuleException}, never a guess, and a fee part that needs it is core's explicit unknown part (a
 * settlement that needs it throws {@link io.github.crowdfund.core.UnknownFeeException} naming it); supply it with
 * {@link Platform#withFact(RuleFact)}. Platforms do not publish how they round fees: every fee part rounds half up to
 * the currency's minor unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformRules implements CampaignRules, FeeSchedule {

  private final Platform platform;
  private final Optional<Market> market;
  private final CurrencyUnit currency;
  private final LocalDate launchDate;

  PlatformRules(Platform platform, Optional<Market> market, CurrencyUnit currency, LocalDate launchDate) {
    this.platform = Objects.requireNonNull(platform, "platform");
    this.market = Objects.requireNonNull(market, "market");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.launchDate = Objects.requireNonNull(launchDate, "launchDate");
  }

  /** Returns the platform. */
  public Platform platform() {
    return platform;
  }

  /** Returns the campaign's market, where the platform has a market catalogue. */
  public Optional<Market> market() {
    return market;
  }

  /** Returns the campaign currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** Returns the launch date the rules are taken on. */
  public LocalDate launchDate() {
    return launchDate;
  }

  /**
   * Returns the fact behind a rule for this campaign's currency and launch date, with its confidence and source.
   *
   * @param rule the rule, not null
   * @return the fact (its value may be unknown), or empty when the data says nothing about it
   */
  public Optional<RuleFact> fact(Rule rule) {
    return platform.fact(rule, currency.getCode(), launchDate);
  }

  private <T> T known(Rule rule, java.util.function.Function<String, T> convert) {
    return platform.known(rule, currency.getCode(), launchDate, convert);
  }

  private Duration days(Rule rule) {
    return Duration.ofDays(known(rule, Integer::parseInt));
  }

  /**
   * Returns the shortest campaign.
   *
   * @return the minimum duration, in whole days
   * @throws UnknownRuleException when the data does not know it
   */
  @Override
  public Duration minimumDuration() {
    return days(Rule.MIN_DURATION_DAYS);
  }

  /**
   * Returns the longest campaign on the launch date (Kickstarter: 60 days, 90 before June 2011).
   *
   * @return the maximum duration, in whole days
   * @throws UnknownRuleException when the data does not know it
   * @throws IllegalStateException when the platform's campaigns have no deadline ({@link #hasDeadline()})
   */
  @Override
  public Duration maximumDuration() {
    if (!hasDeadline()) {
      throw new IllegalStateException(platform.name() + " campaigns have no deadline, hence no maximum duration");
    }
    return days(Rule.MAX_DURATION_DAYS);
  }

  /**
   * Whether campaigns end at a deadline (GoFundMe's do not).
   *
   * @return false only when the data says campaigns have no deadline
   */
  public boolean hasDeadline() {
    return fact(Rule.DEADLINE_REQUIRED).flatMap(RuleFact::value).map(Boolean::parseBoolean).orElse(true);
  }

  /**
   * Whether campaigns may run in a currency: only in the campaign currency, and only where pledge limits are known.
   *
   * @param candidate a currency, not null
   * @return true when {@code candidate} is the campaign currency and its pledge limits are known
   */
  @Override
  public boolean acceptsCurrency(CurrencyUnit candidate) {
    Objects.requireNonNull(candidate, "candidate");
    if (!candidate.equals(currency)) {
      return false;
    }
    try {
      minimumPledge(candidate);
      maximumPledge(candidate);
      return true;
    } catch (UnknownRuleException e) {
      return false;
    }
  }

  /**
   * Returns the smallest pledge: from the market catalogue where the platform has one, else from the data.
   *
   * @param candidate the campaign currency, not null
   * @return the minimum pledge
   * @throws IllegalArgumentException quoting the currency when it is not the campaign currency
   * @throws UnknownRuleException when the data does not know it
   */
  @Override
  public Money minimumPledge(CurrencyUnit candidate) {
    return pledgeLimit(candidate, Rule.PLEDGE_MINIMUM, PledgeLimits::minimum);
  }

  /**
   * Returns the largest pledge: from the market catalogue where the platform has one, else from the data.
   *
   * @param candidate the campaign currency, not null
   * @return the maximum pledge
   * @throws IllegalArgumentException quoting the currency when it is not the campaign currency
   * @throws UnknownRuleException when the data does not know it
   */
  @Override
  public Money maximumPledge(CurrencyUnit candidate) {
    return pledgeLimit(candidate, Rule.PLEDGE_MAXIMUM, PledgeLimits::maximum);
  }

  private Money pledgeLimit(CurrencyUnit candidate, Rule rule,
      java.util.function.Function<PledgeLimits, Money> limit) {
    if (!currency.equals(candidate)) {
      throw new IllegalArgumentException("these " + platform.name() + " rules are for " + currency + ", not '"
          + candidate + "'");
    }
    Optional<Money> fromCatalogue = market.flatMap(m -> m.pledgeLimits(currency)).map(limit);
    return fromCatalogue.orElseGet(() -> known(rule, value -> Rule.amount(currency, value)));
  }

  /**
   * Returns the final window before the deadline (Kickstarter and KissKissBankBank: 24 hours).
   *
   * @return the window; zero when the platform has none
   * @throws UnknownRuleException when the data does not know it
   */
  @Override
  public Duration finalWindow() {
    return Duration.ofHours(known(Rule.FINAL_WINDOW_HOURS, Integer::parseInt));
  }

  /**
   * Whether, in the final window, a backer may not cancel or reduce a pledge below the goal (true too where the
   * platform forbids any cancelling then, as KissKissBankBank does).
   *
   * @return the rule; false when the final window is zero
   * @throws UnknownRuleException when the data does not know it
   */
  @Override
  public boolean finalWindowForbidsDroppingBelowGoal() {
    if (finalWindow().isZero()) {
      return false;
    }
    return known(Rule.FINAL_WINDOW_NO_DROP_BELOW_GOAL, Boolean::parseBoolean);
  }

  /**
   * Returns the most units of one add-on a backer may take (Kickstarter: 10).
   *
   * @return the cap
   * @throws UnknownRuleException when the data does not know it
   */
  @Override
  public int addOnQuantityCap() {
    return known(Rule.ADD_ON_MAX_PER_BACKER, Integer::parseInt);
  }

  /**
   * Returns how long after the deadline a failed payment may be fixed (Kickstarter: 7 days).
   *
   * @return the window, or empty when the data does not know it (core then lets the application close it)
   */
  @Override
  public Optional<Duration> paymentRetryWindow() {
    return fact(Rule.RETRY_DAYS).flatMap(RuleFact::value).map(days -> Duration.ofDays(Integer.parseInt(days)));
  }

  /**
   * Returns the instant a campaign whose last day is {@code lastDay} ends, where the platform defines the hour and the
   * time zone (Makuake: 22:00 Tokyo time).
   *
   * @param lastDay the campaign's last day, not null
   * @return the end, or empty when the data does not define the hour and zone
   */
  public Optional<Instant> endOf(LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    Optional<LocalTime> time = fact(Rule.DEADLINE_TIME).flatMap(RuleFact::value).map(LocalTime::parse);
    Optional<ZoneId> zone = fact(Rule.DEADLINE_ZONE).flatMap(RuleFact::value).map(ZoneId::of);
    return time.flatMap(t -> zone.map(z -> lastDay.atTime(t).atZone(z).toInstant()));
  }

  /**
   * Returns the platform's commission on collected funds: tiered by amount raised where the data gives tiers, a
   * different rate for keep-it-all campaigns below their goal where it gives one, charged only on success where it
   * says so.
   *
   * @return the fee part; an explicit unknown when a fact it needs is unknown
   */
  @Override
  public PlatformFee platformFee() {
    return fees().platformFee();
  }

  /**
   * Returns the processing fee per collected pledge: a percentage plus a fixed amount, with another formula below a
   * threshold where the data gives one (Kickstarter US: 3% + $0.20, under $10: 5% + $0.05).
   *
   * @return the fee part; an explicit unknown when a fact it needs is unknown (Kickstarter outside USD, EUR, GBP)
   */
  @Override
  public PledgeFee processingFee() {
    return fees().processingFee();
  }

  /**
   * Returns the tax on fees (Ulule: 20% VAT on the commission; CAMPFIRE and READYFOR: consumption tax on all fees).
   *
   * @return the fee part; none when the data gives 0%; an explicit unknown when a fact it needs is unknown
   */
  @Override
  public FeeTax taxOnFees() {
    return fees().taxOnFees();
  }

  /**
   * Returns the fee backers pay on top of their pledges (Ulule since 2025-04-14, CAMPFIRE, READYFOR).
   *
   * @return the fee part; none when the data gives 0; an explicit unknown when a fact it needs is unknown
   */
  @Override
  public BackerFee backerFee() {
    return fees().backerFee();
  }

  private PlatformFees fees() {
    return new PlatformFees(platform, currency, launchDate);
  }

  /**
   * Returns the funding models the platform offers on the launch date.
   *
   * @return the models, never null
   */
  public Set<FundingModel> fundingModels() {
    Set<FundingModel> models = EnumSet.noneOf(FundingModel.class);
    platform.facts(Rule.FUNDING_MODEL, launchDate).forEach(fact ->
        models.add(FundingModel.valueOf(fact.known(platform.name(), RuleFact.ANY_SCOPE).toUpperCase(Locale.ROOT))));
    return models;
  }

  /**
   * Checks a funding model for a creator's kind of organisation, listing every reason it is refused: the platform
   * does not offer it, or offers it only to the organisations it names (READYFOR: keep-it-all "All-In" funding only
   * for public bodies, universities, certified NPOs and listed companies).
   *
   * @param model the funding model, not null
   * @param organisation the creator's kind of organisation ({@link OrganisationKind#OTHER} for a person), not null
   * @return the reasons, empty when the model is allowed
   */
  public List<Reason> checkFundingModel(FundingModel model, OrganisationKind organisation) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(organisation, "organisation");
    List<Reason> reasons = new ArrayList<>();
    Set<FundingModel> offered = fundingModels();
    if (!offered.contains(model)) {
      reasons.add(new Reason(Reason.Code.FUNDING_MODEL_NOT_OFFERED, platform.name() + " does not offer " + model
          + " funding on " + launchDate + "; it offers " + offered + "."));
    }
    if (model == FundingModel.KEEP_IT_ALL) {
      platform.fact(Rule.KEEP_IT_ALL_ORGANISATIONS, currency.getCode(), launchDate).flatMap(RuleFact::value)
          .map(list -> Arrays.stream(list.split("\\|")).map(OrganisationKind::parse).collect(Collectors.toSet()))
          .filter(allowed -> !allowed.contains(organisation))
          .ifPresent(allowed -> reasons.add(new Reason(Reason.Code.FUNDING_MODEL_NOT_FOR_ORGANISATION,
              platform.name() + " offers " + model + " funding only to " + allowed.stream().sorted()
                  .map(OrganisationKind::toString).collect(Collectors.joining(", ")) + "; a creator of kind "
                  + organisation + " is not one of them.")));
    }
    return reasons;
  }

  /** Returns the platform, country, currency and launch date. */
  @Override
  public String toString() {
    return platform.name() + " rules for " + market.map(Market::describe).orElse("a project") + " in " + currency
        + " launched on " + launchDate;
  }
}
