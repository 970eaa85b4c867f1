package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a data file's facts come from and the date they describe.
 *
 * <p>Data files state both in comment lines before the header: {@code # as-of: 2026-11-28} once and
 * {@code # source: ...} once per source.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name as given when it was loaded, not null
 * @param asOf the date the facts describe, not null
 * @param sources the sources, at least one, not null
 */
public record Provenance(String file, LocalDate asOf, List<String> sources) {

  /**
   * Checks the parts and copies the sources.
   *
   * @throws IllegalArgumentException if there is no source or a source is blank
   */
  public Provenance {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    sources = List.copyOf(sources);
    if (sources.isEmpty() || sources.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a data file needs at least one non-blank source: " + sources);
    }
  }
}
