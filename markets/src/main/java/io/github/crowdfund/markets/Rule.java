package io.github.crowdfund.markets;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules and fees a platform's data file may state, each with its stable identifier (the {@code rule} column) and
 * the form of its value. Amounts are in major units of the fact's scope currency; percentages are numbers from 0 to
 * 100; tiers are {@code from:percent} pairs separated by {@code |}, starting at 0, in the scope currency. A pledge
 * limit is an amount, or {@value #NO_LIMIT} (in any scope) when the platform publishes none: a stated rule, not an
 * unknown.
 */
public enum Rule {
  /** A funding model the platform offers ({@code all_or_nothing} or {@code keep_it_all}); one fact per model. */
  FUNDING_MODEL("funding_model", Form.CHOICE, "all_or_nothing", "keep_it_all"),
  /** The organisation kinds that alone may use keep-it-all (All-In) funding, separated by {@code |}. */
  KEEP_IT_ALL_ORGANISATIONS("keep_it_all.organisations", Form.ORGANISATIONS),
  /** A kind of goal the platform offers ({@code money} or {@code pre_orders}); one fact per kind. */
  GOAL_KIND("goal.kind", Form.CHOICE, "money", "pre_orders"),
  /** Whether the goal may change after launch. */
  GOAL_CHANGEABLE("goal.changeable", Form.BOOLEAN),
  /** Whether a campaign has a deadline at all ({@code false} for GoFundMe). */
  DEADLINE_REQUIRED("deadline.required", Form.BOOLEAN),
  /** The local time at which campaigns end on their last day. */
  DEADLINE_TIME("deadline.time", Form.TIME),
  /** The time zone in which the platform counts campaign days. */
  DEADLINE_ZONE("deadline.zone", Form.ZONE),
  /** The shortest campaign, in days. */
  MIN_DURATION_DAYS("duration.min_days", Form.INTEGER),
  /** The longest campaign, in days. */
  MAX_DURATION_DAYS("duration.max_days", Form.INTEGER),
  /**
   * The smallest pledge, in the scope currency, or {@value #NO_LIMIT} when the platform publishes no minimum: then
   * any pledge of at least one minor unit (Kickstarter's come from its market catalogue instead).
   */
  PLEDGE_MINIMUM("pledge.minimum", Form.LIMIT),
  /**
   * The largest pledge, in the scope currency, or {@value #NO_LIMIT} when the platform publishes no maximum: then up
   * to what a campaign holds, {@link io.github.crowdfund.core.Campaign#largestAmount} (Kickstarter's come from its
   * market catalogue instead).
   */
  PLEDGE_MAXIMUM("pledge.maximum", Form.LIMIT),
  /** The length of the final window before the deadline, in hours (0: no such window). */
  FINAL_WINDOW_HOURS("final_window.hours", Form.INTEGER),
  /** Whether, in the final window, pledges may not be cancelled or reduced below the goal. */
  FINAL_WINDOW_NO_DROP_BELOW_GOAL("final_window.no_drop_below_goal", Form.BOOLEAN),
  /** Whether, in the final window, pledges may not be cancelled at all. */
  FINAL_WINDOW_NO_CANCEL("final_window.no_cancel", Form.BOOLEAN),
  /** How many days after the deadline a failed payment may be fixed. */
  RETRY_DAYS("retry.days", Form.INTEGER),
  /** The most units of one add-on a backer may take. */
  ADD_ON_MAX_PER_BACKER("add_on.max_per_backer", Form.INTEGER),
  /** The youngest age at which a person may create a campaign alone. */
  CREATOR_MINIMUM_AGE("creator.minimum_age", Form.INTEGER),
  /** How many countries the platform serves. */
  MARKETS_COUNT("markets.count", Form.INTEGER),
  /** The platform's commission on collected funds, in percent. */
  PLATFORM_FEE_PERCENT("fee.platform.percent", Form.PERCENT),
  /** The commission on a keep-it-all campaign that missed its goal, in percent, where it differs. */
  PLATFORM_FEE_MISSED_GOAL_PERCENT("fee.platform.missed_goal_percent", Form.PERCENT),
  /** Whether the commission is charged only when the campaign succeeds. */
  PLATFORM_FEE_ON_SUCCESS_ONLY("fee.platform.on_success_only", Form.BOOLEAN),
  /** The commission by amount raised, as tiers. */
  PLATFORM_FEE_TIERS("fee.platform.tiers", Form.TIERS),
  /** The commission by amount raised for cheque and offline payments, as tiers. */
  PLATFORM_FEE_OFFLINE_TIERS("fee.platform.offline_tiers", Form.TIERS),
  /** Whether a tier's rate applies to the {@code whole_total} or only to the {@code marginal} part inside it. */
  PLATFORM_FEE_TIER_MODE("fee.platform.tier_mode", Form.CHOICE, "whole_total", "marginal"),
  /**
   * Which date of a project decides its platform fee rules ({@code fee.platform.*}): {@code launch} (the default) or
   * {@code application} (CAMPFIRE); see {@link ProjectDates}.
   */
  PLATFORM_FEE_DATE_BASIS("fee.platform.date_basis", Form.CHOICE, "launch", "application"),
  /** The tax on fees, in percent. */
  TAX_PERCENT("fee.tax.percent", Form.PERCENT),
  /** What the tax is charged on: the {@code platform_fee} only, or {@code all_fees}. */
  TAX_APPLIES_TO("fee.tax.applies_to", Form.CHOICE, "platform_fee", "all_fees"),
  /** The processing fee per pledge, percent part. */
  PROCESSING_PERCENT("fee.processing.percent", Form.PERCENT),
  /** The processing fee per pledge, fixed part, in the scope currency (0 may apply to every currency). */
  PROCESSING_FIXED("fee.processing.fixed", Form.AMOUNT),
  /** The pledge amount below which the small-pledge processing fee applies. */
  PROCESSING_SMALL_BELOW("fee.processing.small_below", Form.AMOUNT),
  /** The processing fee on small pledges, percent part. */
  PROCESSING_SMALL_PERCENT("fee.processing.small_percent", Form.PERCENT),
  /** The processing fee on small pledges, fixed part, in the scope currency. */
  PROCESSING_SMALL_FIXED("fee.processing.small_fixed", Form.AMOUNT),
  /** The fee backers pay on top of each pledge, percent part. */
  BACKER_FEE_PERCENT("fee.backer.percent", Form.PERCENT),
  /** The fee backers pay on top of each pledge, fixed part, in the scope currency (0 may apply to every currency). */
  BACKER_FEE_FIXED("fee.backer.fixed", Form.AMOUNT),
  /** The pledge amount below which the small-pledge backer fee applies. */
  BACKER_FEE_SMALL_BELOW("fee.backer.small_below", Form.AMOUNT),
  /** The fixed backer fee on small pledges, in the scope currency. */
  BACKER_FEE_SMALL_FIXED("fee.backer.small_fixed", Form.AMOUNT),
  /** Whether the backer fee is refunded when the campaign fails. */
  BACKER_FEE_REFUNDED_ON_FAILURE("fee.backer.refunded_on_failure", Form.BOOLEAN),
  /** Whether the backer fee is refunded when a collected pledge is refunded later. */
  BACKER_FEE_REFUNDED_WITH_PLEDGE("fee.backer.refunded_with_pledge", Form.BOOLEAN),
  /** The smallest payout; below it contributions are refunded. */
  PAYOUT_MINIMUM("payout.minimum", Form.AMOUNT),
  /** A fixed fee on the payout transfer. */
  PAYOUT_TRANSFER_FEE("payout.transfer_fee", Form.AMOUNT);

  /**
   * The value of a pledge limit ({@link #PLEDGE_MINIMUM}, {@link #PLEDGE_MAXIMUM}) stating that the platform publishes
   * no such limit.
   */
  public static final String NO_LIMIT = "none";

  /** The forms a value takes; a {@code LIMIT} is an {@code AMOUNT} or {@link #NO_LIMIT}. */
  enum Form { CHOICE, ORGANISATIONS, BOOLEAN, TIME, ZONE, INTEGER, PERCENT, AMOUNT, LIMIT, TIERS }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String id;
  private final Form form;
  private final List<String> choices;

  Rule(String id, Form form, String... choices) {
    this.id = id;
    this.form = form;
    this.choices = List.of(choices);
  }

  /** Returns the stable identifier used in data files, e.g. {@code duration.max_days}. */
  public String id() {
    return id;
  }

  /** Whether a platform may state several values at once (one per funding model or goal kind). */
  boolean manyValued() {
    return form == Form.CHOICE && (this == FUNDING_MODEL || this == GOAL_KIND);
  }

  boolean needsCurrency() {
    return form == Form.AMOUNT || form == Form.LIMIT || form == Form.TIERS;
  }

  /**
   * Returns the rule with an identifier.
   *
   * @param id the identifier, e.g. {@code fee.platform.percent}, not null
   * @return the rule
   * @throws IllegalArgumentException quoting the identifier and listing the known ones
   */
  public static Rule ofId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown rule '" + id + "'; known: "
            + Arrays.stream(values()).map(Rule::id).collect(Collectors.joining(", "))));
  }

  /**
   * Checks a value's form for a scope ({@code *} or an ISO 4217 currency code).
   *
   * @throws IllegalArgumentException quoting the value when it does not have the rule's form
   */
  void check(String value, String scope) {
    Optional<CurrencyUnit> currency = scope.equals(RuleFact.ANY_SCOPE) ? Optional.empty()
        : Optional.of(CurrencyUnit.of(scope));
    if (form == Form.LIMIT && value.equals(NO_LIMIT)) {
      return;
    }
    if (needsCurrency() && currency.isEmpty() && !(form != Form.TIERS && isZero(value))) {
      throw new IllegalArgumentException(id + ": an amount other than 0 needs a currency scope, not '" + scope + "'");
    }
    switch (form) {
      case CHOICE -> {
        if (!choices.contains(value)) {
          throw new IllegalArgumentException(id + ": '" + value + "' is not one of " + choices);
        }
      }
      case ORGANISATIONS -> Arrays.stream(value.split("\\|")).forEach(OrganisationKind::parse);
      case BOOLEAN -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw new IllegalArgumentException(id + ": '" + value + "' is not true or false");
        }
      }
      case TIME -> LocalTime.parse(value);
      case ZONE -> ZoneId.of(value);
      case INTEGER -> {
        if (Integer.parseInt(value) < 0) {
          throw new IllegalArgumentException(id + ": '" + value + "' is negative");
        }
      }
      case PERCENT -> percent(value);
      case AMOUNT, LIMIT -> amount(currency.orElse(CurrencyUnit.USD), value);
      case TIERS -> tiers(currency.orElseThrow(), value);
    }
  }

  private static boolean isZero(String value) {
    try {
      return DataNumbers.parse(value).signum() == 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static BigDecimal percent(String value) {
    BigDecimal percent = DataNumbers.parse(value);
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("'" + value + "' is not a percentage from 0 to 100");
    }
    return percent;
  }

  static Money amount(CurrencyUnit currency, String value) {
    Money amount = DataNumbers.money(currency, DataNumbers.parse(value));
    if (amount.isNegative()) {
      throw new IllegalArgumentException("'" + value + "' is negative");
    }
    return amount;
  }

  /** A tier: from which amount raised a rate applies. */
  record Tier(Money from, BigDecimal percent) {}

  static List<Tier> tiers(CurrencyUnit currency, String value) {
    List<Tier> tiers = Arrays.stream(value.split("\\|")).map(part -> {
      String[] fromAndPercent = part.split(":");
      if (fromAndPercent.length != 2) {
        throw new IllegalArgumentException("'" + part + "' is not a tier 'from:percent'");
      }
      return new Tier(amount(currency, fromAndPercent[0]), percent(fromAndPercent[1]));
    }).toList();
    if (!tiers.get(0).from().isZero()) {
      throw new IllegalArgumentException("tiers '" + value + "' must start at 0");
    }
    for (int i = 1; i < tiers.size(); i++) {
      if (!tiers.get(i).from().isGreaterThan(tiers.get(i - 1).from())) {
        throw new IllegalArgumentException("tiers '" + value + "' must rise");
      }
    }
    return tiers;
  }

  /** Returns the identifier. */
  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
