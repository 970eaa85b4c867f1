package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
import java.util.function.LongConsumer;
import java.util.stream.Collector;

/**
 * Reads one file in parts at the same time and collects the records of each part into its own container, which are
 * then combined in file order, so the result equals that of reading the file from start to end.
 *
 * <p>Part boundaries are guessed: each part after the first starts after a line feed near an even split of the file's
 * bytes. A guess is right when a row (or an empty line) starts right there, which the part before checks when it gets
 * there: it reads until a row starts at or after its end. When a guess is wrong, because that line feed was inside a
 * quoted name, the part before reads on to the end of the file and the parts after it are dropped: slower, never
 * wrong. Each part counts the lines it reads, so that the problems of later parts name their lines in the file.
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

  private final Path file;
  private final Charset charset;
  private final Executor executor;
  private final Collector<? super ProjectRecord, A, R> collector;
  private final int threads;
  private final AtomicInteger lastUsefulPart;
  private final LongConsumer progress;
  private KaggleLayout layout;

  private PartedRead(Path file, Charset charset, Executor executor, Collector<? super ProjectRecord, A, R> collector,
      int threads, int parts, LongConsumer progress) {
    this.progress = progress;
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
   * @param charset a character set the {@link CsvScanner} reads as bytes
   */
  static <A, R> ReadResult<R> read(Path file, Charset charset, int threads, long minPartBytes, Executor executor,
      Collector<? super ProjectRecord, A, R> collector, Consumer<? super RowProblem> problems, LongConsumer progress)
      throws IOException {
    int parts = threads == 1 ? 1 : threads * PARTS_PER_THREAD;
    List<Long> starts = partStarts(file, parts, minPartBytes);
    return new PartedRead<>(file, charset, executor, collector, threads, starts.size(), progress).read(starts,
        problems);
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
    try (InputStream in = Files.newInputStream(file)) {
      CsvFields fields = new CsvFields(charset);
      CsvScanner scanner = new CsvScanner(new CountingInputStream(in, progress), 0, fields, true);
      layout = ProjectReader.readHeader(scanner, fields);
      for (int i = 1; i < Math.min(threads, count); i++) {
        try {
          executor.execute(() -> rest.forEach(Part::run));
        } catch (RejectedExecutionException e) {
          break; // the caller reads the parts no runner takes
        }
      }
      first.tally = new RowTally(layout, problems);
      first.readRows(scanner, fields);
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
            InputStream in = new CountingInputStream(Channels.newInputStream(channel.position(start)), progress);
            CsvFields fields = new CsvFields(charset);
            readRows(new CsvScanner(in, start, fields, false), fields);
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
    void readRows(CsvScanner scanner, CsvFields fields) throws IOException {
      boolean last = end == Long.MAX_VALUE;
      A own = collector.supplier().get();
      BiConsumer<A, ? super ProjectRecord> accumulator = collector.accumulator();
      ProjectRowParser parser = new ProjectRowParser(layout, new TextPool(charset));
      RowReader reader = new RowReader(scanner, fields, parser, tally);
      RowReader.Ending ending = reader.readUntil(end, record -> accumulator.accept(own, record), this::abandoned);
      container = own;
      lineBreaks = scanner.line() - 1;
      if (ending != RowReader.Ending.STOP_OFFSET && !last || reader.passedStopOffset()) {
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
