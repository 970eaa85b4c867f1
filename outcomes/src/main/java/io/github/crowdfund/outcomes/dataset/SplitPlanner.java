package io.github.crowdfund.outcomes.dataset;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Plans the {@link FileSplit}s of a file in one sequential pass over its bytes, without parsing any value.
 *
 * <p>Line layouts (ICPSR 38050, Web Robots JSON lines): every line is a row, so a range may start at any line start;
 * the pass counts line breaks as {@link LineSource} does and notes the first line start at or after each cut, once the
 * header (or first JSON line) has ended. CSV layouts (Kaggle, Web Robots CSV): a line break inside quotes is not a
 * row start, and after a broken row the reader goes on at the line after the row's first line, so quote parity alone
 * cannot tell where rows start; the pass runs the reader's own {@link CsvScanner} from the start of the file, going
 * back after the rows the reader goes back after, and notes the first row start at or after each cut. The scanner
 * only finds field boundaries, which is the cheap part of reading. The CSV readers split a file only if it is valid
 * UTF-8, in which its bytes are those the readers scan (they scan characters re-encoded as UTF-8).
 */
final class SplitPlanner {

  private static final int BUFFER_BYTES = 1 << 16;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The high bit of each byte of a word: a word without them is ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** The most bytes of blank lines before a header the pass keeps; a file with more is read whole. */
  private static final int MAX_BLANK_BYTES = 1 << 22;

  private SplitPlanner() {}

  /**
   * Returns the offsets and line numbers of the rows at which ranges after the first start, in ascending order; an
   * empty list when the file is to be read whole. With the file's size known ({@code size} 0 or more), the search
   * stops once no cut is left before the end: a line layout's pass ends there, a CSV layout's checks the rest of the
   * bytes for UTF-8 only.
   */
  static List<long[]> starts(InputStream in, DatasetLayout layout, Charset charset, String name, long splitBytes,
      long size) throws IOException {
    long end = size < 0 ? Long.MAX_VALUE : size;
    switch (layout) {
      case ICPSR_38050:
      case WEB_ROBOTS_JSON:
        return lineStarts(in, charset, splitBytes, end);
      case KAGGLE_201801:
      case KAGGLE_201612:
      case WEB_ROBOTS_CSV:
        return charset.equals(StandardCharsets.UTF_8) ? csvStarts(in, layout, name, splitBytes, end) : List.of();
      default:
        throw new IllegalStateException("layout " + layout);
    }
  }

  private static List<long[]> csvStarts(InputStream raw, DatasetLayout layout, String name, long splitBytes, long end)
      throws IOException {
    Utf8Check in = new Utf8Check(raw);
    CsvFields fields = new CsvFields(StandardCharsets.UTF_8);
    CsvScanner scanner = new CsvScanner(in, 0, fields, true);
    BooleanSupplier goesBack;
    if (layout == DatasetLayout.WEB_ROBOTS_CSV) {
      List<String> header = DatasetReader.webRobotsCsvHeader(scanner, fields, name);
      if (header == null) {
        return List.of();
      }
      goesBack = () -> DatasetReader.resyncsAfter(fields, header.size());
    } else {
      ProjectRowParser parser = new ProjectRowParser(ProjectReader.readHeader(scanner, fields),
          new TextPool(StandardCharsets.UTF_8));
      goesBack = () -> fields.lines() > 1 && parser.misshapen(fields);
    }
    List<long[]> starts = new ArrayList<>();
    long cut = splitBytes;
    while (true) {
      if (cut >= end) {
        // no row at or past the cut can start a range before the end: only the UTF-8 check is left
        if (!starts.isEmpty()) {
          in.drain();
        }
        break;
      }
      long offset = scanner.offset();
      long[] start = null;
      if (offset >= cut) {
        start = new long[] {offset, scanner.line()};
        cut = nextCut(offset, splitBytes);
      }
      CsvScanner.Found found = scanner.next();
      if (found == CsvScanner.Found.END) {
        break;
      }
      if (start != null) {
        starts.add(start);
      }
      if (found == CsvScanner.Found.ROW && goesBack.getAsBoolean()) {
        scanner.resync();
      }
    }
    return in.valid() ? starts : List.of();
  }

