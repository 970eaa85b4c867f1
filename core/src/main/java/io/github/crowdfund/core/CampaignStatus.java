package io.github.crowdfund.core;

/**
 * Where a campaign is in its life.
 *
 * <p>NOT_CREATED → DRAFT → SUBMITTED → LIVE → SUCCESSFUL or FAILED; the creator may cancel from DRAFT, SUBMITTED or LIVE
 * (CANCELED); the platform may suspend a LIVE campaign (SUSPENDED, its pledges void).
 */
public enum CampaignStatus {
  /** Not created yet: {@link Campaign#initial()}, on which only a create command is decided. */
  NOT_CREATED,
  /** Being prepared by the creator; nothing is public. */
  DRAFT,
  /** Submitted to the platform for review; may still be edited. */
  SUBMITTED,
  /** Launched: accepting pledges until the deadline. */
  LIVE,
  /** Ended at the deadline with its goal met (or, keep-it-all, with something raised). */
  SUCCESSFUL,
  /** Ended at the deadline without meeting its goal. */
  FAILED,
  /** Canceled by the creator before it ended. */
  CANCELED,
  /** Suspended by the platform while live; its pledges are void. */
  SUSPENDED;

  /**
   * Whether no command can move the campaign out of this status.
   *
   * @return true for SUCCESSFUL, FAILED, CANCELED and SUSPENDED
   */
  public boolean isFinal() {
    return this != NOT_CREATED && this != DRAFT && this != SUBMITTED && this != LIVE;
  }
}
