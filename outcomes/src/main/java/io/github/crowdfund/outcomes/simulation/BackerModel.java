package io.github.crowdfund.outcomes.simulation;

import java.util.SplittableRandom;

/**
 * How many backers come to a campaign and how their pace reacts to its progress.
 *
 * <p>Each campaign has a hidden appeal. With probability {@code tractionShare} the campaign finds traction and its
 * appeal is log-normal with median {@code viableAppeal} and log standard deviation {@code viableSigma}; otherwise
 * it does not, and its appeal is log-normal with median {@code dudAppeal} and log standard deviation
 * {@code dudSigma}. Appeals are capped at {@value #MAX_APPEAL}. Backers then arrive as a Poisson process whose rate
 * is {@code appeal × expectedBackers / duration × arrival weight}, multiplied by {@code finalPushFactor} in the last
 * week (a quarter of shorter campaigns) while the campaign has at least {@code finalPushFrom} of its goal but not
 * all of it (creators push), and by {@code afterGoalFactor} once the goal is reached. The goal-gradient effect
 * (Kuppuswamy and Bayus 2017: backers come faster as a project nears its goal, and much slower once it is passed)
 * multiplies the pace below the goal by {@code 1 + goalGradient × (progress - gradientFrom) / (1 - gradientFrom)}
 * once the pledged share {@code progress} of the goal passes {@code gradientFrom}. A share {@code cancelShare} of
 * backers later cancel.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param expectedBackers backers that a campaign of appeal 1 would get at an unmodified pace; positive
 * @param tractionShare the probability that a campaign finds traction, between 0 and 1
 * @param viableAppeal the median appeal of campaigns with traction; positive
 * @param viableSigma the log standard deviation of their appeal; zero or more
 * @param dudAppeal the median appeal of campaigns without traction; positive
 * @param dudSigma the log standard deviation of their appeal; zero or more
 * @param finalPushFactor the pace multiplier of the final push; positive
 * @param finalPushFrom the share of the goal from which the final push starts, between 0 and 1
 * @param afterGoalFactor the pace multiplier once the goal is reached; positive
 * @param cancelShare the share of backers who cancel later, between 0 and 1
 * @param goalGradient how much faster than usual backers come just before the goal is reached, zero or more
 *     (1 doubles the pace)
 * @param gradientFrom the share of the goal from which the goal gradient starts, between 0 and 1 (excluded)
 */
public record BackerModel(double expectedBackers, double tractionShare, double viableAppeal, double viableSigma,
    double dudAppeal, double dudSigma, double finalPushFactor, double finalPushFrom, double afterGoalFactor,
    double cancelShare, double goalGradient, double gradientFrom) {

  /** The largest appeal drawn. */
  public static final double MAX_APPEAL = 50;

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a part is outside its range
   */
  public BackerModel {
    requireRange("expectedBackers", expectedBackers, Double.MIN_VALUE, 1e7);
    requireRange("tractionShare", tractionShare, 0, 1);
    requireRange("viableAppeal", viableAppeal, Double.MIN_VALUE, MAX_APPEAL);
    requireRange("viableSigma", viableSigma, 0, 5);
    requireRange("dudAppeal", dudAppeal, Double.MIN_VALUE, MAX_APPEAL);
    requireRange("dudSigma", dudSigma, 0, 5);
    requireRange("finalPushFactor", finalPushFactor, Double.MIN_VALUE, 100);
    requireRange("finalPushFrom", finalPushFrom, 0, 1);
    requireRange("afterGoalFactor", afterGoalFactor, Double.MIN_VALUE, 100);
    requireRange("cancelShare", cancelShare, 0, 1);
    requireRange("goalGradient", goalGradient, 0, 100);
    requireRange("gradientFrom", gradientFrom, 0, Math.nextDown(1.0));
  }

  /**
   * Returns this model with other appeals: the calibrated parts.
   *
   * @param newTractionShare the probability that a campaign finds traction
   * @param newViableAppeal the median appeal of campaigns with traction
   * @param newDudAppeal the median appeal of campaigns without traction
   * @param newDudSigma the log standard deviation of their appeal
   * @return a new model; never null
   * @throws IllegalArgumentException if a part is outside its range
   */
  public BackerModel withAppeals(double newTractionShare, double newViableAppeal, double newDudAppeal,
      double newDudSigma) {
    return new BackerModel(expectedBackers, newTractionShare, newViableAppeal, viableSigma, newDudAppeal,
        newDudSigma, finalPushFactor, finalPushFrom, afterGoalFactor, cancelShare, goalGradient, gradientFrom);
  }

  /**
   * Returns this model with another strength of the goal gradient.
   *
   * @param newGoalGradient how much faster than usual backers come just before the goal is reached, zero or more
   * @return a new model; never null
   * @throws IllegalArgumentException if the strength is out of range
   */
  public BackerModel withGoalGradient(double newGoalGradient) {
    return new BackerModel(expectedBackers, tractionShare, viableAppeal, viableSigma, dudAppeal, dudSigma,
        finalPushFactor, finalPushFrom, afterGoalFactor, cancelShare, newGoalGradient, gradientFrom);
  }

  /**
   * Returns this model for a campaign that expects another number of backers at appeal 1.
   *
   * @param newExpectedBackers the backers; positive
   * @return a new model; never null
   * @throws IllegalArgumentException if the number is out of range
   */
  public BackerModel withExpectedBackers(double newExpectedBackers) {
    return new BackerModel(newExpectedBackers, tractionShare, viableAppeal, viableSigma, dudAppeal, dudSigma,
        finalPushFactor, finalPushFrom, afterGoalFactor, cancelShare, goalGradient, gradientFrom);
  }

  /**
   * Returns the goal-gradient multiplier of the pace at a share of the goal.
   *
   * @param progress pledged / goal, zero or more
   * @return 1 below {@code gradientFrom} and from the goal on; up to {@code 1 + goalGradient} just below the goal
   */
  double gradientFactor(double progress) {
    if (progress <= gradientFrom || progress >= 1) {
      return 1;
    }
    return 1 + goalGradient * (progress - gradientFrom) / (1 - gradientFrom);
  }

  private static void requireRange(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was '" + value + "'");
    }
  }

  /**
   * Draws a campaign's appeal.
   *
   * @param random the randomness; not null
   * @return the appeal, positive, at most {@value #MAX_APPEAL}
   */
  double drawAppeal(SplittableRandom random) {
    boolean traction = random.nextDouble() < tractionShare;
    double median = traction ? viableAppeal : dudAppeal;
    double sigma = traction ? viableSigma : dudSigma;
    return Math.min(MAX_APPEAL, median * Math.exp(sigma * random.nextGaussian()));
  }

  /**
   * Returns the largest pace multiplier.
   *
   * @return at least 1
   */
  double maxFactor() {
    return Math.max(1, Math.max(finalPushFactor * (1 + goalGradient), afterGoalFactor));
  }
}
