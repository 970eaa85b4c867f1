package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A market that is announced or drafting on a date but not yet open, with what is known of its opening.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param market the market, not null
 * @param status {@link MarketStatus#ANNOUNCED} or {@link MarketStatus#DRAFTING}, not null
 * @param since the day the market reached {@code status}, not null
 */
public record UpcomingMarket(Market market, MarketStatus status, LocalDate since) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code status} is {@link MarketStatus#OPEN}
   */
  public UpcomingMarket {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    if (status == MarketStatus.OPEN) {
      throw new IllegalArgumentException("an upcoming market is not open yet: '" + market.describe() + "' is OPEN");
    }
  }

  /**
   * Returns the day creators can first launch there, with its precision, if the data knows it.
   *
   * @return the opening, or empty when it is not known
   */
  public Optional<OpeningDate> opening() {
    return market.creatorsFrom();
  }
}
