package io.github.crowdfund.outcomes.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crowdfund.core.Country;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evaluation figures worked out by hand for a few predictions. */
class LaunchEvaluationTest {

  static LaunchExample project(int goal, YearMonth launched, boolean succeeded) {
    return new LaunchExample(new LaunchFeatures(BigDecimal.valueOf(goal), 30, "Games", "Tabletop Games",
        Optional.of(Country.of("US")), "USD", launched, "Project " + goal), succeeded);
  }

  private static List<LaunchExample> outcomes(boolean... succeeded) {
    List<LaunchExample> examples = new ArrayList<>();
    for (int i = 0; i < succeeded.length; i++) {
      examples.add(project(1000 + i, YearMonth.of(2015, 1), succeeded[i]));
    }
    return examples;
  }

  /** A model that gives every project the same probability. */
  static LaunchModel constant(List<LaunchExample> training, double probability, double trainingSuccessRate) {
    return new LaunchModel(LaunchEncoding.fit(training), Math.log(probability / (1 - probability)), Map.of(),
        "constant", training.size(), trainingSuccessRate);
  }

  @Test
  void accuracyAucBrierLogLossAndBaselineOfFourPredictions() {
    List<LaunchExample> examples = outcomes(true, false, true, false);
    LaunchEvaluation evaluation = LaunchEvaluation.of(examples, new double[] {0.9, 0.6, 0.6, 0.2},
        new boolean[] {true, true, true, true});
    assertThat(evaluation.projects()).isEqualTo(4);
    assertThat(evaluation.successful()).isEqualTo(2);
    assertThat(evaluation.successRate()).isEqualTo(0.5);
    // 0.9 and 0.6 of the successful ones and 0.2 of a failed one are on the right side of 0.5.
    assertThat(evaluation.accuracy()).isEqualTo(0.75);
    // Successful over failed pairs: 0.9 > 0.6, 0.9 > 0.2, 0.6 = 0.6 (half), 0.6 > 0.2.
    assertThat(evaluation.auc().getAsDouble()).isCloseTo(3.5 / 4, within(1e-12));
    assertThat(evaluation.brier()).isCloseTo((0.01 + 0.36 + 0.16 + 0.04) / 4, within(1e-12));
    assertThat(evaluation.logLoss())
        .isCloseTo(-(Math.log(0.9) + Math.log(0.4) + Math.log(0.6) + Math.log(0.8)) / 4, within(1e-12));
    assertThat(evaluation.baselineAccuracy()).isEqualTo(0.5);
  }

  @Test
  void fourProjectsFillFourDecilesInTheOrderOfTheirPredictions() {
    LaunchEvaluation evaluation = LaunchEvaluation.of(outcomes(true, false, true, false),
        new double[] {0.9, 0.6, 0.6, 0.2}, new boolean[] {false, false, false, false});
    // Deciles d cover the sorted positions [d * 4 / 10, (d + 1) * 4 / 10); the empty ones are left out, and
    // projects predicted alike keep their order.
    assertThat(evaluation.calibration()).containsExactly(
        new LaunchEvaluation.Decile(3, 1, 0.2, 0),
        new LaunchEvaluation.Decile(5, 1, 0.6, 0),
        new LaunchEvaluation.Decile(8, 1, 0.6, 1),
        new LaunchEvaluation.Decile(10, 1, 0.9, 1));
    assertThat(evaluation.maxCalibrationGap()).isCloseTo(0.6, within(1e-12));
    assertThat(evaluation.baselineAccuracy()).isEqualTo(0.5);
  }

  @Test
  void twentyProjectsGiveTwoPerDecileWithTheirMeanPredictionAndObservedShare() {
    boolean[] succeeded = new boolean[20];
    double[] probabilities = new double[20];
    for (int i = 0; i < 20; i++) {
      // Listed from the highest prediction down; the higher half mostly succeeded.
      probabilities[i] = (19 - i) / 20.0;
      succeeded[i] = i < 10 ? i != 3 : i == 15;
    }
    LaunchEvaluation evaluation = LaunchEvaluation.of(outcomes(succeeded), probabilities, new boolean[20]);
    assertThat(evaluation.calibration()).hasSize(10);
    LaunchEvaluation.Decile lowest = evaluation.calibration().get(0);
    assertThat(lowest.decile()).isEqualTo(1);
    assertThat(lowest.projects()).isEqualTo(2);
    assertThat(lowest.meanPredicted()).isCloseTo((0.0 + 0.05) / 2, within(1e-9));
    assertThat(lowest.observed()).isZero();
    LaunchEvaluation.Decile third = evaluation.calibration().get(2);
    // Positions 4 and 5 from the bottom are projects 15 (succeeded) and 14.
    assertThat(third.meanPredicted()).isCloseTo((0.2 + 0.25) / 2, within(1e-9));
    assertThat(third.observed()).isEqualTo(0.5);
    assertThat(third.gap()).isCloseTo(0.275, within(1e-9));
    LaunchEvaluation.Decile ninth = evaluation.calibration().get(8);
    assertThat(ninth.observed()).isEqualTo(0.5);
    assertThat(ninth.meanPredicted()).isCloseTo((0.8 + 0.85) / 2, within(1e-9));
    assertThat(evaluation.calibration().get(9).observed()).isEqualTo(1);
    // The widest gap is the sixth decile's: predicted 0.525 on average, all succeeded.
    assertThat(evaluation.maxCalibrationGap()).isCloseTo(0.475, within(1e-9));
    // All guesses are "failed": 10 of 20 right.
    assertThat(evaluation.baselineAccuracy()).isEqualTo(0.5);
    assertThat(evaluation.accuracy()).isEqualTo(18 / 20.0);
  }

