package io.github.crowdfund.outcomes.prediction;

import io.github.crowdfund.core.Country;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns {@link LaunchFeatures} into the named numbers a linear model weighs, with the scales learnt from training
 * projects.
 *
 * <p>Numeric features, each standardized to mean 0 and standard deviation 1 over the training projects:
 * {@value #LOG_GOAL} (log10 of the goal in US dollars) and its square {@value #LOG_GOAL_SQUARED},
 * {@value #DURATION} (days) and its square {@value #DURATION_SQUARED}, {@value #NAME_LENGTH} (characters) and
 * {@value #YEAR} (launch year; a year outside the training years is given the training mean, 0 once standardized,
 * so a later launch is scored as an average training year, just as its {@code year=…} indicator has no weight).
 * Indicator features, value 1 when present: {@code main_category=…}, {@code category=…}, {@code country=…},
 * {@code currency=…}, {@code month=1} to {@code month=12}, and {@value #ROUND_DURATION} for 30- and 60-day
 * campaigns. A category, country or currency never seen in training simply has no weight.
 *
 * <p>The words of the name ({@link #words(String)}: lower case, split at anything but letters and digits) give
 * {@code word=…} indicators, for the words of the vocabulary only: words found in the names of at least
 * {@value #MIN_WORD_PROJECTS} training projects. Rarer words would let the model learn single projects by heart.
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
  /** The launch year; the training mean for a year outside the training years. */
  public static final String YEAR = "launch_year";
  /** 1 for campaigns of exactly 30 or 60 days, the platform's suggested lengths. */
  public static final String ROUND_DURATION = "duration_30_or_60";

  /** The {@code country=} value of projects whose country is not known. */
  public static final String UNKNOWN_COUNTRY = "unknown";

  /** The fewest training projects whose names hold a word for it to enter the vocabulary. */
  public static final int MIN_WORD_PROJECTS = 60;
  /** The prefix of the name's word indicators. */
  public static final String WORD = "word=";

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The numeric features, in encoding order. */
  public static final List<String> NUMERIC = List.of(LOG_GOAL, LOG_GOAL_SQUARED, DURATION, DURATION_SQUARED,
      NAME_LENGTH, YEAR);

  private final Map<String, Scale> scales;
  private final int firstYear;
  private final int lastYear;
  private final Map<String, String> mainCategoryOf;
  private final Map<String, String> currencyOf;
  private final Set<String> vocabulary;

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
   * @param vocabulary the name words that are features; not null, may be empty
   * @throws IllegalArgumentException if a numeric feature has no scale or the years are reversed
   */
  public LaunchEncoding(Map<String, Scale> scales, int firstYear, int lastYear, Map<String, String> mainCategoryOf,
      Map<String, String> currencyOf, Set<String> vocabulary) {
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
    this.vocabulary = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(vocabulary, "vocabulary")));
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
    Map<String, Integer> projectsWithWord = new HashMap<>();
    for (LaunchExample example : examples) {
      for (String word : new LinkedHashSet<>(words(example.features().name()))) {
        projectsWithWord.merge(word, 1, Integer::sum);
      }
      LaunchFeatures features = example.features();
      first = Math.min(first, features.launched().getYear());
      last = Math.max(last, features.launched().getYear());
      mainCategories.putIfAbsent(features.category(), features.mainCategory());
      features.country().ifPresent(country -> currencies.putIfAbsent(country.code(), features.currency()));
    }
    int firstYear = first;
    int lastYear = last;
    double[][] raw = new double[examples.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw(examples.get(i).features());
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
    Set<String> vocabulary = new TreeSet<>();
    projectsWithWord.forEach((word, projects) -> {
      if (projects >= MIN_WORD_PROJECTS) {
        vocabulary.add(word);
      }
    });
    return new LaunchEncoding(scales, firstYear, lastYear, mainCategories, currencies, vocabulary);
  }

  /**
   * Splits a project's name into its words: lower case (in the root locale), separated by anything but letters and
   * digits.
   *
   * @param name the name; not null
   * @return the words in order, repeats kept; never null, empty for a name without letters or digits
   */
  public static List<String> words(String name) {
    return NOT_WORD.splitAsStream(name.toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty()).toList();
  }

  private static double[] raw(LaunchFeatures features) {
    double logGoal = Math.log10(features.goalUsd().doubleValue());
    double days = features.durationDays();
    int year = features.launched().getYear();
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
    double[] raw = raw(features);
    Map<String, Double> encoded = new LinkedHashMap<>();
    for (int j = 0; j < NUMERIC.size(); j++) {
      Scale scale = scales.get(NUMERIC.get(j));
      encoded.put(NUMERIC.get(j), (raw[j] - scale.mean()) / scale.sd());
    }
    int year = features.launched().getYear();
    if (year < firstYear || year > lastYear) {
      encoded.put(YEAR, 0.0);
    }
    if (features.durationDays() == 30 || features.durationDays() == 60) {
      encoded.put(ROUND_DURATION, 1.0);
    }
    encoded.put("main_category=" + features.mainCategory(), 1.0);
    encoded.put("category=" + features.category(), 1.0);
    encoded.put("country=" + features.country().map(Country::code).orElse(UNKNOWN_COUNTRY), 1.0);
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
    for (String word : words(features.name())) {
      if (vocabulary.contains(word)) {
        encoded.put(WORD + word, 1.0);
      }
    }
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

  /**
   * Returns the name words that are features.
   *
   * @return the words, sorted; never null, unmodifiable
   */
  public Set<String> vocabulary() {
    return vocabulary;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof LaunchEncoding that && scales.equals(that.scales)
        && firstYear == that.firstYear && lastYear == that.lastYear && mainCategoryOf.equals(that.mainCategoryOf)
        && currencyOf.equals(that.currencyOf) && vocabulary.equals(that.vocabulary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scales, firstYear, lastYear, mainCategoryOf, currencyOf, vocabulary);
  }

  @Override
  public String toString() {
    return "LaunchEncoding[years " + firstYear + "-" + lastYear + ", " + mainCategoryOf.size() + " categories, "
        + currencyOf.size() + " countries, " + vocabulary.size() + " name words]";
  }
}
