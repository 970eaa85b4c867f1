package io.github.crowdfund.core.fees;

import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The implementations behind the factories of {@link PledgeFee}, {@link PlatformFee} and {@link FeeTax}. */
final class Fees {
  private static final Percentage HUNDRED = Percentage.of(BigDecimal.valueOf(100));

  private Fees() {}

  /** Checks that a percentage lies in [0, 100]. */
  static void checkPercent(Percentage percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.value().signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a fee rate must be between 0% and 100%, got " + percent);
    }
  }

  /** The exact (unrounded) percentage of an amount, in major units. */
  static BigDecimal exactPercentOf(BigDecimal amount, Percentage percent) {
    return amount.multiply(percent.toFraction());
  }

  /** Rounds an exact amount in major units to the minor unit of the currency, once. */
  static Money round(CurrencyUnit currency, BigDecimal exact, RoundingMode rounding) {
    return Money.of(currency, exact, rounding);
  }

  /** No fee. */
  record NoFee() implements PledgeFee, PlatformFee, FeeTax {
    @Override
    public Money on(Money pledge) {
      return Money.zero(pledge.getCurrencyUnit());
    }

    @Override
    public Money on(Money collected, FundingOutcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      return Money.zero(collected.getCurrencyUnit());
    }

    @Override
    public Money taxOn(Money platformFee, Money processingFees) {
      MoneyChecks.checkSameCurrency(platformFee, processingFees);
      return Money.zero(platformFee.getCurrencyUnit());
    }

    @Override
    public String toString() {
      return "none";
    }
  }

  /** A fee the platform does not publish: using it throws. */
  record Unknown(String what) implements PledgeFee, PlatformFee, FeeTax {
    Unknown {
      Objects.requireNonNull(what, "what");
      if (what.isBlank()) {
        throw new IllegalArgumentException("an unknown fee must say what is missing, got \"" + what + "\"");
      }
    }

    @Override
    public Money on(Money pledge) {
      throw new UnknownFeeException(what);
    }

    @Override
    public Money on(Money collected, FundingOutcome outcome) {
      throw new UnknownFeeException(what);
    }

    @Override
    public Money taxOn(Money platformFee, Money processingFees) {
      throw new UnknownFeeException(what);
    }

    @Override
    public String toString() {
      return "unknown (" + what + ")";
    }
  }

  /** A percentage plus a fixed amount, rounded once. */
  record PercentPlusFixed(Percentage percent, Money fixed, RoundingMode rounding) implements PledgeFee {
    PercentPlusFixed {
      checkPercent(percent);
      MoneyChecks.checkNotNegative(fixed, "fixed");
      Objects.requireNonNull(rounding, "rounding");
    }

    @Override
    public Money on(Money pledge) {
      MoneyChecks.checkSameCurrency(pledge, fixed);
      BigDecimal exact = exactPercentOf(pledge.getAmount(), percent).add(fixed.getAmount());
      return round(pledge.getCurrencyUnit(), exact, rounding);
    }

    @Override
    public String toString() {
      if (percent.value().signum() == 0) {
        return fixed.toString();
      }
      return percent + " + " + fixed + " (rounded " + rounding + ")";
    }
  }

  /** One formula below a threshold, another from the threshold up. */
  record Threshold(Money threshold, PledgeFee below, PledgeFee fromThreshold) implements PledgeFee {
    Threshold {
      MoneyChecks.checkNotNegative(threshold, "threshold");
      Objects.requireNonNull(below, "below");
      Objects.requireNonNull(fromThreshold, "fromThreshold");
    }

    @Override
    public Money on(Money pledge) {
      MoneyChecks.checkSameCurrency(pledge, threshold);
      return pledge.isLessThan(threshold) ? below.on(pledge) : fromThreshold.on(pledge);
    }

    @Override
    public String toString() {
      return "under " + threshold + ": " + below + "; from " + threshold + ": " + fromThreshold;
    }
  }

  /** A percentage of one pledge, or of the collected funds, rounded once. */
  record Percent(Percentage percent, RoundingMode rounding) implements PledgeFee, PlatformFee {
    Percent {
      checkPercent(percent);
      Objects.requireNonNull(rounding, "rounding");
    }

    @Override
    public Money on(Money amount) {
      return percent.applyTo(amount, rounding);
    }

    @Override
    public Money on(Money collected, FundingOutcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      return on(collected);
    }

    @Override
    public String toString() {
      return percent + " (rounded " + rounding + ")";
    }
  }

  /** One platform fee on success and another when a keep-it-all campaign ends below its goal. */
  record ByOutcome(PlatformFee onSuccess, PlatformFee keptBelowGoal) implements PlatformFee {
    ByOutcome {
      Objects.requireNonNull(onSuccess, "onSuccess");
      Objects.requireNonNull(keptBelowGoal, "keptBelowGoal");
    }

    @Override
    public Money on(Money collected, FundingOutcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      switch (outcome) {
        case SUCCESSFUL:
          return onSuccess.on(collected, outcome);
        case KEPT_BELOW_GOAL:
          return keptBelowGoal.on(collected, outcome);
        default:
          return Money.zero(collected.getCurrencyUnit());
      }
    }

    @Override
    public String toString() {
      return "on success: " + onSuccess + "; kept below goal: " + keptBelowGoal;
    }
  }

  /** Commission tiers by total raised. */
  record Tiered(List<CommissionTier> tiers, TierMode mode, RoundingMode rounding) implements PlatformFee {
    Tiered {
      tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(rounding, "rounding");
      if (tiers.isEmpty() || !tiers.get(0).from().isZero()) {
        throw new IllegalArgumentException("the first commission tier must start at zero, got " + tiers);
      }
      for (int i = 1; i < tiers.size(); i++) {
        MoneyChecks.checkSameCurrency(tiers.get(0).from(), tiers.get(i).from());
        if (!tiers.get(i).from().isGreaterThan(tiers.get(i - 1).from())) {
          throw new IllegalArgumentException("commission tiers must start at increasing amounts, got " + tiers);
        }
      }
    }

    @Override
    public Money on(Money collected, FundingOutcome outcome) {
      Objects.requireNonNull(outcome, "outcome");
      MoneyChecks.checkSameCurrency(tiers.get(0).from(), collected);
      BigDecimal total = collected.getAmount();
      BigDecimal exact = mode == TierMode.WHOLE_TOTAL ? wholeTotal(total) : marginal(total);
      return round(collected.getCurrencyUnit(), exact, rounding);
    }

    /** The rate of the highest tier the total lies in (a tier covers totals above its start), on the whole total. */
    private BigDecimal wholeTotal(BigDecimal total) {
      CommissionTier applying = tiers.get(0);
      for (CommissionTier tier : tiers) {
        if (total.compareTo(tier.from().getAmount()) > 0) {
          applying = tier;
        }
      }
      return exactPercentOf(total, applying.rate());
    }

    /** Each tier's rate on the part of the total inside that tier. */
    private BigDecimal marginal(BigDecimal total) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < tiers.size(); i++) {
        BigDecimal start = tiers.get(i).from().getAmount();
        BigDecimal end = i + 1 < tiers.size() ? tiers.get(i + 1).from().getAmount().min(total) : total;
        if (end.compareTo(start) > 0) {
          sum = sum.add(exactPercentOf(end.subtract(start), tiers.get(i).rate()));
        }
      }
      return sum;
    }

    @Override
    public String toString() {
      String appliedTo = mode == TierMode.WHOLE_TOTAL ? "whole total" : "part in each tier";
      return "tiers " + tiers + " applied to the " + appliedTo + " (rounded " + rounding + ")";
    }
  }

  /** A tax rate on the platform fee alone, or on every fee. */
  record PercentTax(Percentage percent, boolean includesProcessing, RoundingMode rounding) implements FeeTax {
    PercentTax {
      checkPercent(percent);
      Objects.requireNonNull(rounding, "rounding");
    }

    @Override
    public Money taxOn(Money platformFee, Money processingFees) {
      MoneyChecks.checkSameCurrency(platformFee, processingFees);
      Money base = includesProcessing ? platformFee.plus(processingFees) : platformFee;
      return round(base.getCurrencyUnit(), exactPercentOf(base.getAmount(), percent), rounding);
    }

    @Override
    public String toString() {
      return percent + " of the platform fee" + (includesProcessing ? " and processing fees" : "")
          + " (rounded " + rounding + ")";
    }
  }
}
