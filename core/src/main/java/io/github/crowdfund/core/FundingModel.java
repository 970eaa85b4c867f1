package io.github.crowdfund.core;

/**
 * How a money goal decides the outcome of a campaign at its deadline.
 */
public enum FundingModel {
  /** The creator receives the money only if the total at the deadline reaches the goal (Kickstarter). */
  ALL_OR_NOTHING,
  /** The creator keeps whatever was raised; the campaign fails only if nothing was (flexible funding). */
  KEEP_IT_ALL
}
