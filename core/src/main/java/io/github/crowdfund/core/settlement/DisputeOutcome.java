package io.github.crowdfund.core.settlement;

/**
 * How a disputed charge ended: the creator won (the backer's bank kept the charge with the creator) or lost (a
 * chargeback: the money goes back to the backer and is debited from the creator).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum DisputeOutcome {
  /** The charge stands: no money moves. */
  WON,
  /** A chargeback: the disputed amount goes back to the backer. */
  LOST
}
