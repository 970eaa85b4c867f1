package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Rules that offer their own payment plan shapes and read every other rule through: what
 * {@link CampaignRules#withPaymentPlanShapes(List)} returns.
 *
 * <p>This record is immutable, and thread-safe when the rules it reads are.
 */
record RulesOfferingPlans(CampaignRules rules, List<PaymentPlanShape> shapes) implements CampaignRules {

  @Override
  public Duration minimumDuration() {
    return rules.minimumDuration();
  }

  @Override
  public Duration maximumDuration() {
    return rules.maximumDuration();
  }

  @Override
  public boolean acceptsCurrency(CurrencyUnit currency) {
    return rules.acceptsCurrency(currency);
  }

  @Override
  public Money minimumPledge(CurrencyUnit currency) {
    return rules.minimumPledge(currency);
  }

  @Override
  public Money maximumPledge(CurrencyUnit currency) {
    return rules.maximumPledge(currency);
  }

  @Override
  public Duration finalWindow() {
    return rules.finalWindow();
  }

  @Override
  public FinalWindowRule finalWindowRule() {
    return rules.finalWindowRule();
  }

  @Override
  public Optional<RuleViolation> currencyViolation(CurrencyUnit currency) {
    return rules.currencyViolation(currency);
  }

  @Override
  public int addOnQuantityCap() {
    return rules.addOnQuantityCap();
  }

  @Override
  public Optional<Duration> paymentRetryWindow() {
    return rules.paymentRetryWindow();
  }

  @Override
  public boolean hasDeadline() {
    return rules.hasDeadline();
  }

  @Override
  public List<PaymentPlanShape> paymentPlanShapes() {
    return shapes;
  }
}
