package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PaymentPlanShapesTest {

  static final Instant SUCCESS = Instant.parse("2026-04-03T15:00:00Z");

  @Test
  void theBundledShapesAreTheFourPlatformPlans() {
    PaymentPlanShapes shapes = PaymentPlanShapes.bundled();
    assertThat(shapes.all()).containsOnlyKeys("kickstarter-pilot", "kickstarter-2025", "stretch-pay", "backerkit");
    assertThat(shapes.provenance().sources()).isNotEmpty();
    assertThat(shapes.confidence("kickstarter-2025")).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void kickstartersFirstVersionIsFourPaymentsTwoWeeksApartFrom24HoursAfterSuccess() {
    PaymentPlanShape pilot = PaymentPlanShapes.bundled().shape("kickstarter-pilot");
    assertThat(pilot.interval()).isEqualTo(Period.ofDays(14));
    assertThat(pilot.firstPaymentAfter()).isEqualTo(Duration.ofHours(24));
    assertThat(pilot.editable()).isFalse();
    assertThat(PaymentPlan.of(pilot, Money.of(CurrencyUnit.USD, 125), 4, SUCCESS).installments())
        .extracting(Installment::due).startsWith(Instant.parse("2026-04-04T15:00:00Z"),
            Instant.parse("2026-04-18T15:00:00Z"));
  }

  @Test
  void kickstartersGeneralVersionIsThreeMonthlyPaymentsTheFirstAtSuccess() {
    PaymentPlanShape general = PaymentPlanShapes.bundled().shape("kickstarter-2025");
    assertThat(general.dueDates(SUCCESS, 3)).containsExactly(SUCCESS, Instant.parse("2026-05-03T15:00:00Z"),
        Instant.parse("2026-06-03T15:00:00Z"));
    assertThat(general.minimum(CurrencyUnit.USD)).contains(Money.of(CurrencyUnit.USD, 125));
  }

  @Test
  void kickstartersOneAutomaticRetryComesAtTheEndOfTheFirstPaymentsWindow() {
    for (String id : new String[] {"kickstarter-pilot", "kickstarter-2025"}) {
      PaymentPlanShape shape = PaymentPlanShapes.bundled().shape(id);
      PaymentPlan plan = PaymentPlan.of(shape, Money.of(CurrencyUnit.USD, 300), shape.minPayments(), SUCCESS);
      Installment first = plan.installment(1);
      PaymentPlan failed = plan.attempt(1, first.due(), false);
      assertThat(failed.earliestAttempt(1)).as(id).isEqualTo(first.windowEnd());
      assertThat(failed.attempt(1, first.windowEnd(), true).installment(1).attempts()).as(id)
          .isEqualTo(shape.attempts());
    }
  }

  @Test
  void stretchPayTakesTwoToTenPaymentsThreeAttempts48HoursApartAndTheCreatorsMinimum() {
    PaymentPlanShape stretch = PaymentPlanShapes.bundled().shape("stretch-pay");
    assertThat(stretch.minPayments()).isEqualTo(2);
    assertThat(stretch.maxPayments()).isEqualTo(10);
    assertThat(stretch.attempts()).isEqualTo(3);
    assertThat(stretch.attemptSpacing()).isEqualTo(Duration.ofHours(48));
    assertThat(stretch.minimums()).isEmpty();
  }

  @Test
  void backerKitIsFourMonthlyPaymentsFromUsd150() {
    PaymentPlanShape backerKit = PaymentPlanShapes.bundled().shape("backerkit");
    assertThat(backerKit.eligible(Money.of(CurrencyUnit.USD, 149.99))).isFalse();
    assertThat(backerKit.eligible(Money.of(CurrencyUnit.USD, 150))).isTrue();
    assertThat(backerKit.interval()).isEqualTo(Period.ofMonths(1));
    assertThat(backerKit.minPayments()).isEqualTo(4);
  }

  @Test
  void anUnknownShapeIsNamed() {
    assertThatThrownBy(() -> PaymentPlanShapes.bundled().shape("klarna")).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("'klarna'").hasMessageContaining("stretch-pay");
  }

  @Test
  void everyBadRowIsReportedWithItsLine() {
    String csv = "# as-of: 2026-12-02\n# source: test\n"
        + "plan,platform,min_payments,max_payments,interval,first_payment_after,minimum,attempts,attempt_spacing,"
        + "first_window,later_window,editable,keeps_paid_on_stop,confidence,source\n"
        + "a,P,3,3,P1M,PT0S,USD 100,1,PT0S,P7D,P7D,false,true,confirmed,s\n"
        + "b,P,3,3,monthly,PT0S,USD 100,1,PT0S,P7D,P7D,false,true,confirmed,s\n"
        + "c,P,5,3,P1M,PT0S,USD 100,1,PT0S,P7D,P7D,maybe,true,confirmed,s\n";
    assertThatThrownBy(() -> PaymentPlanShapes.load(new StringReader(csv), "plans.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("plans.csv:5: interval: \"monthly\" is not an ISO-8601 period")
        .hasMessageContaining("plans.csv:6: editable: \"maybe\" is not true or false");
  }
}
