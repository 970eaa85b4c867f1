package io.github.crowdfund.outcomes.dataset;

/**
 * Something odd about a row that was still readable, so the row was kept and marked.
 */
public enum RecordFlag {
  /** The launch instant is before Kickstarter opened (21 April 2009); the real file has some in 1970. */
  LAUNCH_DATE_IMPLAUSIBLE,
  /** The {@code usd pledged} column is empty (most {@code undefined} rows of the real file). */
  USD_PLEDGED_MISSING,
  /** The country is unknown: the real file writes {@code N,0"} for it. */
  COUNTRY_UNKNOWN,
  /** The deadline is before the launch date. */
  DEADLINE_BEFORE_LAUNCH,
  /** An amount had more decimals than its currency; it was rounded half-even to the currency's minor unit. */
  AMOUNT_ROUNDED
}
