package io.github.crowdfund.outcomes.dataset;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the CSV row a {@link CsvScanner} just read, as ranges of bytes in one array, so that numbers, dates
 * and codes can be read without decoding them. The scanner fills it and reuses it for every row, so a row must be used
 * before the next one is read. A quoted field's range holds its content without the quotes and with each doubled quote
 * written once.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class CsvFields {

  /** How many chars of a field an error message quotes before cutting it short. */
  static final int QUOTED_CHARS = 64;
  private static final int INITIAL_FIELDS = 16;

  private final Charset charset;
  private byte[] bytes;
  private int[] starts = new int[INITIAL_FIELDS];
  private int[] ends = new int[INITIAL_FIELDS];
  private int count;
  private long line;
  private int lines;
  /** Where the fields' bytes are copied when a quoted field holds a doubled quote. */
  private byte[] unescaped = new byte[256];

  CsvFields(Charset charset) {
    this.charset = charset;
  }

  /** Starts a row that begins on {@code line} in {@code bytes}. */
  void begin(byte[] bytes, long line) {
    this.bytes = bytes;
    this.line = line;
    count = 0;
  }

  /** Adds a field that is the bytes {@code [start, end)} of the row's array. */
  void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /**
   * Ends the row, which spans {@code lines} lines; when {@code escapes} is set, copies the fields out of the scanner's
   * buffer, writing each doubled quote of a quoted field once (a quoted field's range then starts with its opening
   * quote).
   */
  void end(int lines, boolean escapes) {
    this.lines = lines;
    if (escapes) {
      unescape();
    }
  }

  private void unescape() {
    int length = 0;
    for (int i = 0; i < count; i++) {
      length += ends[i] - starts[i];
    }
    if (unescaped.length < length) {
      unescaped = new byte[Math.max(length, unescaped.length * 2)];
    }
    int to = 0;
    for (int i = 0; i < count; i++) {
      int start = starts[i];
      int end = ends[i];
      starts[i] = to;
      if (bytes[start] == '"') {
        // quoted: [start, end) is "content" without the closing quote, doubled quotes inside
        for (int from = start + 1; from < end; from++) {
          byte b = bytes[from];
          unescaped[to++] = b;
          if (b == '"') {
            from++;
          }
        }
      } else {
        System.arraycopy(bytes, start, unescaped, to, end - start);
        to += end - start;
      }
      ends[i] = to;
    }
    bytes = unescaped;
  }

  /** Returns the line on which this row starts, 1 for the first line. */
  long line() {
    return line;
  }

  /** Returns how many lines this row spans, 1 unless a quoted field holds line breaks. */
  int lines() {
    return lines;
  }

  /** Returns the number of fields of this row. */
  int count() {
    return count;
  }

  /** Returns the array holding every field of this row; read it only between {@link #start} and {@link #end}. */
  byte[] bytes() {
    return bytes;
  }

  /** Returns where field {@code index} (from 0) begins in {@link #bytes()}. */
  int start(int index) {
    return starts[index];
  }

  /** Returns where field {@code index} (from 0) ends, exclusive, in {@link #bytes()}. */
  int end(int index) {
    return ends[index];
  }

  /** Returns the character set in which the bytes are written. */
  Charset charset() {
    return charset;
  }

  /** Returns field {@code index} (from 0) as it was written, for records. */
  String text(int index) {
    return new String(bytes, starts[index], ends[index] - starts[index], charset);
  }

  /**
   * Returns field {@code index} (from 0) in single quotes for an error message: as written, or its first
   * {@value #QUOTED_CHARS} bytes and its length when it is longer, e.g. {@code 'abc'} or {@code '1E+100…' (70000
   * bytes)}.
   */
  String quote(int index) {
    int length = ends[index] - starts[index];
    if (length <= QUOTED_CHARS) {
      return "'" + text(index) + "'";
    }
    return "'" + new String(bytes, starts[index], QUOTED_CHARS, charset) + "…' (" + length + " bytes)";
  }

  /** Returns whether field {@code index} (from 0) is empty or only white space. */
  boolean isBlank(int index) {
    return stripStart(index) == stripEnd(index);
  }

  /** Returns where field {@code index} begins once leading white space is skipped. */
  int stripStart(int index) {
    int start = starts[index];
    int end = ends[index];
    while (start < end && isWhitespace(bytes[start])) {
      start++;
    }
    return start;
  }

  /** Returns where field {@code index} ends, exclusive, once trailing white space is skipped. */
  int stripEnd(int index) {
    int start = starts[index];
    int end = ends[index];
    while (end > start && isWhitespace(bytes[end - 1])) {
      end--;
    }
    return end;
  }

  /** The ASCII white space of {@link Character#isWhitespace}: space, tab, line breaks, form feeds, separators. */
  private static boolean isWhitespace(byte b) {
    return b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1C && b <= 0x1F;
  }

  /** Returns every field as text. */
  List<String> texts() {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(text(i));
    }
    return texts;
  }
}
