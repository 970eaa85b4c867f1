package io.github.crowdfund.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules behind {@link CampaignRules#defaults()}, read from {@code kickstarter-us-rules.properties} (which states
 * its as-of date and source) beside this class.
 */
final class KickstarterUsRules implements CampaignRules {

  static final KickstarterUsRules INSTANCE = load("kickstarter-us-rules.properties");

  private final CurrencyUnit currency;
  private final Money minimum;
  private final Money maximum;
  private final Duration minimumDuration;
  private final Duration maximumDuration;
  private final Duration finalWindow;
  private final FinalWindowRule finalWindowRule;
  private final int addOnQuantityCap;
  private final Duration paymentRetryWindow;

  private KickstarterUsRules(Properties table, String source) {
    currency = CurrencyUnit.of(value(table, "currency", source));
    minimum = Money.of(currency, new BigDecimal(value(table, "minimumPledge", source)));
    maximum = Money.of(currency, new BigDecimal(value(table, "maximumPledge", source)));
    minimumDuration = Duration.ofDays(Long.parseLong(value(table, "minimumDurationDays", source)));
    maximumDuration = Duration.ofDays(Long.parseLong(value(table, "maximumDurationDays", source)));
    finalWindow = Duration.ofHours(Long.parseLong(value(table, "finalWindowHours", source)));
    finalWindowRule = FinalWindowRule.valueOf(value(table, "finalWindowRule", source));
    addOnQuantityCap = Integer.parseInt(value(table, "addOnQuantityCap", source));
    paymentRetryWindow = Duration.ofDays(Long.parseLong(value(table, "paymentRetryWindowDays", source)));
  }

  private static KickstarterUsRules load(String resource) {
    try (InputStream in = KickstarterUsRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + KickstarterUsRules.class);
      }
      Properties table = new Properties();
      table.load(in);
      return new KickstarterUsRules(table, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String value(Properties table, String key, String source) {
    String value = table.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(source + " has no value for '" + key + "'");
    }
    return value.trim();
  }

  @Override
  public Duration minimumDuration() {
    return minimumDuration;
  }

  @Override
  public Duration maximumDuration() {
    return maximumDuration;
  }

  @Override
  public boolean acceptsCurrency(CurrencyUnit candidate) {
    return currency.equals(candidate);
  }

  @Override
  public Money minimumPledge(CurrencyUnit candidate) {
    return require(candidate, minimum);
  }

  @Override
  public Money maximumPledge(CurrencyUnit candidate) {
    return require(candidate, maximum);
  }

  private Money require(CurrencyUnit candidate, Money limit) {
    if (!acceptsCurrency(candidate)) {
      throw new IllegalArgumentException("the default rules accept only " + currency + ": " + candidate);
    }
    return limit;
  }

  @Override
  public Duration finalWindow() {
    return finalWindow;
  }

  @Override
  public FinalWindowRule finalWindowRule() {
    return finalWindowRule;
  }

  @Override
  public int addOnQuantityCap() {
    return addOnQuantityCap;
  }

  @Override
  public Optional<Duration> paymentRetryWindow() {
    return Optional.of(paymentRetryWindow);
  }

  @Override
  public String toString() {
    return "Kickstarter US rules (" + minimum + " to " + maximum + ", " + minimumDuration.toDays() + " to "
        + maximumDuration.toDays() + " days, final " + finalWindow.toHours() + " hours, "
        + paymentRetryWindow.toDays() + "-day payment retry window)";
  }
}
