package io.github.crowdfund.core;

import io.github.crowdfund.style.ValueStyle;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A reward a backer can choose: a price, an optional limited quantity, an optional availability window (early-bird
 * tiers), the countries it ships to and when it is expected to be delivered.
 *
 * <p>An empty {@link #shipsTo()} means the reward goes anywhere (worldwide, or nothing physical to ship); otherwise
 * a backer choosing it must give a shipping country from the set. Build one with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class RewardTier {

  RewardTier() {}

  /**
   * Returns the identifier of the tier, unique within its campaign.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the title shown to backers.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the minimum pledge for this reward, in the campaign currency.
   *
   * @return the price, zero or positive
   */
  public abstract Money price();

  /**
   * Returns how many backers may choose the tier, if limited.
   *
   * @return the quantity limit (at least 1), or empty when unlimited
   */
  public abstract Optional<Integer> limit();

  /**
   * Returns the first instant the tier may be chosen, if it has one.
   *
   * @return the start (inclusive), or empty
   */
  public abstract Optional<Instant> availableFrom();

  /**
   * Returns the instant from which the tier may no longer be chosen, if it has one.
   *
   * @return the end (exclusive), or empty
   */
  public abstract Optional<Instant> availableUntil();

  /**
   * Returns the countries the reward ships to.
   *
   * @return the countries, empty meaning worldwide (or nothing to ship)
   */
  public abstract Set<Country> shipsTo();

  /**
   * Returns the month the reward is expected to be delivered.
   *
   * @return the estimated delivery month
   */
  public abstract YearMonth estimatedDelivery();

  /**
   * Whether the tier may be chosen at {@code at}.
   *
   * @param at the instant of the pledge
   * @return true if {@code at} is inside the availability window
   */
  public boolean isAvailableAt(Instant at) {
    return availableFrom().map(from -> !at.isBefore(from)).orElse(true)
        && availableUntil().map(at::isBefore).orElse(true);
  }

  /**
   * Whether the reward can be shipped to {@code country}.
   *
   * @param country a country, not null
   * @return true if the tier ships worldwide or to that country
   */
  public boolean shipsTo(Country country) {
    return shipsTo().isEmpty() || shipsTo().contains(country);
  }

  /**
   * Validates the tier; called by the builder.
   *
   * @throws IllegalArgumentException if a value is out of range, quoting it
   */
  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("reward tier id must not be blank: '" + id() + "'");
    }
    if (title().isBlank()) {
      throw new IllegalArgumentException("reward tier title must not be blank: '" + title() + "'");
    }
    if (price().isNegative()) {
      throw new IllegalArgumentException("reward tier price must not be negative: " + price());
    }
    if (limit().isPresent() && limit().get() < 1) {
      throw new IllegalArgumentException("reward tier limit must be at least 1: " + limit().get());
    }
    if (availableFrom().isPresent() && availableUntil().isPresent()
        && !availableFrom().get().isBefore(availableUntil().get())) {
      throw new IllegalArgumentException("reward tier window must end after it starts: from "
          + availableFrom().get() + " until " + availableUntil().get());
    }
  }

  /**
   * Returns a builder; {@code id}, {@code title}, {@code price} and {@code estimatedDelivery} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RewardTier}. */
  public static final class Builder extends ImmutableRewardTier.Builder {
    Builder() {}
  }
}
