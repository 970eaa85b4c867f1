package io.github.crowdfund.outcomes.prediction;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.RecordFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a project at launch, and nothing more: no backers, no pledged amount, no state.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goalUsd the goal in US dollars (the Kaggle file's {@code usd_goal_real}); positive
 * @param durationDays days from the launch date to the deadline, 1 or more
 * @param mainCategory the main category, e.g. {@code Games}; never null
 * @param category the category, e.g. {@code Tabletop Games}; never null
 * @param country the creator's country, or empty where the dataset does not know it; never null
 * @param currency the ISO 4217 code of the project's currency, e.g. {@code USD}; never null
 * @param launched the launch month (UTC); never null
 * @param name the project's name as it was launched; never null
 */
public record LaunchFeatures(BigDecimal goalUsd, int durationDays, String mainCategory, String category,
    Optional<Country> country, String currency, YearMonth launched, String name) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the goal is not positive or the duration is below 1
   */
  public LaunchFeatures {
    Objects.requireNonNull(goalUsd, "goalUsd");
    Objects.requireNonNull(mainCategory, "mainCategory");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(launched, "launched");
    Objects.requireNonNull(name, "name");
    if (goalUsd.signum() <= 0) {
      throw new IllegalArgumentException("goalUsd must be positive, was '" + goalUsd + "'");
    }
    if (durationDays < 1) {
      throw new IllegalArgumentException("durationDays must be at least 1, was '" + durationDays + "'");
    }
  }

  /**
   * Returns the launch-time features of a project read from a dataset.
   *
   * @param record the project; not null
   * @return the features, or empty when the record cannot give them: no goal in US dollars (neither
   *     {@code usd_goal_real} nor a goal in USD), an implausible launch date or a deadline not after the launch
   */
  public static Optional<LaunchFeatures> of(ProjectRecord record) {
    Objects.requireNonNull(record, "record");
    if (record.flags().contains(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE)
        || record.flags().contains(RecordFlag.DEADLINE_BEFORE_LAUNCH) || record.durationDays() < 1) {
      return Optional.empty();
    }
    Optional<BigDecimal> goal = record.usdGoalReal();
    if (goal.isEmpty() && record.currency().getCode().equals("USD")) {
      goal = Optional.of(record.goal().getAmount());
    }
    if (goal.isEmpty() || goal.get().signum() <= 0) {
      return Optional.empty();
    }
    LocalDate launchDate = LocalDate.ofInstant(record.launched(), ZoneOffset.UTC);
    return Optional.of(new LaunchFeatures(goal.get(), (int) Math.min(Integer.MAX_VALUE, record.durationDays()),
        record.mainCategory(), record.category(), record.country(),
        record.currency().getCode(), YearMonth.from(launchDate), record.name()));
  }

  /**
   * Returns the length of the name in characters (UTF-16 units).
   *
   * @return the length, zero or more
   */
  public int nameLength() {
    return name.length();
  }
}
