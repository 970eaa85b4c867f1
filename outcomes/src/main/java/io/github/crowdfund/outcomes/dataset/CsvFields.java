package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the CSV row just read, copied into one reusable char buffer so that numbers, dates and codes can be
 * read without creating a String per field. FastCSV fills it ({@code build(fields, input)}) and returns this same
 * object for every row, so a row must be used before the next one is read.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class CsvFields extends AbstractBaseCsvCallbackHandler<CsvFields> {

  private static final int INITIAL_FIELDS = 16;

  private char[] chars = new char[512];
  private int[] starts = new int[INITIAL_FIELDS];
  private int[] ends = new int[INITIAL_FIELDS];
  private int count;

  @Override
  protected void handleBegin(long startingLineNumber) {
    count = 0;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    int start = count == 0 ? 0 : ends[count - 1];
    if (start + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + len));
    }
    System.arraycopy(buf, offset, chars, start, len);
    starts[count] = start;
    ends[count] = start + len;
    count++;
  }

  @Override
  protected CsvFields buildRecord() {
    return this;
  }

  /** Returns the line on which this row starts, 1 for the first line. */
  long line() {
    return getStartingLineNumber();
  }

  /** Returns the number of fields of this row. */
  int count() {
    return count;
  }

  /** Returns the buffer holding every field of this row; read it only between {@link #start} and {@link #end}. */
  char[] chars() {
    return chars;
  }

  /** Returns where field {@code index} (from 0) begins in {@link #chars()}. */
  int start(int index) {
    return starts[index];
  }

  /** Returns where field {@code index} (from 0) ends, exclusive, in {@link #chars()}. */
  int end(int index) {
    return ends[index];
  }

  /** Returns field {@code index} (from 0) as it was written, for records and error messages. */
  String text(int index) {
    return new String(chars, starts[index], ends[index] - starts[index]);
  }

  /** Returns whether field {@code index} (from 0) is empty or only white space. */
  boolean isBlank(int index) {
    return stripStart(index) == stripEnd(index);
  }

  /** Returns where field {@code index} begins once leading white space is skipped. */
  int stripStart(int index) {
    int start = starts[index];
    int end = ends[index];
    while (start < end && Character.isWhitespace(chars[start])) {
      start++;
    }
    return start;
  }

  /** Returns where field {@code index} ends, exclusive, once trailing white space is skipped. */
  int stripEnd(int index) {
    int start = starts[index];
    int end = ends[index];
    while (end > start && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    return end;
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
