package io.github.crowdfund.store;

import static io.github.crowdfund.store.StoreFixtures.CODEC;
import static io.github.crowdfund.store.StoreFixtures.liveHistory;
import static io.github.crowdfund.store.StoreFixtures.pledges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the log lends and gives back connections on SQLite: one kept for reuse while calls end well, at most as many
 * idle as asked, every connection given back in auto-commit mode, a connection closed when its call failed, and every
 * failure of the database within an append leaving nothing of the batch.
 */
class ConnectionHandlingTest {

  private static final CampaignId LAMP = CampaignId.of("lamp");

  @TempDir
  Path dir;

  private TrackedConnections connections() {
    return new TrackedConnections(EventLog.sqliteConnections(dir.resolve("events.db")));
  }

  @Test
  void callsThatEndWellShareOneConnectionUntilTheLogIsClosed() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    CampaignStore store = new CampaignStore(log, CODEC);

    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    VersionedCampaign more = store.append(lamp, pledges(lamp.campaign(), 1, 2));
    assertThatThrownBy(() -> store.append(lamp, pledges(lamp.campaign(), 3, 3)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store.load(LAMP)).contains(more);
    assertThat(store.readAll(0, 10)).hasSize(5);
    assertThat(log.version(LAMP)).isEqualTo(5);
    assertThat(store.saveSnapshot(more)).isTrue();
    assertThat(store.load(LAMP)).contains(more);

    assertThat(connections.opened()).as("connections opened").isEqualTo(1);
    assertThat(connections.closed()).isZero();

    log.close();
    assertThat(connections.returned()).containsExactly(new TrackedConnections.Returned(true, false));
    assertThat(log.version(LAMP)).as("a closed log opens a connection again").isEqualTo(5);
    assertThat(connections.opened()).isEqualTo(2);
    log.close();
  }

  @Test
  void aLogKeepsNoMoreIdleConnectionsThanItsLimit() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    new CampaignStore(log, CODEC).create(liveHistory("lamp"));

    // Six reads at once, each started from the action of the one before: six connections lent together.
    assertThat(nestedReads(log, 6)).isEqualTo(6 * 3);

