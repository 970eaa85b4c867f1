package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.dataset.ProjectState;
import io.github.crowdfund.outcomes.simulation.BackerModel;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * Fits the appeals of a simulation's {@link BackerModel} to outcome figures of real projects, by a rerunnable,
 * deterministic procedure rather than by hand.
 *
 * <p>The targets ({@link Targets}) are four figures of a real file: the success rate of decided projects and the
 * shares of failed projects whose final pledged amount reached 20%, 30% and 50% of the goal. The four fitted
 * parameters are the share of campaigns that find traction, the median appeal and spread (log standard deviation)
 * of those that do not, and the strength of the goal gradient (how much faster backers come just below the goal,
 * which decides how many campaigns past half their goal still fail), fitted by least squares over the four figures;
 * everything else in the model (the appeal of campaigns with traction, which sets by how much successful ones
 * overshoot, arrivals, pledge sizes, final push, where the goal gradient starts, slowdown after the goal,
 * cancellations) stays as configured.
 *
 * <p>The procedure: simulate {@code campaigns} campaigns of the configuration with one seed (the same campaigns at
 * every step), measure the four figures, and take Levenberg-Marquardt steps on the parameters (in log and logit
 * scale; Jacobian by forward differences of 0.3, wide enough to see through the simulation's noise; no parameter
 * moves by more than 0.7 in a step; the damping grows until a step lowers the squared error) until every
 * figure is within {@value #TOLERANCE} of its target or {@code iterations} steps were taken. The same targets,
 * configuration, campaigns and seed always give the same model.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationCalibration {

  /** How close each figure must come to its target, as a fraction (0.002 = 0.2 points). */
  public static final double TOLERANCE = 0.002;

  private static final double STEP = 0.3;
  private static final double MAX_STEP = 0.7;
  private static final double MIN_DAMPING = 0.01;
  private static final int PARAMETERS = 4;
  private static final int FIGURES = 4;

  private SimulationCalibration() {}

  /**
   * The figures a simulation is fitted to, as fractions.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param successRate successful / (successful + failed)
   * @param failedReaching20 the share of failed projects that reached 20% of the goal
   * @param failedReaching30 the share that reached 30%
   * @param failedReaching50 the share that reached 50%
   */
  public record Targets(double successRate, double failedReaching20, double failedReaching30,
      double failedReaching50) {

    /**
     * Validates the figures.
     *
     * @throws IllegalArgumentException if a figure is not strictly between 0 and 1, or the shares do not decrease
     */
    public Targets {
      for (double figure : new double[] {successRate, failedReaching20, failedReaching30, failedReaching50}) {
        if (!(figure > 0 && figure < 1)) {
          throw new IllegalArgumentException("figures must be between 0 and 1 (excluded), was '" + figure + "'");
        }
      }
      if (!(failedReaching20 >= failedReaching30 && failedReaching30 >= failedReaching50)) {
        throw new IllegalArgumentException("shares reaching 20%, 30%, 50% must not increase, were '"
            + failedReaching20 + "', '" + failedReaching30 + "', '" + failedReaching50 + "'");
      }
    }

    /**
     * Returns the figures of a real file's statistics.
     *
     * @param statistics the statistics; not null
     * @return the targets; never null
     * @throws IllegalArgumentException if the file has no decided projects or no failed ones
     */
    public static Targets of(OutcomeStatistics statistics) {
      Objects.requireNonNull(statistics, "statistics");
      FundingRatios failed = statistics.fundingRatios(ProjectState.FAILED);
      return new Targets(fraction(statistics.totals().successRateDecided(), "success rate"),
          fraction(failed.shareReaching(20), "failed reaching 20%"),
          fraction(failed.shareReaching(30), "failed reaching 30%"),
          fraction(failed.shareReaching(50), "failed reaching 50%"));
    }

    double[] vector() {
      return new double[] {successRate, failedReaching20, failedReaching30, failedReaching50};
    }
  }

  /**
   * What a simulation gave: the four fitted figures and the path statistics P(success | reached 20% / 30% of the
   * goal at some time), as fractions.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param figures the figures comparable with {@link Targets}
   * @param successGivenReached20 P(success | the total reached 20% of the goal at some time)
   * @param successGivenReached30 P(success | the total reached 30% of the goal at some time)
   */
  public record Measured(Targets figures, double successGivenReached20, double successGivenReached30) {

    /** Checks that no part is null. */
    public Measured {
      Objects.requireNonNull(figures, "figures");
    }

    /**
     * Returns the figures of a simulation result.
     *
     * @param result the result; not null
     * @return the figures; never null
     * @throws IllegalArgumentException if a figure is undefined or 0 or 1
     */
    public static Measured of(SimulationResult result) {
      Objects.requireNonNull(result, "result");
      return new Measured(new Targets(fraction(result.successProbability(), "success rate"),
          fraction(result.failedRatios().shareReaching(20), "failed reaching 20%"),
          fraction(result.failedRatios().shareReaching(30), "failed reaching 30%"),
          fraction(result.failedRatios().shareReaching(50), "failed reaching 50%")),
          fraction(result.reached(20).flatMap(ReachedOutcome::successRate), "P(success | reached 20%)"),
          fraction(result.reached(30).flatMap(ReachedOutcome::successRate), "P(success | reached 30%)"));
    }
  }

  private static double fraction(Optional<BigDecimal> value, String name) {
    return value.orElseThrow(() -> new IllegalArgumentException(name + " is undefined: no projects to count"))
        .doubleValue();
  }

  /**
   * Simulates campaigns {@code 0} to {@code campaigns - 1} of a seed and returns their figures.
   *
   * @param config the configuration; not null
   * @param campaigns how many, 1 or more
   * @param seed the seed
   * @return the figures; never null
   */
  public static Measured measure(SimulationConfig config, long campaigns, long seed) {
    return Measured.of(simulate(config, campaigns, seed));
  }

  /**
   * Simulates campaigns {@code 0} to {@code campaigns - 1} of a seed.
   *
   * @param config the configuration; not null
   * @param campaigns how many, 1 or more
   * @param seed the seed
   * @return the result; never null
   */
  public static SimulationResult simulate(SimulationConfig config, long campaigns, long seed) {
    CampaignSimulator simulator = CampaignSimulator.of(Objects.requireNonNull(config, "config"));
    if (campaigns < 1) {
      throw new IllegalArgumentException("campaigns must be at least 1, was '" + campaigns + "'");
    }
    return LongStream.range(0, campaigns).parallel().mapToObj(i -> simulator.run(seed, i))
        .collect(SimulationAccumulator.collector());
  }

  /**
   * Fits the appeals of a configuration's backer model to targets.
   *
   * @param config the configuration whose backer model is the starting point; not null
   * @param targets the figures to reproduce; not null
   * @param campaigns campaigns simulated per evaluation, 1 or more
   * @param seed the seed of those campaigns
   * @param iterations the most Gauss-Newton steps, 1 or more
   * @param progress told one line per step; not null
   * @return the fitted backer model; never null
   */
  public static BackerModel fit(SimulationConfig config, Targets targets, long campaigns, long seed, int iterations,
      Consumer<String> progress) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(progress, "progress");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, was '" + iterations + "'");
    }
    double[] goal = targets.vector();
    double[] theta = parameters(config.backers());
    double[] residual = residual(config, theta, goal, campaigns, seed);
    progress.accept(String.format(Locale.ROOT, "start: %s; off by %s points", describe(model(config, theta)),
        points(residual)));
    double damping = MIN_DAMPING;
    for (int step = 1; step <= iterations && maxAbs(residual) > TOLERANCE; step++) {
      double[][] jacobian = new double[FIGURES][PARAMETERS];
      for (int j = 0; j < PARAMETERS; j++) {
        double[] moved = theta.clone();
        moved[j] += STEP;
        double[] other = residual(config, moved, goal, campaigns, seed);
        for (int i = 0; i < FIGURES; i++) {
          jacobian[i][j] = (other[i] - residual[i]) / STEP;
        }
      }
      double[] best = null;
      double[] bestResidual = null;
      double[] delta = null;
      for (int attempt = 0; attempt < 5 && best == null; attempt++, damping *= 4) {
        delta = dampedStep(jacobian, residual, damping);
        double scale = Math.min(1, MAX_STEP / Math.max(1e-12, maxAbs(delta)));
        double[] candidate = theta.clone();
        for (int j = 0; j < PARAMETERS; j++) {
          candidate[j] += scale * delta[j];
        }
        double[] candidateResidual;
        try {
          candidateResidual = residual(config, candidate, goal, campaigns, seed);
        } catch (IllegalArgumentException outOfRange) {
          continue;
        }
        if (norm(candidateResidual) < norm(residual)) {
          best = candidate;
          bestResidual = candidateResidual;
        }
      }
      if (best == null) {
        progress.accept(String.format(Locale.ROOT, "step %d: no damped step improves the fit; stopping", step));
        break;
      }
      damping = Math.max(MIN_DAMPING, damping / 16);
      theta = best;
      residual = bestResidual;
      progress.accept(String.format(Locale.ROOT, "step %d: %s; off by %s points", step, describe(model(config, theta)),
          points(residual)));
    }
    return model(config, theta);
  }

  private static double[] parameters(BackerModel model) {
    double share = model.tractionShare();
    return new double[] {Math.log(share / (1 - share)), Math.log(model.dudAppeal()), Math.log(model.dudSigma()),
        Math.log(Math.max(0.01, model.goalGradient()))};
  }

  private static BackerModel model(SimulationConfig config, double[] theta) {
    return config.backers().withAppeals(1 / (1 + Math.exp(-theta[0])), config.backers().viableAppeal(),
        Math.exp(theta[1]), Math.exp(theta[2])).withGoalGradient(Math.exp(theta[3]));
  }

  private static double[] residual(SimulationConfig config, double[] theta, double[] goal, long campaigns,
      long seed) {
    double[] measured = measure(config.withBackers(model(config, theta)), campaigns, seed).figures().vector();
    double[] residual = new double[FIGURES];
    for (int i = 0; i < FIGURES; i++) {
      residual[i] = measured[i] - goal[i];
    }
    return residual;
  }

  /**
   * Describes the fitted parts of a backer model as {@code key=value} pairs, in the format of
   * {@code simulation-calibration.properties}.
   *
   * @param model the model; not null
   * @return the text; never null
   */
  public static String describe(BackerModel model) {
    return String.format(Locale.ROOT, "tractionShare=%.4f viableAppeal=%.4f dudAppeal=%.5f dudSigma=%.4f "
        + "goalGradient=%.4f", model.tractionShare(), model.viableAppeal(), model.dudAppeal(), model.dudSigma(),
        model.goalGradient());
  }

  private static String points(double[] residual) {
    StringBuilder text = new StringBuilder();
    for (double value : residual) {
      text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.2f", 100 * value));
    }
    return text.toString();
  }

  /**
   * Returns the Levenberg-Marquardt step: solves {@code (JᵀJ + damping × diag(JᵀJ)) δ = -Jᵀr}, which is the
   * Gauss-Newton step when the damping is small and a short gradient step when it is large, so that a parameter
   * that barely moves the figures cannot make the step explode.
   */
  private static double[] dampedStep(double[][] jacobian, double[] residual, double damping) {
    double[][] normal = new double[PARAMETERS][PARAMETERS];
    double[] gradient = new double[PARAMETERS];
    for (int a = 0; a < PARAMETERS; a++) {
      for (int b = 0; b < PARAMETERS; b++) {
        for (int i = 0; i < residual.length; i++) {
          normal[a][b] += jacobian[i][a] * jacobian[i][b];
        }
      }
      for (int i = 0; i < residual.length; i++) {
        gradient[a] -= jacobian[i][a] * residual[i];
      }
    }
    for (int a = 0; a < PARAMETERS; a++) {
      normal[a][a] += damping * normal[a][a] + 1e-9;
    }
    return solve(normal, gradient);
  }

  /** Solves a small linear system by Gaussian elimination with partial pivoting (least change if singular). */
  private static double[] solve(double[][] matrix, double[] right) {
    int n = right.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = new double[n + 1];
      System.arraycopy(matrix[i], 0, a[i], 0, n);
      a[i][n] = right[i];
    }
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      double[] swap = a[column];
      a[column] = a[pivot];
      a[pivot] = swap;
      if (Math.abs(a[column][column]) < 1e-12) {
        a[column][column] = 1e-12;
      }
      for (int row = column + 1; row < n; row++) {
        double factor = a[row][column] / a[column][column];
        for (int k = column; k <= n; k++) {
          a[row][k] -= factor * a[column][k];
        }
      }
    }
    double[] solution = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = a[row][n];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * solution[k];
      }
      solution[row] = sum / a[row][row];
    }
    return solution;
  }

  private static double norm(double[] vector) {
    double sum = 0;
    for (double value : vector) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }

  private static double maxAbs(double[] vector) {
    double max = 0;
    for (double value : vector) {
      max = Math.max(max, Math.abs(value));
    }
    return max;
  }
}
