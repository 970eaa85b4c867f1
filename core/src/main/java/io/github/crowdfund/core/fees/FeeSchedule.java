package io.github.crowdfund.core.fees;

/**
 * Every fee a platform charges when a campaign settles, as four composable parts: the platform's commission on the
 * collected funds ({@link PlatformFee}), the payment processing fee per collected pledge ({@link PledgeFee}), the tax
 * on those fees ({@link FeeTax}) and the fee backers pay on top of their pledges ({@link BackerFee}).
 *
 * <p>Every part must be stated: a platform that charges nothing of a kind says {@code none()}, and a fee nobody
 * published says {@code unknown("...")}, which makes a settlement that needs it throw {@link UnknownFeeException}
 * rather than assume zero. Each part rounds explicitly. Applications and the markets module supply data-backed
 * schedules through {@link #of}, or implement this interface.
 *
 * <p>Example, Kickstarter in the US:
 * <pre>{@code
 * FeeSchedule kickstarterUs = FeeSchedule.of(
 *     PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(),
 *     PledgeFee.below(Money.parse("USD 10.00"),
 *         PledgeFee.percentPlusFixed(Percentage.parse("5%"), Money.parse("USD 0.05"), RoundingMode.HALF_UP),
 *         PledgeFee.percentPlusFixed(Percentage.parse("3%"), Money.parse("USD 0.20"), RoundingMode.HALF_UP)),
 *     FeeTax.none(),
 *     BackerFee.none());
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface FeeSchedule {
  /**
   * Returns the platform's commission on the collected funds.
   *
   * @return the platform fee; never null
   */
  PlatformFee platformFee();

  /**
   * Returns the payment processing fee charged to the creator per collected pledge.
   *
   * @return the processing fee; never null
   */
  PledgeFee processingFee();

  /**
   * Returns the tax the creator pays on the platform and processing fees.
   *
   * @return the tax on fees; never null
   */
  FeeTax taxOnFees();

  /**
   * Returns the fee backers pay on top of their pledges.
   *
   * @return the backer fee; never null
   */
  BackerFee backerFee();

  /**
   * Returns what happens to the processing fee of a refunded charge. The default is
   * {@link ProcessingFeeOnRefund#KEPT_BY_PROCESSOR}, what Kickstarter's processor does and the safe assumption where
   * a platform does not publish its rule; change it with {@link #withProcessingFeeOnRefund}.
   *
   * @return the rule; never null
   */
  default ProcessingFeeOnRefund processingFeeOnRefund() {
    return ProcessingFeeOnRefund.KEPT_BY_PROCESSOR;
  }

  /**
   * Returns this schedule with another rule for the processing fee of refunded charges, every part unchanged.
   *
   * @param rule the rule; not null
   * @return a new schedule; never null
   */
  default FeeSchedule withProcessingFeeOnRefund(ProcessingFeeOnRefund rule) {
    return new PartsFeeSchedule(platformFee(), processingFee(), taxOnFees(), backerFee(), rule);
  }

  /**
   * Returns a schedule made of the given parts.
   *
   * @param platformFee the platform's commission; not null
   * @param processingFee the processing fee per collected pledge; not null
   * @param taxOnFees the tax on fees; not null
   * @param backerFee the fee backers pay on top; not null
   * @return the schedule, immutable and thread-safe if its parts are; never null
   */
  static FeeSchedule of(PlatformFee platformFee, PledgeFee processingFee, FeeTax taxOnFees, BackerFee backerFee) {
    return new PartsFeeSchedule(platformFee, processingFee, taxOnFees, backerFee,
        ProcessingFeeOnRefund.KEPT_BY_PROCESSOR);
  }
}
