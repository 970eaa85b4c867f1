package io.github.crowdfund.core;

/**
 * The outcome of charging a late pledge, which is charged at once: no retry window follows a failure (the backer
 * may pledge again).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum LateCharge {
  /** The charge succeeded: the late pledge counts in the late-pledge totals. */
  COLLECTED,
  /** The charge failed: nothing is collected and the late pledge does not count. */
  FAILED
}
