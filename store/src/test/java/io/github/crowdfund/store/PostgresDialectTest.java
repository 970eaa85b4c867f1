package io.github.crowdfund.store;

import static io.github.crowdfund.store.StoreFixtures.CODEC;
import static io.github.crowdfund.store.StoreFixtures.liveHistory;
import static io.github.crowdfund.store.StoreFixtures.pledges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only PostgreSQL shows of the store: appends serialized by the store's lock so that positions follow commit
 * order, a row slipped in by a writer that takes no lock reported as a conflict, and streaming reads that give their
 * connection back as they found it. Runs on the module's shared server.
 */
class PostgresDialectTest {

  private static final CampaignId LAMP = CampaignId.of("lamp");

  private DataSource database;

  @BeforeEach
  void emptyDatabase() throws Exception {
    database = SharedPostgres.database();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + Dialect.TABLE);
      statement.execute("DROP TABLE IF EXISTS " + Dialect.SNAPSHOT_TABLE);
    }
  }

  @Test
  void aRowSlippedInByAWriterThatTakesNoLockMakesTheAppendAConflictAndStoresNothing() {
    CampaignStore store = CampaignStore.postgresql(database);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    // Another program inserts the campaign's version 504 without the store's lock while the append is between its
    // first and second batch of 500 rows.
    EventLog.Connections racing = StoreFixtures.faultAfterBatch(database::getConnection, 1, writer -> {
      try (Connection other = database.getConnection();
          PreparedStatement insert = other.prepareStatement("INSERT INTO " + Dialect.TABLE
              + " (campaign_id, version, event_type, schema_version, payload) VALUES ('lamp', 504, 'Submitted', 1,"
              + " '{}')")) {
        insert.executeUpdate();
      }
    });
    CampaignStore raced = new CampaignStore(new EventLog(racing, Dialect.POSTGRESQL), CODEC);

    assertThatThrownBy(() -> raced.append(lamp, pledges(lamp.campaign(), 1, 600)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.campaign()).isEqualTo(LAMP);
          assertThat(e.expectedVersion()).isEqualTo(3);
          assertThat(e.actualVersion()).isEqualTo(504);
        });
    assertThat(store.log().read(LAMP, 0)).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L, 504L);
  }

  @Test
  void appendsAndTableCreationWaitForTheAppendInProgressSoThatPositionsFollowCommitOrder() throws Exception {
    CampaignStore store = CampaignStore.postgresql(database);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    VersionedCampaign desk = store.create(liveHistory("desk"));
    CountDownLatch midBatch = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    EventLog.Connections pausing = StoreFixtures.faultAfterBatch(database::getConnection, 1, writer -> {
      midBatch.countDown();
      try {
        resume.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    CampaignStore slow = new CampaignStore(new EventLog(pausing, Dialect.POSTGRESQL), CODEC);

    CompletableFuture<VersionedCampaign> first =
        CompletableFuture.supplyAsync(() -> slow.append(lamp, pledges(lamp.campaign(), 1, 600)));
    assertThat(midBatch.await(1, TimeUnit.MINUTES)).as("the first append reached its second batch").isTrue();
    CompletableFuture<VersionedCampaign> second =
        CompletableFuture.supplyAsync(() -> store.append(desk, pledges(desk.campaign(), 1, 2)));
    CompletableFuture<CampaignStore> opened = CompletableFuture.supplyAsync(() -> CampaignStore.postgresql(database));
    Thread.sleep(300);
    assertThat(second).as("an append of another campaign while the first holds the lock").isNotDone();
    assertThat(opened).as("a store opened (creating the table if absent) while an append holds the lock").isNotDone();
    resume.countDown();

    assertThat(first.get(1, TimeUnit.MINUTES).version()).isEqualTo(603);
    assertThat(second.get(1, TimeUnit.MINUTES).version()).isEqualTo(5);
    assertThat(opened.get(1, TimeUnit.MINUTES).load(LAMP).orElseThrow().version()).isEqualTo(603);
    List<StoredEvent> all = store.log().readAll(0, 1_000);
    long lastOfLamp = all.stream().filter(e -> e.campaign().equals(LAMP)).mapToLong(StoredEvent::position).max()
        .orElseThrow();
    assertThat(all).filteredOn(e -> e.campaign().value().equals("desk") && e.version() > 3)
        .extracting(StoredEvent::position).allSatisfy(position -> assertThat(position).isGreaterThan(lastOfLamp));
  }

  @Test
  void readsAndAppendsGiveTheirConnectionsBackInAutoCommitAndReadWriteMode() {
    TrackedConnections connections = new TrackedConnections(database::getConnection);
    EventLog log = new EventLog(connections, Dialect.POSTGRESQL);
    CampaignStore store = new CampaignStore(log, CODEC);

    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    assertThat(store.load(LAMP)).contains(lamp);
    assertThat(store.readAll(1, 10)).hasSize(2);
    assertThatThrownBy(() -> log.forEach(LAMP, 0, event -> {
      throw new IllegalStateException("the action stops");
    })).hasMessage("the action stops");
    assertThatThrownBy(() -> store.append(lamp.campaign().id(), 0, liveHistory("lamp")))
        .isInstanceOf(VersionConflictException.class);

    assertThat(connections.returned()).hasSize(connections.opened())
        .allSatisfy(state -> assertThat(state).isEqualTo(new TrackedConnections.Returned(true, false)));
    // A log that keeps its connections itself reads and appends on the same one.
    EventLog keeping = new EventLog(connections, Dialect.POSTGRESQL, 1);
    int opened = connections.opened();
    assertThat(keeping.read(LAMP, 0)).hasSize(3);
    VersionedCampaign more = new CampaignStore(keeping, CODEC).append(lamp, pledges(lamp.campaign(), 1, 1));
    assertThat(keeping.readAll(0, 10)).hasSize(4);
    assertThat(more.version()).isEqualTo(4);
    assertThat(connections.opened()).isEqualTo(opened);
    keeping.close();
  }

  @Test
  void aFailureOfTheDatabaseOtherThanADuplicateVersionIsNoConflict() {
    TrackedConnections connections = new TrackedConnections(database::getConnection);
    CampaignStore store = new CampaignStore(new EventLog(connections, Dialect.POSTGRESQL), CODEC);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));

    connections.failOn("executeBatch", "ERROR: could not extend file: No space left on device");
    assertThatThrownBy(() -> store.append(lamp, pledges(lamp.campaign(), 1, 2)))
        .isInstanceOf(EventStoreException.class).isNotInstanceOf(VersionConflictException.class)
        .hasMessage("cannot append 2 events to campaign lamp after version 3: ERROR: could not extend file: No space"
            + " left on device");
    connections.heal();
    assertThat(store.log().version(LAMP)).isEqualTo(3);
  }

  @Test
  void aPostgresqlLogNeedsADataSource() {
    assertThatThrownBy(() -> EventLog.postgresql(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("dataSource");
  }
}
