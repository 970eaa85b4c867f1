package io.github.crowdfund.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the databases the store runs on: the table definitions, how appends are serialized, how a
 * long read streams, and how a duplicate key is reported. The SQL that is the same lives in {@link EventLog}.
 *
 * <p>This class is immutable and thread-safe.
 */
enum Dialect {

  /**
   * SQLite: one writer at a time by the database's own design. Appends run in {@code BEGIN IMMEDIATE} transactions
   * (the connection's transaction mode), which take the write lock before reading the campaign's version, so the
   * check and the insert are atomic and positions follow commit order. A position is the row id: the largest
   * committed one plus one, never reused since the store deletes no row.
   */
  SQLITE("CREATE TABLE IF NOT EXISTS " + Dialect.TABLE + " ("
      + "position INTEGER PRIMARY KEY, "
      + "campaign_id TEXT NOT NULL, "
      + "version INTEGER NOT NULL CHECK (version >= 1), "
      + "event_type TEXT NOT NULL, "
      + "schema_version INTEGER NOT NULL, "
      + "payload TEXT NOT NULL, "
      + "UNIQUE (campaign_id, version))",
      "CREATE TABLE IF NOT EXISTS " + Dialect.SNAPSHOT_TABLE + " ("
      + "campaign_id TEXT PRIMARY KEY, "
      + "version INTEGER NOT NULL CHECK (version >= 1), "
      + "position INTEGER NOT NULL, "
      + "format_version INTEGER NOT NULL, "
      + "state BLOB NOT NULL)") {

    @Override
    void lockForAppend(Connection connection) {
      // The IMMEDIATE transaction holds SQLite's write lock already.
    }

    @Override
    void beginRead(Connection connection) {
      // One SELECT reads one snapshot and SQLite streams rows as they are stepped: no transaction needed, and none
      // wanted (an IMMEDIATE one would block the writers).
    }

    @Override
    boolean isDuplicateKey(SQLException e) {
      return e.getErrorCode() == 19 && String.valueOf(e.getMessage()).contains("UNIQUE");
    }
  },

  /**
   * PostgreSQL: appends take a transaction-level advisory lock first, so that the version check and the insert are
   * atomic for a campaign and global positions (an identity column) are handed out in commit order: a reader of
   * the global feed never sees position n+1 before position n is committed. Appends of different campaigns wait
   * for one another; each holds the lock only while it inserts.
   */
  POSTGRESQL("CREATE TABLE IF NOT EXISTS " + Dialect.TABLE + " ("
      + "position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
      + "campaign_id TEXT NOT NULL, "
      + "version BIGINT NOT NULL CHECK (version >= 1), "
      + "event_type TEXT NOT NULL, "
      + "schema_version INTEGER NOT NULL, "
      + "payload TEXT NOT NULL, "
      + "CONSTRAINT " + Dialect.TABLE + "_campaign_version UNIQUE (campaign_id, version))",
      "CREATE TABLE IF NOT EXISTS " + Dialect.SNAPSHOT_TABLE + " ("
      + "campaign_id TEXT PRIMARY KEY, "
      + "version BIGINT NOT NULL CHECK (version >= 1), "
      + "position BIGINT NOT NULL, "
      + "format_version INTEGER NOT NULL, "
      + "state BYTEA NOT NULL)") {

    @Override
    void lockForAppend(Connection connection) throws SQLException {
      try (Statement lock = connection.createStatement()) {
        lock.execute("SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ")");
      }
    }

    @Override
    void beginRead(Connection connection) throws SQLException {
      // The driver streams a result set by fetch size only inside a transaction; else it reads every row first.
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
    }

    @Override
    boolean isDuplicateKey(SQLException e) {
      return "23505".equals(e.getSQLState());
    }
  };

  /** The table of the events: the store's source of truth. */
  static final String TABLE = "crowdfund_events";

  /** The table of the campaigns' latest snapshots: derived from the events, a cache that may be refused. */
  static final String SNAPSHOT_TABLE = "crowdfund_snapshots";

  /** The advisory lock key of appends: "crowdfnd" read as a 64-bit number, unlikely to meet an application's. */
  private static final long APPEND_LOCK = 0x63726f7764666e64L;

  private final String createTable;
  private final String createSnapshotTable;

  Dialect(String createTable, String createSnapshotTable) {
    this.createTable = createTable;
    this.createSnapshotTable = createSnapshotTable;
  }

  /**
   * Returns the statement that creates the event table if it is absent.
   *
   * @return the DDL
   */
  String createTable() {
    return createTable;
  }

  /**
   * Returns the statement that creates the snapshot table if it is absent.
   *
   * @return the DDL
   */
  String createSnapshotTable() {
    return createSnapshotTable;
  }

  /**
   * Serializes appends, inside the append's transaction.
   *
   * @param connection the append's connection, in a transaction
   * @throws SQLException if the database fails
   */
  abstract void lockForAppend(Connection connection) throws SQLException;

  /**
   * Prepares a connection for a long read that should stream.
   *
   * @param connection a fresh connection
   * @throws SQLException if the database fails
   */
  abstract void beginRead(Connection connection) throws SQLException;

  /**
   * Tells whether an exception reports a duplicate (campaign, version): another writer got there first.
   *
   * @param e the exception
   * @return true for a unique-key violation
   */
  abstract boolean isDuplicateKey(SQLException e);
}
