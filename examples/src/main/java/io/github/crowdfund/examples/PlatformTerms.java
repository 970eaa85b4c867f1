package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerFee;
import io.github.crowdfund.core.CommissionTier;
import io.github.crowdfund.core.FeeSchedule;
import io.github.crowdfund.core.FeeTax;
import io.github.crowdfund.core.PlatformFee;
import io.github.crowdfund.core.PledgeFee;
import io.github.crowdfund.core.TierMode;
import io.github.crowdfund.currency.Percentage;
import io.github.crowdfund.markets.PlatformRules;
import io.github.crowdfund.markets.Rule;
import io.github.crowdfund.markets.RuleFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads a platform's dated fees for one campaign ({@link PlatformRules}) as the {@link FeeSchedule} core's settlement
 * takes (the markets module gives the campaign rules, not yet the fee schedule). Every number comes from the
 * platform's facts; a fee the data gives as unknown becomes an explicit unknown fee part (settling with it throws)
 * rather than a guess. Fees round HALF_UP.
 */
final class PlatformTerms {

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private PlatformTerms() {}

  /** The fee schedule of a platform for one campaign: its commission, processing fee, tax on fees and backer fee. */
  static FeeSchedule feeSchedule(PlatformRules rules) {
    Facts facts = new Facts(rules);
    return FeeSchedule.of(facts.platformFee(), facts.processingFee(), facts.taxOnFees(), facts.backerFee());
  }

  /** The facts of one campaign's rules, read as fee parts. */
  private static final class Facts {
    private final PlatformRules rules;
    private final CurrencyUnit currency;

    Facts(PlatformRules rules) {
      this.rules = rules;
      this.currency = rules.currency();
    }

    /** The fact's value; empty when the data says nothing; {@code unknown} is returned as {@code Optional.of("")}. */
    private Optional<String> value(Rule rule) {
      return rules.fact(rule).map(fact -> fact.value().orElse(""));
    }

    private boolean isUnknown(Rule rule) {
      return value(rule).filter(String::isEmpty).isPresent();
    }

    private String what(Rule rule) {
      return rules.platform().name() + " " + rule.id() + " for " + currency + " on " + rules.launchDate() + " ("
          + rules.fact(rule).map(RuleFact::source).orElse("not in the data") + ")";
    }

    private Optional<Percentage> percent(Rule rule) {
      return value(rule).filter(v -> !v.isEmpty()).map(v -> Percentage.of(new BigDecimal(v)));
    }

    private Optional<Money> amount(Rule rule) {
      return value(rule).filter(v -> !v.isEmpty()).map(v -> Money.of(currency, new BigDecimal(v)));
    }

    private boolean flag(Rule rule) {
      return value(rule).map(Boolean::parseBoolean).orElse(false);
    }

    PlatformFee platformFee() {
      PlatformFee fee;
      if (value(Rule.PLATFORM_FEE_TIERS).isPresent()) {
        if (isUnknown(Rule.PLATFORM_FEE_TIERS) || isUnknown(Rule.PLATFORM_FEE_TIER_MODE)) {
          return PlatformFee.unknown(what(isUnknown(Rule.PLATFORM_FEE_TIERS)
              ? Rule.PLATFORM_FEE_TIERS : Rule.PLATFORM_FEE_TIER_MODE));
        }
        fee = PlatformFee.tiered(tiers(value(Rule.PLATFORM_FEE_TIERS).orElseThrow()),
            TierMode.valueOf(value(Rule.PLATFORM_FEE_TIER_MODE).orElse("whole_total").toUpperCase(Locale.ROOT)),
            ROUNDING);
      } else if (percent(Rule.PLATFORM_FEE_PERCENT).isPresent()) {
        fee = PlatformFee.percent(percent(Rule.PLATFORM_FEE_PERCENT).orElseThrow(), ROUNDING);
      } else {
        return PlatformFee.unknown(what(Rule.PLATFORM_FEE_PERCENT));
      }
      if (flag(Rule.PLATFORM_FEE_ON_SUCCESS_ONLY)) {
        return fee.onlyOnSuccess();
      }
      Optional<Percentage> missed = percent(Rule.PLATFORM_FEE_MISSED_GOAL_PERCENT);
      return missed.isPresent() ? PlatformFee.byOutcome(fee, PlatformFee.percent(missed.get(), ROUNDING)) : fee;
    }

    private List<CommissionTier> tiers(String text) {
      List<CommissionTier> tiers = new ArrayList<>();
      for (String tier : text.split("\\|")) {
        String[] fromAndRate = tier.split(":");
        tiers.add(new CommissionTier(Money.of(currency, new BigDecimal(fromAndRate[0])),
            Percentage.of(new BigDecimal(fromAndRate[1]))));
      }
      return tiers;
    }

    PledgeFee processingFee() {
      return perPledge(Rule.PROCESSING_PERCENT, Rule.PROCESSING_FIXED, Rule.PROCESSING_SMALL_BELOW,
          Rule.PROCESSING_SMALL_PERCENT, Rule.PROCESSING_SMALL_FIXED);
    }

    BackerFee backerFee() {
      PledgeFee fee = perPledge(Rule.BACKER_FEE_PERCENT, Rule.BACKER_FEE_FIXED, Rule.BACKER_FEE_SMALL_BELOW, null,
          Rule.BACKER_FEE_SMALL_FIXED);
      return new BackerFee(fee, flag(Rule.BACKER_FEE_REFUNDED_ON_FAILURE), flag(Rule.BACKER_FEE_REFUNDED_WITH_PLEDGE));
    }

    /** A percentage plus a fixed part, with another formula below a threshold where the data gives one. */
    private PledgeFee perPledge(Rule percent, Rule fixed, Rule smallBelow, Rule smallPercent, Rule smallFixed) {
      for (Rule rule : new Rule[] {percent, fixed}) {
        if (value(rule).orElse("").isEmpty()) {
          return PledgeFee.unknown(what(rule));
        }
      }
      PledgeFee regular = PledgeFee.percentPlusFixed(percent(percent).orElseThrow(), amount(fixed).orElseThrow(),
          ROUNDING);
      Optional<Money> threshold = amount(smallBelow);
      if (threshold.isEmpty()) {
        return regular;
      }
      Percentage smallRate = smallPercent == null ? Percentage.of(BigDecimal.ZERO)
          : percent(smallPercent).orElseThrow(() -> new IllegalStateException(what(smallPercent)));
      Money smallAmount = amount(smallFixed).orElseThrow(() -> new IllegalStateException(what(smallFixed)));
      return PledgeFee.below(threshold.get(), PledgeFee.percentPlusFixed(smallRate, smallAmount, ROUNDING), regular);
    }

    FeeTax taxOnFees() {
      if (value(Rule.TAX_PERCENT).orElse("").isEmpty()) {
        return FeeTax.unknown(what(Rule.TAX_PERCENT));
      }
      Percentage rate = percent(Rule.TAX_PERCENT).orElseThrow();
      if (rate.value().signum() == 0) {
        return FeeTax.none();
      }
      return value(Rule.TAX_APPLIES_TO).orElse("platform_fee").equals("all_fees")
          ? FeeTax.onAllFees(rate, ROUNDING) : FeeTax.onPlatformFee(rate, ROUNDING);
    }
  }
}
