package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import java.io.Serializable;

/** Accumulates {@link FundingRatios}; merges exactly. Not thread-safe. */
final class FundingRatioAccumulator implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LogHistogram ratio = new LogHistogram();
  private long reached20;
  private long reached30;
  private long reached50;
  private long reached100;

  void add(ProjectRecord record) {
    add(record.pledgedMinor(), record.goalMinor());
  }

  /** Adds one project from its pledged total and positive goal, both in minor units of one currency. */
  void add(long pledged, long goal) {
    ratio.add((double) pledged / goal);
    long pledgedPercent = Math.multiplyExact(pledged, 100L);
    if (pledgedPercent >= Math.multiplyExact(goal, 20L)) {
      reached20++;
      if (pledgedPercent >= Math.multiplyExact(goal, 30L)) {
        reached30++;
        if (pledgedPercent >= Math.multiplyExact(goal, 50L)) {
          reached50++;
          if (pledged >= goal) {
            reached100++;
          }
        }
      }
    }
  }

  void merge(FundingRatioAccumulator other) {
    ratio.merge(other.ratio);
    reached20 += other.reached20;
    reached30 += other.reached30;
    reached50 += other.reached50;
    reached100 += other.reached100;
  }

  FundingRatios result() {
    return new FundingRatios(ratio.snapshot(), reached20, reached30, reached50, reached100);
  }
}
