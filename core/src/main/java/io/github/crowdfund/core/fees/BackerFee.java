package io.github.crowdfund.core.fees;

import io.github.crowdfund.core.settlement.Settlement;
import java.util.Objects;

/**
 * A fee the backer pays on top of a pledge (Ulule 2.2% + EUR 0.10 per contribution; CAMPFIRE JPY 250 under
 * JPY 10,000 and 2.5% from JPY 10,000; READYFOR JPY 220). It is not part of the campaign's total and never reaches
 * the creator; a {@link Settlement} keeps it apart.
 *
 * <p>A backer fee is charged with every pledge that is collected, and with every pledge of a failed all-or-nothing
 * campaign (platforms with backer fees take payment when the backer pledges), where it is refunded if
 * {@code refundedOnFailure}. A dropped pledge was never paid, so it carries no backer fee. When a collected pledge is
 * refunded later (a refund or dispute), the backer fee is refunded with it only if {@code refundedWithPledge}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fee the fee per pledge; not null (use {@link PledgeFee#unknown(String)} when it is not known)
 * @param refundedOnFailure whether the fee is paid back when an all-or-nothing campaign fails
 * @param refundedWithPledge whether the fee is paid back when a collected pledge is refunded
 */
public record BackerFee(PledgeFee fee, boolean refundedOnFailure, boolean refundedWithPledge) {
  /** Validates the parts. */
  public BackerFee {
    Objects.requireNonNull(fee, "fee");
  }

  /**
   * Returns the absence of a backer fee, stated explicitly (Kickstarter charges backers nothing on top).
   *
   * @return a backer fee of zero; never null
   */
  public static BackerFee none() {
    return new BackerFee(PledgeFee.none(), true, true);
  }
}
