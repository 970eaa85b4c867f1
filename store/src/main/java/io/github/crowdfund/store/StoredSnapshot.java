package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignId;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the snapshot table: a campaign's state encoded at a version, and where that version's event stands in
 * the log now. A snapshot is derived from the events and only ever trusted while it still matches them.
 *
 * <p>The state array is shared, not copied: do not change it. Otherwise immutable and thread-safe.
 *
 * @param campaign the campaign
 * @param version the campaign's version the state is at, at least 1
 * @param position the global position of the event at {@code version} when the snapshot was saved
 * @param logPosition the global position of the event at {@code version} in the log now; 0 if the log has no such
 *     event
 * @param formatVersion the format version of {@code state}, as the encoder wrote it
 * @param state the encoded state
 */
public record StoredSnapshot(CampaignId campaign, long version, long position, long logPosition, int formatVersion,
    byte[] state) {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if {@code campaign} or {@code state} is null
   * @throws IllegalArgumentException if {@code position} or {@code version} is below 1, quoting it
   */
  public StoredSnapshot {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(state, "state");
    StoredEvent.requirePlace(position, version);
  }

  /**
   * Tells whether the snapshot still stands on the log: the event at its version is the one it was saved after.
   *
   * @return true if the log's event at {@code version} has the position saved with the snapshot
   */
  public boolean matchesLog() {
    return logPosition == position;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredSnapshot that && campaign.equals(that.campaign) && version == that.version
        && position == that.position && logPosition == that.logPosition && formatVersion == that.formatVersion
        && Arrays.equals(state, that.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(campaign, version, position, logPosition, formatVersion, Arrays.hashCode(state));
  }

  @Override
  public String toString() {
    return "StoredSnapshot[" + campaign + " at version " + version + ", position " + position + " (log: "
        + logPosition + "), format " + formatVersion + ", " + state.length + " bytes]";
  }
}
