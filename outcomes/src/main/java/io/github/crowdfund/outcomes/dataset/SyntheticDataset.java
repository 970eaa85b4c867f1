package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Writes synthetic Kickstarter datasets in the {@link KaggleLayout#KS_201801} layout, for benchmarks and tests
 * where the real file (whose licence keeps it out of this library) is not at hand.
 *
 * <p>Rows follow published figures of the real file: the shares of states (52.22% failed, 35.38% successful, ...),
 * the success rate of each main category (Dance 62.05% ... Technology 19.75%), projects per country and per launch
 * year; and aggregate shapes measured on a sample of it: main-category shares, goals (of successful projects and of the
 * others apart), durations (the spikes at 30
 * and 60 days), backers by state, and pledged/goal by state, which reproduces Mollick's "succeed narrowly, fail
 * badly" (about 10% of failed projects reach 30% of their goal, about 3% reach 50%; successful ones have a median
 * of about 117%). The tables, with their sources, are in {@code synthetic-calibration.csv}.
 *
 * <p>The same kinds of dirt as the real file: CRLF line ends; names with commas, quotes, non-Latin scripts and
 * (rarely) line breaks; {@code undefined} rows with country {@code N,0"} and an empty {@code usd pledged}; a few
 * other rows with the same unknown country; about 7 per 378,661 rows launched on 1970-01-01; {@code live} rows whose
 * deadline is after the data was collected (2 January 2018). Not reproduced: correlations between goal, category
 * and outcome beyond the main-category success rate, the growth of non-US countries over time, and Japan opening
 * only in September 2017. Backers follow each state's distribution in the sample and are tied to the pledged amount
 * by a Gaussian copula with the sample's rank correlation (0.86 to 0.92 by state), so they grow with the pledged
 * amount, the goal and success. Funding ratios and backers are drawn as a systematic sample per state, block by block
 * of {@value #BLOCK} rows: the n projects of a state in a block hold the places 0, 1/(n-1), ..., 1 of the state's
 * distribution (as a sample's own quantiles are placed), the ratios in a random order and the backers in the order of
 * their copula scores (a Latin hypercube with the rank order of the copula, after Iman and Conover 1982). So a file of
 * the sample's size has, for every state and whatever the seed, the sample's share of projects that raised nothing
 * (rounded the same way), the sample's median, its mean, 90th and 99th percentile within a few percent and its
 * largest campaign (63,416 backers for successful projects), never beyond it.
 *
 * <p>Each row draws from its own {@link SplittableRandom} split from the seed, so a seed always gives the same file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticDataset {

  /** Rows whose funding ratios and backers are drawn together, as one systematic sample per state. */
  static final int BLOCK = 10_000;

  private static final int PLEDGED_COLUMN = 8;
  private static final int BACKERS_COLUMN = 10;
  private static final int COUNTRY_COLUMN = 11;
  private static final int USD_PLEDGED_COLUMN = 12;
  private static final int USD_PLEDGED_REAL_COLUMN = 13;

  /** The number of projects in the real ks-projects-201801.csv. */
  public static final long KAGGLE_201801_ROWS = 378_661;

  private static final List<String> HEADER = List.of("ID", "name", "category", "main_category", "currency",
      "deadline", "goal", "launched", "pledged", "state", "backers", "country", "usd pledged", "usd_pledged_real",
      "usd_goal_real");
  private static final DateTimeFormatter LAUNCHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final LocalDate COLLECTED = LocalDate.of(2018, 1, 2);
  private static final String EPOCH_LAUNCH = "1970-01-01 01:00:00";
  private static final List<String> WORDS = List.of("Album", "Atlas", "Blue", "Book", "Bright", "Card", "City",
      "Coffee", "Comic", "Dance", "Dream", "Echo", "Film", "Forest", "Garden", "Ghost", "Glass", "Golden", "Heart",
      "House", "Iron", "Journey", "Lamp", "Last", "Light", "Little", "Machine", "Moon", "Night", "Ocean", "Paper",
      "Project", "Quest", "River", "Road", "Robot", "Song", "Star", "Stone", "Story", "Summer", "Tale", "Theatre",
      "Tiny", "Tour", "Wild", "Winter", "Wood", "World", "Year");
  private static final List<String> NON_LATIN_NAMES = List.of("星の音楽会", "Книга сказок", "Η θάλασσα",
      "我的第一张专辑", "مشروع فني", "작은 정원", "Café à la Crème", "Ünser Dörf");

  private final Choice<String> states;
  private final Map<String, Double> stateShares;
  private final Choice<String> mainCategories;
  private final Map<String, Double> successRates;
  private final Map<String, String[]> subCategories;
  private final Choice<String> countries;
  private final Map<String, String> countryCurrency;
  private final Map<String, Double> usdPerUnit;
  private final Choice<String> years;
  private final QuantileFunction goalUsdSuccessful;
  private final QuantileFunction goalUsdOther;
  private final Map<String, QuantileFunction> backersByState;
  private final Map<String, Double> backersCopula;
  private final double goalSigmaSuccessful;
  private final double goalSigmaOther;
  private final Map<String, double[]> ratioShape;
  private final QuantileFunction durationDays;
  private final Map<String, QuantileFunction> ratioByState;
  private final Map<String, Double> dirt;

  private SyntheticDataset(Calibration calibration) {
    stateShares = calibration.numbers("state_share");
    states = new Choice<>(stateShares);
    mainCategories = new Choice<>(calibration.numbers("main_category_share"));
    successRates = calibration.numbers("main_category_success");
    subCategories = new HashMap<>();
    calibration.table("sub_categories").forEach((main, subs) -> subCategories.put(main, subs.split("\\|")));
    countries = new Choice<>(calibration.numbers("country_projects"));
    countryCurrency = calibration.table("country_currency");
    usdPerUnit = calibration.numbers("usd_per_unit");
    years = new Choice<>(calibration.numbers("year_projects"));
    goalUsdSuccessful = calibration.quantiles("goal_usd_quantile_successful");
    goalUsdOther = calibration.quantiles("goal_usd_quantile_other");
    durationDays = calibration.quantiles("duration_days_quantile");
    ratioByState = new HashMap<>();
    for (ProjectState state : ProjectState.values()) {
      ratioByState.put(state.label(), calibration.quantiles("ratio_quantile_" + state.label()));
    }
    dirt = calibration.numbers("dirt");
    backersByState = new HashMap<>();
    backersCopula = new HashMap<>();
    ratioShape = new HashMap<>();
    calibration.numbers("backers_pledged_rank_correlation").forEach((state, spearman) -> {
      backersByState.put(state, calibration.quantiles("backers_quantile_" + state));
      // Spearman's rho of a Gaussian copula with correlation r is (6 / pi) asin(r / 2).
      backersCopula.put(state, 2 * Math.sin(Math.PI * spearman / 6));
    });
    for (ProjectState state : ProjectState.values()) {
      ratioShape.put(state.label(), positiveLogShape(ratioByState.get(state.label())));
    }
    goalSigmaSuccessful = positiveLogShape(goalUsdSuccessful)[1];
    goalSigmaOther = positiveLogShape(goalUsdOther)[1];
  }

  /**
   * Returns where a quantile function turns positive and the standard deviation of the log of its positive part:
   * {p0, sigma}.
   */
  private static double[] positiveLogShape(QuantileFunction quantiles) {
    int steps = 2000;
    double zeroUpTo = 0;
    for (int i = 0; i <= steps; i++) {
      if (quantiles.at((double) i / steps) <= 0) {
        zeroUpTo = (double) i / steps;
      }
    }
    double sum = 0;
    double squares = 0;
    int count = 0;
    for (int i = 0; i < steps; i++) {
      double value = quantiles.at(zeroUpTo + (1 - zeroUpTo) * (i + 0.5) / steps);
      if (value > 0) {
        sum += Math.log(value);
        squares += Math.log(value) * Math.log(value);
        count++;
      }
    }
    double mean = count == 0 ? 0 : sum / count;
    double variance = count == 0 ? 0 : Math.max(0, squares / count - mean * mean);
    return new double[] {zeroUpTo, Math.sqrt(variance)};
  }

  /**
   * Returns a generator calibrated by the tables shipped with this module.
   *
   * @return the generator; never null
   */
  public static SyntheticDataset create() {
    return new SyntheticDataset(Calibration.load());
  }

  /**
   * Writes a UTF-8 file (created or replaced).
   *
   * @param file where to write; not null
   * @param rows how many projects, zero or more
   * @param seed the seed; the same seed gives the same file
   * @param progress told the number of rows written so far, every 10,000 rows and at the end; not null
   * @throws IOException if writing fails
   */
  public void write(Path file, long rows, long seed, LongConsumer progress) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      write(out, rows, seed, progress);
    }
  }

  /**
   * Writes a dataset: a header and {@code rows} projects, CRLF line ends.
   *
   * @param out where to write; not null, flushed but not closed
   * @param rows how many projects, zero or more
   * @param seed the seed; the same seed gives the same rows
   * @param progress told the number of rows written so far, every 10,000 rows and at the end; not null
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if rows is negative
   */
  public void write(Writer out, long rows, long seed, LongConsumer progress) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative, was '" + rows + "'");
    }
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(HEADER);
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Draft> block = new ArrayList<>();
    for (long row = 1; row <= rows; row++) {
      block.add(row(seeds.split()));
      if (block.size() == BLOCK || row == rows) {
        drawRatios(block);
        drawBackers(block);
        for (Draft draft : block) {
          csv.writeRecord(draft.cells);
        }
        block.clear();
        if (row % BLOCK == 0) {
          progress.accept(row);
        }
      }
    }
    csv.flush();
    progress.accept(rows);
  }

  /**
   * A row waiting for its funding ratio and backers: its cells (pledged amounts and backers empty until drawn), its
   * own random source, state, goal (in its currency, and its normal-score draw), currency's rate and decimals; then,
   * once the ratio is drawn, for a project that raised money its copula score, a uniform draw (its place when it is
   * its state's only project in the block) and the most backers it can have (one per dollar).
   */
  private static final class Draft {
    final String[] cells;
    final SplittableRandom random;
    final String state;
    final BigDecimal goal;
    final double goalDraw;
    final double rate;
    final int decimals;
    final boolean epochLaunch;
    final double ratioOrder;
    double score = Double.NaN;
    double withinStratum;
    long mostBackers;

    Draft(String[] cells, SplittableRandom random, String state, BigDecimal goal, double goalDraw, double rate,
        int decimals, boolean epochLaunch) {
      this.cells = cells;
      this.random = random;
      this.state = state;
      this.goal = goal;
      this.goalDraw = goalDraw;
      this.rate = rate;
      this.decimals = decimals;
      this.epochLaunch = epochLaunch;
      this.ratioOrder = random.nextDouble();
    }

    boolean hasBackers() {
      return !Double.isNaN(score);
    }
  }

  /**
   * Draws the funding ratios of a block's projects, a systematic sample per state: the n projects of a state, in a
   * random order, take the ratio quantiles at 0, 1/(n-1), ..., 1 (see {@link #place}), each moved by up to half a
   * step by a uniform draw but never across the share of projects that raised nothing. So a state's count of projects
   * that raised nothing is the calibrated share of its projects, rounded the same way whatever the seed.
   */
  private void drawRatios(List<Draft> block) {
    byState(block, draft -> !draft.epochLaunch, draft -> draft.ratioOrder).forEach((state, drafts) -> {
      double nothing = ratioByState.get(state).zeroShare();
      for (int rank = 0; rank < drafts.size(); rank++) {
        Draft draft = drafts.get(rank);
        double uniform = draft.random.nextDouble();
        double place = place(rank, drafts.size(), uniform);
        double moved = place + (uniform - 0.5) / Math.max(1, drafts.size() - 1);
        fund(draft, place <= nothing ? place : Math.min(1, Math.max(Math.nextUp(nothing), moved)));
      }
    });
    for (Draft draft : block) {
      if (draft.epochLaunch) {
        fund(draft, Double.NaN);
      }
    }
  }

  /** Groups a block's drafts that pass a filter by state, each group sorted by a key. */
  private static Map<String, List<Draft>> byState(List<Draft> block, Predicate<Draft> filter,
      ToDoubleFunction<Draft> key) {
    Map<String, List<Draft>> byState = new TreeMap<>();
    for (Draft draft : block) {
      if (filter.test(draft)) {
        byState.computeIfAbsent(draft.state, state -> new ArrayList<>()).add(draft);
      }
    }
    byState.values().forEach(drafts -> drafts.sort(Comparator.comparingDouble(key)));
    return byState;
  }

  /**
   * Draws the backers of a block's projects that raised money, in copula-score order, on the same scale as their
   * ratios: the state's n projects hold the places 0, 1/(n-1), ..., 1, those that raised nothing the lowest; the
   * project at place p that raised money takes the quantile of backers at (p - z) / (1 - z), z being the state's
   * share of projects that raised nothing. So every state's share of projects with at most k backers is the
   * sample's, rounded the same way whatever the seed (its median is the sample's), and its largest campaign is the
   * sample's largest.
   */
  private void drawBackers(List<Draft> block) {
    Map<String, List<Draft>> all = byState(block, draft -> !draft.epochLaunch, draft -> 0);
    byState(block, Draft::hasBackers, draft -> draft.score).forEach((state, drafts) -> {
      QuantileFunction quantiles = backersByState.get(state);
      double nothing = ratioByState.get(state).zeroShare();
      int projects = all.get(state).size();
      int raisedNothing = projects - drafts.size();
      long[] drawn = new long[drafts.size()];
      for (int rank = 0; rank < drafts.size(); rank++) {
        double place = place(raisedNothing + rank, projects, drafts.get(rank).withinStratum);
        double probability = Math.min(1, Math.max(0, (place - nothing) / (1 - nothing)));
        drawn[rank] = Math.max(1, Math.round(quantiles.at(probability)));
      }
      handOut(drafts, drawn);
    });
  }

  /**
   * Hands out backer counts (ascending) to projects (ascending by copula score), largest first: each count goes to
   * the highest-scored project left that raised at least one dollar per backer, or, when none did, to the
   * highest-scored project left, capped at its dollars. So the largest counts are not lost to a project that raised
   * too little for them, and the copula's order holds otherwise.
   */
  private static void handOut(List<Draft> drafts, long[] drawn) {
    boolean[] taken = new boolean[drafts.size()];
    int highest = drafts.size() - 1;
    for (int count = drawn.length - 1; count >= 0; count--) {
      while (taken[highest]) {
        highest--;
      }
      int chosen = highest;
      for (int candidate = highest; candidate >= 0; candidate--) {
        if (!taken[candidate] && drafts.get(candidate).mostBackers >= drawn[count]) {
          chosen = candidate;
          break;
        }
      }
      taken[chosen] = true;
      Draft draft = drafts.get(chosen);
      draft.cells[BACKERS_COLUMN] = Long.toString(Math.min(drawn[count], draft.mostBackers));
    }
  }

  /**
   * Returns the place of a rank (from 0) among {@code count} projects on a quantile scale: {@code rank / (count - 1)},
   * as a sample's own quantiles are placed, so the lowest is at 0 and the highest at 1; a lone project at a uniform
   * draw.
   */
  static double place(int rank, int count, double uniform) {
    return count == 1 ? uniform : (double) rank / (count - 1);
  }

  private Draft row(SplittableRandom random) {
    String mainCategory = mainCategories.pick(random);
    String[] subs = subCategories.get(mainCategory);
    String category = subs[random.nextInt(subs.length)];
    String state = state(mainCategory, random);
    boolean live = state.equals("live");
    String country = countries.pick(random);
    String currency = countryCurrency.get(country);
    double rate = usdPerUnit.get(currency);
    int decimals = currency.equals("JPY") ? 0 : 2;

    boolean epochLaunch = !live && random.nextDouble() < dirt.get("launch_1970");
    if (epochLaunch) {
      state = "canceled";
    }
    long duration = Math.max(1, Math.round(durationDays.at(random.nextDouble())));
    LocalDateTime launched = launch(live, random);
    LocalDate deadline = launched.toLocalDate().plusDays(duration);
    if (live && !deadline.isAfter(COLLECTED)) {
      deadline = COLLECTED.plusDays(1 + random.nextInt(30));
    }

    QuantileFunction goalUsd = state.equals("successful") ? goalUsdSuccessful : goalUsdOther;
    double goalDraw = random.nextDouble();
    BigDecimal goal = niceGoal(goalUsd.at(goalDraw) / rate, currency);
    String[] cells = {
        Long.toString(1_000_000 + random.nextLong(2_147_000_000L)),
        name(random),
        category,
        mainCategory,
        currency,
        deadline.toString(),
        goal.toPlainString(),
        epochLaunch ? EPOCH_LAUNCH : LAUNCHED.format(launched),
        "",
        state,
        "0",
        country,
        "",
        "",
        goal.multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_EVEN).toPlainString()};
    return new Draft(cells, random, state, goal, goalDraw, rate, decimals, epochLaunch);
  }

  /**
   * Fills in a draft's pledged amounts from its funding-ratio draw (NaN for a project launched on the epoch, which
   * raised nothing), its country's dirt, and what its backers are drawn from.
   */
  private void fund(Draft draft, double ratioDraw) {
    String state = draft.state;
    SplittableRandom random = draft.random;
    double ratio = draft.epochLaunch ? 0 : ratioByState.get(state).at(ratioDraw);
    BigDecimal pledged = draft.goal.multiply(BigDecimal.valueOf(ratio))
        .setScale(draft.decimals, state.equals("successful") ? RoundingMode.CEILING : RoundingMode.FLOOR)
        .setScale(2, RoundingMode.UNNECESSARY);
    if (ratio > 0 && pledged.signum() == 0) {
      pledged = BigDecimal.ONE.movePointLeft(draft.decimals).setScale(2, RoundingMode.UNNECESSARY);
    }
    if (state.equals("failed") && pledged.compareTo(draft.goal) >= 0) {
      pledged = draft.goal.subtract(BigDecimal.ONE).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }
    BigDecimal usdPledgedReal = pledged.multiply(BigDecimal.valueOf(draft.rate)).setScale(2, RoundingMode.HALF_EVEN);
    boolean undefined = state.equals("undefined");
    if (!undefined && pledged.signum() > 0) {
      draft.score = backersScore(state, draft.goalDraw, ratioDraw, random.nextDouble());
      draft.withinStratum = random.nextDouble();
      draft.mostBackers = Math.max(1, usdPledgedReal.longValue());
    }
    boolean unknownCountry = random.nextDouble() < dirt.get(undefined ? "unknown_country_undefined"
        : "unknown_country_other");
    String usdPledged = unknownCountry ? "" : usdPledgedReal
        .multiply(BigDecimal.valueOf(1 + (random.nextDouble() - 0.5) * 0.02)).setScale(2, RoundingMode.HALF_EVEN)
        .toPlainString();
    draft.cells[PLEDGED_COLUMN] = pledged.toPlainString();
    if (unknownCountry) {
      draft.cells[COUNTRY_COLUMN] = "N,0\"";
    }
    draft.cells[USD_PLEDGED_COLUMN] = usdPledged;
    draft.cells[USD_PLEDGED_REAL_COLUMN] = usdPledgedReal.toPlainString();
  }

  /**
   * Returns the normal score of the backers of a project that raised money, tied to its pledged amount by a Gaussian
   * copula: the pledged amount's normal score is the weighted sum of the normal scores of the goal and funding-ratio
   * draws (weighted by their log standard deviations), so it is standard normal whatever the tables hold, and the
   * backers' normal score is correlated with it as backers and pledged are in the real file (Spearman's rho per
   * state). Only the order of the scores within a state counts ({@link #drawBackers}): more money means more
   * backers, and so do bigger goals and success.
   */
  private double backersScore(String state, double goalDraw, double ratioDraw, double noiseDraw) {
    double[] ratio = ratioShape.get(state);
    double goalSigma = state.equals("successful") ? goalSigmaSuccessful : goalSigmaOther;
    double ratioScore = StandardNormal.quantile((ratioDraw - ratio[0]) / (1 - ratio[0]));
    double goalScore = StandardNormal.quantile(goalDraw);
    double weights = Math.sqrt(goalSigma * goalSigma + ratio[1] * ratio[1]);
    double pledgedScore = weights > 0 ? (goalSigma * goalScore + ratio[1] * ratioScore) / weights : goalScore;
    double correlation = backersCopula.get(state);
    return correlation * pledgedScore + Math.sqrt(1 - correlation * correlation) * StandardNormal.quantile(noiseDraw);
  }

  /** Successful with the main category's published rate; otherwise the other states in their published shares. */
  private String state(String mainCategory, SplittableRandom random) {
    double success = successRates.get(mainCategory);
    if (random.nextDouble() < success) {
      return "successful";
    }
    double others = 1 - stateShares.get("successful");
    double pick = random.nextDouble() * others;
    for (Map.Entry<String, Double> share : stateShares.entrySet()) {
      if (share.getKey().equals("successful")) {
        continue;
      }
      pick -= share.getValue();
      if (pick < 0) {
        return share.getKey();
      }
    }
    return "failed";
  }

  private LocalDateTime launch(boolean live, SplittableRandom random) {
    Instant from;
    Instant to;
    if (live) {
      from = Instant.parse("2017-12-03T00:00:00Z");
      to = Instant.parse("2018-01-02T08:00:00Z");
    } else {
      int year = Integer.parseInt(years.pick(random));
      from = year == 2009 ? Instant.parse("2009-04-21T00:00:00Z")
          : LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
      to = year == 2017 ? Instant.parse("2017-12-02T00:00:00Z")
          : LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    long seconds = from.getEpochSecond() + random.nextLong(to.getEpochSecond() - from.getEpochSecond());
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  /** Rounds a goal the way creators do: to 1,000 yen, 100 above 1,000, 10 above 100, else whole units. */
  private static BigDecimal niceGoal(double amount, String currency) {
    double step = currency.equals("JPY") && amount >= 10_000 ? 1_000 : amount >= 1_000 ? 100 : amount >= 100 ? 10 : 1;
    double rounded = Math.max(1, Math.round(amount / step) * step);
    return BigDecimal.valueOf((long) rounded).setScale(2, RoundingMode.UNNECESSARY);
  }

  private String name(SplittableRandom random) {
    if (random.nextDouble() < dirt.get("name_non_latin")) {
      return NON_LATIN_NAMES.get(random.nextInt(NON_LATIN_NAMES.size()));
    }
    int words = 2 + random.nextInt(4);
    List<String> parts = new ArrayList<>(words);
    for (int i = 0; i < words; i++) {
      parts.add(WORDS.get(random.nextInt(WORDS.size())));
    }
    if (random.nextDouble() < dirt.get("name_quotes")) {
      parts.set(0, "\"" + parts.get(0) + "\"");
    }
    String name = String.join(" ", parts);
    if (random.nextDouble() < dirt.get("name_comma")) {
      name = name.replaceFirst(" ", ", ");
    }
    if (random.nextDouble() < dirt.get("name_line_break")) {
      name = name.replaceFirst(" ", "\r\n");
    }
    return name;
  }

  /** Picks a key with probability proportional to its weight. */
  private static final class Choice<T> {
    private final List<T> keys;
    private final double[] cumulative;

    Choice(Map<T, Double> weights) {
      keys = List.copyOf(weights.keySet());
      cumulative = new double[keys.size()];
      double sum = 0;
      for (int i = 0; i < keys.size(); i++) {
        sum += weights.get(keys.get(i));
        cumulative[i] = sum;
      }
    }

    T pick(SplittableRandom random) {
      double target = random.nextDouble() * cumulative[cumulative.length - 1];
      int index = Arrays.binarySearch(cumulative, target);
      return keys.get(index >= 0 ? Math.min(index + 1, keys.size() - 1) : -index - 1);
    }
  }
}
