package io.github.crowdfund.core.fees;

/** How the rate of a {@link CommissionTier} applies to the total raised; see {@link PlatformFee#tiered}. */
public enum TierMode {
  /** The rate of the tier the total falls in applies to the whole total. */
  WHOLE_TOTAL,
  /** Each tier's rate applies only to the part of the total inside that tier, like income-tax brackets. */
  MARGINAL
}
