package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits the bytes of a CSV file (RFC 4180) into rows and fields, in bounded memory and time, and reads on after a
 * row it cannot split.
 *
 * <p>Works on bytes in a character set in which the bytes of {@code , " CR LF} only ever stand for those characters
 * (UTF-8, US-ASCII, the ISO-8859 and Windows single-byte sets). Fields are separated by commas; a field that starts
 * with a quote ends at the next lone quote, may hold commas and line breaks, and writes a quote as two. A line ends
 * at LF, CRLF or a lone CR, each counted as one line, inside quotes too. A line with nothing on it is skipped. A
 * UTF-8 byte-order mark at the start is skipped when asked.
 *
 * <p>A row is <em>broken</em> when a closing quote is followed by anything but a comma or a line break, when a quote
 * is still open at the end of the input, when the row is longer than {@value #MAX_ROW_BYTES} bytes or when it spans
 * more than {@value #MAX_ROW_LINES} lines. A broken row is reported and reading goes on at the line after the row's
 * first line, {@link #resync() as after} a row whose fields turned out not to fit: a stray quote may have swallowed
 * the rows after it, and they are read again. Since a row is never longer than {@value #MAX_ROW_LINES} lines, each
 * byte is looked at a bounded number of times: time is linear in the size of the input, memory constant.
 *
 * <p>Not thread-safe: one instance per stream.
 */
final class CsvScanner {

  /** The longest row, in bytes; far above any real project's (a name has at most a few hundred bytes). */
  static final int MAX_ROW_BYTES = 1 << 14;
  /** The most lines a row spans (a name has at most a few line breaks). */
  static final int MAX_ROW_LINES = 16;
  /** The buffer starts small, for small files and parts, and doubles up to this size as the input goes on. */
  private static final int MAX_BUFFER_BYTES = 1 << 20;

  /** What {@link #next} found. */
  enum Found {
    /** A row; its fields are in the {@link CsvFields}. */
    ROW,
    /** An empty line, skipped. */
    EMPTY_LINE,
    /** A broken row; {@link #brokenLine()} and {@link #brokenReason()} say where and why; reading went on. */
    BROKEN,
    /** The end of the input. */
    END
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

  private final InputStream in;
  private final CsvFields fields;
  private byte[] buffer = new byte[2 * MAX_ROW_BYTES + 2];
  /** The stream offset of {@code buffer[0]}. */
  private long bufferOffset;
  private int position;
  private int limit;
  private boolean endOfInput;
  private long line = 1;
  private boolean skipByteOrderMark;
  /** The last row's start and where its first line ends (-1 when its only line is its last). */
  private int rowStart;
  private long rowLine;
  private int rowFirstLineEnd;
  private long brokenLine;
  private String brokenReason = "";

  /**
   * Reads {@code in}, whose first byte is at {@code offset} of the file, into {@code fields}.
   *
   * @param skipByteOrderMark whether a UTF-8 byte-order mark at the start is skipped
   */
  CsvScanner(InputStream in, long offset, CsvFields fields, boolean skipByteOrderMark) {
    this(in, offset, 1, fields, skipByteOrderMark);
  }

  /**
   * Reads {@code in}, whose first byte is at {@code offset} of the file and starts line {@code firstLine}, into
   * {@code fields}.
   *
   * @param skipByteOrderMark whether a UTF-8 byte-order mark at the start is skipped
   */
  CsvScanner(InputStream in, long offset, long firstLine, CsvFields fields, boolean skipByteOrderMark) {
    this.in = in;
    this.bufferOffset = offset;
    this.line = firstLine;
    this.fields = fields;
    this.skipByteOrderMark = skipByteOrderMark;
  }

  /** Returns the file offset at which the next row or empty line starts. */
  long offset() {
    return bufferOffset + position;
  }

  /** Returns the line on which the next row or empty line starts, 1 for the first line. */
  long line() {
    return line;
  }

  /** Returns the line on which the last broken row started. */
  long brokenLine() {
    return brokenLine;
  }

  /** Returns why the last broken row could not be split into fields. */
  String brokenReason() {
    return brokenReason;
  }

  /**
   * Reads the next row, or skips the next empty line.
   *
   * @return what was found
   * @throws IOException if the input cannot be read
   */
  Found next() throws IOException {
    if (limit - position < MAX_ROW_BYTES + 2 && !endOfInput) {
      fill();
    }
    byte[] buf = buffer;
    int p = position;
    if (p == limit) {
      return Found.END;
    }
    byte first = buf[p];
    if (first == '\n' || first == '\r') {
      position = first == '\r' && p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
      line++;
      return Found.EMPTY_LINE;
    }
    rowStart = p;
    rowLine = line;
    rowFirstLineEnd = -1;
    fields.begin(buf, line);
    // either the buffer holds more than the longest row, or it holds the rest of the input
    boolean capped = limit - p > MAX_ROW_BYTES;
    int end = capped ? p + MAX_ROW_BYTES : limit;
    int lines = 1;
    boolean escapes = false;
    while (true) {
      int fieldStart = p;
      byte b = 0;
      if (p < end && buf[p] == '"') {
        boolean escaped = false;
        p++;
        while (true) {
          while (p < end && (b = buf[p]) != '"' && b != '\n' && b != '\r') {
            p++;
          }
          if (p >= end) {
            return capped ? broken(p, "the row is longer than " + MAX_ROW_BYTES + " bytes")
                : broken(p, "field " + (fields.count() + 1) + " opens a quote that is not closed before the end of "
                    + "the input");
          }
          if (b == '"') {
            if (p + 1 < limit && buf[p + 1] == '"') {
              escaped = true;
              p += 2;
              continue;
            }
            break;
          }
          p = b == '\r' && p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
          if (rowFirstLineEnd < 0) {
            rowFirstLineEnd = p;
          }
          if (++lines > MAX_ROW_LINES) {
            return broken(p, "the row spans more than " + MAX_ROW_LINES + " lines");
          }
        }
        // p is at the closing quote
        if (escaped) {
          escapes = true;
          fields.add(fieldStart, p);
        } else {
          fields.add(fieldStart + 1, p);
        }
        p++;
        b = p < limit ? buf[p] : 0;
        if (p < limit && b != ',' && b != '\n' && b != '\r') {
          return broken(p, "field " + fields.count() + " has " + describe(b) + " after its closing quote");
        }
      } else {
        p = nextDelimiter(buf, p, end);
        if (p < end) {
          b = buf[p];
        }
        if (p == end && capped) {
          return broken(p, "the row is longer than " + MAX_ROW_BYTES + " bytes");
        }
        fields.add(fieldStart, p);
      }
      if (p == limit) {
        position = p;
        line = rowLine + lines - 1;
        fields.end(lines, escapes);
        return Found.ROW;
      }
      if (b == ',') {
        p++;
        continue;
      }
      position = b == '\r' && p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
      line = rowLine + lines;
      fields.end(lines, escapes);
      return Found.ROW;
    }
  }

  /**
   * Returns where the first comma, CR or LF at or after {@code from} is, or {@code end}; eight bytes at a time
   * (SWAR: a byte equal to the one sought becomes zero, and the lowest zero byte of a word is found exactly).
   */
  private static int nextDelimiter(byte[] buf, int from, int end) {
    int p = from;
    while (p + Long.BYTES <= end) {
      long word = (long) LONGS.get(buf, p);
      long found = zeroBytes(word ^ COMMAS) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ CARRIAGE_RETURNS);
      if (found != 0) {
        return p + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      p += Long.BYTES;
    }
    while (p < end) {
      byte b = buf[p];
      if (b == ',' || b == '\n' || b == '\r') {
        return p;
      }
      p++;
    }
    return end;
  }

  /**
   * Returns where the first CR or LF at or after {@code from} is, or {@code end}; eight bytes at a time, as
   * {@link #nextDelimiter} finds commas too.
   */
  static int nextLineBreak(byte[] buf, int from, int end) {
    int p = from;
    while (p + Long.BYTES <= end) {
      long word = (long) LONGS.get(buf, p);
      long found = zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ CARRIAGE_RETURNS);
      if (found != 0) {
        return p + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      p += Long.BYTES;
    }
    while (p < end && buf[p] != '\n' && buf[p] != '\r') {
      p++;
    }
    return p;
  }

  /** Marks the zero bytes of a word with their high bit; above the lowest zero byte, marks may be false. */
  private static long zeroBytes(long word) {
    return (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
  }

  private static String describe(byte b) {
    return b >= ' ' && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b & 0xFF);
  }

  /** Reports the row as broken and moves on to the line after its first line. */
  private Found broken(int at, String reason) throws IOException {
    brokenLine = rowLine;
    brokenReason = reason;
    if (rowFirstLineEnd >= 0) {
      position = rowFirstLineEnd;
    } else {
      skipLine(at);
    }
    line = rowLine + 1;
    return Found.BROKEN;
  }

  /**
   * Goes on at the line after the first line of the row last read; for a row whose fields turn out not to fit, when
   * it spans several lines. Call only right after {@link #next} returned {@link Found#ROW}.
   */
  void resync() {
    if (rowFirstLineEnd >= 0) {
      position = rowFirstLineEnd;
      line = rowLine + 1;
    }
  }

  /** Moves past the first line break at or after {@code from}, reading on as far as needed. */
  private void skipLine(int from) throws IOException {
    int p = from;
    while (true) {
      while (p < limit && buffer[p] != '\n' && buffer[p] != '\r') {
        p++;
      }
      if (p < limit - 1 || p < limit && endOfInput) {
        position = buffer[p] == '\r' && p + 1 < limit && buffer[p + 1] == '\n' ? p + 2 : p + 1;
        return;
      }
      // the break, if any, is at the end of what is buffered: keep it and read on
      position = p;
      if (endOfInput) {
        return;
      }
      fill();
      p = position;
    }
  }

  /**
   * Moves what is left to the start of the buffer, in a buffer twice as large if the last fill filled it, and reads
   * until it is full or the input ends.
   */
  private void fill() throws IOException {
    int left = limit - position;
    byte[] target = buffer;
    if (limit == buffer.length && buffer.length < MAX_BUFFER_BYTES) {
      target = new byte[Math.min(MAX_BUFFER_BYTES, buffer.length * 2)];
    }
    System.arraycopy(buffer, position, target, 0, left);
    buffer = target;
    bufferOffset += position;
    limit = left;
    position = 0;
    while (limit < buffer.length) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        endOfInput = true;
        break;
      }
      limit += read;
    }
    if (skipByteOrderMark && limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB
        && buffer[2] == (byte) 0xBF) {
      position = 3;
    }
    skipByteOrderMark = false;
  }
}
