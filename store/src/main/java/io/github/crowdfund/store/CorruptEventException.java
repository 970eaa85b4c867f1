package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignId;
import java.util.Objects;

/**
 * A stored event cannot be read or applied: its JSON does not decode, its version breaks the campaign's sequence,
 * or it does not fit the campaign it belongs to. Names the campaign, the position, the version and the reason.
 */
public final class CorruptEventException extends EventStoreException {

  private static final long serialVersionUID = 1L;

  private final String campaign;
  private final long position;
  private final long version;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param campaign the campaign the event belongs to
   * @param position the event's global position
   * @param version the event's version in its campaign
   * @param reason what is wrong, in a sentence
   * @param cause the cause, or null
   */
  public CorruptEventException(CampaignId campaign, long position, long version, String reason, Throwable cause) {
    super("corrupt event in campaign " + Objects.requireNonNull(campaign, "campaign") + " at position " + position
        + " (version " + version + "): " + Objects.requireNonNull(reason, "reason"), cause);
    this.campaign = campaign.value();
    this.position = position;
    this.version = version;
    this.reason = reason;
  }

  /**
   * Returns the campaign the event belongs to.
   *
   * @return the campaign id
   */
  public CampaignId campaign() {
    return CampaignId.of(campaign);
  }

  /**
   * Returns the event's global position.
   *
   * @return the position
   */
  public long position() {
    return position;
  }

  /**
   * Returns the event's version in its campaign.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns what is wrong with the event.
   *
   * @return the reason, a sentence
   */
  public String reason() {
    return reason;
  }
}
