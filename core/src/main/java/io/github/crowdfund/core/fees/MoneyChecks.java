package io.github.crowdfund.core.fees;

import java.util.Objects;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;

/**
 * Checks on amounts shared by the fee parts and by settlement.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class MoneyChecks {

  private MoneyChecks() {}

  /**
   * Checks that an amount of money is zero or positive and returns it.
   *
   * @param amount the amount; not null
   * @param name what the amount is, for the message
   * @return the amount
   * @throws NullPointerException if {@code amount} is null, naming it
   * @throws IllegalArgumentException if the amount is negative, quoting it
   */
  public static Money checkNotNegative(Money amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + amount);
    }
    return amount;
  }

  /**
   * Checks that two amounts are in the same currency.
   *
   * @param expected the amount whose currency is expected; not null
   * @param actual the amount to check; not null
   * @throws CurrencyMismatchException naming both currencies when they differ
   */
  public static void checkSameCurrency(Money expected, Money actual) {
    if (!expected.getCurrencyUnit().equals(actual.getCurrencyUnit())) {
      throw new CurrencyMismatchException(expected.getCurrencyUnit(), actual.getCurrencyUnit());
    }
  }
}
