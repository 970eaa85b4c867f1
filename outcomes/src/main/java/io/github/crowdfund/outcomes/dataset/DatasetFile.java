package io.github.crowdfund.outcomes.dataset;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file records were read from: its layout, its name and, for a scrape, when the site was scraped. One instance is
 * shared by every record of the file.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param layout the file's layout; never null
 * @param name the file's name as the reader was given it (a path, or {@code archive.zip!entry.csv}); never null
 * @param snapshot when the data was collected, for scrapes dated by their names; empty when unknown
 */
public record DatasetFile(DatasetLayout layout, String name, Optional<Instant> snapshot) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DatasetFile {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(snapshot, "snapshot");
  }

  /**
   * Returns the file as {@code name (layout, snapshot)}.
   *
   * @return the text; never null
   */
  @Override
  public String toString() {
    return name + " (" + layout + snapshot.map(at -> ", snapshot " + at).orElse("") + ")";
  }
}
