package io.github.crowdfund.core.fees;

import java.util.Objects;

/** The {@link FeeSchedule} made by {@link FeeSchedule#of}. */
record PartsFeeSchedule(PlatformFee platformFee, PledgeFee processingFee, FeeTax taxOnFees, BackerFee backerFee)
    implements FeeSchedule {
  PartsFeeSchedule {
    Objects.requireNonNull(platformFee, "platformFee");
    Objects.requireNonNull(processingFee, "processingFee");
    Objects.requireNonNull(taxOnFees, "taxOnFees");
    Objects.requireNonNull(backerFee, "backerFee");
  }
}
