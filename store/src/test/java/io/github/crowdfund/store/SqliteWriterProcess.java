package io.github.crowdfund.store;

import static io.github.crowdfund.store.StoreFixtures.CODEC;

import io.github.crowdfund.core.CampaignId;
import java.nio.file.Path;

/**
 * A writer for {@link SqliteEventStoreTest}'s kill test, run in its own JVM: it appends 1,200 pledges to campaign
 * "lamp" of the given SQLite file, says {@value #MID_BATCH} after the first 500 rows are inserted (uncommitted), and
 * then waits to be killed.
 */
final class SqliteWriterProcess {

  static final String MID_BATCH = "mid-batch";

  private SqliteWriterProcess() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    EventLog.Connections pausing = StoreFixtures.faultAfterBatch(EventLog.sqliteConnections(file), 1, writer -> {
      System.out.println(MID_BATCH);
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    CampaignStore store = new CampaignStore(new EventLog(pausing, Dialect.SQLITE), CODEC);
    VersionedCampaign lamp = store.load(CampaignId.of("lamp")).orElseThrow();
    store.append(lamp, StoreFixtures.pledges(lamp.campaign(), 1, 1_200));
    System.out.println("committed: the kill came too late");
  }
}
