package io.github.crowdfund.core.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The checks of a payment plan's shape and of a plan built from its parts (as read back from storage). */
class PaymentPlanShapeTest {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration MINUS_ONE_SECOND = Duration.ofSeconds(-1);

  private static PaymentPlanShape shape(Duration firstPaymentAfter, Duration attemptSpacing, Duration firstWindow,
      Duration laterWindow) {
    return new PaymentPlanShape("shape", 2, 3, Period.ofMonths(1), firstPaymentAfter, Map.of(), 1, attemptSpacing,
        firstWindow, laterWindow, false, true);
  }

  @Test
  void eachDurationMayBeZeroButNotNegativeAndTheMessageNamesIt() {
    assertThat(shape(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO).firstWindow()).isZero();
    assertThatThrownBy(() -> shape(MINUS_ONE_SECOND, DAY, DAY, DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("firstPaymentAfter must not be negative: PT-1S");
    assertThatThrownBy(() -> shape(DAY, MINUS_ONE_SECOND, DAY, DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attemptSpacing must not be negative: PT-1S");
    assertThatThrownBy(() -> shape(DAY, DAY, MINUS_ONE_SECOND, DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("firstWindow must not be negative: PT-1S");
    assertThatThrownBy(() -> shape(DAY, DAY, DAY, MINUS_ONE_SECOND))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("laterWindow must not be negative: PT-1S");
    assertThatThrownBy(() -> shape(DAY, DAY, null, DAY))
        .isInstanceOf(NullPointerException.class).hasMessage("firstWindow");
  }

  @Test
  void aPlanReadBackFromItsPartsMustHaveACountOfPaymentsTheShapeAllows() {
    PaymentPlanShape shape = shape(Duration.ZERO, DAY, DAY, DAY)
        .withMinimum(Money.of(CurrencyUnit.EUR, 10));
    Instant success = Instant.parse("2026-04-03T15:00:00Z");
    PaymentPlan three = PaymentPlan.of(shape, Money.of(CurrencyUnit.EUR, 40), 3, success);
    List<Installment> one = List.of(new Installment(1, success, Money.of(CurrencyUnit.EUR, 40),
        InstallmentState.SCHEDULED, 0, success.plus(DAY)));
    assertThatThrownBy(() -> new PaymentPlan(shape, Money.of(CurrencyUnit.EUR, 40), one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan 'shape' takes 2 to 3 payments, not 1");
    assertThat(new PaymentPlan(shape, Money.of(CurrencyUnit.EUR, 40), three.installments())).isEqualTo(three);
  }

  @Test
  void dueDatesAreOnePerPaymentAndOnlyForACountTheShapeAllows() {
    PaymentPlanShape shape = shape(Duration.ofHours(24), DAY, DAY, DAY);
    Instant success = Instant.parse("2026-01-31T10:00:00Z");
    assertThat(shape.dueDates(success, 3)).containsExactly(Instant.parse("2026-02-01T10:00:00Z"),
        Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-04-01T10:00:00Z"));
    assertThat(shape.dueDates(success, 2)).hasSize(2);
    assertThatThrownBy(() -> shape.dueDates(success, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plan 'shape' takes 2 to 3 payments, not 4");
    assertThatThrownBy(() -> shape.dueDates(success, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("plan 'shape' takes 2 to 3 payments, not 1");
  }

  @Test
  void aMinimumMustBeInItsOwnCurrencyAndNotNegative() {
    Money yen = Money.ofMajor(CurrencyUnit.JPY, 1_000);
    assertThatThrownBy(() -> new PaymentPlanShape("shape", 2, 3, Period.ofMonths(1), DAY,
        Map.of(CurrencyUnit.USD, yen), 1, DAY, DAY, DAY, false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum for USD must be a non-negative amount in USD: JPY 1000");
    assertThatThrownBy(() -> shape(DAY, DAY, DAY, DAY).withMinimum(Money.of(CurrencyUnit.EUR, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum for EUR must be a non-negative amount in EUR: EUR -1.00");
    assertThat(shape(DAY, DAY, DAY, DAY).withMinimum(Money.zero(CurrencyUnit.EUR)).eligible(Money.zero(CurrencyUnit.EUR)))
        .isTrue();
  }
}
