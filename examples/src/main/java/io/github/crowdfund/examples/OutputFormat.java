package io.github.crowdfund.examples;

import java.util.Locale;

/** How a command prints its result: a text table for people, or CSV for programs. */
enum OutputFormat {
  /** A plain-text table, columns aligned. */
  TABLE,
  /** CSV (RFC 4180) with a header line, written by FastCSV. */
  CSV;

  /** Returns the name users type after {@code --format}: {@code table} or {@code csv}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
