package io.github.crowdfund.currency;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an {@link FxRateProvider} has no rate for a currency pair. The message names the pair and lists the
 * pairs the provider does have, for example
 * {@code No FX rate for EUR/JPY; the provider has EUR/USD, GBP/USD}.
 */
public class FxRateNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The pair that was asked for. */
  private final CurrencyPair pair;
  /** The pairs the provider has, sorted. */
  private final CurrencyPair[] availablePairs;

  /**
   * Creates the exception for a missing pair.
   *
   * @param pair the pair that was asked for, not null
   * @param availablePairs the pairs the provider has (listed in the message in their natural order), not null;
   *     empty when the provider has none or cannot list them
   * @throws NullPointerException if an argument or an element is null
   */
  public FxRateNotFoundException(CurrencyPair pair, Collection<CurrencyPair> availablePairs) {
    super(message(pair, availablePairs));
    this.pair = pair;
    this.availablePairs = availablePairs.stream().sorted().toArray(CurrencyPair[]::new);
  }

  private static String message(CurrencyPair pair, Collection<CurrencyPair> availablePairs) {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(availablePairs, "availablePairs");
    String available = availablePairs.isEmpty()
        ? "lists no pairs"
        : availablePairs.stream().sorted().map(CurrencyPair::toString).collect(Collectors.joining(", ", "has ", ""));
    return "No FX rate for " + pair + "; the provider " + available;
  }

  /**
   * Returns the pair that was asked for.
   *
   * @return the missing pair, not null
   */
  public CurrencyPair pair() {
    return pair;
  }

  /**
   * Returns the pairs the provider has, in their natural order.
   *
   * @return an unmodifiable list, possibly empty, not null
   */
  public List<CurrencyPair> availablePairs() {
    return List.of(availablePairs);
  }
}
