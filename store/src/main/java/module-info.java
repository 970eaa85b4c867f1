/**
 * An event store for campaigns over plain JDBC: SQLite in a file by default, PostgreSQL by choice.
 */
// Immutables' annotations are required "static transitive" by core; their jar is an automatic module.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.crowdfund.store {
  requires transitive io.github.crowdfund.core;
  requires transitive java.sql;
  requires io.github.crowdfund.json;

  exports io.github.crowdfund.store;
}
