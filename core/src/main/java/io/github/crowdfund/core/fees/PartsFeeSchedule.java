package io.github.crowdfund.core.fees;

import java.util.Objects;

/** The {@link FeeSchedule} made by {@link FeeSchedule#of} and {@link FeeSchedule#withProcessingFeeOnRefund}. */
record PartsFeeSchedule(PlatformFee platformFee, PledgeFee processingFee, FeeTax taxOnFees, BackerFee backerFee,
    ProcessingFeeOnRefund processingFeeOnRefund) implements FeeSchedule {
  PartsFeeSchedule {
    Objects.requireNonNull(platformFee, "platformFee");
    Objects.requireNonNull(processingFee, "processingFee");
    Objects.requireNonNull(taxOnFees, "taxOnFees");
    Objects.requireNonNull(backerFee, "backerFee");
    Objects.requireNonNull(processingFeeOnRefund, "processingFeeOnRefund");
  }
}
