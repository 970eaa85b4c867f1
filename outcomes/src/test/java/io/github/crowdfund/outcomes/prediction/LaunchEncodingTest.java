package io.github.crowdfund.outcomes.prediction;

import static org.assertj.core.api.Assertions.assertThat;

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
}
