package io.github.crowdfund.currency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A source of foreign-exchange rates, such as an {@link FxRateTable} or a lambda in a test.
 *
 * <p>The contract, for every pair it knows: {@code 1 × base = rate(base, counter) × counter}. For example, if
 * {@code rate(EUR, JPY)} is {@code 161.25}, one euro is worth 161.25 yen. The rate of a currency to itself is
 * {@code 1}. Rates are exact decimals, never {@code double}.
 *
 * <p>Implementations must be safe to call from several threads and should not change their answers over time:
 * a provider is a snapshot, not a live feed.
 */
@FunctionalInterface
public interface FxRateProvider {

  /**
   * Returns the rate that converts one unit of {@code base} into {@code counter}:
   * {@code 1 × base = rate × counter}.
   *
   * @param base the currency converted from, not null
   * @param counter the currency converted to, not null
   * @return the rate, positive, not null; exactly {@code 1} when the two currencies are the same
   * @throws NullPointerException if an argument is null
   * @throws FxRateNotFoundException if the provider has no rate for the pair; the exception names the pair and
   *     what the provider does have
   */
  BigDecimal rate(CurrencyUnit base, CurrencyUnit counter);

  /**
   * Converts an amount into another currency at this provider's rate, rounding once to the target currency's
   * minor unit: {@code amount × rate(amount's currency, target)}.
   *
   * @param amount the amount to convert, not null
   * @param target the currency to convert to, not null
   * @param rounding how to round the exact product to the target currency's scale, not null
   * @return the converted amount in {@code target}, not null; {@code amount} itself when it is already in
   *     {@code target}
   * @throws NullPointerException if an argument is null
   * @throws FxRateNotFoundException if the provider has no rate for the pair
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the product is not a
   *     whole number of the target's minor units
   */
  default Money convert(Money amount, CurrencyUnit target, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rounding, "rounding");
    if (amount.getCurrencyUnit().equals(target)) {
      return amount;
    }
    return Money.of(target, amount.getAmount().multiply(rate(amount.getCurrencyUnit(), target)), rounding);
  }
}
