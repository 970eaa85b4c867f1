package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Membership of the European Union (and, before 1993, of the European Communities it grew from) as dated data: which
 * countries were members on a date. The United Kingdom's membership ended with 2020-01-31.
 *
 * <p>{@link #bundled()} reads {@code eu-membership.csv} beside this class. Applications may load their own file in
 * the same format: comment lines {@code # as-of: yyyy-mm-dd} and {@code # source: ...} before a header with the
 * columns {@code country_code, country, member_from, member_until}; {@code member_until} is the last day of
 * membership, empty while it lasts. A country that left and rejoined has one row per period.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EuMembership {

  private static final List<String> COLUMNS = List.of("country_code", "country", "member_from", "member_until");

  private final Provenance provenance;
  private final List<Period> periods;

  private EuMembership(Provenance provenance, List<Period> periods) {
    this.provenance = provenance;
    this.periods = List.copyOf(periods);
  }

  /** One period of membership; {@code until} is its last day. */
  private record Period(Country country, LocalDate from, Optional<LocalDate> until) {
    boolean contains(LocalDate date) {
      return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
    }
  }

  /**
   * Returns the bundled membership table.
   *
   * @return the table; see {@link #provenance()} for its sources and as-of date
   */
  public static EuMembership bundled() {
    return Bundled.TABLE;
  }

  /**
   * Loads a membership table from a UTF-8 CSV file in the format described above.
   *
   * @param file the file, not null
   * @return the table
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file is a directory, a FIFO or another special file (refused before opening it), or
   *     cannot be read
   * @throws DataFileException listing every problem (file, line, field) when the data is malformed
   */
  public static EuMembership load(Path file) throws IOException {
    return load(DataFile.open(file), file.toString());
  }

  /**
   * Loads a membership table from CSV text in the format described above, and closes the reader.
   *
   * @param reader the text, not null
   * @param fileName the name to quote in problems and in the provenance, not null
   * @return the table
   * @throws DataFileException listing every problem (file, line, field) when the data is malformed
   */
  public static EuMembership load(Reader reader, String fileName) {
    return fromFile(DataFile.read(reader, fileName, COLUMNS));
  }

  private static EuMembership fromFile(DataFile file) {
    List<Period> periods = new ArrayList<>();
    for (DataFile.Row row : file.rows()) {
      Optional<Country> code = row.required("country_code", Country::of,
          "an ISO 3166-1 alpha-2 country code");
      row.text("country");
      Optional<LocalDate> from = row.date("member_from");
      Optional<LocalDate> until = row.optionalDate("member_until");
      file.build(row, () -> {
        if (until.isPresent() && until.get().isBefore(from.orElseThrow())) {
          throw new IllegalArgumentException(
              "membership ends on '" + until.get() + "', before it starts on '" + from.orElseThrow() + "'");
        }
        return new Period(code.orElseThrow(), from.orElseThrow(), until);
      }).ifPresent(periods::add);
    }
    return new EuMembership(file.finish(), periods);
  }

  /** Returns where the table's facts come from and the date they describe. */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Whether a country was a member on a date.
   *
   * @param country the country, not null
   * @param date the date, not null
   * @return true when a period of membership contains the date
   */
  public boolean isMember(Country country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    return periods.stream().anyMatch(p -> p.country() == country && p.contains(date));
  }

  /**
   * Returns the members on a date.
   *
   * @param date the date, not null
   * @return the member countries sorted by code, never null
   */
  public Set<Country> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Set<Country> members = new TreeSet<>();
    periods.stream().filter(p -> p.contains(date)).forEach(p -> members.add(p.country()));
    return members;
  }

  /** Holds the bundled table, loaded on first use. */
  private static final class Bundled {
    static final EuMembership TABLE =
        fromFile(DataFile.resource(EuMembership.class, "eu-membership.csv", COLUMNS));

    private Bundled() {}
  }
}
