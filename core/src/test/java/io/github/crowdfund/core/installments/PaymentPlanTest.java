package io.github.crowdfund.core.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {

  static final Instant SUCCESS = Instant.parse("2026-04-03T15:00:00Z");
  static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  /** Kickstarter's general version: 3 equal monthly payments, the first at success. */
  static final PaymentPlanShape MONTHLY_3 = new PaymentPlanShape("kickstarter-2025", 3, 3, Period.ofMonths(1),
      Duration.ZERO, Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.USD, 125), CurrencyUnit.JPY,
      Money.ofMajor(CurrencyUnit.JPY, 10_000), BHD, Money.of(BHD, 10)), 2, Duration.ofDays(7), Duration.ofDays(7),
      Duration.ofDays(14), false, true);

  /** Kickstarter's first version: 4 payments every 2 weeks, the first 24 hours after success. */
  static final PaymentPlanShape BIWEEKLY_4 = new PaymentPlanShape("kickstarter-pilot", 4, 4, Period.ofDays(14),
      Duration.ofHours(24), Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.USD, 125)), 2, Duration.ofDays(7),
      Duration.ofDays(7), Duration.ofDays(14), false, true);

  /** Stretch Pay: 2 to 10 monthly payments, 3 attempts 48 hours apart, the creator's minimum. */
  static final PaymentPlanShape STRETCH = new PaymentPlanShape("stretch-pay", 2, 10, Period.ofMonths(1),
      Duration.ZERO, Map.of(), 3, Duration.ofHours(48), Duration.ofHours(144), Duration.ofHours(144), false, true);

  @Test
  void aThreePaymentPlanOnJpy10000SumsExactly() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.ofMajor(CurrencyUnit.JPY, 10_000), 3, SUCCESS);
    assertThat(plan.installments()).extracting(Installment::amount).containsExactly(
        Money.ofMajor(CurrencyUnit.JPY, 3_334), Money.ofMajor(CurrencyUnit.JPY, 3_333), Money.ofMajor(CurrencyUnit.JPY, 3_333));
    assertThat(plan.installments()).extracting(Installment::due).containsExactly(SUCCESS,
        Instant.parse("2026-05-03T15:00:00Z"), Instant.parse("2026-06-03T15:00:00Z"));
    assertThat(plan.outstanding()).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 10_000));
  }

  @Test
  void aThreePaymentPlanOnBhdSumsToTheFils() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(BHD, 10), 3, SUCCESS);
    assertThat(plan.installments()).extracting(Installment::amount).containsExactly(Money.of(BHD, 3.334),
        Money.of(BHD, 3.333), Money.of(BHD, 3.333));
  }

  @Test
  void theFirstVersionChargesFourTimesTwoWeeksApartFrom24HoursAfterSuccess() {
    PaymentPlan plan = PaymentPlan.of(BIWEEKLY_4, Money.of(CurrencyUnit.USD, 200), 4, SUCCESS);
    assertThat(plan.installments()).extracting(Installment::due).containsExactly(
        Instant.parse("2026-04-04T15:00:00Z"), Instant.parse("2026-04-18T15:00:00Z"),
        Instant.parse("2026-05-02T15:00:00Z"), Instant.parse("2026-05-16T15:00:00Z"));
    assertThat(plan.installment(1).windowEnd()).isEqualTo(Instant.parse("2026-04-11T15:00:00Z"));
    assertThat(plan.installment(2).windowEnd()).isEqualTo(Instant.parse("2026-05-02T15:00:00Z"));
  }

  @Test
  void aPledgeBelowTheMinimumOrInACurrencyWithoutOneCannotBeSplit() {
    assertThatThrownBy(() -> PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 124.99), 3, SUCCESS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 124.99").hasMessageContaining("125");
    assertThatThrownBy(() -> PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.EUR, 500), 3, SUCCESS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not offered in EUR");
    assertThat(STRETCH.eligible(Money.of(CurrencyUnit.EUR, 500))).isFalse();
    assertThat(STRETCH.withMinimum(Money.of(CurrencyUnit.EUR, 300)).eligible(Money.of(CurrencyUnit.EUR, 500)))
        .isTrue();
  }

  @Test
  void stretchPayTakesTwoToTenPayments() {
    PaymentPlanShape shape = STRETCH.withMinimum(Money.of(CurrencyUnit.EUR, 100));
    assertThat(PaymentPlan.of(shape, Money.of(CurrencyUnit.EUR, 100), 10, SUCCESS).installments()).hasSize(10);
    assertThatThrownBy(() -> PaymentPlan.of(shape, Money.of(CurrencyUnit.EUR, 100), 11, SUCCESS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 11");
    assertThatThrownBy(() -> PaymentPlan.of(shape, Money.of(CurrencyUnit.EUR, 100), 1, SUCCESS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 1");
  }

  @Test
  void stretchPayTriesAPaymentThreeTimes48HoursApartThenStops() {
    PaymentPlan plan = PaymentPlan.of(STRETCH.withMinimum(Money.of(CurrencyUnit.EUR, 100)),
        Money.of(CurrencyUnit.EUR, 300), 3, SUCCESS);
    PaymentPlan failed = plan.attempt(1, SUCCESS, false).attempt(1, SUCCESS.plus(Duration.ofHours(48)), false)
        .attempt(1, SUCCESS.plus(Duration.ofHours(96)), false);
    assertThat(failed.installment(1).state()).isEqualTo(InstallmentState.ERRORED);
    assertThat(failed.installment(1).attempts()).isEqualTo(3);
    assertThatThrownBy(() -> failed.attempt(1, SUCCESS.plus(Duration.ofHours(120)), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 times");
    PaymentPlan recovered = plan.attempt(1, SUCCESS, false).attempt(1, SUCCESS.plus(Duration.ofHours(48)), true);
    assertThat(recovered.installment(1).state()).isEqualTo(InstallmentState.COLLECTED);
  }

  @Test
  void aPaymentIsTriedOnlyWithinItsWindow() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS);
    assertThatThrownBy(() -> plan.attempt(2, SUCCESS, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-05-03T15:00:00Z");
    assertThatThrownBy(() -> plan.attempt(1, SUCCESS.plus(Duration.ofDays(7)).plusSeconds(1), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-04-10T15:00:00Z");
  }

  @Test
  void theWindowsEndIsInclusiveForAnAttempt() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS);
    PaymentPlan retried = plan.attempt(1, SUCCESS, false).attempt(1, SUCCESS.plus(Duration.ofDays(7)), true);
    assertThat(retried.installment(1).state()).isEqualTo(InstallmentState.COLLECTED);
    assertThat(retried.installment(1).lastFailedAt()).contains(SUCCESS);
  }

  @Test
  void theNextAttemptIsDueAfterTheLastFailurePlusTheSpacingButTheValueDoesNotEnforceIt() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS);
    assertThat(plan.earliestAttempt(1)).isEqualTo(SUCCESS);
    PaymentPlan failed = plan.attempt(1, SUCCESS.plusSeconds(60), false);
    assertThat(failed.earliestAttempt(1)).isEqualTo(SUCCESS.plusSeconds(60).plus(Duration.ofDays(7)));
    assertThat(failed.attempt(1, SUCCESS.plusSeconds(120), true).installment(1).state())
        .isEqualTo(InstallmentState.COLLECTED);
  }

  @Test
  void aFailedAttemptNeedsAnAttemptAndComesNoEarlierThanTheDueInstant() {
    Money amount = Money.of(CurrencyUnit.USD, 100);
    Instant end = SUCCESS.plus(Duration.ofDays(7));
    assertThatThrownBy(() -> new Installment(1, SUCCESS, amount, InstallmentState.ERRORED, 0, end,
        Optional.of(SUCCESS))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts 0");
    assertThatThrownBy(() -> new Installment(1, SUCCESS, amount, InstallmentState.ERRORED, 1, end,
        Optional.of(SUCCESS.minusSeconds(1)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-04-03T14:59:59Z");
    assertThat(new Installment(1, SUCCESS, amount, InstallmentState.ERRORED, 1, end,
        Optional.of(Instant.MAX)).earliestAttempt(Duration.ofDays(7))).isEqualTo(Instant.MAX);
  }

  @Test
  void aBackerWhoStopsPayingKeepsWhatWasPaidAndTheRestIsCanceled() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS)
        .attempt(1, SUCCESS, true).attempt(2, Instant.parse("2026-05-03T15:00:00Z"), false).stop();
    assertThat(plan.installments()).extracting(Installment::state).containsExactly(InstallmentState.COLLECTED,
        InstallmentState.CANCELED, InstallmentState.CANCELED);
    assertThat(plan.paid()).isEqualTo(Money.of(CurrencyUnit.USD, 100));
    assertThat(plan.outstanding()).isEqualTo(Money.zero(CurrencyUnit.USD));
  }

  @Test
  void whenTheRulesDoNotKeepPaymentsAStopRefundsThem() {
    PaymentPlanShape refunding = new PaymentPlanShape("refunding", 3, 3, Period.ofMonths(1), Duration.ZERO,
        MONTHLY_3.minimums(), 2, Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(14), false, false);
    PaymentPlan plan = PaymentPlan.of(refunding, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS)
        .attempt(1, SUCCESS, true).stop();
    assertThat(plan.installments()).extracting(Installment::state).containsExactly(InstallmentState.REFUNDED,
        InstallmentState.CANCELED, InstallmentState.CANCELED);
    assertThat(plan.paid()).isEqualTo(Money.zero(CurrencyUnit.USD));
    assertThat(plan.sum(InstallmentState.REFUNDED)).isEqualTo(Money.of(CurrencyUnit.USD, 100));
  }

  @Test
  void aPlanCannotBeEditedOnceChosenUnlessTheRulesAllow() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS);
    assertThatThrownBy(() -> plan.edit(3, SUCCESS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be edited once chosen");
    PaymentPlanShape editable = new PaymentPlanShape("editable", 2, 10, Period.ofMonths(1), Duration.ZERO,
        Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.USD, 100)), 3, Duration.ofHours(48), Duration.ofDays(6),
        Duration.ofDays(6), true, true);
    PaymentPlan chosen = PaymentPlan.of(editable, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS);
    assertThat(chosen.edit(5, SUCCESS).installments()).hasSize(5);
    PaymentPlan tried = chosen.attempt(1, SUCCESS, true);
    assertThatThrownBy(() -> tried.edit(5, SUCCESS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after a payment was tried");
  }

  @Test
  void eachPaymentHasItsOwnStates() {
    PaymentPlan plan = PaymentPlan.of(MONTHLY_3, Money.of(CurrencyUnit.USD, 300), 3, SUCCESS)
        .authenticationRequired(1);
    assertThat(plan.installment(1).state()).isEqualTo(InstallmentState.AUTHENTICATION_REQUIRED);
    plan = plan.attempt(1, SUCCESS.plusSeconds(60), true).attempt(2, Instant.parse("2026-05-03T15:00:00Z"), true)
        .refund(1).chargebackLost(2);
    assertThat(plan.installments()).extracting(Installment::state).containsExactly(InstallmentState.REFUNDED,
        InstallmentState.CHARGEBACK_LOST, InstallmentState.SCHEDULED);
    PaymentPlan finalPlan = plan;
    assertThatThrownBy(() -> finalPlan.refund(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SCHEDULED");
  }

  @Test
  void equalPartsAlwaysSumExactlyToThePledgeInJpyUsdEurAndBhd() {
    List<CurrencyUnit> currencies = List.of(CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.EUR, BHD);
    PaymentPlanShape any = new PaymentPlanShape("any", 2, 10, Period.ofMonths(1), Duration.ZERO,
        Map.of(CurrencyUnit.JPY, Money.zero(CurrencyUnit.JPY), CurrencyUnit.USD, Money.zero(CurrencyUnit.USD),
            CurrencyUnit.EUR, Money.zero(CurrencyUnit.EUR), BHD, Money.zero(BHD)),
        1, Duration.ZERO, Duration.ZERO, Duration.ZERO, false, true);
    qt().withExamples(500).forAll(integers().between(0, 3), longs().between(0, 10_000_000_000L),
        integers().between(2, 10)).checkAssert((c, minor, n) -> {
          Money pledge = Money.ofMinor(currencies.get(c), minor);
          PaymentPlan plan = PaymentPlan.of(any, pledge, n, SUCCESS);
          Money sum = plan.installments().stream().map(Installment::amount).reduce(Money.zero(pledge
              .getCurrencyUnit()), Money::plus);
          assertThat(sum).isEqualTo(pledge);
          long low = minor / n;
          assertThat(plan.installments()).allSatisfy(p -> assertThat(p.amount().getAmountMinorLong())
              .isBetween(low, low + 1));
        });
  }
}
