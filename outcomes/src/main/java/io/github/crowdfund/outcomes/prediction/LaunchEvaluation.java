package io.github.crowdfund.outcomes.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How well predicted probabilities of success matched what happened, over decided projects.
 *
 * <p>Accuracy counts a probability of 0.5 or more as a prediction of success. AUC is the probability that a
 * random successful project was given a higher probability than a random failed one (ties count half). The Brier
 * score is the mean squared difference between probability and outcome (0 or 1); log loss the mean of
 * {@code -ln p} of what happened (probabilities clipped to [1e-15, 1 - 1e-15]). The calibration table sorts the
 * projects by predicted probability and cuts them into ten groups of (nearly) equal size, the deciles: a well
 * calibrated model's mean prediction in each decile is close to the share that succeeded. The majority-class
 * baseline predicts, for every project, the outcome most of its training projects had.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projects the decided projects evaluated, 1 or more
 * @param successful how many of them succeeded
 * @param accuracy the share predicted right, between 0 and 1
 * @param auc the area under the ROC curve; empty when all projects had the same outcome
 * @param brier the Brier score, between 0 and 1 (lower is better)
 * @param logLoss the log loss, zero or more (lower is better)
 * @param baselineAccuracy the accuracy of the majority-class baseline
 * @param calibration the deciles, lowest predictions first; never null
 */
public record LaunchEvaluation(long projects, long successful, double accuracy, OptionalDouble auc, double brier,
    double logLoss, double baselineAccuracy, List<Decile> calibration) {

  private static final double CLIP = 1e-15;
  private static final int DECILES = 10;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if there are no projects
   */
  public LaunchEvaluation {
    Objects.requireNonNull(auc, "auc");
    calibration = List.copyOf(calibration);
    if (projects < 1) {
      throw new IllegalArgumentException("projects must be at least 1, was '" + projects + "'");
    }
  }

  /**
   * One decile of predictions.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param decile 1 (lowest predictions) to 10
   * @param projects projects in the decile
   * @param meanPredicted the mean predicted probability of success
   * @param observed the share that succeeded
   */
  public record Decile(int decile, long projects, double meanPredicted, double observed) {

    /**
     * Returns how far the observed share is from the mean prediction.
     *
     * @return {@code |observed - meanPredicted|}, between 0 and 1
     */
    public double gap() {
      return Math.abs(observed - meanPredicted);
    }
  }

  /**
   * Returns the largest calibration gap over the deciles.
   *
   * @return between 0 and 1
   */
  public double maxCalibrationGap() {
    return calibration.stream().mapToDouble(Decile::gap).max().orElse(0);
  }

  /**
   * Returns the share of evaluated projects that succeeded.
   *
   * @return between 0 and 1
   */
  public double successRate() {
    return (double) successful / projects;
  }

  /**
   * Evaluates a model on decided projects; the baseline guesses the majority outcome of the model's training
   * projects.
   *
   * @param model the model; not null
   * @param examples the projects, at least one; not null
   * @return the evaluation; never null
   * @throws IllegalArgumentException if there are no examples
   */
  public static LaunchEvaluation of(LaunchModel model, List<LaunchExample> examples) {
    Objects.requireNonNull(model, "model");
    double[] probabilities = new double[examples.size()];
    boolean[] majority = new boolean[examples.size()];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = model.probability(examples.get(i).features());
      majority[i] = model.trainingSuccessRate() >= 0.5;
    }
    return of(examples, probabilities, majority);
  }

  /**
   * Evaluates predictions made for decided projects.
   *
   * @param examples the projects, at least one; not null
   * @param probabilities the predicted probability of success of each, between 0 and 1; not null
   * @param majorityGuesses the majority-class baseline's guess for each (true: success); not null
   * @return the evaluation; never null
   * @throws IllegalArgumentException if the arrays and the list differ in length, there are no examples or a
   *     probability is outside [0, 1]
   */
  public static LaunchEvaluation of(List<LaunchExample> examples, double[] probabilities, boolean[] majorityGuesses) {
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(majorityGuesses, "majorityGuesses");
    int n = examples.size();
    if (n == 0 || probabilities.length != n || majorityGuesses.length != n) {
      throw new IllegalArgumentException("need as many probabilities and guesses as projects, at least one; were "
          + n + " projects, " + probabilities.length + " probabilities, " + majorityGuesses.length + " guesses");
    }
    long successful = 0;
    long right = 0;
    long baselineRight = 0;
    double brier = 0;
    double logLoss = 0;
    for (int i = 0; i < n; i++) {
      double p = probabilities[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probability " + i + " must be between 0 and 1, was '" + p + "'");
      }
      boolean y = examples.get(i).succeeded();
      successful += y ? 1 : 0;
      right += (p >= 0.5) == y ? 1 : 0;
      baselineRight += majorityGuesses[i] == y ? 1 : 0;
      brier += (y ? 1 - p : p) * (y ? 1 - p : p);
      double clipped = Math.min(1 - CLIP, Math.max(CLIP, p));
      logLoss -= Math.log(y ? clipped : 1 - clipped);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i]));
    return new LaunchEvaluation(n, successful, (double) right / n, auc(examples, probabilities, order), brier / n,
        logLoss / n, (double) baselineRight / n, deciles(examples, probabilities, order));
  }

  /** Mann-Whitney: the mean rank of successful projects, ties given their average rank. */
  private static OptionalDouble auc(List<LaunchExample> examples, double[] probabilities, Integer[] order) {
    int n = order.length;
    long positives = examples.stream().filter(LaunchExample::succeeded).count();
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return OptionalDouble.empty();
    }
    double rankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && probabilities[order[j + 1]] == probabilities[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (examples.get(order[k]).succeeded()) {
          rankSum += rank;
        }
      }
      i = j + 1;
    }
    return OptionalDouble.of((rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives));
  }

  private static List<Decile> deciles(List<LaunchExample> examples, double[] probabilities, Integer[] order) {
    int n = order.length;
    List<Decile> deciles = new ArrayList<>(DECILES);
    for (int d = 0; d < DECILES; d++) {
      int from = (int) ((long) d * n / DECILES);
      int to = (int) ((long) (d + 1) * n / DECILES);
      if (from == to) {
        continue;
      }
      double predicted = 0;
      long succeeded = 0;
      for (int k = from; k < to; k++) {
        predicted += probabilities[order[k]];
        succeeded += examples.get(order[k]).succeeded() ? 1 : 0;
      }
      deciles.add(new Decile(d + 1, to - from, predicted / (to - from), (double) succeeded / (to - from)));
    }
    return deciles;
  }
}
