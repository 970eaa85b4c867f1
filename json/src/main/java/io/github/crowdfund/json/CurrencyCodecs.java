package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;

import io.github.crowdfund.currency.CurrencyPair;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.MoneyBag;
import io.github.crowdfund.currency.Percentage;
import io.github.crowdfund.json.ObjectCodec.Field;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * The JSON form of the {@code currency} module's values and of Joda-Money's: amounts as exact decimal strings
 * with their currency code, never as JSON numbers.
 *
 * <ul>
 *   <li>{@code CurrencyUnit}: its ISO 4217 code, {@code "USD"};</li>
 *   <li>{@code Money}: {@code {"amount":"12.50","currency":"USD"}}, the amount with exactly the currency's decimal
 *       places when written, at most that many when read;</li>
 *   <li>{@code MoneyBag}: an array of amounts sorted by currency code, one per currency;</li>
 *   <li>{@code CurrencyPair}: {@code "EUR/JPY"}; {@code FxRate}: {@code {"pair":"EUR/JPY","rate":"161.25"}};</li>
 *   <li>{@code Percentage}: its text form, {@code "6.67%"}.</li>
 * </ul>
 */
final class CurrencyCodecs {

  static final JsonCodec<CurrencyUnit> CURRENCY = new JsonCodec<>() {
    @Override
    public void write(CurrencyUnit value, JsonWriter out) {
      out.string(value.getCode());
    }

    @Override
    public CurrencyUnit read(JsonReader in) {
      // the text of a token of another kind (a number, a literal, a bracket) is never three capital letters
      String code = in.text();
      if (!isCode(code)) {
        throw Tokens.wrongType(in, "a currency code such as \"USD\"");
      }
      try {
        return CurrencyUnit.of(code);
      } catch (IllegalCurrencyException e) {
        throw Tokens.error(in, "unknown currency " + Tokens.quote(code));
      }
    }
  };

  private static final Field<Money, BigDecimal> AMOUNT = field("amount", Scalars.DECIMAL, Money::getAmount);
  private static final Field<Money, CurrencyUnit> AMOUNT_CURRENCY =
      field("currency", CURRENCY, Money::getCurrencyUnit);

  static final ObjectCodec<Money> MONEY = ObjectCodec.of("Money", List.of(AMOUNT, AMOUNT_CURRENCY), values -> {
    BigDecimal amount = values.get(AMOUNT);
    CurrencyUnit currency = values.get(AMOUNT_CURRENCY);
    int decimals = Math.max(0, currency.getDecimalPlaces());
    if (amount.scale() > decimals) {
      throw values.invalid(AMOUNT, "the amount " + Tokens.quote(amount.toPlainString()) + " has more than the "
          + decimals + " decimal places of " + currency.getCode());
    }
    return Money.of(currency, amount);
  });

  static final JsonCodec<MoneyBag> MONEY_BAG = new JsonCodec<>() {
    @Override
    public void write(MoneyBag bag, JsonWriter out) {
      out.beginArray();
      bag.stream().forEach(amount -> MONEY.write(amount, out));
      out.endArray();
    }

    @Override
    public MoneyBag read(JsonReader in) {
      Set<CurrencyUnit> currencies = new HashSet<>();
      List<Money> amounts = Containers.readArray(in, MONEY, "an array of amounts, one per currency",
          amount -> currencies.add(amount.getCurrencyUnit()) ? Optional.empty()
              : Optional.of("a second amount in " + amount.getCurrencyUnit().getCode() + ": " + amount));
      return MoneyBag.of(amounts.toArray(Money[]::new));
    }
  };

  static final JsonCodec<CurrencyPair> CURRENCY_PAIR =
      Scalars.text("a currency pair such as \"EUR/JPY\"", CurrencyPair::toString, CurrencyPair::parse);

  private static final Field<FxRate, CurrencyPair> PAIR = field("pair", CURRENCY_PAIR, FxRate::pair);
  private static final Field<FxRate, BigDecimal> RATE = field("rate", Scalars.DECIMAL, FxRate::rate);

  static final ObjectCodec<FxRate> FX_RATE = ObjectCodec.of("FxRate", PAIR, RATE, FxRate::of);

  static final JsonCodec<Percentage> PERCENTAGE =
      Scalars.text("a percentage such as \"6.67%\"", Percentage::toString, Percentage::parse);

  private CurrencyCodecs() {}

  /** Tells whether a text is three upper-case letters A to Z, as an ISO 4217 code is. */
  private static boolean isCode(String text) {
    return text.length() == 3 && isUpper(text.charAt(0)) && isUpper(text.charAt(1)) && isUpper(text.charAt(2));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
