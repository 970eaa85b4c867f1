package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignId;
import java.util.Objects;

/**
 * One row of the event log: an {@link EncodedEvent} with its campaign, its version in that campaign and its global
 * position.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position where the event stands among all events of the store, at least 1; increasing in the order the
 *     events were committed, not necessarily without gaps
 * @param campaign the campaign the event belongs to
 * @param version the event's number in its campaign: 1 for the first event, then 2, 3, … without gaps
 * @param event the event's type name, schema version and JSON text
 */
public record StoredEvent(long position, CampaignId campaign, long version, EncodedEvent event) {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code position} or {@code version} is below 1, quoting it
   */
  public StoredEvent {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(event, "event");
    requirePlace(position, version);
  }

  /**
   * Checks where an event stands.
   *
   * @param position its global position
   * @param version its version in its campaign
   * @throws IllegalArgumentException if either is below 1, quoting it
   */
  static void requirePlace(long position, long version) {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1: " + position);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
  }
}
