package io.github.crowdfund.outcomes.prediction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Evaluates a {@link LaunchModelFitter} on projects that the fitted model never saw.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LaunchValidation {

  private LaunchValidation() {}

  /**
   * Runs k-fold cross-validation: the projects are shuffled with the seed and dealt into {@code folds} folds; each
   * fold is predicted by a model fitted on the others (in their original order); the predictions of all folds are
   * evaluated together. The baseline guesses, for each fold, its training projects' majority outcome.
   *
   * @param examples the decided projects; not null, at least {@code folds}, with both outcomes in every training
   *     part
   * @param folds the number of folds, 2 or more
   * @param seed the seed of the shuffle; the same seed gives the same folds
   * @param fitter the fitter; not null
   * @return the pooled evaluation; never null
   * @throws IllegalArgumentException if folds is below 2 or above the number of projects
   */
  public static LaunchEvaluation crossValidate(List<LaunchExample> examples, int folds, long seed,
      LaunchModelFitter fitter) {
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(fitter, "fitter");
    int n = examples.size();
    if (folds < 2 || folds > n) {
      throw new IllegalArgumentException("folds must be between 2 and the number of projects (" + n + "), was '"
          + folds + "'");
    }
    int[] foldOf = new int[n];
    int[] shuffled = new int[n];
    for (int i = 0; i < n; i++) {
      shuffled[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = swap;
    }
    for (int position = 0; position < n; position++) {
      foldOf[shuffled[position]] = position % folds;
    }
    double[] probabilities = new double[n];
    boolean[] majority = new boolean[n];
    for (int fold = 0; fold < folds; fold++) {
      List<LaunchExample> training = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (foldOf[i] != fold) {
          training.add(examples.get(i));
        }
      }
      LaunchModel model = fitter.fit(training);
      for (int i = 0; i < n; i++) {
        if (foldOf[i] == fold) {
          probabilities[i] = model.probability(examples.get(i).features());
          majority[i] = model.trainingSuccessRate() >= 0.5;
        }
      }
    }
    return LaunchEvaluation.of(examples, probabilities, majority);
  }

  /**
   * Fits on projects launched before a month and evaluates on those launched in it or later, as a model is used:
   * on projects that launch after it was fitted.
   *
   * @param examples the decided projects; not null
   * @param firstTestMonth the first launch month of the test projects; not null
   * @param fitter the fitter; not null
   * @return the evaluation of the later projects; never null
   * @throws IllegalArgumentException if either side of the split is empty
   */
  public static LaunchEvaluation splitByLaunch(List<LaunchExample> examples, YearMonth firstTestMonth,
      LaunchModelFitter fitter) {
    Objects.requireNonNull(fitter, "fitter");
    List<LaunchExample> training = launched(examples, firstTestMonth, true);
    List<LaunchExample> test = launched(examples, firstTestMonth, false);
    if (training.isEmpty() || test.isEmpty()) {
      throw new IllegalArgumentException("the split at '" + firstTestMonth + "' leaves " + training.size()
          + " projects to fit and " + test.size() + " to test; both must be at least 1");
    }
    return LaunchEvaluation.of(fitter.fit(training), test);
  }

  /**
   * Returns the projects launched before a month, or those launched in it or later, in their order.
   *
   * @param examples the projects; not null
   * @param month the month; not null
   * @param before true for the projects launched before the month, false for the others
   * @return the projects; never null
   */
  public static List<LaunchExample> launched(List<LaunchExample> examples, YearMonth month, boolean before) {
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(month, "month");
    List<LaunchExample> selected = new ArrayList<>();
    for (LaunchExample example : examples) {
      if (example.features().launched().isBefore(month) == before) {
        selected.add(example);
      }
    }
    return selected;
  }
}
