package io.github.crowdfund.core;

import java.time.Duration;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Rules that answer like another set unless a test overrides a method. */
class DelegatingRules implements CampaignRules {

  private final CampaignRules base;

  DelegatingRules(CampaignRules base) {
    this.base = base;
  }

  @Override
  public Duration minimumDuration() {
    return base.minimumDuration();
  }

  @Override
  public Duration maximumDuration() {
    return base.maximumDuration();
  }

  @Override
  public boolean acceptsCurrency(CurrencyUnit currency) {
    return base.acceptsCurrency(currency);
  }

  @Override
  public Money minimumPledge(CurrencyUnit currency) {
    return base.minimumPledge(currency);
  }

  @Override
  public Money maximumPledge(CurrencyUnit currency) {
    return base.maximumPledge(currency);
  }

  @Override
  public Duration finalWindow() {
    return base.finalWindow();
  }

  @Override
  public FinalWindowRule finalWindowRule() {
    return base.finalWindowRule();
  }

  @Override
  public int addOnQuantityCap() {
    return base.addOnQuantityCap();
  }

  @Override
  public Optional<Duration> paymentRetryWindow() {
    return base.paymentRetryWindow();
  }

  @Override
  public boolean hasDeadline() {
    return base.hasDeadline();
  }

  /**
   * The base rules taking every currency, pledges from one minor unit to 10,000,000 major units: for property tests
   * that draw the currency.
   */
  static DelegatingRules anyCurrency(CampaignRules base) {
    return new DelegatingRules(base) {
      @Override
      public boolean acceptsCurrency(CurrencyUnit any) {
        return true;
      }

      @Override
      public Money minimumPledge(CurrencyUnit any) {
        return Money.ofMinor(any, 1);
      }

      @Override
      public Money maximumPledge(CurrencyUnit any) {
        return Money.ofMajor(any, 10_000_000);
      }
    };
  }
}
