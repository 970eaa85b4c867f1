package io.github.crowdfund.markets;

import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * A bank account for payouts: the country where it is held and its currency.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country the ISO 3166-1 alpha-2 code of the country where the account is held, not null
 * @param currency the account's currency, not null
 */
public record BankAccount(String country, CurrencyUnit currency) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException quoting the code and listing the known ones when {@code country} is not an ISO
   *     3166-1 alpha-2 code
   */
  public BankAccount {
    Countries.requireIso(country, "a bank account");
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * Returns an account held in a country in a currency.
   *
   * @param country the ISO 3166-1 alpha-2 code, not null
   * @param currencyCode the ISO 4217 code, not null
   * @return the account
   * @throws IllegalArgumentException if either code is unknown
   */
  public static BankAccount of(String country, String currencyCode) {
    return new BankAccount(country, CurrencyUnit.of(currencyCode));
  }
}
