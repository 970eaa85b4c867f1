package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import java.util.Objects;

/**
 * A decoded event of the store with where it stands: its global position, its campaign and its version there.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position the global position, at least 1
 * @param campaign the campaign
 * @param version the version in the campaign, at least 1
 * @param event the event
 */
public record RecordedEvent(long position, CampaignId campaign, long version, CampaignEvent event) {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code position} or {@code version} is below 1, quoting it
   */
  public RecordedEvent {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(event, "event");
    StoredEvent.requirePlace(position, version);
  }
}
