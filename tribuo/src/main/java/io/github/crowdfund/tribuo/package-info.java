/**
 * Fits {@link io.github.crowdfund.outcomes.prediction.LaunchModel}s with Tribuo's logistic regression: the only
 * package of the library that uses Tribuo. The fitted coefficients are copied into a {@code LaunchModel}, which
 * scores and saves itself without Tribuo.
 *
 * <p>May use the outcomes module and Tribuo.
 */
package io.github.crowdfund.tribuo;
