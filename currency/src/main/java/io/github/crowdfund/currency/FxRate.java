package io.github.crowdfund.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A foreign-exchange rate for a {@link CurrencyPair}: {@code 1 × base = rate × counter}. For
 * {@code EUR/JPY 161.25}, one euro is worth 161.25 yen.
 *
 * <p>The rate is an exact, positive {@link BigDecimal} held without trailing decimal zeros, so {@code 1.10} and
 * {@code 1.1} give equal rates. Operations that need a division ({@link #inverse()}, some
 * {@link #crossRate(FxRate) cross rates}) round their result to {@link #PRECISION}, 20 significant digits; every
 * other operation is exact until the one final rounding to a currency's minor unit in
 * {@link #convert(Money, RoundingMode)}.
 *
 * <p>The text form is the pair, a space and the plain decimal rate: {@code EUR/JPY 161.25}; {@link #parse(String)}
 * reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pair the currency pair, not null
 * @param rate the number of counter units one base unit is worth; positive, not null
 */
public record FxRate(CurrencyPair pair, BigDecimal rate) {

  /**
   * The precision of rates computed by a division: 20 significant digits, rounded half-even. An inverse or a
   * divided cross rate is within half a unit in the 20th significant digit of the exact value, a relative error of
   * at most {@code 5 × 10^-20}.
   */
  public static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

  /** A positive plain decimal, as written in rate texts and CSV files. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private static final Pattern TEXT = Pattern.compile("(\\S+) (\\S+)");

  /** The longest text {@link #parse(String)} reads: a pair ({@code EUR/JPY}), a space and the longest rate. */
  private static final int MAX_TEXT_LENGTH = 8 + TextLimits.MAX_NUMBER_LENGTH;

  /**
   * Creates a rate, dropping trailing decimal zeros of the rate.
   *
   * @param pair the currency pair, not null
   * @param rate the number of counter units one base unit is worth, positive, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rate is zero or negative; the message quotes it
   */
  public FxRate {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException(
          "An FX rate must be positive, was \"" + rate.toPlainString() + "\" for " + pair);
    }
    rate = Decimals.canonical(rate);
  }

  /**
   * Obtains a rate: {@code 1 × pair.base() = rate × pair.counter()}.
   *
   * @param pair the currency pair, not null
   * @param rate the number of counter units one base unit is worth, positive, not null
   * @return the rate, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rate is zero or negative; the message quotes it
   */
  public static FxRate of(CurrencyPair pair, BigDecimal rate) {
    return new FxRate(pair, rate);
  }

  /**
   * Obtains a rate from its two currencies: {@code 1 × base = rate × counter}.
   *
   * @param base the base currency, not null
   * @param counter the counter currency, not null, different from {@code base}
   * @param rate the number of counter units one base unit is worth, positive, not null
   * @return the rate, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the currencies are the same or the rate is not positive
   */
  public static FxRate of(CurrencyUnit base, CurrencyUnit counter, BigDecimal rate) {
    return new FxRate(CurrencyPair.of(base, counter), rate);
  }

  /**
   * Parses a rate written as a pair, one space and a positive plain decimal, such as {@code EUR/JPY 161.25}. The
   * rate has at most 64 characters; longer texts are refused by their length alone, so parsing takes time linear
   * in the text whatever it is.
   *
   * @param text the text to parse, not null
   * @return the rate, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is malformed, names an unknown currency or a rate that is not
   *     positive, or a rate that is too long; the message quotes the text (its beginning, when long)
   */
  public static FxRate parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("FX rate " + TextLimits.quote(text) + " is longer than the "
          + MAX_TEXT_LENGTH + " characters of a currency pair, a space and a rate of at most "
          + TextLimits.MAX_NUMBER_LENGTH + " characters");
    }
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "FX rate " + TextLimits.quote(text) + " is not a currency pair and a rate, such as \"EUR/JPY 161.25\"");
    }
    CurrencyPair pair;
    try {
      pair = CurrencyPair.parse(matcher.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("FX rate " + TextLimits.quote(text) + ": " + e.getMessage(), e);
    }
    return of(pair, parseRate(matcher.group(2), text));
  }

  /**
   * Reads a positive plain decimal of at most {@link TextLimits#MAX_NUMBER_LENGTH} characters that is part of a
   * larger input, or throws quoting both.
   */
  static BigDecimal parseRate(String rate, String input) {
    TextLimits.checkNumberLength(rate, "Rate in", input);
    if (!DECIMAL.matcher(rate).matches() || new BigDecimal(rate).signum() == 0) {
      throw new IllegalArgumentException("Rate " + TextLimits.quote(rate) + " in " + TextLimits.quote(input)
          + " is not a positive plain decimal, such as \"161.25\"");
    }
    return new BigDecimal(rate);
  }

  /**
   * Returns the rate of the inverse pair: {@code EUR/JPY 161.25} gives {@code JPY/EUR 0.0062015503875968992248}.
   * The value is {@code 1 / rate} rounded to {@link #PRECISION} (20 significant digits, half-even), exact when
   * {@code 1 / rate} has at most 20 significant digits.
   *
   * @return the inverse rate, not null
   */
  public FxRate inverse() {
    return new FxRate(pair.inverse(), quotient(BigDecimal.ONE, rate));
  }

  /**
   * Derives the rate between the two currencies that this rate and another do not share, going through the one
   * currency they do share. The result's base is this rate's other currency and its counter is the other rate's
   * other currency: {@code EUR/USD 1.08} crossed with {@code USD/JPY 149} gives {@code EUR/JPY 160.92}, and
   * {@code EUR/USD 1.08} crossed with {@code JPY/USD 0.0067} gives {@code EUR/JPY 1.08 / 0.0067}.
   *
   * <p>The result is exact when it is a product of the two rates and otherwise rounded once to
   * {@link #PRECISION}.
   *
   * @param other the rate to cross with, not null; must share exactly one currency with this rate
   * @return the cross rate, not null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the two rates share no currency or both; the message quotes both rates
   */
  public FxRate crossRate(FxRate other) {
    Objects.requireNonNull(other, "other");
    CurrencyUnit shared = sharedCurrency(other);
    // 1 from = (fromNumerator / fromDenominator) shared; 1 shared = (toNumerator / toDenominator) to
    boolean fromIsBase = pair.counter().equals(shared);
    boolean sharedIsBase = other.pair.base().equals(shared);
    CurrencyUnit from = fromIsBase ? pair.base() : pair.counter();
    CurrencyUnit to = sharedIsBase ? other.pair.counter() : other.pair.base();
    BigDecimal numerator = (fromIsBase ? rate : BigDecimal.ONE).multiply(sharedIsBase ? other.rate : BigDecimal.ONE);
    BigDecimal denominator = (fromIsBase ? BigDecimal.ONE : rate).multiply(sharedIsBase ? BigDecimal.ONE : other.rate);
    return of(from, to, quotient(numerator, denominator));
  }

  private CurrencyUnit sharedCurrency(FxRate other) {
    boolean sharesBase = other.pair.contains(pair.base());
    boolean sharesCounter = other.pair.contains(pair.counter());
    if (sharesBase == sharesCounter) {
      throw new IllegalArgumentException("Cannot cross \"" + this + "\" with \"" + other + "\": they must share "
          + "exactly one currency, but share " + (sharesBase ? "both" : "none"));
    }
    return sharesBase ? pair.base() : pair.counter();
  }

  private static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
    return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator : numerator.divide(denominator, PRECISION);
  }

  /**
   * Converts an amount in either currency of the pair into the other currency, rounding once to the minor unit
   * of the result's currency. An amount in the base currency is multiplied by the rate; an amount in the counter
   * currency is divided by it (and the division is rounded directly to the base currency's minor unit, so there is
   * still only one rounding). For {@code EUR/JPY 161.25}, {@code EUR 10.00} gives {@code JPY 1613} (rounded
   * half-up) and {@code JPY 5000} gives {@code EUR 31.01}.
   *
   * @param amount the amount to convert, in the pair's base or counter currency, not null
   * @param rounding how to round to the result currency's minor unit, not null
   * @return the amount in the other currency of the pair, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount's currency is not in the pair; the message quotes the amount
   *     and this rate
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the result is not a
   *     whole number of minor units
   */
  public Money convert(Money amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    CurrencyUnit currency = amount.getCurrencyUnit();
    if (currency.equals(pair.base())) {
      return Money.of(pair.counter(), amount.getAmount().multiply(rate), rounding);
    }
    if (currency.equals(pair.counter())) {
      CurrencyUnit base = pair.base();
      return Money.of(base, amount.getAmount().divide(rate, CurrencyCodes.scale(base), rounding));
    }
    throw new IllegalArgumentException(
        "Cannot convert \"" + amount + "\" with \"" + this + "\": its currency is not in the pair");
  }

  /**
   * Returns the text form, such as {@code EUR/JPY 161.25}: the pair, a space and the plain decimal rate.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return pair + " " + rate.toPlainString();
  }
}
