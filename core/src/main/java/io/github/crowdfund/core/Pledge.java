package io.github.crowdfund.core;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * A backer's pledge: the amount promised, the reward tier chosen (if any), add-ons with their quantities, the
 * country the reward ships to (if any) and when it was placed. Pledging without a reward is allowed.
 *
 * <p>A backer has at most one pledge per campaign; placing another replaces it (a new total, not an addition).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param backer who pledges
 * @param amount the total promised, positive, in the campaign currency (covers the tier and the add-ons)
 * @param tierId the chosen reward tier's id, or empty for no reward
 * @param addOns add-on id to quantity (each at least 1); empty for none; kept sorted by id
 * @param shippingCountry the country the reward ships to, or empty
 * @param placedAt when the pledge was placed
 */
public record Pledge(BackerId backer, Money amount, Optional<String> tierId, Map<String, Integer> addOns,
    Optional<Country> shippingCountry, Instant placedAt) {

  /**
   * Validates the pledge and copies the add-on map.
   *
   * @throws NullPointerException if an argument or an add-on key or quantity is null
   * @throws IllegalArgumentException if {@code amount} is not positive or a quantity is below 1, quoting the value
   */
  public Pledge {
    Objects.requireNonNull(backer, "backer");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(tierId, "tierId");
    Objects.requireNonNull(addOns, "addOns");
    Objects.requireNonNull(shippingCountry, "shippingCountry");
    Objects.requireNonNull(placedAt, "placedAt");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("pledge amount must be positive: " + amount);
    }
    TreeMap<String, Integer> sorted = new TreeMap<>();
    addOns.forEach((id, quantity) -> {
      Objects.requireNonNull(id, "add-on id");
      Objects.requireNonNull(quantity, "add-on quantity");
      if (quantity < 1) {
        throw new IllegalArgumentException("add-on quantity must be at least 1: " + id + "=" + quantity);
      }
      sorted.put(id, quantity);
    });
    addOns = sorted.isEmpty() ? Map.of() : Collections.unmodifiableMap(sorted);
  }

  /**
   * A pledge without a reward.
   *
   * @param backer who pledges
   * @param amount the amount, positive
   * @param placedAt when
   * @return the pledge
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public static Pledge of(BackerId backer, Money amount, Instant placedAt) {
    return new Pledge(backer, amount, Optional.empty(), Map.of(), Optional.empty(), placedAt);
  }

  /**
   * A pledge for a reward tier, without add-ons or shipping country.
   *
   * @param backer who pledges
   * @param amount the amount, positive, at least the tier price
   * @param tierId the reward tier's id
   * @param placedAt when
   * @return the pledge
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public static Pledge forReward(BackerId backer, Money amount, String tierId, Instant placedAt) {
    return new Pledge(backer, amount, Optional.of(tierId), Map.of(), Optional.empty(), placedAt);
  }

  /**
   * This pledge with add-ons replaced.
   *
   * @param quantities add-on id to quantity
   * @return a new pledge
   */
  public Pledge withAddOns(Map<String, Integer> quantities) {
    return new Pledge(backer, amount, tierId, quantities, shippingCountry, placedAt);
  }

  /**
   * This pledge with a shipping country.
   *
   * @param country the country the reward ships to, not null
   * @return a new pledge
   */
  public Pledge shippingTo(Country country) {
    return new Pledge(backer, amount, tierId, addOns, Optional.of(country), placedAt);
  }
}