    assertThat(connections.opened()).isEqualTo(6);
    assertThat(connections.closed()).as("given back beyond the four kept").isEqualTo(2);
    log.close();
    assertThat(connections.closed()).isEqualTo(6);
  }

  private static int nestedReads(EventLog log, int depth) {
    if (depth == 0) {
      return 0;
    }
    AtomicInteger events = new AtomicInteger();
    log.forEach(LAMP, 0, event -> {
      events.incrementAndGet();
      if (event.version() == 1) {
        events.addAndGet(nestedReads(log, depth - 1));
      }
    });
    return events.get();
  }

  @Test
  void withoutIdleConnectionsEveryCallGivesItsConnectionBackInAutoCommitMode() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE);
    CampaignStore store = new CampaignStore(log, CODEC);

    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 1));
    assertThatThrownBy(() -> store.append(lamp, pledges(lamp.campaign(), 2, 2)))
        .isInstanceOf(VersionConflictException.class);
    connections.failOn("executeBatch", "disk I/O error");
    assertThat(store.append(store.load(LAMP).orElseThrow(), List.of()).version()).isEqualTo(4);
    VersionedCampaign four = store.load(LAMP).orElseThrow();
    assertThatThrownBy(() -> store.append(four, pledges(four.campaign(), 2, 2)))
        .isInstanceOf(EventStoreException.class).hasMessageEndingWith("disk I/O error");
    connections.heal();
    store.readAll(0, 10);

    // tables, create, append, conflict, load (its snapshot, its events; the empty append opens none), load (the
    // same two), failure, readAll
    assertThat(connections.opened()).isEqualTo(10);
    assertThat(connections.returned()).hasSize(10)
        .allSatisfy(state -> assertThat(state.autoCommit()).as("auto-commit when given back").isTrue());
    assertThat(log.version(LAMP)).isEqualTo(4);
  }

  @Test
  void aCommitThatFailsStoresNothingOfTheBatchAndDropsTheConnection() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    CampaignStore store = new CampaignStore(log, CODEC);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));

    connections.failOn("commit", "database is locked");
    assertThatThrownBy(() -> store.append(lamp, pledges(lamp.campaign(), 1, 2)))
        .isInstanceOf(EventStoreException.class).isNotInstanceOf(VersionConflictException.class)
        .hasMessage("cannot append 2 events to campaign lamp after version 3: database is locked");
    connections.heal();

    assertThat(connections.closed()).as("the failed connection").isEqualTo(1);
    assertThat(log.version(LAMP)).isEqualTo(3);
    assertThat(log.readAll(0, 10)).hasSize(3);
    assertThat(store.append(lamp, pledges(lamp.campaign(), 1, 2)).version()).isEqualTo(5);
    assertThat(connections.opened()).isEqualTo(2);
  }

  @Test
  void aRollbackThatFailsTooIsKeptOnTheFailureAndTheConnectionIsDropped() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    CampaignStore store = new CampaignStore(log, CODEC);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 1));

    connections.failOn("rollback", "connection reset");
    assertThatThrownBy(() -> store.append(lamp, pledges(lamp.campaign(), 2, 2)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.actualVersion()).isEqualTo(4);
          assertThat(e.getSuppressed()).singleElement()
              .satisfies(rollback -> assertThat(rollback).hasMessage("connection reset"));
        });
    connections.failOn("executeBatch", "disk full");
    VersionedCampaign four = store.load(LAMP).orElseThrow();
    assertThatThrownBy(() -> store.append(four, pledges(four.campaign(), 2, 3)))
        .isInstanceOf(EventStoreException.class).hasMessageEndingWith(": disk full")
        .satisfies(e -> assertThat(e.getCause().getSuppressed()).singleElement()
            .satisfies(rollback -> assertThat(rollback).hasMessage("connection reset")));
    connections.heal();

    assertThat(connections.closed()).as("both connections that could not roll back").isEqualTo(2);
    assertThat(log.version(LAMP)).isEqualTo(4);
    log.close();
  }

  @Test
  void aReadStoppedByItsActionPassesTheActionsExceptionOnAndTheLogReadsOn() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    new CampaignStore(log, CODEC).create(liveHistory("lamp"));
    IllegalStateException stop = new IllegalStateException("enough");

    assertThatThrownBy(() -> log.forEach(LAMP, 0, event -> {
      throw stop;
    })).isSameAs(stop);

    assertThat(connections.returned()).as("the connection of the stopped read")
        .containsExactly(new TrackedConnections.Returned(true, false));
    assertThat(log.read(LAMP, 1)).extracting(StoredEvent::version).containsExactly(2L, 3L);
    log.close();
  }

  @Test
  void aDatabaseFailureOfAReadNamesWhatWasRead() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    connections.failOn("executeQuery", "no such table");

    assertThatThrownBy(() -> log.read(LAMP, 2)).isInstanceOf(EventStoreException.class)
        .hasMessage("cannot read campaign lamp after version 2: no such table");
    assertThatThrownBy(() -> log.readAll(7, 10)).isInstanceOf(EventStoreException.class)
        .hasMessage("cannot read events after position 7: no such table");
    assertThatThrownBy(() -> log.version(LAMP)).isInstanceOf(EventStoreException.class)
        .hasMessage("cannot read the version of campaign lamp: no such table");
    connections.heal();
    assertThat(log.version(LAMP)).isZero();
    log.close();
  }

  @Test
  void aTableThatCannotBeCreatedIsReportedAndNoConnectionIsKept() {
    TrackedConnections connections = connections();
    connections.failOn("execute", "attempt to write a readonly database");
    assertThatThrownBy(() -> new EventLog(connections, Dialect.SQLITE, 4))
        .isInstanceOf(EventStoreException.class)
        .hasMessage("cannot create the tables crowdfund_events and crowdfund_snapshots: attempt to write a readonly database");

    connections.heal();
    connections.failOn("commit", "disk I/O error");
    assertThatThrownBy(() -> new EventLog(connections, Dialect.SQLITE, 4))
        .isInstanceOf(EventStoreException.class)
        .hasMessage("cannot create the tables crowdfund_events and crowdfund_snapshots: disk I/O error");

    assertThat(connections.returned()).hasSize(2).containsOnly(new TrackedConnections.Returned(true, false));
    connections.heal();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    assertThat(log.readAll(0, 1)).isEmpty();
    log.close();
  }

  @Test
  void anAppendSendsItsRowsInBatchesOfFiveHundred() {
    TrackedConnections connections = connections();
    EventLog log = new EventLog(connections, Dialect.SQLITE, 4);
    CampaignStore store = new CampaignStore(log, CODEC);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    assertThat(connections.statementCalls("executeBatch")).isEqualTo(1);

    VersionedCampaign thousand = store.append(lamp, pledges(lamp.campaign(), 1, 1_000));
    assertThat(connections.statementCalls("executeBatch")).isEqualTo(1 + 2);
    store.append(thousand, pledges(thousand.campaign(), 1_001, 1_501));
    assertThat(connections.statementCalls("executeBatch")).isEqualTo(1 + 2 + 2);
    assertThat(connections.statementCalls("addBatch")).isEqualTo(3 + 1_000 + 501);
    assertThat(log.version(LAMP)).isEqualTo(1_504);
    log.close();
  }

  @Test
  void aDuplicateVersionReportedByTheDatabaseIsAConflictAndStoresNothing() throws Exception {
    Path file = dir.resolve("events.db");
    EventLog log = EventLog.sqlite(file);
    CampaignStore store = new CampaignStore(log, CODEC);
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    // A writer that got the campaign's next version in first: its row is in the way of the batch's second part.
    EventLog.Connections racing = StoreFixtures.faultAfterBatch(EventLog.sqliteConnections(file), 1, writer -> {
      try (PreparedStatement insert = writer.prepareStatement("INSERT INTO " + Dialect.TABLE
          + " (campaign_id, version, event_type, schema_version, payload) VALUES ('lamp', 504, 'Submitted', 1, '{}')")) {
        insert.executeUpdate();
      }
    });
    CampaignStore raced = new CampaignStore(new EventLog(racing, Dialect.SQLITE), CODEC);

    assertThatThrownBy(() -> raced.append(lamp, pledges(lamp.campaign(), 1, 600)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.campaign()).isEqualTo(LAMP);
          assertThat(e.expectedVersion()).isEqualTo(3);
        });
    assertThat(log.version(LAMP)).isEqualTo(3);
    assertThat(log.readAll(0, 1_000)).hasSize(3);
    log.close();
  }

  @Test
  void aConstraintOtherThanTheVersionsIsADatabaseFailureNotAConflict() throws Exception {
    Path file = dir.resolve("events.db");
    // A table made beforehand by an administrator who limits the size of an event.
    try (Connection connection = EventLog.sqliteConnections(file).open();
        PreparedStatement create = connection.prepareStatement(Dialect.SQLITE.createTable()
            .replace("payload TEXT NOT NULL", "payload TEXT NOT NULL CHECK (length(payload) < 50)"))) {
      create.execute();
    }
    CampaignStore store = CampaignStore.sqlite(file);

    assertThatThrownBy(() -> store.create(liveHistory("lamp")))
        .isInstanceOfSatisfying(EventStoreException.class, e -> {
          assertThat(e).isNotInstanceOf(VersionConflictException.class)
              .hasMessageStartingWith("cannot append 3 events to campaign lamp after version 0: ")
              .hasMessageContaining("CHECK constraint failed");
          assertThat(((SQLException) e.getCause()).getErrorCode()).as("SQLite's constraint code").isEqualTo(19);
        });
    assertThat(store.log().version(LAMP)).isZero();
    store.close();
  }
}
