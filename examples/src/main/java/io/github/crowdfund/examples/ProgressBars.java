package io.github.crowdfund.examples;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on standard error, shown only for work that takes more than a moment and only when standard error
 * is a terminal: redirected to a file or a pipe, it receives no carriage-return frames.
 */
final class ProgressBars {

  /** Files at least this large get a progress bar while they are read (about a second of work). */
  static final long LARGE_FILE_BYTES = 8L << 20;
  /** Generating at least this many rows gets a progress bar. */
  static final long MANY_ROWS = 100_000;
  /** Simulating at least this many campaigns gets a progress bar. */
  static final long MANY_CAMPAIGNS = 20_000;

  /** Progress of one task; a bar on a terminal, nothing otherwise. Not thread-safe unless the bar is. */
  interface Progress extends AutoCloseable {
    /** Moves the progress forward by {@code steps}. */
    void stepBy(long steps);

    /** Sets the progress to {@code step}. */
    void stepTo(long step);

    @Override
    void close();
  }

  private static final Progress NONE = new Progress() {
    @Override
    public void stepBy(long steps) {}

    @Override
    public void stepTo(long step) {}

    @Override
    public void close() {}
  };

  private ProgressBars() {}

  /**
   * Starts showing the progress of a task, if it is large enough and the application runs on a terminal.
   *
   * @param task the task's name, e.g. {@code Reading}
   * @param max the steps of the whole task
   * @param threshold the fewest steps worth a bar
   * @param unit the unit shown, e.g. {@code MB}
   * @param unitSize steps per unit
   * @return the progress; close it when the task ends; never null
   */
  static Progress start(String task, long max, long threshold, String unit, long unitSize) {
    if (max < threshold || !onTerminal()) {
      return NONE;
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(unit, unitSize)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .build();
    return new Progress() {
      @Override
      public void stepBy(long steps) {
        bar.stepBy(steps);
      }

      @Override
      public void stepTo(long step) {
        bar.stepTo(step);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /**
   * Tells whether standard error is a terminal. A console must exist and, from JDK 22 on (where
   * {@link System#console()} returns one even when redirected), {@code Console.isTerminal()} must say so; where the
   * system shows it ({@code /proc/self/fd/2} on Linux), standard error itself must be a terminal, since the console
   * only speaks for standard input and output.
   */
  static boolean onTerminal() {
    Console console = System.console();
    return console != null && consoleIsTerminal(console) && standardErrorMayBeTerminal();
  }

  private static boolean standardErrorMayBeTerminal() {
    Path standardError = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(standardError).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  private static boolean consoleIsTerminal(Console console) {
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
