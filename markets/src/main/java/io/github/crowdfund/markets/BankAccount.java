package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * A bank account for payouts: the country where it is held and its currency.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country the country where the account is held, not null
 * @param currency the account's currency, not null
 */
public record BankAccount(Country country, CurrencyUnit currency) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public BankAccount {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * Returns an account held in a country in a currency.
   *
   * @param country the country, not null
   * @param currencyCode the ISO 4217 code, not null
   * @return the account
   * @throws IllegalArgumentException if the currency code is unknown
   */
  public static BankAccount of(Country country, String currencyCode) {
    return new BankAccount(country, CurrencyUnit.of(currencyCode));
  }
}
