package io.github.crowdfund.outcomes.prediction;

import static io.github.crowdfund.outcomes.prediction.LaunchEvaluationTest.constant;
import static io.github.crowdfund.outcomes.prediction.LaunchEvaluationTest.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cross-validation and the split by launch month, with a fitter that predicts its training success rate. */
class LaunchValidationTest {

  /** Predicts every project at the success rate of its training projects (clipped away from 0 and 1). */
  private static final class RateFitter implements LaunchModelFitter {
    final List<List<LaunchExample>> fits = new ArrayList<>();

    @Override
    public LaunchModel fit(List<LaunchExample> examples) {
      fits.add(List.copyOf(examples));
      double rate = examples.stream().filter(LaunchExample::succeeded).count() / (double) examples.size();
      return constant(examples, Math.min(0.99, Math.max(0.01, rate)), rate);
    }
  }

  private static List<LaunchExample> monthly(int count) {
    List<LaunchExample> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      examples.add(project(1000 + i, YearMonth.of(2014, 1).plusMonths(i), i % 3 == 0));
    }
    return examples;
  }

  @Test
  void everyProjectIsPredictedOnceByAModelThatNeverSawIt() {
    List<LaunchExample> examples = monthly(10);
    RateFitter fitter = new RateFitter();
    LaunchEvaluation evaluation = LaunchValidation.crossValidate(examples, 3, 7, fitter);
    assertThat(fitter.fits).hasSize(3);
    Map<LaunchExample, Integer> heldOut = new IdentityHashMap<>();
    double brier = 0;
    long baselineRight = 0;
    for (List<LaunchExample> training : fitter.fits) {
      Set<LaunchExample> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      seen.addAll(training);
      // Folds of 10 projects dealt into 3: sizes 4, 3 and 3; training keeps the projects' order.
      assertThat(training.size()).isIn(6, 7);
      assertThat(training).isSortedAccordingTo((a, b) -> a.features().launched().compareTo(b.features().launched()));
      double rate = training.stream().filter(LaunchExample::succeeded).count() / (double) training.size();
      for (LaunchExample example : examples) {
        if (!seen.contains(example)) {
          heldOut.merge(example, 1, Integer::sum);
          double p = Math.min(0.99, Math.max(0.01, rate));
          brier += (example.succeeded() ? 1 - p : p) * (example.succeeded() ? 1 - p : p);
          baselineRight += (rate >= 0.5) == example.succeeded() ? 1 : 0;
        }
      }
    }
    assertThat(heldOut).hasSize(10).allSatisfy((example, times) -> assertThat(times).isEqualTo(1));
    assertThat(fitter.fits.stream().mapToInt(List::size).sorted().toArray()).containsExactly(6, 7, 7);
    assertThat(evaluation.projects()).isEqualTo(10);
    assertThat(evaluation.successful()).isEqualTo(4);
    assertThat(evaluation.brier()).isCloseTo(brier / 10, within(1e-9));
    assertThat(evaluation.baselineAccuracy()).isCloseTo(baselineRight / 10.0, within(1e-12));
  }

  @Test
  void theSeedChoosesTheFolds() {
    List<LaunchExample> examples = monthly(12);
    RateFitter first = new RateFitter();
    RateFitter again = new RateFitter();
    RateFitter other = new RateFitter();
    LaunchValidation.crossValidate(examples, 4, 1, first);
    LaunchValidation.crossValidate(examples, 4, 1, again);
    LaunchValidation.crossValidate(examples, 4, 2, other);
    assertThat(again.fits).isEqualTo(first.fits);
    assertThat(other.fits).isNotEqualTo(first.fits);
    // Twelve projects in four folds: every model is fitted on nine.
    assertThat(first.fits).allSatisfy(training -> assertThat(training).hasSize(9));
  }

  @Test
  void theShuffleMovesProjectsBetweenFolds() {
    // Without the shuffle, projects 0, 3, 6, ... would be held out together in the first fold.
    List<LaunchExample> examples = monthly(30);
    RateFitter fitter = new RateFitter();
    LaunchValidation.crossValidate(examples, 3, 11, fitter);
    List<LaunchExample> everyThird = new ArrayList<>();
    for (int i = 0; i < 30; i += 3) {
      everyThird.add(examples.get(i));
    }
    assertThat(fitter.fits).noneSatisfy(training -> assertThat(training).doesNotContainAnyElementsOf(everyThird));
  }

  @Test
  void foldsMustBeBetweenTwoAndTheNumberOfProjects() {
    List<LaunchExample> examples = monthly(5);
    assertThatThrownBy(() -> LaunchValidation.crossValidate(examples, 1, 1, new RateFitter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(5)").hasMessageContaining("'1'");
    assertThatThrownBy(() -> LaunchValidation.crossValidate(examples, 6, 1, new RateFitter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'6'");
    RateFitter leaveOneOut = new RateFitter();
    assertThat(LaunchValidation.crossValidate(examples, 5, 1, leaveOneOut).projects()).isEqualTo(5);
    assertThat(leaveOneOut.fits).allSatisfy(training -> assertThat(training).hasSize(4));
    RateFitter halves = new RateFitter();
    LaunchValidation.crossValidate(examples, 2, 1, halves);
    assertThat(halves.fits).hasSize(2);
  }

  @Test
  void theSplitFitsOnEarlierLaunchesAndTestsOnTheMonthAndLater() {
    List<LaunchExample> examples = monthly(10);
    RateFitter fitter = new RateFitter();
    YearMonth split = YearMonth.of(2014, 7);
    LaunchEvaluation later = LaunchValidation.splitByLaunch(examples, split, fitter);
    assertThat(fitter.fits).containsExactly(examples.subList(0, 6));
    assertThat(later.projects()).isEqualTo(4);
    // Months 7 to 10 hold projects 6 and 9 that succeeded.
    assertThat(later.successful()).isEqualTo(2);
    assertThat(LaunchValidation.launched(examples, split, true)).isEqualTo(examples.subList(0, 6));
    assertThat(LaunchValidation.launched(examples, split, false)).isEqualTo(examples.subList(6, 10));
  }

  @Test
  void aSplitWithAnEmptySideIsRefused() {
    List<LaunchExample> examples = monthly(4);
    assertThatThrownBy(() -> LaunchValidation.splitByLaunch(examples, YearMonth.of(2014, 1), new RateFitter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2014-01'")
        .hasMessageContaining("leaves 0 projects to fit and 4 to test");
    assertThatThrownBy(() -> LaunchValidation.splitByLaunch(examples, YearMonth.of(2014, 5), new RateFitter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 projects to fit and 0 to test");
  }
}