  private static long nextCut(long offset, long splitBytes) {
    return (offset / splitBytes + 1) * splitBytes;
  }

  /**
   * Line starts as {@link LineSource} reads lines: after an LF, after a CR not followed by an LF; a CRLF is one line
   * break. No range starts before the end of the first line that is not blank (the header or first JSON line).
   */
  private static List<long[]> lineStarts(InputStream in, Charset charset, long splitBytes, long end)
      throws IOException {
    List<long[]> starts = new ArrayList<>();
    byte[] buffer = new byte[BUFFER_BYTES];
    ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
    boolean headerSeen = false;
    long breaks = 0;
    long cut = splitBytes;
    long base = 0;
    // whether the byte before the next one ended a line, and whether it was a CR (a CRLF's LF starts no line)
    boolean afterBreak = false;
    boolean afterCarriageReturn = false;
    for (int read = in.read(buffer); read >= 0 && cut < end; base += read, read = in.read(buffer)) {
      int i = 0;
      while (i < read) {
        if (afterBreak) {
          if (afterCarriageReturn && buffer[i] == '\n') {
            afterCarriageReturn = false;
            i++;
            continue;
          }
          afterBreak = false;
          afterCarriageReturn = false;
          if (!headerSeen) {
            headerSeen = !DatasetReader.isBlankBeforeHeader(firstLine.toString(charset));
            firstLine.reset();
          }
          if (headerSeen && base + i >= cut) {
            starts.add(new long[] {base + i, breaks + 1});
            cut = nextCut(base + i, splitBytes);
          }
        }
        int next = CsvScanner.nextLineBreak(buffer, i, read);
        if (!headerSeen) {
          if (firstLine.size() + next - i > MAX_BLANK_BYTES) {
            return List.of();
          }
          firstLine.write(buffer, i, next - i);
        }
        if (next < read) {
          breaks++;
          afterBreak = true;
          afterCarriageReturn = buffer[next] == '\r';
        }
        i = next + 1;
      }
    }
    return starts;
  }

  /** Passes bytes on and tells whether they were valid UTF-8, as the JDK's decoder takes it. */
  private static final class Utf8Check extends FilterInputStream {
    private int needed;
    private int low = 0x80;
    private int high = 0xBF;
    private boolean valid = true;

    Utf8Check(InputStream in) {
      super(in);
    }

    boolean valid() {
      return valid && needed == 0;
    }

    /** Reads the rest of the stream, checking it, until it ends or a byte is found not to be UTF-8. */
    void drain() throws IOException {
      byte[] buffer = new byte[BUFFER_BYTES];
      while (valid && read(buffer, 0, buffer.length) >= 0) {
        // checked as read
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && valid) {
        check(buffer, offset, n);
      }
      return n;
    }

    private void check(byte[] buffer, int offset, int length) {
      int end = offset + length;
      for (int i = offset; i < end; i++) {
        if (needed == 0) {
          while (i + Long.BYTES <= end && ((long) LONGS.get(buffer, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
          }
          if (i == end) {
            return;
          }
        }
        int u = buffer[i] & 0xFF;
        if (needed > 0) {
          if (u < low || u > high) {
            valid = false;
            return;
          }
          needed--;
          low = 0x80;
          high = 0xBF;
        } else if (u >= 0x80) {
          lead(u);
          if (!valid) {
            return;
          }
        }
      }
    }

    /** Takes the first byte of a sequence of two to four: how many follow, and the range of the next. */
    private void lead(int u) {
      if (u >= 0xC2 && u <= 0xDF) {
        needed = 1;
      } else if (u >= 0xE0 && u <= 0xEF) {
        needed = 2;
        low = u == 0xE0 ? 0xA0 : 0x80;
        high = u == 0xED ? 0x9F : 0xBF;
      } else if (u >= 0xF0 && u <= 0xF4) {
        needed = 3;
        low = u == 0xF0 ? 0x90 : 0x80;
        high = u == 0xF4 ? 0x8F : 0xBF;
      } else {
        valid = false;
      }
    }
  }
}
