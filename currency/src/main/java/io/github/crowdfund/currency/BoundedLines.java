package io.github.crowdfund.currency;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines as {@link java.io.BufferedReader#readLine()} does (ends at {@code \n}, {@code \r} or
 * {@code \r\n}), but keeps at most {@link TextLimits#MAX_LINE_LENGTH} characters of a line and skips the rest,
 * so that a file of one endless line costs linear time and bounded memory. Not thread-safe.
 */
final class BoundedLines {

  private final Reader reader;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean pendingCarriageReturn;
  private int number;
  private boolean truncated;

  BoundedLines(Reader reader) {
    this.reader = reader;
  }

  /**
   * Returns the next line without its end, at most {@link TextLimits#MAX_LINE_LENGTH} characters of it, or null
   * at the end of the text.
   */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    truncated = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          number++;
          return line.toString();
        }
      }
      char c = buffer[position++];
      if (pendingCarriageReturn) {
        pendingCarriageReturn = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        pendingCarriageReturn = c == '\r';
        number++;
        return line.toString();
      }
      if (line.length() < TextLimits.MAX_LINE_LENGTH) {
        line.append(c);
      } else {
        truncated = true;
      }
    }
  }

  /** The number of the line {@link #next()} returned last, from 1. */
  int number() {
    return number;
  }

  /** Whether the line {@link #next()} returned last was cut at {@link TextLimits#MAX_LINE_LENGTH} characters. */
  boolean truncated() {
    return truncated;
  }
}
