package io.github.crowdfund.outcomes.dataset;

import io.github.crowdfund.core.Country;
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
 * One project of a Kickstarter dataset, as read from a row of one of the public files ({@link DatasetLayout}): the
 * Kaggle files, ICPSR 38050's project file or a Web Robots scrape.
 *
 * <p>Amounts are in the project's own currency ({@link #goal()} and {@link #pledged()} share it); the dataset's US
 * dollar conversions are kept as they were written, in dollars, because they come from different rate sources: in the
 * Kaggle files Kickstarter's own for {@code usd pledged} and the compiler's for the {@code _real} columns; in ICPSR
 * 38050 its two USD columns (whole dollars); in the Web Robots scrapes {@code usd_pledged}, and the goal times the
 * project's {@code static_usd_rate}. The launch instant is read as UTC (the Kaggle files carry no zone; ICPSR gives
 * dates only, read as the start of the day). Odd but readable facts are listed in {@link #flags()}; where the record
 * was read (file, layout, snapshot, line) in {@link #provenance()}.
 *
 * <p>A reader makes one of these per row, so it is kept small: amounts are stored in minor units, the launch and
 * deadline as numbers and the flags as bits, and the objects for them are made when asked for. Amounts are at most
 * {@value #MAX_MINOR_UNITS} minor units, far above any campaign's.
 *
 * <p>A record holds only values a Kickstarter project can have: a positive goal and pledges of zero or more, in a
 * currency projects are funded in (not a pseudo-currency such as {@code XAU} or {@code XXX}); dollar figures of zero
 * or more with at most {@value #MAX_DIGITS} significant digits, {@value #MAX_INTEGER_DIGITS} before the point and
 * {@value #MAX_DECIMALS} after it; a
 * country that is an ISO 3166 two-letter code; a launch and deadline no later than {@link #LATEST_DATE}, and, for a
 * launch after Kickstarter opened, a deadline at most {@value #MAX_DURATION_DAYS} days after the launch date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectRecord {

  /** The largest goal or pledged amount, in minor units: a hundred times it still fits in a {@code long}. */
  public static final long MAX_MINOR_UNITS = Long.MAX_VALUE / 100;
  /** The latest launch or deadline a record may have: 2099-12-31. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
  /**
   * The most days from a plausible launch to the deadline: Kickstarter allowed 90 until 2011 and 60 since; the public
   * files count at most 91 from the launch's date.
   */
  public static final int MAX_DURATION_DAYS = 92;
  /** Launches before this instant (Kickstarter opened on 28 April 2009) are implausible and flagged. */
  static final long PLATFORM_OPENED = Instant.parse("2009-04-01T00:00:00Z").getEpochSecond();
  /** The most decimals of a dollar figure. */
  static final int MAX_DECIMALS = 18;
  /** The most digits before the decimal point of a dollar figure. */
  static final int MAX_INTEGER_DIGITS = 17;
  /** The most significant digits of a dollar figure. */
  static final int MAX_DIGITS = 18;
  /** The scale of a dollar figure that is absent. */
  static final int ABSENT = Integer.MIN_VALUE;
  private static final String TOO_LARGE = "is too large: more than " + MAX_INTEGER_DIGITS
      + " digits before the decimal point";
  private static final long[] POWERS_OF_TEN = powersOfTen();

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long LATEST_EPOCH_DAY = LATEST_DATE.toEpochDay();
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
  private final Country country;
  private final long launchedEpochSecond;
  private final int launchedNano;
  private final long deadlineEpochDay;
  /** The dollar figures as unscaled values and scales; a scale of {@link #ABSENT} when absent. */
  private final long usdPledgedUnscaled;
  private final long usdPledgedRealUnscaled;
  private final long usdGoalRealUnscaled;
  private final int usdPledgedScale;
  private final int usdPledgedRealScale;
  private final int usdGoalRealScale;
  /** One bit per {@link RecordFlag#ordinal()}. */
  private final int flagBits;
  /** The file read, shared by its records; null when not known. */
  private final DatasetFile file;
  /** The line of {@link #file} the row starts on; 0 when {@link #file} is null. */
  private final long line;

  /**
   * Makes a record from parts, which it checks; {@code country} may be null; each dollar figure is an unscaled value
   * and its scale, {@link #ABSENT} for none.
   */
  ProjectRecord(long id, String name, String category, String mainCategory, CurrencyUnit currency, long goalMinor,
      long pledgedMinor,
      ProjectState state, int backers, Country country, long launchedEpochSecond, int launchedNano,
      long deadlineEpochDay, long usdPledgedUnscaled, int usdPledgedScale, long usdPledgedRealUnscaled,
      int usdPledgedRealScale, long usdGoalRealUnscaled, int usdGoalRealScale, int flagBits) {
    this(id, name, category, mainCategory, currency, goalMinor, pledgedMinor, state, backers, country,
        launchedEpochSecond, launchedNano, deadlineEpochDay, usdPledgedUnscaled, usdPledgedScale, usdPledgedRealUnscaled,
        usdPledgedRealScale, usdGoalRealUnscaled, usdGoalRealScale, flagBits, null, 0);
  }

  /** Makes a record from parts read from line {@code line} of {@code file}, which it checks; {@code file} may be null. */
  ProjectRecord(long id, String name, String category, String mainCategory, CurrencyUnit currency, long goalMinor,
      long pledgedMinor,
      ProjectState state, int backers, Country country, long launchedEpochSecond, int launchedNano,
      long deadlineEpochDay, long usdPledgedUnscaled, int usdPledgedScale, long usdPledgedRealUnscaled,
      int usdPledgedRealScale, long usdGoalRealUnscaled, int usdGoalRealScale, int flagBits, DatasetFile file,
      long line) {
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
    this.usdPledgedUnscaled = usdPledgedUnscaled;
    this.usdPledgedScale = usdPledgedScale;
    this.usdPledgedRealUnscaled = usdPledgedRealUnscaled;
    this.usdPledgedRealScale = usdPledgedRealScale;
    this.usdGoalRealUnscaled = usdGoalRealUnscaled;
    this.usdGoalRealScale = usdGoalRealScale;
    this.flagBits = flagBits;
    this.file = file;
    this.line = file == null ? 0 : line;
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
    if (file != null && line < 1) {
      throw new IllegalArgumentException("line must be positive, was '" + line + "'");
    }
    checkCurrency(currency);
    checkDates();
    checkDollars("usd pledged", usdPledgedUnscaled, usdPledgedScale);
    checkDollars("usd_pledged_real", usdPledgedRealUnscaled, usdPledgedRealScale);
    checkDollars("usd_goal_real", usdGoalRealUnscaled, usdGoalRealScale);
    if (flagBits < 0 || flagBits >= FLAG_SETS.size()) {
      throw new IllegalArgumentException("flag bits must be in [0, " + FLAG_SETS.size() + "), were '" + flagBits
          + "'");
    }
  }

  private void checkDates() {
    long launchDay = launchEpochDay();
    if (launchDay > LATEST_EPOCH_DAY) {
      throw new IllegalArgumentException("launched '" + launched() + "' is after " + LATEST_DATE
          + ", later than any campaign");
    }
    if (deadlineEpochDay > LATEST_EPOCH_DAY) {
      throw new IllegalArgumentException("deadline '" + deadline() + "' is after " + LATEST_DATE
          + ", later than any campaign");
    }
    if (launchedEpochSecond >= PLATFORM_OPENED && deadlineEpochDay - launchDay > MAX_DURATION_DAYS) {
      throw new IllegalArgumentException("deadline '" + deadline() + "' is " + (deadlineEpochDay - launchDay)
          + " days after the launch on " + LocalDate.ofEpochDay(launchDay) + "; campaigns last at most "
          + MAX_DURATION_DAYS + " days");
    }
  }

  private static void checkDollars(String column, long unscaled, int scale) {
    if (scale != ABSENT) {
      Optional<String> problem = dollarProblem(unscaled, scale);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(column + " '" + BigDecimal.valueOf(unscaled, scale) + "' " + problem.get());
      }
    }
  }

  /**
   * Says what makes a dollar figure, {@code unscaled × 10^-scale}, impossible: negative, more than
   * {@value #MAX_DECIMALS} decimals or more than {@value #MAX_INTEGER_DIGITS} digits before the point.
   *
   * @return the problem as the end of a sentence ("is negative"), or empty when the figure is possible
   */
  static Optional<String> dollarProblem(long unscaled, int scale) {
    if (unscaled < 0) {
      return Optional.of("is negative");
    }
    if (scale > MAX_DECIMALS) {
      return Optional.of("has more than " + MAX_DECIMALS + " decimals");
    }
    if (unscaled != 0 && digits(unscaled) - (long) scale > MAX_INTEGER_DIGITS) {
      return Optional.of(TOO_LARGE);
    }
    return Optional.empty();
  }

  private static int digits(long positive) {
    int digits = 1;
    while (digits < POWERS_OF_TEN.length && positive >= POWERS_OF_TEN[digits]) {
      digits++;
    }
    return digits;
  }

  /**
   * Returns the checked dollar figure's unscaled value; its scale is {@code dollars.scale()}.
   *
   * @throws IllegalArgumentException if the figure is impossible or has more than {@value #MAX_DIGITS} digits
   */
  static long unscaledDollars(String column, BigDecimal dollars) {
    Optional<String> problem = decimalProblem(dollars);
    if (problem.isEmpty() && dollars.precision() > MAX_DIGITS) {
      problem = Optional.of("has more than " + MAX_DIGITS + " significant digits");
    }
    if (problem.isPresent()) {
      throw new IllegalArgumentException(column + " '" + dollars + "' " + problem.get());
    }
    return dollars.unscaledValue().longValueExact();
  }

  /**
   * Says what makes a decimal impossible as an amount: negative, more than {@value #MAX_DECIMALS} decimals or more
   * than {@value #MAX_INTEGER_DIGITS} digits before the point. Cheap for any value, however large its exponent.
   *
   * @return the problem as the end of a sentence ("is negative"), or empty when the value is possible
   */
  static Optional<String> decimalProblem(BigDecimal value) {
    if (value.signum() < 0) {
      return Optional.of("is negative");
    }
    if (value.scale() > MAX_DECIMALS) {
      return Optional.of("has more than " + MAX_DECIMALS + " decimals");
    }
    if (value.signum() > 0 && (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      return Optional.of(TOO_LARGE);
    }
    return Optional.empty();
  }

  /**
   * Returns the currency if projects can be funded in it: an ISO 4217 currency, not a pseudo-currency such as gold
   * ({@code XAU}) or "no currency" ({@code XXX}).
   *
   * @throws IllegalArgumentException if it is a pseudo-currency
   */
  static CurrencyUnit checkCurrency(CurrencyUnit currency) {
    if (currency.isPseudoCurrency() || currency.getDecimalPlaces() < 0) {
      throw new IllegalArgumentException("currency '" + currency.getCode() + "' is an ISO 4217 pseudo-currency"
          + " (precious metal, fund, test or no currency), not one projects are funded in");
    }
    return currency;
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
   * Returns the creator's country.
   *
   * @return the country, or empty when the dataset does not know it ({@code N,0"} in the real file)
   */
  public Optional<Country> country() {
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
    return dollars(usdPledgedUnscaled, usdPledgedScale);
  }

  /**
   * Returns the compiler's conversion of the pledged amount, in US dollars ({@code usd_pledged_real}; ICPSR 38050's
   * {@code PLEDGED_IN_USD}).
   *
   * @return the dollars, or empty in layouts without the column
   */
  public Optional<BigDecimal> usdPledgedReal() {
    return dollars(usdPledgedRealUnscaled, usdPledgedRealScale);
  }

  /**
   * Returns the compiler's conversion of the goal, in US dollars ({@code usd_goal_real}; ICPSR 38050's
   * {@code GOAL_IN_USD}; for Web Robots scrapes {@code goal × static_usd_rate}, rounded half-even to cents).
   *
   * @return the dollars, or empty in layouts without the column
   */
  public Optional<BigDecimal> usdGoalReal() {
    return dollars(usdGoalRealUnscaled, usdGoalRealScale);
  }

  private static Optional<BigDecimal> dollars(long unscaled, int scale) {
    return scale == ABSENT ? Optional.empty() : Optional.of(BigDecimal.valueOf(unscaled, scale));
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
   * Returns where the record was read: the file, its layout and snapshot, and the line.
   *
   * @return the provenance, or empty for records built without one
   */
  public Optional<Provenance> provenance() {
    return file == null ? Optional.empty() : Optional.of(new Provenance(file, line));
  }

  /**
   * Returns the file the record was read from, without making a {@link Provenance}.
   *
   * @return the file, or empty for records built without a provenance
   */
  public Optional<DatasetFile> file() {
    return Optional.ofNullable(file);
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
        && usdPledgedUnscaled == that.usdPledgedUnscaled && usdPledgedScale == that.usdPledgedScale
        && usdPledgedRealUnscaled == that.usdPledgedRealUnscaled && usdPledgedRealScale == that.usdPledgedRealScale
        && usdGoalRealUnscaled == that.usdGoalRealUnscaled && usdGoalRealScale == that.usdGoalRealScale
        && line == that.line && Objects.equals(file, that.file);
  }

  /**
   * Hashes every attribute.
   *
   * @return a hash consistent with {@link #equals(Object)}
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, name, category, mainCategory, currency, goalMinor, pledgedMinor, state, backers, country,
        launchedEpochSecond, launchedNano, deadlineEpochDay, usdPledgedUnscaled, usdPledgedScale,
        usdPledgedRealUnscaled, usdPledgedRealScale, usdGoalRealUnscaled, usdGoalRealScale, flagBits, file,
        line);
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
        + flags() + (file == null ? "" : ", provenance=" + file + ":" + line) + "}";
  }

  /** Returns the bits of a set of flags. */
  static int bitsOf(Iterable<RecordFlag> flags) {
    int bits = 0;
    for (RecordFlag flag : flags) {
      bits |= 1 << Objects.requireNonNull(flag, "flag").ordinal();
    }
    return bits;
  }

  private static long[] powersOfTen() {
    long[] powers = new long[19];
    powers[0] = 1;
    for (int i = 1; i < powers.length; i++) {
      powers[i] = powers[i - 1] * 10;
    }
    return powers;
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
    private Country country;
    private Instant launched;
    private LocalDate deadline;
    private BigDecimal usdPledged;
    private BigDecimal usdPledgedReal;
    private BigDecimal usdGoalReal;
    private int flagBits;
    private Provenance provenance;

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
     * @param country the country; not null
     * @return this builder
     */
    public Builder country(Country country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets the creator's country, or none.
     *
     * @param country the country, or empty when unknown; not null
     * @return this builder
     */
    public Builder country(Optional<Country> country) {
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
     * Sets where the record was read.
     *
     * @param provenance the file and line; not null
     * @return this builder
     */
    public Builder provenance(Provenance provenance) {
      this.provenance = Objects.requireNonNull(provenance, "provenance");
      return this;
    }

    /**
     * Sets where the record was read, or none.
     *
     * @param provenance the file and line, or empty; not null
     * @return this builder
     */
    public Builder provenance(Optional<Provenance> provenance) {
      this.provenance = Objects.requireNonNull(provenance, "provenance").orElse(null);
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
          launched.getEpochSecond(), launched.getNano(), deadline.toEpochDay(),
          unscaled("usd pledged", usdPledged), scale(usdPledged),
          unscaled("usd_pledged_real", usdPledgedReal), scale(usdPledgedReal),
          unscaled("usd_goal_real", usdGoalReal), scale(usdGoalReal), flagBits,
          provenance == null ? null : provenance.file(), provenance == null ? 0 : provenance.line());
    }

    private static long unscaled(String column, BigDecimal dollars) {
      return dollars == null ? 0 : unscaledDollars(column, dollars);
    }

    private static int scale(BigDecimal dollars) {
      return dollars == null ? ABSENT : dollars.scale();
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
