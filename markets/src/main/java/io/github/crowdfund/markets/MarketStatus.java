package io.github.crowdfund.markets;

/**
 * The stage a market has reached on a date. A market that has reached none of them has no status
 * ({@code Optional.empty()}).
 */
public enum MarketStatus {
  /** Publicly announced, perhaps with no launch date yet; applications may offer a "notify me" sign-up. */
  ANNOUNCED,
  /** Creators may build and preview projects but not launch them. */
  DRAFTING,
  /** Creators can launch projects. */
  OPEN
}
