package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
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
    /** A row started on the stop line; it was left unread. */
    STOP_LINE,
    /** The CSV could not be parsed further; the tally says where. */
    UNPARSEABLE,
    /** The caller asked to give up. */
    ABANDONED
  }

  private final CsvFields fields;
  private final Iterator<CsvFields> rows;
  private final ProjectRowParser parser;
  private final RowTally tally;
  private boolean passedStopLine;

  /** Reads {@code rows}, which FastCSV fills through {@code fields}. */
  RowReader(CsvFields fields, Iterator<CsvFields> rows, KaggleLayout layout, RowTally tally) {
    this.fields = fields;
    this.rows = rows;
    this.parser = new ProjectRowParser(layout);
    this.tally = tally;
  }

  /**
   * Reads rows until the stream ends or a row starts on {@code stopLine}. A row that starts after the stop line
   * without one starting on it means the stop line is inside a row: reading then goes on to the end of the stream,
   * and {@link #passedStopLine()} says so.
   *
   * @param stopLine the line (from 1, within this stream) on which reading stops; {@link Long#MAX_VALUE} for none
   * @param sink receives every kept record
   * @param abandoned polled before each row; reading stops when it answers true
   * @return how reading ended
   * @throws IOException if the stream cannot be read
   */
  Ending readUntil(long stopLine, Consumer<? super ProjectRecord> sink, BooleanSupplier abandoned)
      throws IOException {
    long stop = stopLine;
    while (true) {
      CsvFields row;
      try {
        if (!rows.hasNext()) {
          return Ending.END;
        }
        row = rows.next();
      } catch (CsvParseException e) {
        tally.stop(new RowProblem(fields.line(), "the CSV cannot be parsed further: " + reason(e)));
        return Ending.UNPARSEABLE;
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      long line = row.line();
      if (line >= stop) {
        if (line == stop) {
          return Ending.STOP_LINE;
        }
        passedStopLine = true;
        stop = Long.MAX_VALUE;
      }
      if (abandoned.getAsBoolean()) {
        return Ending.ABANDONED;
      }
      try {
        ProjectRecord record = parser.parse(row);
        tally.kept(record);
        sink.accept(record);
      } catch (ProjectRowParser.BadRow bad) {
        tally.rejected(new RowProblem(line, bad.getMessage()));
      }
    }
  }

  /**
   * Returns FastCSV's reason without the wrapper that names the row's line counted from where the stream began (a
   * part's first line, not the file's); the {@link RowProblem} names the line.
   */
  private static String reason(CsvParseException e) {
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
  }

  /** Returns whether the last {@link #readUntil} found its stop line inside a row and read on to the end. */
  boolean passedStopLine() {
    return passedStopLine;
  }
}
