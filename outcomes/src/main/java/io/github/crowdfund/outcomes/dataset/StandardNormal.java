package io.github.crowdfund.outcomes.dataset;

/**
 * The standard normal distribution's cumulative distribution function and its inverse, for Gaussian copulas.
 *
 * <p>This class is stateless and thread-safe.
 */
final class StandardNormal {

  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00};
  private static final double LOW = 0.02425;

  private StandardNormal() {}

  /**
   * Returns the quantile (Acklam's rational approximation, relative error below 1.2e-9).
   *
   * @param p a probability; clamped to [1e-300, 1 - 1e-16]
   * @return the z such that {@code cdf(z) = p}
   */
  static double quantile(double p) {
    double q = Math.min(1 - 1e-16, Math.max(1e-300, p));
    if (q < LOW) {
      double r = Math.sqrt(-2 * Math.log(q));
      return (((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5])
          / ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1);
    }
    if (q > 1 - LOW) {
      double r = Math.sqrt(-2 * Math.log(1 - q));
      return -(((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5])
          / ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1);
    }
    double r = q - 0.5;
    double s = r * r;
    return (((((A[0] * s + A[1]) * s + A[2]) * s + A[3]) * s + A[4]) * s + A[5]) * r
        / (((((B[0] * s + B[1]) * s + B[2]) * s + B[3]) * s + B[4]) * s + 1);
  }

  /**
   * Returns the cumulative distribution function (complementary error function after Numerical Recipes' erfcc,
   * absolute error below 1.2e-7).
   *
   * @param z any number
   * @return the probability that a standard normal variable is at most z
   */
  static double cdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * x);
    double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851513 + t * (-0.82215223
        + t * 0.17087277)))))))));
    return z >= 0 ? 1 - erfc / 2 : erfc / 2;
  }
}
