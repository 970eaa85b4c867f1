package io.github.crowdfund.store;

import io.github.crowdfund.core.Campaign;
import java.util.Objects;

/**
 * A campaign as read from a store, with the version it was read at: the number of its events. Pass it back to
 * {@link CampaignStore#append(VersionedCampaign, java.util.List)} to append what was decided on it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param campaign the campaign
 * @param version the number of events that built it, at least 1
 */
public record VersionedCampaign(Campaign campaign, long version) {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if {@code campaign} is null
   * @throws IllegalArgumentException if {@code version} is below 1, quoting it
   */
  public VersionedCampaign {
    Objects.requireNonNull(campaign, "campaign");
    if (version < 1) {
      throw new IllegalArgumentException("a stored campaign's version is at least 1: " + version);
    }
  }
}
