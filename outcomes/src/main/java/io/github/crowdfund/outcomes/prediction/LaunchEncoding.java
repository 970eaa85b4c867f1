package io.github.crowdfund.outcomes.prediction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns {@link LaunchFeatures} into the named numbers a linear model weighs, with the scales learnt from training
 * projects.
 *
 * <p>Numeric features, each standardized to mean 0 and standard deviation 1 over the training projects:
 * {@value #LOG_GOAL} (log10 of the goal in US dollars) and its square {@value #LOG_GOAL_SQUARED},
 * {@value #DURATION} (days) and its square {@value #DURATION_SQUARED}, {@value #NAME_LENGTH} (characters) and
 * {@value #YEAR} (launch year, clamped to the training years, so a later launch is scored like the last year seen).
 * Indicator features, value 1 when present: {@code main_category=…}, {@code category=…}, {@code country=…},
 * {@code currency=…}, {@code month=1} to {@code month=12}, and {@value #ROUND_DURATION} for 30- and 60-day
 * campaigns. A category, country or currency never seen in training simply has no weight.
 *
 * <p>It also keeps, from the training projects, each category's main category and each country's currency, so that
 * a project can be described by category and country alone ({@link #mainCategoryOf}, {@link #currencyOf}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LaunchEncoding {

  /** Log10 of the goal in US dollars. */
  public static final String LOG_GOAL = "log10_goal_usd";
  /** The square of {@value #LOG_GOAL}. */
  public static final String LOG_GOAL_SQUARED = "log10_goal_usd_squared";
  /** Days from launch to deadline. */
  public static final String DURATION = "duration_days";
  /** The square of {@value #DURATION}. */
  public static final String DURATION_SQUARED = "duration_days_squared";
  /** Characters in the name. */
  public static final String NAME_LENGTH = "name_length";
  /** The launch year, clamped to the training years. */
  public static final String YEAR = "launch_year";
  /** 1 for campaigns of exactly 30 or 60 days, the platform's suggested lengths. */
  public static final String ROUND_DURATION = "duration_30_or_60";

  /** The numeric features, in encoding order. */
  public static final List<String> NUMERIC = List.of(LOG_GOAL, LOG_GOAL_SQUARED, DURATION, DURATION_SQUARED,
      NAME_LENGTH, YEAR);

  private final Map<String, Scale> scales;
  private final int firstYear;
  private final int lastYear;
  private final Map<String, String> mainCategoryOf;
  private final Map<String, String> currencyOf;

  /**
   * The mean and standard deviation of a numeric feature over the training projects.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param mean the mean; finite
   * @param sd the standard deviation; positive and finite
   */
  public record Scale(double mean, double sd) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the mean is not finite or the standard deviation not positive
     */
    public Scale {
      if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) {
        throw new IllegalArgumentException("need a finite mean and a positive sd, were '" + mean + "' and '"
            + sd + "'");
      }
    }
  }

  /**
   * Creates an encoding from its parts, as read from a model file.
   *
   * @param scales the scale of every name in {@link #NUMERIC}; not null
   * @param firstYear the first training year
   * @param lastYear the last training year, not before the first
   * @param mainCategoryOf main category by category; not null
   * @param currencyOf currency code by country code; not null
   * @throws IllegalArgumentException if a numeric feature has no scale or the years are reversed
   */
  public LaunchEncoding(Map<String, Scale> scales, int firstYear, int lastYear, Map<String, String> mainCategoryOf,
      Map<String, String> currencyOf) {
    Objects.requireNonNull(scales, "scales");
    for (String name : NUMERIC) {
      if (!scales.containsKey(name)) {
        throw new IllegalArgumentException("no scale for '" + name + "'; has " + scales.keySet());
      }
    }
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("firstYear '" + firstYear + "' is after lastYear '" + lastYear + "'");
    }
    this.scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.mainCategoryOf = Collections.unmodifiableMap(new TreeMap<>(mainCategoryOf));
    this.currencyOf = Collections.unmodifiableMap(new TreeMap<>(currencyOf));
  }

  /**
   * Learns the scales, years, main categories and currencies of training projects.
   *
   * @param examples the training projects; not null, not empty
   * @return the encoding; never null
   * @throws IllegalArgumentException if there are no examples
   */
  public static LaunchEncoding fit(List<LaunchExample> examples) {
    Objects.requireNonNull(examples, "examples");
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("need at least one project to fit an encoding, got none");
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    Map<String, String> mainCategories = new TreeMap<>();
    Map<String, String> currencies = new TreeMap<>();
    for (LaunchExample example : examples) {
      LaunchFeatures features = example.features();
      first = Math.min(first, features.launched().getYear());
      last = Math.max(last, features.launched().getYear());
      mainCategories.putIfAbsent(features.category(), features.mainCategory());
      currencies.putIfAbsent(features.country(), features.currency());
    }
    int firstYear = first;
    int lastYear = last;
    double[][] raw = new double[examples.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw(examples.get(i).features(), firstYear, lastYear);
    }
    Map<String, Scale> scales = new LinkedHashMap<>();
    for (int j = 0; j < NUMERIC.size(); j++) {
      double sum = 0;
      for (double[] row : raw) {
        sum += row[j];
      }
      double mean = sum / raw.length;
      double squares = 0;
      for (double[] row : raw) {
        squares += (row[j] - mean) * (row[j] - mean);
      }
      double sd = Math.sqrt(squares / raw.length);
      scales.put(NUMERIC.get(j), new Scale(mean, sd > 1e-12 ? sd : 1));
    }
    return new LaunchEncoding(scales, firstYear, lastYear, mainCategories, currencies);
  }

  private static double[] raw(LaunchFeatures features, int firstYear, int lastYear) {
    double logGoal = Math.log10(features.goalUsd().doubleValue());
    double days = features.durationDays();
    int year = Math.max(firstYear, Math.min(lastYear, features.launched().getYear()));
    return new double[] {logGoal, logGoal * logGoal, days, days * days, features.nameLength(), year};
  }

  /**
   * Encodes a project: the standardized numeric features in {@link #NUMERIC} order, then its indicators.
   *
   * @param features the project; not null
   * @return feature name to value, in a fixed order; never null, unmodifiable
   */
  public Map<String, Double> encode(LaunchFeatures features) {
    Objects.requireNonNull(features, "features");
    double[] raw = raw(features, firstYear, lastYear);
    Map<String, Double> encoded = new LinkedHashMap<>();
    for (int j = 0; j < NUMERIC.size(); j++) {
      Scale scale = scales.get(NUMERIC.get(j));
      encoded.put(NUMERIC.get(j), (raw[j] - scale.mean()) / scale.sd());
    }
    if (features.durationDays() == 30 || features.durationDays() == 60) {
      encoded.put(ROUND_DURATION, 1.0);
    }
    encoded.put("main_category=" + features.mainCategory(), 1.0);
    encoded.put("category=" + features.category(), 1.0);
    encoded.put("country=" + features.country(), 1.0);
    encoded.put("currency=" + features.currency(), 1.0);
    encoded.put(String.format(Locale.ROOT, "month=%d", features.launched().getMonthValue()), 1.0);
    encoded.put(String.format(Locale.ROOT, "year=%d", features.launched().getYear()), 1.0);
    encoded.put(String.format(Locale.ROOT, "name_words=%d", Math.min(12, features.nameLength() / 6)), 1.0);
    int d = features.durationDays();
    encoded.put("duration_bin=" + (d < 15 ? "<15" : d < 30 ? "15-29" : d == 30 ? "30" : d < 45 ? "31-44" : d < 60 ? "45-59"
        : "60+"), 1.0);
    double logGoal = Math.log10(features.goalUsd().doubleValue());
    encoded.put(String.format(Locale.ROOT, "goal_bin=%d", (int) Math.floor(logGoal * 4)), 1.0);
    encoded.put("main_category=" + features.mainCategory() + "*" + LOG_GOAL, encoded.get(LOG_GOAL));
    return Collections.unmodifiableMap(encoded);
  }

  /**
   * Returns the scales of the numeric features.
   *
   * @return name to scale, in {@link #NUMERIC} order; never null, unmodifiable
   */
  public Map<String, Scale> scales() {
    return scales;
  }

  /**
   * Returns the first launch year of the training projects.
   *
   * @return the year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last launch year of the training projects.
   *
   * @return the year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns the main category of each category seen in training.
   *
   * @return category to main category, sorted; never null, unmodifiable
   */
  public Map<String, String> mainCategoryOf() {
    return mainCategoryOf;
  }

  /**
   * Returns the currency of each country seen in training (its first project's currency).
   *
   * @return country code to currency code, sorted; never null, unmodifiable
   */
  public Map<String, String> currencyOf() {
    return currencyOf;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof LaunchEncoding that && scales.equals(that.scales)
        && firstYear == that.firstYear && lastYear == that.lastYear && mainCategoryOf.equals(that.mainCategoryOf)
        && currencyOf.equals(that.currencyOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scales, firstYear, lastYear, mainCategoryOf, currencyOf);
  }

  @Override
  public String toString() {
    return "LaunchEncoding[years " + firstYear + "-" + lastYear + ", " + mainCategoryOf.size() + " categories, "
        + currencyOf.size() + " countries]";
  }
}
