package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignId;
import java.util.Objects;

/**
 * A snapshot the store did not use or could not save. Nothing is lost: the event log is the source of truth, so the
 * store loaded the campaign from its events instead, or kept the append that was made. Reported to the listener given
 * to {@link CampaignStore#withSnapshots}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param campaign the campaign
 * @param version the snapshot's version
 * @param reason why the snapshot was refused or not saved
 * @param cause the exception behind it, or null
 */
public record SnapshotProblem(CampaignId campaign, long version, String reason, Exception cause) {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if {@code campaign} or {@code reason} is null
   */
  public SnapshotProblem {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(reason, "reason");
  }
}
