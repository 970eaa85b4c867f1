package io.github.crowdfund.outcomes.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.crowdfund.core.Country;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchEncodingTest {

  private static LaunchExample project(String name, int year, boolean succeeded) {
    return new LaunchExample(new LaunchFeatures(BigDecimal.valueOf(5000), 30, "Games", "Tabletop Games",
        Optional.of(Country.of("US")), "USD",
        YearMonth.of(year, 6), name), succeeded);
  }

  /** 60 projects named "Dice Tower …", 59 named "Card Deck …", in 2014 and 2015. */
  private static List<LaunchExample> training() {
    List<LaunchExample> examples = new ArrayList<>();
    for (int i = 0; i < LaunchEncoding.MIN_WORD_PROJECTS; i++) {
      examples.add(project("Dice Tower, dice tower " + i, 2014 + i % 2, i % 2 == 0));
    }
    for (int i = 0; i < LaunchEncoding.MIN_WORD_PROJECTS - 1; i++) {
      examples.add(project("Card Deck " + i, 2014 + i % 2, i % 3 == 0));
    }
    return examples;
  }

  @Test
  void splitsNamesIntoLowerCaseWordsOfLettersAndDigits() {
    assertThat(LaunchEncoding.words("Über-Cool 3D Printer: v2.0 (Canceled)"))
        .containsExactly("über", "cool", "3d", "printer", "v2", "0", "canceled");
    assertThat(LaunchEncoding.words(" -- !! ")).isEmpty();
    assertThat(LaunchEncoding.words("(Canceled) Lamp")).containsExactly("canceled", "lamp");
  }

  @Test
  void keepsTheWordsOfAtLeastMinWordProjectsCountingEachProjectOnce() {
    LaunchEncoding encoding = LaunchEncoding.fit(training());
    // "dice" appears twice in each of 60 names: 60 projects, not 120; "card" is in 59 projects only.
    assertThat(encoding.vocabulary()).containsExactly("dice", "tower");
    Map<String, Double> encoded = encoding.encode(project("Card Dice", 2015, true).features());
    assertThat(encoded).containsEntry(LaunchEncoding.WORD + "dice", 1.0)
        .doesNotContainKey(LaunchEncoding.WORD + "card");
  }

  @Test
  void scoresAYearOutsideTheTrainingYearsAsTheAverageYear() {
    LaunchEncoding encoding = LaunchEncoding.fit(training());
    double year2014 = encoding.encode(project("x", 2014, true).features()).get(LaunchEncoding.YEAR);
    double year2015 = encoding.encode(project("x", 2015, true).features()).get(LaunchEncoding.YEAR);
    assertThat(year2014).isNegative();
    assertThat(year2015).isPositive();
    assertThat(encoding.encode(project("x", 2017, true).features()).get(LaunchEncoding.YEAR)).isZero();
    assertThat(encoding.encode(project("x", 2009, true).features()).get(LaunchEncoding.YEAR)).isZero();
  }

  @Test
  void aModelFileGivesBackItsVocabularyFromItsWordWeights() {
    LaunchEncoding encoding = LaunchEncoding.fit(training());
    LaunchModel model = new LaunchModel(encoding, -0.2, Map.of(LaunchEncoding.WORD + "dice", 0.7,
        LaunchEncoding.WORD + "tower", -0.1, LaunchEncoding.LOG_GOAL, -0.5), "by hand", 119, 0.4);
    LaunchModel read = LaunchModel.fromJson(model.toJson());
    assertThat(read).isEqualTo(model);
    assertThat(read.encoding().vocabulary()).containsExactly("dice", "tower");
    LaunchFeatures dice = project("Dice for all", 2015, true).features();
    assertThat(read.probability(dice)).isEqualTo(model.probability(dice));
  }

  private static LaunchFeatures features(String goal, int days, String main, String category, String country,
      String currency, YearMonth launched, String name) {
    return new LaunchFeatures(new BigDecimal(goal), days, main, category,
        Optional.ofNullable(country).map(Country::of), currency, launched, name);
  }

  /** Two projects whose scales work out by hand: goals 100 and 10,000 USD, 30 and 60 days, names of 6 and 12. */
  private static LaunchEncoding twoProjects() {
    return LaunchEncoding.fit(List.of(
        new LaunchExample(features("100", 30, "Games", "Tabletop Games", "US", "USD", YearMonth.of(2014, 6),
            "abcdef"), true),
        new LaunchExample(features("10000", 60, "Art", "Painting", "GB", "GBP", YearMonth.of(2016, 3),
            "abcdefghijkl"), false)));
  }

  @Test
  void scalesAreTheMeanAndPopulationStandardDeviationOfTheTrainingProjects() {
    LaunchEncoding encoding = twoProjects();
    assertThat(encoding.scales()).containsExactly(
        entry(LaunchEncoding.LOG_GOAL, new LaunchEncoding.Scale(3, 1)),
        entry(LaunchEncoding.LOG_GOAL_SQUARED, new LaunchEncoding.Scale(10, 6)),
        entry(LaunchEncoding.DURATION, new LaunchEncoding.Scale(45, 15)),
        entry(LaunchEncoding.DURATION_SQUARED, new LaunchEncoding.Scale(2250, 1350)),
        entry(LaunchEncoding.NAME_LENGTH, new LaunchEncoding.Scale(9, 3)),
        entry(LaunchEncoding.YEAR, new LaunchEncoding.Scale(2015, 1)));
    assertThat(encoding.firstYear()).isEqualTo(2014);
    assertThat(encoding.lastYear()).isEqualTo(2016);
    assertThat(encoding.mainCategoryOf()).containsExactly(entry("Painting", "Art"), entry("Tabletop Games", "Games"));
    assertThat(encoding.currencyOf()).containsExactly(entry("GB", "GBP"), entry("US", "USD"));
    assertThat(encoding.vocabulary()).isEmpty();
    assertThat(encoding).hasToString("LaunchEncoding[years 2014-2016, 2 categories, 2 countries, 0 name words]");
  }

  @Test
  void encodesStandardizedNumbersThenEveryIndicatorInOrder() {
    Map<String, Double> encoded = twoProjects().encode(
        features("1000", 45, "Games", "Video Games", null, "JPY", YearMonth.of(2015, 11), "Dice dice tower"));
    assertThat(encoded).containsExactly(
        entry(LaunchEncoding.LOG_GOAL, 0.0),
        entry(LaunchEncoding.LOG_GOAL_SQUARED, -1.0 / 6),
        entry(LaunchEncoding.DURATION, 0.0),
        entry(LaunchEncoding.DURATION_SQUARED, -1.0 / 6),
        entry(LaunchEncoding.NAME_LENGTH, 2.0),
        entry(LaunchEncoding.YEAR, 0.0),
        entry("main_category=Games", 1.0),
        entry("category=Video Games", 1.0),
        entry("country=unknown", 1.0),
        entry("currency=JPY", 1.0),
        entry("month=11", 1.0),
        entry("year=2015", 1.0),
        entry("name_words=2", 1.0),
        entry("duration_bin=45-59", 1.0),
        entry("goal_bin=12", 1.0),
        entry("main_category=Games*" + LaunchEncoding.LOG_GOAL, 0.0));
  }

  @Test
  void yearsInsideTheTrainingYearsAreStandardizedAndOthersScoreAsTheMean() {
    LaunchEncoding encoding = twoProjects();
    Map<Integer, Double> yearScores = Map.of(2013, 0.0, 2014, -1.0, 2016, 1.0, 2017, 0.0);
    yearScores.forEach((year, score) -> assertThat(encoding.encode(
            features("100", 30, "Art", "Painting", "US", "USD", YearMonth.of(year, 1), "x")).get(LaunchEncoding.YEAR))
        .as("%d", year).isEqualTo(score));
  }

  @Test
  void durationBinsAndTheRoundDurationIndicatorChangeAtTheirBoundaries() {
    LaunchEncoding encoding = twoProjects();
    Map<Integer, String> bins = Map.ofEntries(entry(1, "<15"), entry(14, "<15"), entry(15, "15-29"),
        entry(29, "15-29"), entry(30, "30"), entry(31, "31-44"), entry(44, "31-44"), entry(45, "45-59"),
        entry(59, "45-59"), entry(60, "60+"), entry(61, "60+"));
    bins.forEach((days, bin) -> {
      Map<String, Double> encoded = encoding.encode(
          features("100", days, "Art", "Painting", "US", "USD", YearMonth.of(2015, 1), "x"));
      assertThat(encoded).as("%d days", days).containsEntry("duration_bin=" + bin, 1.0);
      assertThat(encoded.keySet().stream().filter(key -> key.startsWith("duration_bin="))).hasSize(1);
      if (days == 30 || days == 60) {
        assertThat(encoded).as("%d days", days).containsEntry(LaunchEncoding.ROUND_DURATION, 1.0);
      } else {
        assertThat(encoded).as("%d days", days).doesNotContainKey(LaunchEncoding.ROUND_DURATION);
      }
    });
  }

  @Test
  void nameLengthAndGoalBinsCountSixCharactersAndQuarterDecades() {
    LaunchEncoding encoding = twoProjects();
    Map<Integer, Integer> nameBins = Map.of(0, 0, 5, 0, 6, 1, 71, 11, 72, 12, 200, 12);
    nameBins.forEach((length, bin) -> assertThat(encoding.encode(
            features("100", 30, "Art", "Painting", "US", "USD", YearMonth.of(2015, 1), "n".repeat(length))))
        .as("%d characters", length).containsEntry("name_words=" + bin, 1.0));
    Map<String, Integer> goalBins = Map.of("1", 0, "0.5", -2, "10", 4, "99", 7, "100", 8, "1000000", 24);
    goalBins.forEach((goal, bin) -> assertThat(encoding.encode(
            features(goal, 30, "Art", "Painting", "US", "USD", YearMonth.of(2015, 1), "x")))
        .as("goal %s", goal).containsEntry("goal_bin=" + bin, 1.0));
  }

  @Test
  void aFeatureEqualInEveryTrainingProjectIsScaledBySdOne() {
    LaunchEncoding encoding = LaunchEncoding.fit(List.of(project("a", 2014, true), project("b", 2014, false)));
    assertThat(encoding.scales().get(LaunchEncoding.DURATION)).isEqualTo(new LaunchEncoding.Scale(30, 1));
    assertThat(encoding.scales().get(LaunchEncoding.YEAR)).isEqualTo(new LaunchEncoding.Scale(2014, 1));
    assertThat(encoding.encode(project("c", 2014, true).features()).get(LaunchEncoding.DURATION)).isZero();
  }

  @Test
  void theFirstProjectOfACategoryOrCountryGivesItsMainCategoryOrCurrency() {
    LaunchEncoding encoding = LaunchEncoding.fit(List.of(
        new LaunchExample(features("100", 30, "Games", "Puzzles", "DE", "EUR", YearMonth.of(2014, 1), "a"), true),
        new LaunchExample(features("100", 30, "Crafts", "Puzzles", "DE", "USD", YearMonth.of(2014, 1), "b"), true),
        new LaunchExample(features("100", 30, "Art", "Painting", null, "GBP", YearMonth.of(2014, 1), "c"), true)));
    assertThat(encoding.mainCategoryOf()).containsExactly(entry("Painting", "Art"), entry("Puzzles", "Games"));
    assertThat(encoding.currencyOf()).containsExactly(entry("DE", "EUR"));
  }

  @Test
  void equalPartsMakeEqualEncodingsAndEachPartCounts() {
    LaunchEncoding encoding = twoProjects();
    assertThat(encoding).isEqualTo(twoProjects()).hasSameHashCodeAs(twoProjects());
    Map<String, LaunchEncoding.Scale> scales = encoding.scales();
    Map<String, String> categories = encoding.mainCategoryOf();
    Map<String, String> currencies = encoding.currencyOf();
    assertThat(encoding).isNotEqualTo(new LaunchEncoding(scales, 2013, 2016, categories, currencies, java.util.Set.of()))
        .isNotEqualTo(new LaunchEncoding(scales, 2014, 2017, categories, currencies, java.util.Set.of()))
        .isNotEqualTo(new LaunchEncoding(scales, 2014, 2016, Map.of(), currencies, java.util.Set.of()))
        .isNotEqualTo(new LaunchEncoding(scales, 2014, 2016, categories, Map.of(), java.util.Set.of()))
        .isNotEqualTo(new LaunchEncoding(scales, 2014, 2016, categories, currencies, java.util.Set.of("dice")))
        .isNotEqualTo(LaunchEncoding.fit(training()))
        .isNotEqualTo("LaunchEncoding");
    assertThat(new LaunchEncoding(scales, 2014, 2016, categories, currencies, java.util.Set.of())).isEqualTo(encoding);
  }

  @Test
  void badPartsAreRefusedQuotingThem() {
    LaunchEncoding encoding = twoProjects();
    Map<String, LaunchEncoding.Scale> noYear = new java.util.LinkedHashMap<>(encoding.scales());
    noYear.remove(LaunchEncoding.YEAR);
    assertThatThrownBy(() -> new LaunchEncoding(noYear, 2014, 2016, Map.of(), Map.of(), java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no scale for 'launch_year'; has " + noYear.keySet());
    assertThatThrownBy(() -> new LaunchEncoding(encoding.scales(), 2017, 2016, Map.of(), Map.of(), java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstYear '2017' is after lastYear '2016'");
    assertThat(new LaunchEncoding(encoding.scales(), 2016, 2016, Map.of(), Map.of(), java.util.Set.of()).firstYear())
        .isEqualTo(2016);
    assertThatThrownBy(() -> LaunchEncoding.fit(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need at least one project to fit an encoding, got none");
    double[][] badScales = {{Double.NaN, 1}, {Double.POSITIVE_INFINITY, 1}, {0, 0}, {0, -1}, {0, Double.NaN},
        {0, Double.POSITIVE_INFINITY}};
    for (double[] bad : badScales) {
      assertThatThrownBy(() -> new LaunchEncoding.Scale(bad[0], bad[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("need a finite mean and a positive sd, were '" + bad[0] + "' and '" + bad[1] + "'");
    }
    assertThat(new LaunchEncoding.Scale(-1e300, Double.MIN_VALUE).sd()).isEqualTo(Double.MIN_VALUE);
  }
}
