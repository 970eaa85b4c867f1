package io.github.crowdfund.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.prediction.LaunchEncoding;
import io.github.crowdfund.outcomes.prediction.LaunchEvaluation;
import io.github.crowdfund.outcomes.prediction.LaunchExample;
import io.github.crowdfund.outcomes.prediction.LaunchFeatures;
import io.github.crowdfund.outcomes.prediction.LaunchModel;
import io.github.crowdfund.outcomes.prediction.LaunchValidation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

class TribuoLaunchFitterTest {

  private static final List<String> CATEGORIES = List.of("Winners", "Losers", "Rock", "Jazz", "Poetry", "Comics");
  private static final TribuoLaunchFitter FITTER = TribuoLaunchFitter.withSeed(3);

  @TempDir
  Path dir;

  /** Projects with random goals, durations, names, countries and months; the outcome is up to the caller. */
  private static List<LaunchFeatures> projects(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<LaunchFeatures> projects = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      String country = random.nextBoolean() ? "US" : "GB";
      projects.add(new LaunchFeatures(BigDecimal.valueOf(100 + random.nextInt(50_000)), 10 + random.nextInt(50),
          category.equals("Rock") || category.equals("Jazz") ? "Music" : "Other", category,
          Optional.of(Country.of(country)),
          country.equals("US") ? "USD" : "GBP", YearMonth.of(2012 + random.nextInt(5), 1 + random.nextInt(12)),
          "x".repeat(5 + random.nextInt(60))));
    }
    return projects;
  }

  private static List<LaunchExample> decidedByCategory(int count, long seed) {
    SplittableRandom coin = new SplittableRandom(seed + 1);
    return projects(count, seed).stream().map(project -> new LaunchExample(project,
        project.category().equals("Winners") || !project.category().equals("Losers") && coin.nextBoolean()))
        .toList();
  }

  @Test
  void learnsAFeatureThatDecidesTheOutcome() {
    List<LaunchExample> examples = decidedByCategory(1200, 11);
    LaunchModel model = FITTER.fit(examples);
    for (LaunchExample example : examples) {
      double p = model.probability(example.features());
      if (example.features().category().equals("Winners")) {
        assertThat(p).isGreaterThan(0.8);
      } else if (example.features().category().equals("Losers")) {
        assertThat(p).isLessThan(0.2);
      }
    }
    // Winners and Losers are a third of the projects and always predicted right; the rest are coin flips.
    LaunchEvaluation unseen = LaunchValidation.crossValidate(examples, 5, 1, FITTER);
    assertThat(unseen.accuracy()).isBetween(0.6, 0.73);
    assertThat(unseen.auc().getAsDouble()).isGreaterThan(0.7);
  }

  @Test
  void learnsAWordOfTheNameThatDecidesTheOutcome() {
    SplittableRandom coin = new SplittableRandom(13);
    List<String> names = List.of("Winner Board Game", "The Album", "A Short Film", "Comic Book", "Smart Lamp");
    List<LaunchExample> examples = projects(1500, 17).stream().map(project -> {
      String name = names.get(coin.nextInt(names.size()));
      LaunchFeatures named = new LaunchFeatures(project.goalUsd(), project.durationDays(), project.mainCategory(),
          project.category(), project.country(), project.currency(), project.launched(), name);
      return new LaunchExample(named, name.startsWith("Winner") || coin.nextBoolean());
    }).toList();
    LaunchModel model = FITTER.fit(examples);
    assertThat(model.encoding().vocabulary()).contains("winner", "album", "the");
    assertThat(model.weights().get(LaunchEncoding.WORD + "winner")).isGreaterThan(1.0);
    for (LaunchExample example : examples) {
      double p = model.probability(example.features());
      assertThat(p).isBetween(example.features().name().startsWith("Winner") ? 0.8 : 0.2,
          example.features().name().startsWith("Winner") ? 1.0 : 0.8);
    }
  }

  @Test
  void shuffledLabelsGiveChanceAccuracyOnUnseenProjects() {
    SplittableRandom coin = new SplittableRandom(5);
    List<LaunchExample> examples = projects(1500, 21).stream()
        .map(project -> new LaunchExample(project, coin.nextBoolean())).toList();
    LaunchEvaluation unseen = LaunchValidation.crossValidate(examples, 5, 1, FITTER);
    assertThat(unseen.accuracy()).isBetween(0.44, 0.56);
    assertThat(unseen.auc().getAsDouble()).isBetween(0.44, 0.56);
  }

  @Test
  void theCopiedCoefficientsGiveTribuosOwnProbabilities() {
    List<LaunchExample> examples = decidedByCategory(400, 31);
    LaunchEncoding encoding = LaunchEncoding.fit(examples);
    LinearSGDModel tribuo = FITTER.train(examples, encoding);
    LaunchModel copied = FITTER.toLaunchModel(tribuo, encoding, examples.size(), 0.5);
    for (LaunchExample example : examples.subList(0, 50)) {
      double theirs = tribuo.predict(TribuoLaunchFitter.tribuoExample(encoding, example)).getOutputScores()
          .get(TribuoLaunchFitter.SUCCESSFUL).getScore();
      assertThat(copied.probability(example.features())).isCloseTo(theirs, within(1e-9));
    }
    assertThat(tribuo.getOutputIDInfo().getDomain()).contains(new Label(TribuoLaunchFitter.SUCCESSFUL));
  }

  @Test
  void theSameSeedGivesTheSameModelAndASavedModelPredictsIdentically() throws Exception {
    List<LaunchExample> examples = decidedByCategory(500, 41);
    LaunchModel model = FITTER.fit(examples);
    assertThat(TribuoLaunchFitter.withSeed(3).fit(examples)).isEqualTo(model);
    assertThat(TribuoLaunchFitter.withSeed(4).fit(examples)).isNotEqualTo(model);

    Path file = dir.resolve("model.json");
    model.write(file);
    assertThat(Files.size(file)).isLessThan(10_000);
    LaunchModel loaded = LaunchModel.read(file);
    assertThat(loaded).isEqualTo(model);
    for (LaunchFeatures project : projects(200, 99)) {
      assertThat(Double.doubleToRawLongBits(loaded.probability(project)))
          .isEqualTo(Double.doubleToRawLongBits(model.probability(project)));
    }
  }

  @Test
  void refusesProjectsWithOneOutcomeAndBadSettings() {
    List<LaunchExample> allWon = projects(20, 1).stream().map(project -> new LaunchExample(project, true)).toList();
    assertThatThrownBy(() -> FITTER.fit(allWon)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20 successful of 20");
    assertThatThrownBy(() -> new TribuoLaunchFitter(0, 0.1, 1)).hasMessageContaining("'0'");
    assertThatThrownBy(() -> new TribuoLaunchFitter(1, -0.1, 1)).hasMessageContaining("'-0.1'");
  }

  @Test
  void refusesProjectsThatAllFailedAndEveryBadSetting() {
    List<LaunchExample> allFailed = projects(12, 2).stream().map(project -> new LaunchExample(project, false))
        .toList();
    assertThatThrownBy(() -> FITTER.fit(allFailed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 successful of 12");
    assertThat(new TribuoLaunchFitter(1, 0.1, 1).epochs()).isEqualTo(1);
    assertThatThrownBy(() -> new TribuoLaunchFitter(1, 0, 1)).hasMessageContaining("'0.0'");
    assertThatThrownBy(() -> new TribuoLaunchFitter(1, Double.NaN, 1)).hasMessageContaining("'NaN'");
    assertThatThrownBy(() -> new TribuoLaunchFitter(1, Double.POSITIVE_INFINITY, 1))
        .hasMessageContaining("'Infinity'");
  }

  @Test
  void theModelNamesItsFitterAndItsTrainingProjects() {
    List<LaunchExample> examples = decidedByCategory(300, 51);
    long successful = examples.stream().filter(LaunchExample::succeeded).count();
    LaunchModel model = new TribuoLaunchFitter(2, 0.1, 7).fit(examples);
    assertThat(model.trainingProjects()).isEqualTo(300);
    assertThat(model.trainingSuccessRate()).isEqualTo(successful / 300.0);
    assertThat(model.fitter()).contains("learning rate 0.1 ").contains("2 epochs, seed 7");
    assertThat(TribuoLaunchFitter.withSeed(9)).isEqualTo(new TribuoLaunchFitter(5, 0.05, 9));
  }

  @Test
  void moreEpochsAndAnotherLearningRateGiveAnotherModel() {
    List<LaunchExample> examples = decidedByCategory(300, 61);
    LaunchModel one = new TribuoLaunchFitter(1, 0.05, 3).fit(examples);
    assertThat(new TribuoLaunchFitter(3, 0.05, 3).fit(examples).weights()).isNotEqualTo(one.weights());
    assertThat(new TribuoLaunchFitter(1, 0.5, 3).fit(examples).weights()).isNotEqualTo(one.weights());
  }
}