  @Test
  void certainPredictionsAreClippedInTheLogLossAndScoredFullyInTheBrierScore() {
    LaunchEvaluation wrong = LaunchEvaluation.of(outcomes(true, false), new double[] {0, 1},
        new boolean[] {true, false});
    assertThat(wrong.logLoss()).isCloseTo(-Math.log(1e-15), within(1e-3));
    assertThat(wrong.brier()).isEqualTo(1);
    assertThat(wrong.accuracy()).isZero();
    assertThat(wrong.auc().getAsDouble()).isZero();
    assertThat(wrong.baselineAccuracy()).isEqualTo(1);
    LaunchEvaluation right = LaunchEvaluation.of(outcomes(true, false), new double[] {1, 0},
        new boolean[] {false, true});
    assertThat(right.logLoss()).isCloseTo(-Math.log(1 - 1e-15), within(1e-20)).isPositive();
    assertThat(right.brier()).isZero();
    assertThat(right.accuracy()).isEqualTo(1);
    assertThat(right.auc().getAsDouble()).isEqualTo(1);
    assertThat(right.baselineAccuracy()).isZero();
  }

  @Test
  void aProbabilityOfOneHalfCountsAsAPredictionOfSuccess() {
    LaunchEvaluation evaluation = LaunchEvaluation.of(outcomes(true, false), new double[] {0.5, 0.5},
        new boolean[2]);
    assertThat(evaluation.accuracy()).isEqualTo(0.5);
    assertThat(evaluation.auc().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void projectsOfOneOutcomeHaveNoAuc() {
    assertThat(LaunchEvaluation.of(outcomes(true, true), new double[] {0.3, 0.7}, new boolean[2]).auc()).isEmpty();
    assertThat(LaunchEvaluation.of(outcomes(false), new double[] {0.3}, new boolean[1]).auc()).isEmpty();
  }

  @Test
  void aModelIsEvaluatedAgainstTheMajorityOutcomeOfItsTrainingProjects() {
    List<LaunchExample> examples = outcomes(true, false, false);
    LaunchEvaluation evenOdds = LaunchEvaluation.of(constant(examples, 0.8, 0.5), examples);
    assertThat(evenOdds.accuracy()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(evenOdds.brier()).isCloseTo((0.04 + 0.64 + 0.64) / 3, within(1e-9));
    // A training success rate of exactly one half guesses success.
    assertThat(evenOdds.baselineAccuracy()).isCloseTo(1 / 3.0, within(1e-12));
    LaunchEvaluation mostlyFailed = LaunchEvaluation.of(constant(examples, 0.8, 0.49), examples);
    assertThat(mostlyFailed.baselineAccuracy()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void badInputIsRefusedNamingIt() {
    List<LaunchExample> two = outcomes(true, false);
    assertThatThrownBy(() -> LaunchEvaluation.of(two, new double[] {0.5}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 projects, 1 probabilities, 2 guesses");
    assertThatThrownBy(() -> LaunchEvaluation.of(two, new double[2], new boolean[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 guesses");
    assertThatThrownBy(() -> LaunchEvaluation.of(List.of(), new double[0], new boolean[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 projects");
    assertThatThrownBy(() -> LaunchEvaluation.of(two, new double[] {0.5, 1.01}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability 1").hasMessageContaining("'1.01'");
    assertThatThrownBy(() -> LaunchEvaluation.of(two, new double[] {-0.01, 0.5}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability 0");
    assertThatThrownBy(() -> LaunchEvaluation.of(two, new double[] {Double.NaN, 0.5}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NaN'");
    assertThatThrownBy(() -> new LaunchEvaluation(0, 0, 0, java.util.OptionalDouble.empty(), 0, 0, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
  }

  @Test
  void noDecilesMeanNoCalibrationGap() {
    assertThat(new LaunchEvaluation(1, 1, 1, java.util.OptionalDouble.empty(), 0, 0, 1, List.of())
        .maxCalibrationGap()).isZero();
  }
}
