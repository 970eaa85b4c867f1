package io.github.crowdfund.markets;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.CommissionTier;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.fees.TierMode;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Builds core's fee parts from a platform's facts for one currency and a project's dates (the platform fee's rules by
 * the date their basis names, the others by the launch date). A part that needs a fact the data gives
 * as unknown becomes core's explicit unknown part, naming the missing fact; it is never taken as zero. Platforms do
 * not publish how they round, so every part rounds half up to the currency's minor unit.
 */
final class PlatformFees {

  static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** The platform fee's rules: they apply by the date {@link Rule#PLATFORM_FEE_DATE_BASIS} names. */
  private static final Set<Rule> PLATFORM_FEE_RULES = EnumSet.of(Rule.PLATFORM_FEE_PERCENT,
      Rule.PLATFORM_FEE_MISSED_GOAL_PERCENT, Rule.PLATFORM_FEE_ON_SUCCESS_ONLY, Rule.PLATFORM_FEE_TIERS,
      Rule.PLATFORM_FEE_OFFLINE_TIERS, Rule.PLATFORM_FEE_TIER_MODE);

  private final Platform platform;
  private final CurrencyUnit currency;
  private final LocalDate launchDate;
  private final LocalDate platformFeeDate;

  PlatformFees(Platform platform, CurrencyUnit currency, ProjectDates dates) {
    this.platform = platform;
    this.currency = currency;
    this.launchDate = dates.launched();
    this.platformFeeDate = dates.on(platformFeeBasis(platform, currency, dates.launched()));
  }

  /** The date basis of a platform's fee rules, as its data says on the launch date; the launch when it says none. */
  static DateBasis platformFeeBasis(Platform platform, CurrencyUnit currency, LocalDate launchDate) {
    return platform.fact(Rule.PLATFORM_FEE_DATE_BASIS, currency.getCode(), launchDate).flatMap(RuleFact::value)
        .map(DateBasis::ofData).orElse(DateBasis.LAUNCH);
  }

  private LocalDate dateOf(Rule rule) {
    return PLATFORM_FEE_RULES.contains(rule) ? platformFeeDate : launchDate;
  }

  private Optional<RuleFact> fact(Rule rule) {
    return platform.fact(rule, currency.getCode(), dateOf(rule));
  }

  private String known(Rule rule) {
    return platform.known(rule, currency.getCode(), dateOf(rule), value -> value);
  }

  private Percentage percent(Rule rule) {
    return Percentage.of(Rule.percent(known(rule)));
  }

  private Money amount(Rule rule) {
    return Rule.amount(currency, known(rule));
  }

  private boolean flag(Rule rule) {
    return Boolean.parseBoolean(known(rule));
  }

  PlatformFee platformFee() {
    try {
      PlatformFee fee;
      if (fact(Rule.PLATFORM_FEE_TIERS).isPresent()) {
        List<CommissionTier> tiers = Rule.tiers(currency, known(Rule.PLATFORM_FEE_TIERS)).stream()
            .map(tier -> new CommissionTier(tier.from(), Percentage.of(tier.percent()))).toList();
        TierMode mode = TierMode.valueOf(known(Rule.PLATFORM_FEE_TIER_MODE).toUpperCase(Locale.ROOT));
        fee = PlatformFee.tiered(tiers, mode, ROUNDING);
      } else {
        fee = PlatformFee.percent(percent(Rule.PLATFORM_FEE_PERCENT), ROUNDING);
      }
      if (fact(Rule.PLATFORM_FEE_MISSED_GOAL_PERCENT).isPresent()) {
        fee = PlatformFee.byOutcome(fee, PlatformFee.percent(percent(Rule.PLATFORM_FEE_MISSED_GOAL_PERCENT), ROUNDING));
      }
      return flag(Rule.PLATFORM_FEE_ON_SUCCESS_ONLY) ? fee.onlyOnSuccess() : fee;
    } catch (UnknownRuleException e) {
      return PlatformFee.unknown(e.getMessage());
    }
  }

  PledgeFee processingFee() {
    try {
      PledgeFee fee = percentPlusFixed(percent(Rule.PROCESSING_PERCENT), amount(Rule.PROCESSING_FIXED));
      if (fact(Rule.PROCESSING_SMALL_BELOW).isPresent()) {
        fee = PledgeFee.below(amount(Rule.PROCESSING_SMALL_BELOW),
            percentPlusFixed(percent(Rule.PROCESSING_SMALL_PERCENT), amount(Rule.PROCESSING_SMALL_FIXED)), fee);
      }
      return fee;
    } catch (UnknownRuleException e) {
      return PledgeFee.unknown(e.getMessage());
    }
  }

  FeeTax taxOnFees() {
    try {
      Percentage tax = percent(Rule.TAX_PERCENT);
      if (tax.value().signum() == 0) {
        return FeeTax.none();
      }
      return known(Rule.TAX_APPLIES_TO).equals("platform_fee")
          ? FeeTax.onPlatformFee(tax, ROUNDING) : FeeTax.onAllFees(tax, ROUNDING);
    } catch (UnknownRuleException e) {
      return FeeTax.unknown(e.getMessage());
    }
  }

  BackerFee backerFee() {
    try {
      PledgeFee fee = percentPlusFixed(percent(Rule.BACKER_FEE_PERCENT), amount(Rule.BACKER_FEE_FIXED));
      boolean small = fact(Rule.BACKER_FEE_SMALL_BELOW).isPresent();
      if (small) {
        fee = PledgeFee.below(amount(Rule.BACKER_FEE_SMALL_BELOW),
            PledgeFee.fixed(amount(Rule.BACKER_FEE_SMALL_FIXED)), fee);
      } else if (isNone(Rule.BACKER_FEE_PERCENT, Rule.BACKER_FEE_FIXED)) {
        return BackerFee.none();
      }
      return new BackerFee(fee, flag(Rule.BACKER_FEE_REFUNDED_ON_FAILURE), flag(Rule.BACKER_FEE_REFUNDED_WITH_PLEDGE));
    } catch (UnknownRuleException e) {
      return new BackerFee(PledgeFee.unknown(e.getMessage()), true, true);
    }
  }

  private boolean isNone(Rule percent, Rule fixed) {
    return percent(percent).value().signum() == 0 && amount(fixed).isZero();
  }

  private static PledgeFee percentPlusFixed(Percentage percent, Money fixed) {
    if (percent.value().signum() == 0) {
      return fixed.isZero() ? PledgeFee.none() : PledgeFee.fixed(fixed);
    }
    return fixed.isZero() ? PledgeFee.percent(percent, ROUNDING) : PledgeFee.percentPlusFixed(percent, fixed, ROUNDING);
  }
}
