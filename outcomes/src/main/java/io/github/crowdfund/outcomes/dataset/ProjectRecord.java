package io.github.crowdfund.outcomes.dataset;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>A reader makes one of these per row, so it is kept small: amounts are stored in minor units, the launch and
 * deadline as numbers and the flags as bits, and the objects for them are made when asked for. Amounts are at most
 * {@value #MAX_MINOR_UNITS} minor units, far above any campaign's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectRecord {

  /** The largest goal or pledged amount, in minor units: a hundred times it still fits in a {@code long}. */
  public static final long MAX_MINOR_UNITS = Long.MAX_VALUE / 100;

  private static final long SECONDS_PER_DAY = 86_400;
  private static final RecordFlag[] FLAGS = RecordFlag.values();
  private static final List<Set<RecordFlag>> FLAG_SETS = flagSets();

  private final long id;
  private final String name;
  private final String category;
  private final String mainCategory;
  private final CurrencyUnit currency;
  private final long goalMinor;
  private final long pledgedMinor;
  private final ProjectState state;
  private final int backers;
  /** Null when unknown. */
  private final String country;
  private final long launchedEpochSecond;
  private final int launchedNano;
  private final long deadlineEpochDay;
  /** Null when absent. */
  private final BigDecimal usdPledged;
  private final BigDecimal usdPledgedReal;
  private final BigDecimal usdGoalReal;
  /** One bit per {@link RecordFlag#ordinal()}. */
  private final int flagBits;

  /** Makes a record from checked parts; {@code country} and the dollar figures may be null. */
  ProjectRecord(long id, String name, String category, String mainCategory, CurrencyUnit currency, long goalMinor,
      long pledgedMinor,
      ProjectState state, int backers, String country, long launchedEpochSecond, int launchedNano,
      long deadlineEpochDay, BigDecimal usdPledged, BigDecimal usdPledgedReal, BigDecimal usdGoalReal, int flagBits) {
    this.id = id;
    this.name = Objects.requireNonNull(name, "name");
    this.category = Objects.requireNonNull(category, "category");
    this.mainCategory = Objects.requireNonNull(mainCategory, "mainCategory");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.goalMinor = goalMinor;
    this.pledgedMinor = pledgedMinor;
    this.state = Objects.requireNonNull(state, "state");
    this.backers = backers;
    this.country = country;
    this.launchedEpochSecond = launchedEpochSecond;
    this.launchedNano = launchedNano;
    this.deadlineEpochDay = deadlineEpochDay;
    this.usdPledged = usdPledged;
    this.usdPledgedReal = usdPledgedReal;
    this.usdGoalReal = usdGoalReal;
    this.flagBits = flagBits;
    check();
  }

  private void check() {
    if (goalMinor <= 0 || goalMinor > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException("goal must be positive and at most " + MAX_MINOR_UNITS
          + " minor units, was '" + goal() + "'");
    }
    if (pledgedMinor < 0 || pledgedMinor > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException("pledged must be zero or more and at most " + MAX_MINOR_UNITS
          + " minor units, was '" + pledged() + "'");
    }
    if (backers < 0) {
      throw new IllegalArgumentException("backers must not be negative, was '" + backers + "'");
    }
    if (id < 0) {
      throw new IllegalArgumentException("id must not be negative, was '" + id + "'");
    }
    if (flagBits < 0 || flagBits >= FLAG_SETS.size()) {
      throw new IllegalArgumentException("flag bits must be in [0, " + FLAG_SETS.size() + "), were '" + flagBits
          + "'");
    }
  }

  /**
   * Returns Kickstarter's project id.
   *
   * @return the id, zero or more
   */
  public long id() {
    return id;
  }

  /**
   * Returns the project's name as written by its creator (any script, may contain commas, quotes, line breaks).
   *
   * @return the name; never null, may be empty
   */
  public String name() {
    return name;
  }

  /**
   * Returns the sub-category, e.g. {@code "Poetry"}.
   *
   * @return the category; never null
   */
  public String category() {
    return category;
  }

  /**
   * Returns the main category, e.g. {@code "Publishing"}.
   *
   * @return the main category; never null
   */
  public String mainCategory() {
    return mainCategory;
  }

  /**
   * Returns the funding goal in the project's currency.
   *
   * @return the goal, positive; never null
   */
  public Money goal() {
    return Money.ofMinor(currency, goalMinor);
  }

  /**
   * Returns the amount pledged in the project's currency.
   *
   * @return the amount, zero or more, in the goal's currency; never null
   */
  public Money pledged() {
    return Money.ofMinor(currency, pledgedMinor);
  }

  /**
   * Returns the goal in minor units of {@link #currency()}, without making a {@link Money}: for code that reads many
   * records and sums or compares amounts.
   *
   * @return the goal in minor units, positive and at most {@value #MAX_MINOR_UNITS}
   */
  public long goalMinor() {
    return goalMinor;
  }

  /**
   * Returns the amount pledged in minor units of {@link #currency()}, without making a {@link Money}: for code that
   * reads many records and sums or compares amounts.
   *
   * @return the amount pledged in minor units, zero or more and at most {@value #MAX_MINOR_UNITS}
   */
  public long pledgedMinor() {
    return pledgedMinor;
  }

  /**
   * Returns the project's state.
   *
   * @return the state; never null
   */
  public ProjectState state() {
    return state;
  }

  /**
   * Returns the number of backers.
   *
   * @return the count, zero or more
   */
  public int backers() {
    return backers;
  }

  /**
   * Returns the creator's country as an ISO 3166 alpha-2 code.
   *
   * @return the code, or empty when the dataset does not know it ({@code N,0"} in the real file)
   */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /**
   * Returns the launch instant (the file's local time read as UTC).
   *
   * @return the launch instant; never null
   */
  public Instant launched() {
    return Instant.ofEpochSecond(launchedEpochSecond, launchedNano);
  }

  /**
   * Returns the deadline's calendar date.
   *
   * @return the deadline; never null
   */
  public LocalDate deadline() {
    return LocalDate.ofEpochDay(deadlineEpochDay);
  }

  /**
   * Returns Kickstarter's own conversion of the pledged amount, in US dollars ({@code usd pledged}).
   *
   * @return the dollars, or empty when the column is empty
   */
  public Optional<BigDecimal> usdPledged() {
    return Optional.ofNullable(usdPledged);
  }

  /**
   * Returns the compiler's conversion of the pledged amount, in US dollars ({@code usd_pledged_real}).
   *
   * @return the dollars, or empty in layouts without the column
   */
  public Optional<BigDecimal> usdPledgedReal() {
    return Optional.ofNullable(usdPledgedReal);
  }

  /**
   * Returns the compiler's conversion of the goal, in US dollars ({@code usd_goal_real}).
   *
   * @return the dollars, or empty in layouts without the column
   */
  public Optional<BigDecimal> usdGoalReal() {
    return Optional.ofNullable(usdGoalReal);
  }

  /**
   * Returns what was odd about the row; empty for a clean row.
   *
   * @return the flags, an unmodifiable set; never null
   */
  public Set<RecordFlag> flags() {
    return FLAG_SETS.get(flagBits);
  }

  /**
   * Returns the project's currency, that of {@link #goal()} and {@link #pledged()}.
   *
   * @return the currency; never null
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * Returns the calendar year of the launch, in UTC.
   *
   * @return the year, e.g. 2015 (1970 for the real file's implausible launch dates)
   */
  public int launchYear() {
    return LocalDate.ofEpochDay(launchEpochDay()).getYear();
  }

  /**
   * Returns the days from the launch date (UTC) to the deadline date.
   *
   * @return the days; negative when the deadline is before the launch (then flagged)
   */
  public long durationDays() {
    return deadlineEpochDay - launchEpochDay();
  }

  private long launchEpochDay() {
    return Math.floorDiv(launchedEpochSecond, SECONDS_PER_DAY);
  }

  /**
   * Tells whether the row had anything odd about it.
   *
   * @return true when {@link #flags()} is not empty
   */
  public boolean isFlagged() {
    return flagBits != 0;
  }

  /**
   * Compares every attribute.
   *
   * @param other any object, or null
   * @return true when {@code other} is a record with equal attributes
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ProjectRecord that
        && id == that.id && backers == that.backers && launchedEpochSecond == that.launchedEpochSecond
        && launchedNano == that.launchedNano
        && deadlineEpochDay == that.deadlineEpochDay && flagBits == that.flagBits && state == that.state
        && name.equals(that.name) && category.equals(that.category) && mainCategory.equals(that.mainCategory)
        && goalMinor == that.goalMinor && pledgedMinor == that.pledgedMinor && currency.equals(that.currency)
        && Objects.equals(country, that.country)
        && Objects.equals(usdPledged, that.usdPledged) && Objects.equals(usdPledgedReal, that.usdPledgedReal)
        && Objects.equals(usdGoalReal, that.usdGoalReal);
  }

  /**
   * Hashes every attribute.
   *
   * @return a hash consistent with {@link #equals(Object)}
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, name, category, mainCategory, currency, goalMinor, pledgedMinor, state, backers, country,
        launchedEpochSecond, launchedNano, deadlineEpochDay, usdPledged, usdPledgedReal, usdGoalReal, flagBits);
  }

  /**
   * Describes the record, every attribute named.
   *
   * @return the description; never null
   */
  @Override
  public String toString() {
    return "ProjectRecord{id=" + id + ", name=" + name + ", category=" + category + ", mainCategory="
        + mainCategory + ", goal=" + goal() + ", pledged=" + pledged() + ", state=" + state + ", backers=" + backers
        + ", country=" + country() + ", launched=" + launched() + ", deadline=" + deadline() + ", usdPledged="
        + usdPledged() + ", usdPledgedReal=" + usdPledgedReal() + ", usdGoalReal=" + usdGoalReal() + ", flags="
        + flags() + "}";
  }

  /** Returns the bits of a set of flags. */
  static int bitsOf(Iterable<RecordFlag> flags) {
    int bits = 0;
    for (RecordFlag flag : flags) {
      bits |= 1 << Objects.requireNonNull(flag, "flag").ordinal();
    }
    return bits;
  }

  /** Every set of flags, indexed by its bits, so that records share them. */
  private static List<Set<RecordFlag>> flagSets() {
    List<Set<RecordFlag>> sets = new ArrayList<>(1 << FLAGS.length);
    for (int bits = 0; bits < 1 << FLAGS.length; bits++) {
      EnumSet<RecordFlag> set = EnumSet.noneOf(RecordFlag.class);
      for (RecordFlag flag : FLAGS) {
        if ((bits & 1 << flag.ordinal()) != 0) {
          set.add(flag);
        }
      }
      sets.add(Collections.unmodifiableSet(set));
    }
    return List.copyOf(sets);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProjectRecord}. Every attribute must be set except {@code country} and the dollar figures (empty
   * unless set) and the flags (none unless added); setting an attribute again replaces it.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private Long id;
    private String name;
    private String category;
    private String mainCategory;
    private Money goal;
    private Money pledged;
    private ProjectState state;
    private Integer backers;
    private String country;
    private Instant launched;
    private LocalDate deadline;
    private BigDecimal usdPledged;
    private BigDecimal usdPledgedReal;
    private BigDecimal usdGoalReal;
    private int flagBits;

    Builder() {}

    /**
     * Sets the id.
     *
     * @param id Kickstarter's project id, zero or more
     * @return this builder
     */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the project's name; not null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the sub-category.
     *
     * @param category e.g. {@code "Poetry"}; not null
     * @return this builder
     */
    public Builder category(String category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the main category.
     *
     * @param mainCategory e.g. {@code "Publishing"}; not null
     * @return this builder
     */
    public Builder mainCategory(String mainCategory) {
      this.mainCategory = Objects.requireNonNull(mainCategory, "mainCategory");
      return this;
    }

    /**
     * Sets the goal.
     *
     * @param goal positive, in the project's currency, at most {@value ProjectRecord#MAX_MINOR_UNITS} minor units;
     *     not null
     * @return this builder
     */
    public Builder goal(Money goal) {
      this.goal = Objects.requireNonNull(goal, "goal");
      return this;
    }

    /**
     * Sets the amount pledged.
     *
     * @param pledged zero or more, in the goal's currency, at most {@value ProjectRecord#MAX_MINOR_UNITS} minor
     *     units; not null
     * @return this builder
     */
    public Builder pledged(Money pledged) {
      this.pledged = Objects.requireNonNull(pledged, "pledged");
      return this;
    }

    /**
     * Sets the state.
     *
     * @param state the project's state; not null
     * @return this builder
     */
    public Builder state(ProjectState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /**
     * Sets the number of backers.
     *
     * @param backers zero or more
     * @return this builder
     */
    public Builder backers(int backers) {
      this.backers = backers;
      return this;
    }

    /**
     * Sets the creator's country.
     *
     * @param country an ISO 3166 alpha-2 code; not null
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets the creator's country, or none.
     *
     * @param country a code, or empty when unknown; not null
     * @return this builder
     */
    public Builder country(Optional<String> country) {
      this.country = Objects.requireNonNull(country, "country").orElse(null);
      return this;
    }

    /**
     * Sets the launch instant.
     *
     * @param launched the launch; not null
     * @return this builder
     */
    public Builder launched(Instant launched) {
      this.launched = Objects.requireNonNull(launched, "launched");
      return this;
    }

    /**
     * Sets the deadline's date.
     *
     * @param deadline the date; not null
     * @return this builder
     */
    public Builder deadline(LocalDate deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Sets Kickstarter's conversion of the pledged amount.
     *
     * @param dollars US dollars; not null
     * @return this builder
     */
    public Builder usdPledged(BigDecimal dollars) {
      this.usdPledged = Objects.requireNonNull(dollars, "dollars");
      return this;
    }

    /**
     * Sets Kickstarter's conversion of the pledged amount, or none.
     *
     * @param dollars US dollars, or empty; not null
     * @return this builder
     */
    public Builder usdPledged(Optional<BigDecimal> dollars) {
      this.usdPledged = Objects.requireNonNull(dollars, "dollars").orElse(null);
      return this;
    }

    /**
     * Sets the compiler's conversion of the pledged amount.
     *
     * @param dollars US dollars; not null
     * @return this builder
     */
    public Builder usdPledgedReal(BigDecimal dollars) {
      this.usdPledgedReal = Objects.requireNonNull(dollars, "dollars");
      return this;
    }

    /**
     * Sets the compiler's conversion of the pledged amount, or none.
     *
     * @param dollars US dollars, or empty; not null
     * @return this builder
     */
    public Builder usdPledgedReal(Optional<BigDecimal> dollars) {
      this.usdPledgedReal = Objects.requireNonNull(dollars, "dollars").orElse(null);
      return this;
    }

    /**
     * Sets the compiler's conversion of the goal.
     *
     * @param dollars US dollars; not null
     * @return this builder
     */
    public Builder usdGoalReal(BigDecimal dollars) {
      this.usdGoalReal = Objects.requireNonNull(dollars, "dollars");
      return this;
    }

    /**
     * Sets the compiler's conversion of the goal, or none.
     *
     * @param dollars US dollars, or empty; not null
     * @return this builder
     */
    public Builder usdGoalReal(Optional<BigDecimal> dollars) {
      this.usdGoalReal = Objects.requireNonNull(dollars, "dollars").orElse(null);
      return this;
    }

    /**
     * Adds flags.
     *
     * @param flags what was odd about the row; not null, no null element
     * @return this builder
     */
    public Builder addFlags(RecordFlag... flags) {
      flagBits |= bitsOf(List.of(Objects.requireNonNull(flags, "flags")));
      return this;
    }

    /**
     * Adds flags.
     *
     * @param flags what was odd about the row; not null, no null element
     * @return this builder
     */
    public Builder addAllFlags(Iterable<RecordFlag> flags) {
      flagBits |= bitsOf(Objects.requireNonNull(flags, "flags"));
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record; never null
     * @throws IllegalStateException if a required attribute is not set
     * @throws IllegalArgumentException if the attributes break a rule of {@link ProjectRecord}
     */
    public ProjectRecord build() {
      List<String> missing = new ArrayList<>();
      addIfMissing(missing, id, "id");
      addIfMissing(missing, name, "name");
      addIfMissing(missing, category, "category");
      addIfMissing(missing, mainCategory, "mainCategory");
      addIfMissing(missing, goal, "goal");
      addIfMissing(missing, pledged, "pledged");
      addIfMissing(missing, state, "state");
      addIfMissing(missing, backers, "backers");
      addIfMissing(missing, launched, "launched");
      addIfMissing(missing, deadline, "deadline");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("cannot build a ProjectRecord without " + missing);
      }
      if (!pledged.getCurrencyUnit().equals(goal.getCurrencyUnit())) {
        throw new IllegalArgumentException("pledged '" + pledged + "' is not in the goal's currency '"
            + goal.getCurrencyUnit() + "'");
      }
      return new ProjectRecord(id, name, category, mainCategory, goal.getCurrencyUnit(), minorUnits("goal", goal),
          minorUnits("pledged", pledged), state, backers, country,
          launched.getEpochSecond(), launched.getNano(), deadline.toEpochDay(), usdPledged, usdPledgedReal, usdGoalReal, flagBits);
    }

    /** Returns an amount's minor units; a Money's scale is always its currency's. */
    private static long minorUnits(String attribute, Money amount) {
      BigInteger minor = amount.getAmount().unscaledValue();
      if (minor.bitLength() >= Long.SIZE) {
        throw new IllegalArgumentException(attribute + " must be at most " + MAX_MINOR_UNITS + " minor units, was '"
            + amount + "'");
      }
      return minor.longValue();
    }

    private static void addIfMissing(List<String> missing, Object value, String attribute) {
      if (value == null) {
        missing.add(attribute);
      }
    }
  }
}
