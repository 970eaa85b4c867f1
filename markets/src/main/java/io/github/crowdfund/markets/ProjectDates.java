package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of a project that decide which of a platform's dated rules apply to it: when the creator first applied
 * (submitted the project for review) and when it launched. Most rules apply by the launch date; a rule whose data
 * says {@code date_basis application} applies by the application date (CAMPFIRE's 12% commission is for projects first
 * applied from 2018-03-01).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param applied when the project was first applied for; not null, not after {@code launched}
 * @param launched when it launched; not null
 */
public record ProjectDates(LocalDate applied, LocalDate launched) {

  /**
   * Validates the dates.
   *
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if the project applied after it launched, quoting both dates
   */
  public ProjectDates {
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(launched, "launched");
    if (applied.isAfter(launched)) {
      throw new IllegalArgumentException("a project applies before it launches: applied '" + applied
          + "', launched '" + launched + "'");
    }
  }

  /**
   * Returns the dates of a project that applied and launched on the same day, as when only the launch date is known.
   *
   * @param launched the launch date; not null
   * @return the dates
   */
  public static ProjectDates launchedOn(LocalDate launched) {
    return new ProjectDates(launched, launched);
  }

  /**
   * Returns the date a rule of this basis applies by.
   *
   * @param basis the basis; not null
   * @return {@link #applied()} or {@link #launched()}
   */
  public LocalDate on(DateBasis basis) {
    return Objects.requireNonNull(basis, "basis") == DateBasis.APPLICATION ? applied : launched;
  }
}
