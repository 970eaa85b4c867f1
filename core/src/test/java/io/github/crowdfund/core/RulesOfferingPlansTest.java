package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class RulesOfferingPlansTest {

  private final CampaignRules base = CampaignRules.defaults();

  @Test
  void offersTheGivenShapesAndReadsEveryOtherRuleThrough() {
    CampaignRules offering = base.withPaymentPlanShapes(List.of(PaymentPlansTest.MONTHLY_3));

    assertThat(base.paymentPlanShapes()).isEmpty();
    assertThat(offering.paymentPlanShapes()).containsExactly(PaymentPlansTest.MONTHLY_3);
    assertThat(offering.minimumDuration()).isEqualTo(base.minimumDuration());
    assertThat(offering.maximumDuration()).isEqualTo(base.maximumDuration());
    assertThat(offering.acceptsCurrency(CurrencyUnit.USD)).isTrue();
    assertThat(offering.acceptsCurrency(CurrencyUnit.JPY)).isFalse();
    assertThat(offering.currencyViolation(CurrencyUnit.JPY)).isEqualTo(base.currencyViolation(CurrencyUnit.JPY));
    assertThat(offering.minimumPledge(CurrencyUnit.USD)).isEqualTo(base.minimumPledge(CurrencyUnit.USD));
    assertThat(offering.maximumPledge(CurrencyUnit.USD)).isEqualTo(base.maximumPledge(CurrencyUnit.USD));
    assertThat(offering.finalWindow()).isEqualTo(base.finalWindow());
    assertThat(offering.finalWindowRule()).isEqualTo(FinalWindowRule.NO_DROP_BELOW_GOAL);
    assertThat(offering.addOnQuantityCap()).isEqualTo(base.addOnQuantityCap());
    assertThat(offering.paymentRetryWindow()).isEqualTo(base.paymentRetryWindow()).isPresent();
  }

  @Test
  void keepsItsOwnCopyOfTheShapesAndRefusesNull() {
    List<PaymentPlanShape> shapes = new ArrayList<>();
    shapes.add(PaymentPlansTest.MONTHLY_3);
    CampaignRules offering = base.withPaymentPlanShapes(shapes);
    shapes.clear();

    assertThat(offering.paymentPlanShapes()).containsExactly(PaymentPlansTest.MONTHLY_3);
    assertThatThrownBy(() -> base.withPaymentPlanShapes(null)).isInstanceOf(NullPointerException.class);
  }
}
