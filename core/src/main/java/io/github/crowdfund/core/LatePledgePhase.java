package io.github.crowdfund.core;

/**
 * Where a campaign stands with late pledges at an instant ({@link LatePledgeView#phase}).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum LatePledgePhase {
  /** The creator did not enable late pledges before the deadline. */
  NOT_ENABLED,
  /** Enabled, but the campaign has not ended successfully yet. */
  WAITING,
  /** The campaign ended without success (failed, canceled or suspended): it never enters the late-pledge phase. */
  NOT_ELIGIBLE,
  /** Successful, enabled and not ended: late pledges are accepted. */
  OPEN,
  /** Ended for the whole campaign, on command or at the planned date. */
  ENDED
}
