package io.github.crowdfund.core;

import io.github.crowdfund.core.fees.PlatformFee;

/**
 * How a campaign ended at its deadline, as far as settlement is concerned. The outcome is locked at the deadline:
 * pledges dropped afterwards (failed payments) never change it.
 */
public enum FundingOutcome {
  /** The goal was reached by the deadline: pledges are collected and fees are charged on what is collected. */
  SUCCESSFUL,
  /** An all-or-nothing campaign missed its goal: nothing is collected and no fee is charged to the creator. */
  FAILED,
  /**
   * A keep-it-all (flexible) campaign missed its goal: pledges are still collected, and a platform may charge a
   * different fee than on success (see {@link PlatformFee#onlyOnSuccess()}).
   */
  KEPT_BELOW_GOAL
}
