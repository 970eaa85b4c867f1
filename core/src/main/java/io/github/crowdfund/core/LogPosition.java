package io.github.crowdfund.core;

import java.time.Instant;

/**
 * Where a campaign is in its event log: the instant of the last event applied (null on the initial campaign) and how
 * many events were applied, which is the position in the log of the next one.
 *
 * <p>This record is immutable and thread-safe.
 */
record LogPosition(Instant lastEventAt, long eventCount) {

  /** Before the first event. */
  static final LogPosition START = new LogPosition(null, 0);

  /** The position after one more event, dated {@code at}. */
  LogPosition next(Instant at) {
    return new LogPosition(at, eventCount + 1);
  }
}
