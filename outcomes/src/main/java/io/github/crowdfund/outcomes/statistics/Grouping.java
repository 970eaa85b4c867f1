package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.RecordFlag;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A way of grouping projects for outcome tables.
 *
 * <p>Goal buckets use the dataset's {@code usd_goal_real} when present (the 201801 layout), else the goal itself
 * when it is in US dollars, else {@code unknown}. Duration buckets count days from the launch date (UTC) to the
 * deadline; rows with an implausible launch or a deadline before the launch fall in {@code unknown}.
 */
public enum Grouping {
  /** By main category, e.g. {@code Games}. */
  MAIN_CATEGORY("main_category", ProjectRecord::mainCategory, List.of()),
  /** By sub-category, e.g. {@code Tabletop Games}. */
  CATEGORY("category", ProjectRecord::category, List.of()),
  /** By country code; {@code unknown} for the dataset's {@code N,0"}. */
  COUNTRY("country", record -> record.country().map(Country::code).orElse(Grouping.UNKNOWN), List.of()),
  /** By ISO 4217 currency code. */
  CURRENCY("currency", record -> record.currency().getCode(), List.of()),
  /** By launch year (UTC). */
  YEAR("year", record -> Integer.toString(record.launchYear()), List.of()),
  /** By goal in US dollars: under 1,000, 1,000 to 4,999.99, and so on up to 100,000 or more. */
  GOAL_BUCKET("goal", Grouping::goalBucket,
      List.of("<1k", "1k-5k", "5k-10k", "10k-50k", "50k-100k", ">=100k", Grouping.UNKNOWN)),
  /** By duration in days: up to 14, 15 to 29, exactly 30, 31 to 44, 45 to 59, exactly 60, more than 60. */
  DURATION_BUCKET("duration", Grouping::durationBucket,
      List.of("<=14", "15-29", "30", "31-44", "45-59", "60", ">60", Grouping.UNKNOWN));

  /** The group of projects whose key is not known. */
  public static final String UNKNOWN = "unknown";

  private static final long[] GOAL_BOUNDS = {1_000, 5_000, 10_000, 50_000, 100_000};

  private final String label;
  private final Function<ProjectRecord, String> key;
  private final List<String> bucketOrder;

  Grouping(String label, Function<ProjectRecord, String> key, List<String> bucketOrder) {
    this.label = label;
    this.key = key;
    this.bucketOrder = bucketOrder;
  }

  /**
   * Returns the name used on the command line and in CSV, e.g. {@code main_category}.
   *
   * @return the label; never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the group of a project.
   *
   * @param record the project; not null
   * @return the group key; never null
   */
  public String key(ProjectRecord record) {
    return key.apply(record);
  }

  /**
   * Returns the order of groups in tables: bucket order for buckets, numeric for years, else alphabetical, with
   * {@code unknown} last.
   *
   * @return a comparator of group keys; never null
   */
  public Comparator<String> order() {
    if (!bucketOrder.isEmpty()) {
      return Comparator.comparingInt(bucketOrder::indexOf);
    }
    Comparator<String> unknownLast = Comparator.comparing(UNKNOWN::equals);
    if (this == YEAR) {
      return unknownLast.thenComparingInt(Integer::parseInt);
    }
    return unknownLast.thenComparing(Comparator.naturalOrder());
  }

  /**
   * Finds a grouping by its label.
   *
   * @param label a label such as {@code "country"}; not null
   * @return the grouping, or empty when none has the label
   */
  public static Optional<Grouping> ofLabel(String label) {
    return Arrays.stream(values()).filter(grouping -> grouping.label.equals(label)).findFirst();
  }

  private static String goalBucket(ProjectRecord record) {
    Optional<BigDecimal> usd = record.usdGoalReal();
    double dollars;
    if (usd.isPresent()) {
      dollars = usd.get().doubleValue();
    } else if (record.currency().getCode().equals("USD")) {
      dollars = record.goal().getAmount().doubleValue();
    } else {
      return UNKNOWN;
    }
    int bucket = 0;
    while (bucket < GOAL_BOUNDS.length && dollars >= GOAL_BOUNDS[bucket]) {
      bucket++;
    }
    return GOAL_BUCKET.bucketOrder.get(bucket);
  }

  private static String durationBucket(ProjectRecord record) {
    if (record.flags().contains(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE)
        || record.flags().contains(RecordFlag.DEADLINE_BEFORE_LAUNCH)) {
      return UNKNOWN;
    }
    long days = record.durationDays();
    if (days <= 14) {
      return "<=14";
    } else if (days < 30) {
      return "15-29";
    } else if (days == 30) {
      return "30";
    } else if (days < 45) {
      return "31-44";
    } else if (days < 60) {
      return "45-59";
    } else if (days == 60) {
      return "60";
    }
    return ">60";
  }
}
