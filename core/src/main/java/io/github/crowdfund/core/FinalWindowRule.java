package io.github.crowdfund.core;

/**
 * What backers may not do in a campaign's final window ({@link CampaignRules#finalWindow()} before the deadline).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum FinalWindowRule {
  /** No restriction: pledges may be cancelled or reduced until the deadline. */
  NONE,
  /** Kickstarter: no cancelling or reducing a pledge when that takes a campaign that reached its goal below it. */
  NO_DROP_BELOW_GOAL,
  /** KissKissBankBank: no cancelling or reducing a pledge at all (raising it or pledging anew is allowed). */
  NO_CANCEL_OR_REDUCE
}
