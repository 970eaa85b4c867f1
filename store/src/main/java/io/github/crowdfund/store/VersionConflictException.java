package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignId;
import java.util.Objects;

/**
 * An append was refused because the campaign is no longer at the version its writer last saw: another writer
 * appended first. Nothing of the refused batch was stored. Read the new events, decide again, append again.
 */
public final class VersionConflictException extends EventStoreException {

  private static final long serialVersionUID = 1L;

  private final String campaign;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param campaign the campaign
   * @param expectedVersion the version the writer expected
   * @param actualVersion the version the campaign is at
   */
  public VersionConflictException(CampaignId campaign, long expectedVersion, long actualVersion) {
    super("campaign " + Objects.requireNonNull(campaign, "campaign") + " is at version " + actualVersion
        + ", not at version " + expectedVersion + " as the writer expected; nothing was appended");
    this.campaign = campaign.value();
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the campaign whose append was refused.
   *
   * @return the campaign id
   */
  public CampaignId campaign() {
    return CampaignId.of(campaign);
  }

  /**
   * Returns the version the writer expected the campaign to be at.
   *
   * @return the expected version, 0 for a campaign the writer thought new
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version the campaign was at when the append was refused.
   *
   * @return the actual version, 0 if the campaign has no events
   */
  public long actualVersion() {
    return actualVersion;
  }
}
