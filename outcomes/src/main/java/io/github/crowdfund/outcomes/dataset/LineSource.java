package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads text line by line, counting lines, with a bound on a line's length so that a file without line breaks cannot
 * exhaust memory. A line ends at LF, CRLF or a lone CR; the end of the input ends the last line (an empty last line
 * is not reported). A line longer than the bound is read to its end but only its first chars are kept, and
 * {@link #truncated()} says so.
 *
 * <p>Not thread-safe: one instance per input.
 */
final class LineSource {

  /** The longest line kept by default, in chars: far above any real row (a few kilobytes). */
  static final int DEFAULT_MAX_LINE = 1 << 22;

  private final Reader in;
  private final int maxLine;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line;
  private boolean truncated;
  private boolean pendingCr;
  private final StringBuilder current = new StringBuilder(256);

  LineSource(Reader in, int maxLine, long firstLine) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxLine = maxLine;
    this.line = firstLine - 1;
  }

  /**
   * Returns the next line without its line break, or null at the end of the input.
   *
   * @throws IOException if the input cannot be read
   */
  String next() throws IOException {
    current.setLength(0);
    truncated = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          line++;
          return current.toString();
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      while (position < limit) {
        char c = buffer[position];
        if (c == '\n' || c == '\r') {
          keep(start, position);
          position++;
          pendingCr = c == '\r';
          line++;
          return current.toString();
        }
        position++;
      }
      keep(start, position);
      any = true;
    }
  }

  private void keep(int start, int end) {
    int room = maxLine - current.length();
    if (end - start > room) {
      truncated = true;
      current.append(buffer, start, Math.max(0, room));
    } else {
      current.append(buffer, start, end - start);
    }
  }

  /** Returns the number of the line {@link #next} returned last, from the first line given. */
  long line() {
    return line;
  }

  /** Returns whether the line {@link #next} returned last was longer than the bound and was cut. */
  boolean truncated() {
    return truncated;
  }
}
