package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.ReadResult;
import io.github.crowdfund.outcomes.dataset.SnapshotNames;
import io.github.crowdfund.outcomes.dataset.SnapshotPanel;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collector;

/**
 * The engine of this machine. Files are read on a pool of one thread per core, each with
 * {@link DatasetReader#collect} (so a large Kaggle, ICPSR or JSON-lines file is itself read in parts on the common
 * pool), each into its own accumulator (or, for a scrape, its own {@link SnapshotPanel}); accumulators are merged in
 * the order the files were given. The chunks of one
 * scrape are merged into that scrape's panel, and a scrape's panel into the whole panel once all its chunks are read,
 * so at most one panel per thread is held besides the whole one. The whole panel's latest records are then folded
 * into the statistics in ascending project id.
 */
final class LocalEngine implements AnalysisEngine {

  private final int threads;

  LocalEngine(int threads) {
    this.threads = Math.max(1, threads);
  }

  @Override
  public Analysis analyze(Input input, Listener listener) throws IOException {
    DatasetReader reader = input.layout().map(DatasetReader.create()::withLayout).orElse(DatasetReader.create())
        .withProgress(listener::bytesRead);
    List<DatasetLayout> layouts = new ArrayList<>();
    Map<Instant, Integer> chunksLeft = new HashMap<>();
    for (Path file : input.files()) {
      DatasetLayout layout = reader.detect(file);
      layouts.add(layout);
      if (layout.isScrape()) {
        Instant snapshot = SnapshotNames.dateOf(file).orElseThrow(() -> new IllegalArgumentException(file
            + " is a scrape without a date in its name or its folders' names; name it as Web Robots do"
            + " (Kickstarter_2019-03-14T03_20_12_200Z.zip) or put it in a folder named by its date (2019-03-14)"));
        chunksLeft.merge(snapshot, 1, Integer::sum);
      }
    }
    Panels panels = new Panels(chunksLeft);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "analyze");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<OutcomeAccumulator>> pending = new ArrayList<>();
      for (int i = 0; i < input.files().size(); i++) {
        Path file = input.files().get(i);
        DatasetLayout layout = layouts.get(i);
        if (layout.isScrape()) {
          pending.add(pool.submit(() -> {
            ReadResult<SnapshotPanel> read = reader.collect(file,
                Collector.of(SnapshotPanel::create, SnapshotPanel::accept, SnapshotPanel::addAll), listener::problem);
            listener.fileRead(file.toString(), read.report());
            panels.add(read.result());
            return null;
          }));
        } else {
          pending.add(pool.submit(() -> {
            ReadResult<OutcomeAccumulator> read = reader.collect(file, Collector.of(
                () -> OutcomeAccumulator.of(input.groupings()), OutcomeAccumulator::accept, OutcomeAccumulator::merge),
                listener::problem);
            listener.fileRead(file.toString(), read.report());
            return read.result();
          }));
        }
      }
      OutcomeAccumulator total = OutcomeAccumulator.of(input.groupings());
      for (int i = 0; i < pending.size(); i++) {
        OutcomeAccumulator accumulator = await(pending.get(i));
        if (accumulator != null) {
          total.merge(accumulator);
        }
      }
      Optional<PanelSummary> summary = Optional.empty();
      if (!chunksLeft.isEmpty()) {
        SnapshotPanel whole = panels.whole();
        whole.forEachLatest(total);
        summary = Optional.of(new PanelSummary(whole.size(), whole.snapshots().size(), whole.rowsAdded()));
      }
      return new Analysis(total.result(), summary);
    } finally {
      pool.shutdownNow();
    }
  }

  private static OutcomeAccumulator await(Future<OutcomeAccumulator> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The scrapes' panels: one per snapshot while its chunks are read, merged into the whole when they all are. */
  private static final class Panels {
    private final Map<Instant, Integer> chunksLeft;
    private final Map<Instant, SnapshotPanel> open = new HashMap<>();
    private final SnapshotPanel whole = SnapshotPanel.create();

    Panels(Map<Instant, Integer> chunksLeft) {
      this.chunksLeft = new HashMap<>(chunksLeft);
    }

    synchronized void add(SnapshotPanel chunk) {
      if (chunk.snapshots().isEmpty()) {
        return;
      }
      Instant snapshot = chunk.snapshots().first();
      SnapshotPanel panel = open.merge(snapshot, chunk, SnapshotPanel::addAll);
      if (chunksLeft.merge(snapshot, -1, Integer::sum) == 0) {
        open.remove(snapshot);
        whole.addAll(panel);
      }
    }

    synchronized SnapshotPanel whole() {
      for (SnapshotPanel panel : open.values()) {
        whole.addAll(panel);
      }
      open.clear();
      return whole;
    }
  }
}
