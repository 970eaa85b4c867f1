package io.github.crowdfund.examples;

import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on standard error, shown only for work that takes more than a moment. */
final class ProgressBars {

  /** Files at least this large get a progress bar while they are read (about a second of work). */
  static final long LARGE_FILE_BYTES = 8L << 20;
  /** Generating at least this many rows gets a progress bar. */
  static final long MANY_ROWS = 100_000;
  /** Simulating at least this many campaigns gets a progress bar. */
  static final long MANY_CAMPAIGNS = 20_000;

  private ProgressBars() {}

  static ProgressBarBuilder bar(String task, long max, String unit, long unitSize) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(unit, unitSize)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250);
  }
}
