package io.github.crowdfund.core;

import java.time.Duration;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The rules behind {@link CampaignRules#defaults()}. */
final class KickstarterUsRules implements CampaignRules {

  static final KickstarterUsRules INSTANCE = new KickstarterUsRules();

  private static final Money MINIMUM = Money.ofMajor(CurrencyUnit.USD, 1);
  private static final Money MAXIMUM = Money.ofMajor(CurrencyUnit.USD, 10_000);

  private KickstarterUsRules() {}

  @Override
  public Duration minimumDuration() {
    return Duration.ofDays(1);
  }

  @Override
  public Duration maximumDuration() {
    return Duration.ofDays(60);
  }

  @Override
  public boolean acceptsCurrency(CurrencyUnit currency) {
    return CurrencyUnit.USD.equals(currency);
  }

  @Override
  public Money minimumPledge(CurrencyUnit currency) {
    return requireUsd(currency, MINIMUM);
  }

  @Override
  public Money maximumPledge(CurrencyUnit currency) {
    return requireUsd(currency, MAXIMUM);
  }

  private Money requireUsd(CurrencyUnit currency, Money limit) {
    if (!acceptsCurrency(currency)) {
      throw new IllegalArgumentException("default rules accept only USD: " + currency);
    }
    return limit;
  }

  @Override
  public Duration finalWindow() {
    return Duration.ofHours(24);
  }

  @Override
  public boolean finalWindowForbidsDroppingBelowGoal() {
    return true;
  }

  @Override
  public int addOnQuantityCap() {
    return AddOn.DEFAULT_PER_BACKER_MAXIMUM;
  }

  @Override
  public Optional<Duration> paymentRetryWindow() {
    return Optional.of(Duration.ofDays(7));
  }

  @Override
  public String toString() {
    return "Kickstarter US rules (USD 1 to 10000, 1 to 60 days, final 24 hours, 7-day payment retry window)";
  }
}
