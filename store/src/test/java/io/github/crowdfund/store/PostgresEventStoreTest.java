package io.github.crowdfund.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on PostgreSQL: a real server process, shared with the module's other tests. */
class PostgresEventStoreTest extends EventStoreContract {

  private static DataSource database;
  private static StoreFixtures.Pool pool;

  @BeforeAll
  static void shareServer() throws Exception {
    database = SharedPostgres.database();
  }

  @AfterAll
  static void closePool() throws Exception {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void aCampaignPersistedInSqliteThenInPostgresqlReplaysToAnEqualValue(@TempDir Path dir) {
    List<CampaignEvent> history = StoreFixtures.fullHistory("lantern");
    CampaignId lantern = CampaignId.of("lantern");
    VersionedCampaign inSqlite;
    List<CampaignEvent> moved;
    List<EncodedEvent> sqliteRows;
    try (CampaignStore sqlite = CampaignStore.sqlite(dir.resolve("campaigns.db"))) {
      sqlite.create(history);
      inSqlite = sqlite.load(lantern).orElseThrow();
      moved = sqlite.events(lantern);
      sqliteRows = sqlite.log().read(lantern, 0).stream().map(StoredEvent::event).collect(Collectors.toList());
    }

    VersionedCampaign inPostgresql;
    try (CampaignStore postgresql = CampaignStore.postgresql(database)) {
      postgresql.create(moved);
      inPostgresql = postgresql.load(lantern).orElseThrow();
      assertThat(postgresql.log().read(lantern, 0)).extracting(StoredEvent::event)
          .containsExactlyElementsOf(sqliteRows);
    }

    VersionedCampaign expected = new VersionedCampaign(Campaign.replay(history), history.size());
    assertThat(inSqlite).isEqualTo(expected);
    assertThat(inPostgresql).isEqualTo(expected);
    assertThat(inPostgresql.campaign().backerCount()).isEqualTo(3);
  }

  @Override
  EventLog.Connections emptyDatabase() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + Dialect.TABLE);
      statement.execute("DROP TABLE IF EXISTS " + Dialect.SNAPSHOT_TABLE);
    }
    if (pool != null) {
      pool.close();
    }
    pool = new StoreFixtures.Pool(currentDatabase());
    return pool;
  }

  @Override
  EventLog.Connections currentDatabase() {
    return database::getConnection;
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  void kill(Connection writer) throws SQLException {
    long pid;
    try (Statement statement = writer.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      pid = row.getLong(1);
    }
    try (Connection other = database.getConnection(); Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_terminate_backend(" + pid + ")");
    }
  }
}
