package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads the data rows of one CSV stream (a whole file after its header, or one part of a file) into records.
 *
 * <p>Not thread-safe: one instance per stream.
 */
final class RowReader {

  /** How {@link #readUntil} ended. */
  enum Ending {
    /** The stream ended. */
    END,
    /** A row or empty line started at the stop offset; it was left unread. */
    STOP_OFFSET,
    /** The caller asked to give up. */
    ABANDONED
  }

  private final CsvScanner scanner;
  private final CsvFields fields;
  private final ProjectRowParser parser;
  private final RowTally tally;
  private boolean passedStopOffset;

  /** Reads the rows {@code scanner} splits into {@code fields}. */
  RowReader(CsvScanner scanner, CsvFields fields, ProjectRowParser parser, RowTally tally) {
    this.scanner = scanner;
    this.fields = fields;
    this.parser = parser;
    this.tally = tally;
  }

  /**
   * Reads rows until the stream ends or a row or empty line starts at {@code stopOffset}. A row that starts after the
   * stop offset without one starting on it means the stop offset is inside a row: reading then goes on to the end of
   * the stream, and {@link #passedStopOffset()} says so.
   *
   * <p>A row the scanner cannot split is rejected and reading goes on at the line after its first line; so does it
   * after a row that spans several lines and whose fields do not fit the layout, as when a stray quote made one row
   * of several.
   *
   * @param stopOffset the file offset at which reading stops; {@link Long#MAX_VALUE} for none
   * @param sink receives every kept record
   * @param abandoned polled before each row; reading stops when it answers true
   * @return how reading ended
   * @throws IOException if the stream cannot be read
   */
  Ending readUntil(long stopOffset, Consumer<? super ProjectRecord> sink, BooleanSupplier abandoned)
      throws IOException {
    long stop = stopOffset;
    while (true) {
      long offset = scanner.offset();
      if (offset >= stop) {
        if (offset == stop) {
          return Ending.STOP_OFFSET;
        }
        passedStopOffset = true;
        stop = Long.MAX_VALUE;
      }
      if (abandoned.getAsBoolean()) {
        return Ending.ABANDONED;
      }
      switch (scanner.next()) {
        case END:
          return Ending.END;
        case EMPTY_LINE:
          break;
        case BROKEN:
          tally.rejected(new RowProblem(scanner.brokenLine(), "the row cannot be split into fields: "
              + scanner.brokenReason()));
          break;
        case ROW:
          try {
            ProjectRecord record = parser.parse(fields);
            tally.kept(record);
            sink.accept(record);
          } catch (ProjectRowParser.BadRow bad) {
            tally.rejected(new RowProblem(fields.line(), bad.getMessage()));
            if (bad.misshapen() && fields.lines() > 1) {
              scanner.resync();
            }
          }
          break;
        default:
          throw new AssertionError(scanner);
      }
    }
  }

  /** Returns whether the last {@link #readUntil} found its stop offset inside a row and read on to the end. */
  boolean passedStopOffset() {
    return passedStopOffset;
  }
}
