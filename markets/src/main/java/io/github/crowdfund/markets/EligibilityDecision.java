package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/**
 * Whether a creator may launch in a market on a date, with every reason that applies (not just the first), and the
 * currency and pledge limits the project would run with.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param market the market checked, not null
 * @param launchDate the launch date checked, not null
 * @param currency the project currency: the payout account's currency when the market allows it on the launch date,
 *     else the market's project currency; not null
 * @param reasons every rule broken, in a stable order; empty when the creator is eligible; not null
 */
public record EligibilityDecision(Market market, LocalDate launchDate, CurrencyUnit currency, List<Reason> reasons) {

  /** Checks and copies the parts. */
  public EligibilityDecision {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(launchDate, "launchDate");
    Objects.requireNonNull(currency, "currency");
    reasons = List.copyOf(reasons);
  }

  /**
   * Whether the creator may launch.
   *
   * @return true when no reason applies
   */
  public boolean eligible() {
    return reasons.isEmpty();
  }

  /**
   * Returns the codes of the reasons.
   *
   * @return the codes, never null
   */
  public Set<Reason.Code> codes() {
    return reasons.stream().map(Reason::code).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns the pledge limits the project would run with, in {@link #currency()}.
   *
   * @return the limits, or empty when the data gives none for that currency
   */
  public Optional<PledgeLimits> pledgeLimits() {
    return market.pledgeLimits(currency);
  }
}
