package io.github.crowdfund.outcomes;

import io.github.crowdfund.style.ValueStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One project of a Kickstarter dataset, as read from a row of the public Kaggle files.
 *
 * <p>Amounts are in the project's own currency ({@link #goal()} and {@link #pledged()} share it); the dataset's US
 * dollar conversions are kept as they were written, in dollars, because they come from two different rate sources
 * (Kickstarter's own for {@code usd pledged}, the compiler's for the {@code _real} columns). The launch instant is
 * read as UTC, the files carry no zone. Odd but readable facts are listed in {@link #flags()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ProjectRecord {

  private static final long SECONDS_PER_DAY = 86_400;

  ProjectRecord() {}

  /**
   * Returns Kickstarter's project id.
   *
   * @return the id, zero or more
   */
  public abstract long id();

  /**
   * Returns the project's name as written by its creator (any script, may contain commas, quotes, line breaks).
   *
   * @return the name; never null, may be empty
   */
  public abstract String name();

  /**
   * Returns the sub-category, e.g. {@code "Poetry"}.
   *
   * @return the category; never null
   */
  public abstract String category();

  /**
   * Returns the main category, e.g. {@code "Publishing"}.
   *
   * @return the main category; never null
   */
  public abstract String mainCategory();

  /**
   * Returns the funding goal in the project's currency.
   *
   * @return the goal, positive; never null
   */
  public abstract Money goal();

  /**
   * Returns the amount pledged in the project's currency.
   *
   * @return the amount, zero or more, in the goal's currency; never null
   */
  public abstract Money pledged();

  /**
   * Returns the project's state.
   *
   * @return the state; never null
   */
  public abstract ProjectState state();

  /**
   * Returns the number of backers.
   *
   * @return the count, zero or more
   */
  public abstract int backers();

  /**
   * Returns the creator's country as an ISO 3166 alpha-2 code.
   *
   * @return the code, or empty when the dataset does not know it ({@code N,0"} in the real file)
   */
  public abstract Optional<String> country();

  /**
   * Returns the launch instant (the file's local time read as UTC).
   *
   * @return the launch instant; never null
   */
  public abstract Instant launched();

  /**
   * Returns the deadline's calendar date.
   *
   * @return the deadline; never null
   */
  public abstract LocalDate deadline();

  /**
   * Returns Kickstarter's own conversion of the pledged amount, in US dollars ({@code usd pledged}).
   *
   * @return the dollars, or empty when the column is empty
   */
  public abstract Optional<BigDecimal> usdPledged();

  /**
   * Returns the compiler's conversion of the pledged amount, in US dollars ({@code usd_pledged_real}).
   *
   * @return the dollars, or empty in layouts without the column
   */
  public abstract Optional<BigDecimal> usdPledgedReal();

  /**
   * Returns the compiler's conversion of the goal, in US dollars ({@code usd_goal_real}).
   *
   * @return the dollars, or empty in layouts without the column
   */
  public abstract Optional<BigDecimal> usdGoalReal();

  /**
   * Returns what was odd about the row; empty for a clean row.
   *
   * @return the flags; never null
   */
  public abstract Set<RecordFlag> flags();

  /**
   * Returns the project's currency, that of {@link #goal()} and {@link #pledged()}.
   *
   * @return the currency; never null
   */
  public CurrencyUnit currency() {
    return goal().getCurrencyUnit();
  }

  /**
   * Returns the calendar year of the launch, in UTC.
   *
   * @return the year, e.g. 2015 (1970 for the real file's implausible launch dates)
   */
  public int launchYear() {
    return launchDate().getYear();
  }

  /**
   * Returns the days from the launch date (UTC) to the deadline date.
   *
   * @return the days; negative when the deadline is before the launch (then flagged)
   */
  public long durationDays() {
    return deadline().toEpochDay() - launchDate().toEpochDay();
  }

  private LocalDate launchDate() {
    return LocalDate.ofEpochDay(Math.floorDiv(launched().getEpochSecond(), SECONDS_PER_DAY));
  }

  /**
   * Tells whether the row had anything odd about it.
   *
   * @return true when {@link #flags()} is not empty
   */
  public boolean isFlagged() {
    return !flags().isEmpty();
  }

  /** Validates the attributes. */
  @Value.Check
  protected void check() {
    if (goal().getAmount().signum() <= 0) {
      throw new IllegalArgumentException("goal must be positive, was '" + goal() + "'");
    }
    if (!pledged().getCurrencyUnit().equals(goal().getCurrencyUnit())) {
      throw new IllegalArgumentException("pledged '" + pledged() + "' is not in the goal's currency '"
          + goal().getCurrencyUnit() + "'");
    }
    if (pledged().getAmount().signum() < 0) {
      throw new IllegalArgumentException("pledged must not be negative, was '" + pledged() + "'");
    }
    if (backers() < 0) {
      throw new IllegalArgumentException("backers must not be negative, was '" + backers() + "'");
    }
    if (id() < 0) {
      throw new IllegalArgumentException("id must not be negative, was '" + id() + "'");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectRecord}. */
  public static final class Builder extends ImmutableProjectRecord.Builder {
    Builder() {}
  }
}
