package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The rows of an event store in a relational database, through JDBC: each campaign's events in version order, and
 * all events in the order they were committed.
 *
 * <p>{@link #append} stores a batch of a campaign's new events only if the campaign is still at the version the
 * writer last saw (optimistic concurrency): a stale writer gets a {@link VersionConflictException} and nothing of
 * its batch is stored; a batch is stored whole or not at all, in one transaction. The store creates its table
 * {@value Dialect#TABLE} when it is absent (see the README for its columns).
 *
 * <p>Each call takes a connection and gives it back before it returns: on SQLite the log keeps a few idle ones for
 * reuse ({@link #close} closes them); on PostgreSQL give {@link #postgresql(DataSource)} a pooling data source. This
 * class is thread-safe: any number of threads, and of processes on the same database, may append and read at once.
 */
public final class EventLog implements AutoCloseable {

  /** Rows per JDBC batch within one append. */
  private static final int BATCH_ROWS = 500;

  /** Rows fetched per round trip by streaming reads. */
  private static final int FETCH_ROWS = 1_000;

  /** SQLite connections kept open for reuse: opening one costs milliseconds, more than a small append. */
  private static final int SQLITE_IDLE_CONNECTIONS = 4;

  /** How long a SQLite writer waits for another's write lock before failing, in milliseconds. */
  private static final String SQLITE_BUSY_TIMEOUT_MS = "60000";

  private static final String COLUMNS = "position, version, event_type, schema_version, payload";

  private static final String INSERT = "INSERT INTO " + Dialect.TABLE
      + " (campaign_id, version, event_type, schema_version, payload) VALUES (?, ?, ?, ?, ?)";

  private static final String VERSION = "SELECT COALESCE(MAX(version), 0) FROM " + Dialect.TABLE
      + " WHERE campaign_id = ?";

  private static final String READ_CAMPAIGN = "SELECT " + COLUMNS + " FROM " + Dialect.TABLE
      + " WHERE campaign_id = ? AND version > ? ORDER BY version";

  private static final String READ_ALL = "SELECT " + COLUMNS + ", campaign_id FROM " + Dialect.TABLE
      + " WHERE position > ? ORDER BY position LIMIT ?";

  private static final String SAVE_SNAPSHOT = "INSERT INTO " + Dialect.SNAPSHOT_TABLE
      + " (campaign_id, version, position, format_version, state) SELECT campaign_id, version, position, ?, ? FROM "
      + Dialect.TABLE + " WHERE campaign_id = ? AND version = ? ON CONFLICT (campaign_id) DO UPDATE SET"
      + " version = excluded.version, position = excluded.position, format_version = excluded.format_version,"
      + " state = excluded.state WHERE excluded.version >= " + Dialect.SNAPSHOT_TABLE + ".version";

  private static final String READ_SNAPSHOT = "SELECT s.version, s.position, COALESCE(e.position, 0),"
      + " s.format_version, s.state FROM " + Dialect.SNAPSHOT_TABLE + " s LEFT JOIN " + Dialect.TABLE
      + " e ON e.campaign_id = s.campaign_id AND e.version = s.version WHERE s.campaign_id = ?";

  /** Opens a connection; the caller closes it. */
  @FunctionalInterface
  interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;
  private final Dialect dialect;
  private final int maxIdle;
  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

  /**
   * Creates a log and its table if absent.
   *
   * @param connections opens connections
   * @param dialect the database's dialect
   * @param maxIdle how many idle connections to keep for reuse: 0 when {@code connections} pools them already
   */
  EventLog(Connections connections, Dialect dialect, int maxIdle) {
    this.connections = Objects.requireNonNull(connections, "connections");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.maxIdle = maxIdle;
    createTable();
  }

  EventLog(Connections connections, Dialect dialect) {
    this(connections, dialect, 0);
  }

  /**
   * A connection lent to one call: back to the idle ones if the call ended well ({@link #keep}), else closed.
   */
  private final class Lease implements AutoCloseable {
    final Connection connection;
    private boolean keep;

    Lease(Connection connection) {
      this.connection = connection;
    }

    /** Marks the connection fit for reuse: the call ended well and left it in auto-commit mode. */
    void keep() {
      keep = true;
    }

    @Override
    public void close() throws SQLException {
      if (keep && idle.size() < maxIdle) {
        idle.addFirst(connection);
      } else {
        connection.close();
      }
    }
  }

  private Lease lease() throws SQLException {
    Connection reused = idle.pollFirst();
    return new Lease(reused != null ? reused : connections.open());
  }

  /**
   * Closes the connections this log keeps for reuse (on SQLite; on PostgreSQL the data source pools them). The log
   * stays usable: a later call opens a connection again.
   */
  @Override
  public void close() {
    for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing an idle connection fails only if it is broken already; nothing is lost.
      }
    }
  }

  /**
   * Opens the event log in a SQLite database file, creating the file and the table if absent. The database runs in
   * WAL mode (readers do not block the writer) with full synchronous commits; the SQLite JDBC driver must be on
   * the class or module path (this module brings it).
   *
   * @param file the database file; its directory must exist
   * @return the log
   * @throws EventStoreException if the file cannot be opened or the table created
   */
  public static EventLog sqlite(Path file) {
    return new EventLog(sqliteConnections(file), Dialect.SQLITE, SQLITE_IDLE_CONNECTIONS);
  }

  /**
   * Returns connections to a SQLite file as the store uses them.
   *
   * @param file the database file
   * @return the connections
   */
  static Connections sqliteConnections(Path file) {
    String url = "jdbc:sqlite:" + Objects.requireNonNull(file, "file").toAbsolutePath();
    Properties properties = new Properties();
    properties.setProperty("journal_mode", "WAL");
    properties.setProperty("synchronous", "FULL");
    properties.setProperty("busy_timeout", SQLITE_BUSY_TIMEOUT_MS);
    properties.setProperty("transaction_mode", "IMMEDIATE");
    return () -> DriverManager.getConnection(url, properties);
  }

  /**
   * Opens the event log in a PostgreSQL database, creating the table if absent.
   *
   * @param dataSource connections to the database, as the user that owns (or may create) the table; a pooling
   *     data source serves many small appends best
   * @return the log
   * @throws EventStoreException if the database cannot be reached or the table created
   */
  public static EventLog postgresql(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new EventLog(dataSource::getConnection, Dialect.POSTGRESQL);
  }

  private void createTable() {
    try (Lease lease = lease()) {
      Connection connection = lease.connection;
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        dialect.lockForAppend(connection);
        statement.execute(dialect.createTable());
        statement.execute(dialect.createSnapshotTable());
        connection.commit();
        connection.setAutoCommit(true);
        lease.keep();
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new EventStoreException("cannot create the tables " + Dialect.TABLE + " and " + Dialect.SNAPSHOT_TABLE
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends a campaign's new events after the version the writer last saw, in one transaction: all or nothing.
   * The events get versions {@code expectedVersion + 1}, {@code + 2}, … and positions after every committed event.
   *
   * @param campaign the campaign
   * @param expectedVersion the campaign's version the writer decided on: 0 for a new campaign
   * @param events the events in order; empty appends nothing and checks nothing
   * @return the campaign's version after the append: {@code expectedVersion + events.size()}
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   * @throws VersionConflictException if the campaign is at another version; nothing was appended
   * @throws EventStoreException if the database fails; nothing was appended
   */
  public long append(CampaignId campaign, long expectedVersion, List<EncodedEvent> events) {
    Objects.requireNonNull(campaign, "campaign");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version must not be negative: " + expectedVersion);
    }
    List<EncodedEvent> batch = List.copyOf(events);
    if (batch.isEmpty()) {
      return expectedVersion;
    }
    try (Lease lease = lease()) {
      Connection connection = lease.connection;
      connection.setAutoCommit(false);
      try {
        dialect.lockForAppend(connection);
        long actual = version(connection, campaign);
        if (actual != expectedVersion) {
          throw new VersionConflictException(campaign, expectedVersion, actual);
        }
        insert(connection, campaign, expectedVersion, batch);
        connection.commit();
        connection.setAutoCommit(true);
        lease.keep();
        return expectedVersion + batch.size();
      } catch (SQLException | RuntimeException e) {
        if (rollback(connection, e) && e instanceof VersionConflictException) {
          lease.keep();
        }
        throw e;
      }
    } catch (SQLException e) {
      if (dialect.isDuplicateKey(e)) {
        throw new VersionConflictException(campaign, expectedVersion, version(campaign));
      }
      throw new EventStoreException("cannot append " + batch.size() + " events to campaign " + campaign
          + " after version " + expectedVersion + ": " + e.getMessage(), e);
    }
  }

  private static void insert(Connection connection, CampaignId campaign, long after, List<EncodedEvent> batch)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      String id = campaign.value();
      long version = after;
      int pending = 0;
      for (EncodedEvent event : batch) {
        insert.setString(1, id);
        insert.setLong(2, ++version);
        insert.setString(3, event.type());
        insert.setInt(4, event.schemaVersion());
        insert.setString(5, event.json());
        insert.addBatch();
        if (++pending == BATCH_ROWS) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  /**
   * Rolls back and leaves the connection in auto-commit mode, as a pool expects it back.
   *
   * @return true if it could, false if the connection failed too (its failure is added to {@code failure})
   */
  private static boolean rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
      return true;
    } catch (SQLException e) {
      failure.addSuppressed(e);
      return false;
    }
  }

  /**
   * Returns a campaign's version: the number of its events.
   *
   * @param campaign the campaign
   * @return the version, 0 if the campaign has no events
   * @throws EventStoreException if the database fails
   */
  public long version(CampaignId campaign) {
    Objects.requireNonNull(campaign, "campaign");
    try (Lease lease = lease()) {
      long version = version(lease.connection, campaign);
      lease.keep();
      return version;
    } catch (SQLException e) {
      throw new EventStoreException("cannot read the version of campaign " + campaign + ": " + e.getMessage(), e);
    }
  }

  private static long version(Connection connection, CampaignId campaign) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(VERSION)) {
      query.setString(1, campaign.value());
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Passes a campaign's events after a version to {@code action}, in version order, streaming them from the
   * database (a million events need not fit in memory at once). The rows are read from one snapshot.
   *
   * @param campaign the campaign
   * @param afterVersion the version after which to start: 0 for the whole history
   * @param action called once per event; an exception it throws stops the read and propagates
   * @throws IllegalArgumentException if {@code afterVersion} is negative
   * @throws CorruptEventException if a row has a blank type or JSON or an invalid version or schema version
   * @throws EventStoreException if the database fails
   */
  public void forEach(CampaignId campaign, long afterVersion, Consumer<? super StoredEvent> action) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(action, "action");
    requireNotNegative(afterVersion, "version");
    try (Lease lease = lease()) {
      Connection connection = lease.connection;
      dialect.beginRead(connection);
      try (PreparedStatement query = connection.prepareStatement(READ_CAMPAIGN)) {
        query.setFetchSize(FETCH_ROWS);
        query.setString(1, campaign.value());
        query.setLong(2, afterVersion);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            action.accept(row(rows, campaign));
          }
        }
      } finally {
        endRead(connection);
      }
      lease.keep();
    } catch (SQLException e) {
      throw new EventStoreException("cannot read campaign " + campaign + " after version " + afterVersion + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Returns a campaign's events after a version, in version order.
   *
   * @param campaign the campaign
   * @param afterVersion the version after which to start: 0 for the whole history
   * @return the events, empty if there are none
   * @throws IllegalArgumentException if {@code afterVersion} is negative
   * @throws CorruptEventException if a row is not a valid stored event
   * @throws EventStoreException if the database fails
   */
  public List<StoredEvent> read(CampaignId campaign, long afterVersion) {
    List<StoredEvent> events = new ArrayList<>();
    forEach(campaign, afterVersion, events::add);
    return List.copyOf(events);
  }

  /**
   * Returns at most {@code limit} events of all campaigns after a global position, in position order: the order in
   * which they were committed. Read page after page, passing the last position seen, to follow every event of the
   * store; a page never skips an event committed before it was read.
   *
   * @param afterPosition the position after which to start: 0 for the first event of the store
   * @param limit the largest number of events to return, positive
   * @return the events, fewer than {@code limit} (or none) at the end of the log
   * @throws IllegalArgumentException if {@code afterPosition} is negative or {@code limit} not positive
   * @throws CorruptEventException if a row is not a valid stored event
   * @throws EventStoreException if the database fails
   */
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    requireNotNegative(afterPosition, "position");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<StoredEvent> events = new ArrayList<>(Math.min(limit, FETCH_ROWS));
    try (Lease lease = lease()) {
      Connection connection = lease.connection;
      dialect.beginRead(connection);
      try (PreparedStatement query = connection.prepareStatement(READ_ALL)) {
        query.setFetchSize(Math.min(limit, FETCH_ROWS));
        query.setLong(1, afterPosition);
        query.setInt(2, limit);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            events.add(row(rows, campaignOf(rows)));
          }
        }
      } finally {
        endRead(connection);
      }
      lease.keep();
    } catch (SQLException e) {
      throw new EventStoreException("cannot read events after position " + afterPosition + ": " + e.getMessage(), e);
    }
    return List.copyOf(events);
  }

  /**
   * Saves a snapshot of a campaign's state at a version, replacing the campaign's snapshot unless that one is at a
   * later version. The snapshot is tied to the position of the log's event at {@code version}, so that a log that
   * no longer holds that event makes the snapshot stale ({@link StoredSnapshot#matchesLog}).
   *
   * @param campaign the campaign
   * @param version the version the state is at, at least 1
   * @param formatVersion the format version of {@code state}
   * @param state the encoded state; not copied
   * @return true if saved, false if the campaign's snapshot is at a later version already (it stays)
   * @throws IllegalArgumentException if the log holds no event of the campaign at {@code version}
   * @throws EventStoreException if the database fails
   */
  public boolean saveSnapshot(CampaignId campaign, long version, int formatVersion, byte[] state) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(state, "state");
    if (version < 1) {
      throw new IllegalArgumentException("a snapshot's version is at least 1: " + version);
    }
    int saved;
    try (Lease lease = lease()) {
      try (PreparedStatement save = lease.connection.prepareStatement(SAVE_SNAPSHOT)) {
        save.setInt(1, formatVersion);
        save.setBytes(2, state);
        save.setString(3, campaign.value());
        save.setLong(4, version);
        saved = save.executeUpdate();
      }
      lease.keep();
    } catch (SQLException e) {
      throw new EventStoreException("cannot save the snapshot of campaign " + campaign + " at version " + version
          + ": " + e.getMessage(), e);
    }
    if (saved == 0) {
      long logVersion = version(campaign);
      if (logVersion < version) {
        throw new IllegalArgumentException("campaign " + campaign + " has no event at version " + version
            + " to snapshot: its version is " + logVersion);
      }
    }
    return saved > 0;
  }

  /**
   * Returns a campaign's latest saved snapshot, as stored: neither its state nor its match with the log is checked.
   *
   * @param campaign the campaign
   * @return the snapshot, or empty if none was saved
   * @throws EventStoreException if the database fails or the row is not a valid snapshot row
   */
  public Optional<StoredSnapshot> snapshot(CampaignId campaign) {
    Objects.requireNonNull(campaign, "campaign");
    try (Lease lease = lease()) {
      Optional<StoredSnapshot> snapshot = Optional.empty();
      try (PreparedStatement query = lease.connection.prepareStatement(READ_SNAPSHOT)) {
        query.setString(1, campaign.value());
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            snapshot = Optional.of(new StoredSnapshot(campaign, rows.getLong(1), rows.getLong(2), rows.getLong(3),
                rows.getInt(4), rows.getBytes(5)));
          }
        }
      }
      lease.keep();
      return snapshot;
    } catch (SQLException | IllegalArgumentException | NullPointerException e) {
      throw new EventStoreException("cannot read the snapshot of campaign " + campaign + ": " + e.getMessage(), e);
    }
  }

  private static void endRead(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
      connection.setAutoCommit(true);
      connection.setReadOnly(false);
    }
  }

  private static void requireNotNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  /** Reads the campaign id of a {@link #READ_ALL} row. */
  private static CampaignId campaignOf(ResultSet rows) throws SQLException {
    String campaign = rows.getString(6);
    try {
      return CampaignId.of(campaign);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new EventStoreException("the event at position " + rows.getLong(1) + " has an invalid campaign id '"
          + campaign + "'", e);
    }
  }

  /** Reads a row of {@link #COLUMNS}. */
  private static StoredEvent row(ResultSet rows, CampaignId campaign) throws SQLException {
    long position = rows.getLong(1);
    long version = rows.getLong(2);
    try {
      return new StoredEvent(position, campaign, version,
          new EncodedEvent(rows.getString(3), rows.getInt(4), rows.getString(5)));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CorruptEventException(campaign, position, version, e.getMessage(), e);
    }
  }
}
