package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * Reads one file in parts at the same time and collects the records of each part into its own container, which are
 * then combined in file order, so the result equals that of reading the file from start to end.
 *
 * <p>Part boundaries are guessed: each part after the first starts after a line feed near an even split of the file's
 * bytes. A guess is right when a row starts on the part's first line, which the part before checks when it gets there
 * (it counts the line breaks of its own bytes as FastCSV does: CRLF and LF each end a line). When a guess is wrong,
 * because that line feed was inside a quoted name, the part before reads on to the end of the file and the parts after
 * it are dropped: slower, never wrong. A part holding a lone CR does the same, since FastCSV does not always count one
 * as a line (see {@link #countLineBreaks}).
 *
 * <p>A file is cut into up to {@value #PARTS_PER_THREAD} parts per thread, so that a thread that is done early takes
 * more of them. The calling thread reads the first part, then, like {@code threads - 1} runners on the executor, takes
 * the next part no thread has taken, until none is left. The first part passes its problems on as it meets them; the
 * other parts hold theirs back and pass them on, in order and on the calling thread, once every part is read.
 *
 * @param <A> the collector's container type
 * @param <R> the collector's result type
 */
final class PartedRead<A, R> {

  /** Parts per thread: enough for threads that are done early to share the rest, few enough to cost little. */
  static final int PARTS_PER_THREAD = 4;
  private static final int COUNT_BUFFER_BYTES = 1 << 16;
  /** What {@link #countLineBreaks} returns for bytes whose lines FastCSV may count differently. */
  static final long UNCOUNTABLE = -1;

  private final Path file;
  private final Charset charset;
  private final Executor executor;
  private final Collector<? super ProjectRecord, A, R> collector;
  private final int threads;
  private final AtomicInteger lastUsefulPart;
  private KaggleLayout layout;

  private PartedRead(Path file, Charset charset, Executor executor, Collector<? super ProjectRecord, A, R> collector,
      int threads, int parts) {
    this.file = file;
    this.charset = charset;
    this.executor = executor;
    this.collector = collector;
    this.threads = threads;
    this.lastUsefulPart = new AtomicInteger(parts - 1);
  }

  /**
   * Reads {@code file} on at most {@code threads} threads, in parts of at least {@code minPartBytes} bytes each.
   *
   * @param charset an ASCII-compatible character set, in which byte 10 is always a line feed
   */
  static <A, R> ReadResult<R> read(Path file, Charset charset, int threads, long minPartBytes, Executor executor,
      Collector<? super ProjectRecord, A, R> collector, Consumer<? super RowProblem> problems) throws IOException {
    int parts = threads == 1 ? 1 : threads * PARTS_PER_THREAD;
    List<Long> starts = partStarts(file, parts, minPartBytes);
    return new PartedRead<>(file, charset, executor, collector, threads, starts.size()).read(starts, problems);
  }

  /** Returns where each part starts: 0, then after the first line feed at or after each even split. */
  static List<Long> partStarts(Path file, int parts, long minPartBytes) throws IOException {
    List<Long> starts = new ArrayList<>();
    starts.add(0L);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int wanted = (int) Math.max(1, Math.min(parts, size / Math.max(1, minPartBytes)));
      ByteBuffer buffer = ByteBuffer.allocate(COUNT_BUFFER_BYTES);
      for (int i = 1; i < wanted; i++) {
        long from = Math.max(size / wanted * i, starts.get(starts.size() - 1));
        long lineStart = nextLineStart(channel, from, buffer);
        if (lineStart > starts.get(starts.size() - 1) && lineStart < size) {
          starts.add(lineStart);
        }
      }
    }
    return starts;
  }

  private static long nextLineStart(FileChannel channel, long from, ByteBuffer buffer) throws IOException {
    long position = from;
    while (true) {
      buffer.clear();
      int read = channel.read(buffer, position);
      if (read <= 0) {
        return Long.MAX_VALUE;
      }
      for (int i = 0; i < read; i++) {
        if (buffer.get(i) == '\n') {
          return position + i + 1;
        }
      }
      position += read;
    }
  }

  /**
   * Counts the line breaks in {@code [from, to)}, CRLF and LF, as FastCSV counts lines; returns {@link #UNCOUNTABLE}
   * if they hold a lone CR. FastCSV 4.1.0 counts a lone CR as a line break, except in one case: after a lone CR inside
   * the quotes of a row's last field, it takes the LF that ends the row for the second half of a CRLF, counts one line
   * less, and reads the next line into the row.
   */
  static long countLineBreaks(FileChannel channel, long from, long to) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(COUNT_BUFFER_BYTES);
    byte[] bytes = buffer.array();
    long breaks = 0;
    boolean afterCarriageReturn = false;
    long position = from;
    while (position < to) {
      buffer.clear();
      buffer.limit((int) Math.min(bytes.length, to - position));
      int read = channel.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        byte b = bytes[i];
        if (afterCarriageReturn && b != '\n') {
          return UNCOUNTABLE;
        }
        if (b == '\r' || b == '\n' && !afterCarriageReturn) {
          breaks++;
        }
        afterCarriageReturn = b == '\r';
      }
      position += read;
    }
    return afterCarriageReturn ? UNCOUNTABLE : breaks;
  }

  private ReadResult<R> read(List<Long> starts, Consumer<? super RowProblem> problems) throws IOException {
    int count = starts.size();
    List<Part> parts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      parts.add(new Part(i, starts.get(i), i + 1 < count ? starts.get(i + 1) : Long.MAX_VALUE));
    }
    try {
      return readParts(parts, problems);
    } finally {
      lastUsefulPart.set(-1);
      for (Part part : parts) {
        part.awaitQuietly();
      }
    }
  }

  private ReadResult<R> readParts(List<Part> parts, Consumer<? super RowProblem> problems) throws IOException {
    int count = parts.size();
    Part first = parts.get(0);
    List<Part> rest = parts.subList(1, count);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      CsvFields fields = new CsvFields();
      CsvReader<CsvFields> csv = ProjectReader.csvBuilder(true).build(fields, Channels.newInputStream(channel), charset);
      Iterator<CsvFields> rows = csv.iterator();
      layout = ProjectReader.readHeader(rows);
      for (int i = 1; i < Math.min(threads, count); i++) {
        try {
          executor.execute(() -> rest.forEach(Part::run));
        } catch (RejectedExecutionException e) {
          break; // the caller reads the parts no runner takes
        }
      }
      first.tally = new RowTally(layout, problems);
      first.readRows(channel, fields, rows);
    }
    rest.forEach(Part::run);
    RowTally tally = first.tally;
    A container = first.container;
    BinaryOperator<A> combiner = collector.combiner();
    long lineOffset = first.lineBreaks;
    for (int i = 0; i < count && i <= lastUsefulPart.get(); i++) {
      Part part = parts.get(i);
      part.await();
      if (i > 0) {
        tally.append(part.tally, part.heldProblems, lineOffset);
        container = combiner.apply(container, part.container);
        lineOffset += part.lineBreaks;
      }
    }
    return new ReadResult<>(collector.finisher().apply(container), tally.report());
  }

  /** One part of the file and what reading it gave. */
  private final class Part {
    private final int index;
    private final long start;
    private final long end;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final List<RowProblem> heldProblems = new ArrayList<>();
    private A container;
    private RowTally tally;
    private long lineBreaks;

    Part(int index, long start, long end) {
      this.index = index;
      this.start = start;
      this.end = end;
    }

    /** Reads this part unless a thread already claimed it; parts after the first only. */
    void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        if (!abandoned()) {
          tally = new RowTally(layout, heldProblems::add);
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            InputStream in = Channels.newInputStream(channel.position(start));
            CsvFields fields = new CsvFields();
            CsvReader<CsvFields> csv = ProjectReader.csvBuilder(false).build(fields, in, charset);
            readRows(channel, fields, csv.iterator());
          }
        }
        done.complete(null);
      } catch (IOException e) {
        done.completeExceptionally(new UncheckedIOException(e));
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }

    /** Reads the rows of this part, and of the rest of the file when its end turns out to be inside a row. */
    void readRows(FileChannel channel, CsvFields fields, Iterator<CsvFields> rows) throws IOException {
      boolean last = end == Long.MAX_VALUE;
      long stopLine = Long.MAX_VALUE;
      if (!last) {
        lineBreaks = countLineBreaks(channel, start, end);
        if (lineBreaks == UNCOUNTABLE) {
          lastUsefulPart.accumulateAndGet(index, Math::min);
        } else {
          stopLine = lineBreaks + 1;
        }
      }
      A own = collector.supplier().get();
      BiConsumer<A, ? super ProjectRecord> accumulator = collector.accumulator();
      RowReader reader = new RowReader(fields, rows, layout, tally);
      RowReader.Ending ending = reader.readUntil(stopLine, record -> accumulator.accept(own, record),
          this::abandoned);
      container = own;
      if (ending != RowReader.Ending.STOP_LINE && !last || reader.passedStopLine()) {
        lastUsefulPart.accumulateAndGet(index, Math::min);
      }
    }

    private boolean abandoned() {
      return index > lastUsefulPart.get();
    }

    void await() throws IOException {
      if (index == 0) {
        return;
      }
      try {
        done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for part " + index + " of " + file, e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException unchecked) {
          throw unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw (Error) cause;
      }
    }

    /** Waits until no thread reads this part, once every part is abandoned; ends it here if no thread started it. */
    void awaitQuietly() {
      if (index > 0) {
        run();
        done.exceptionally(e -> null).join();
      }
    }
  }
}
