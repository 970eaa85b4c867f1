package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.usd;
import static io.github.crowdfund.core.PaymentPlansTest.MONTHLY_3;
import static io.github.crowdfund.core.PaymentPlansTest.MONTH_2;
import static io.github.crowdfund.core.PaymentPlansTest.charge;
import static io.github.crowdfund.core.PaymentPlansTest.charged;
import static io.github.crowdfund.core.PaymentPlansTest.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.core.CampaignCommand.StopPaymentPlan;
import io.github.crowdfund.core.CampaignEvent.InstallmentCharged;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanStopped;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.InstallmentState;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The retry spacing of plan payments, as given/when/then: a failed payment is tried again no sooner than the shape's
 * spacing after its last failed attempt, at most the shape's attempts, until its window's end inclusive (the
 * automatic retry at the end); logs stored with attempts closer together still replay.
 */
class PaymentRetrySpacingTest {

  /** Gamefound/Indiegogo Stretch Pay with a creator's minimum of USD 100: 3 attempts 48 h apart, 144 h windows. */
  static final PaymentPlanShape STRETCH_PAY = PaymentPlansTest.NO_MINIMUM.withMinimum(usd(100));

  /** Kickstarter's rules as in {@link PaymentPlansTest}, offering Stretch Pay with its minimum as well. */
  static final CampaignRules RULES = new DelegatingRules(PaymentPlansTest.RULES) {
    @Override
    public List<PaymentPlanShape> paymentPlanShapes() {
      return List.of(MONTHLY_3, STRETCH_PAY);
    }
  };

  /** Kickstarter's first payment: due at the deadline, 7 days to fix, 2 attempts 7 days apart. */
  static final Instant KICKSTARTER_WINDOW_END = DEADLINE.plus(Duration.ofDays(7));

  static InstallmentCharged failed(int number, Instant at) {
    return new InstallmentCharged(at, backer(1), number, InstallmentCharge.FAILED);
  }

  static Instant hours(long hours) {
    return DEADLINE.plus(Duration.ofHours(hours));
  }

  // ---------------------------------------------------------------------------------------------- Kickstarter

  @Test
  void kickstarterTriesAFailedPaymentAgainAtTheEndOfItsWindow() {
    Campaign after = given(charged(MONTHLY_3, failed(1, DEADLINE))).under(RULES)
        .when(charge(1, KICKSTARTER_WINDOW_END, InstallmentCharge.COLLECTED))
        .then(paid(1, KICKSTARTER_WINDOW_END));
    Installment first = after.paymentPlans().of(backer(1)).orElseThrow().installment(1);
    assertThat(first.state()).isEqualTo(InstallmentState.COLLECTED);
    assertThat(first.attempts()).isEqualTo(2);
    assertThat(first.lastFailedAt()).contains(DEADLINE);
  }

  @Test
  void kickstarterRefusesARetryThreeDaysAfterTheFailureNamingTheEarliestAndTheAttemptedInstant() {
    Instant threeDays = DEADLINE.plus(Duration.ofDays(3));
    Rejection refused = given(charged(MONTHLY_3, failed(1, DEADLINE))).under(RULES)
        .when(charge(1, threeDays, InstallmentCharge.COLLECTED))
        .thenRejected(Code.RETRY_TOO_SOON);
    assertThat(refused.violations().get(0).message()).contains("payment 1", KICKSTARTER_WINDOW_END.toString(),
        threeDays.toString());
  }

  @Test
  void afterTheRetryAtTheEndNoAttemptIsLeftAndTheWindowHasClosed() {
    given(charged(MONTHLY_3, failed(1, DEADLINE), failed(1, KICKSTARTER_WINDOW_END))).under(RULES)
        .when(charge(1, KICKSTARTER_WINDOW_END, InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_ATTEMPTS_USED, Code.RETRY_TOO_SOON);
    given(charged(MONTHLY_3, failed(1, DEADLINE))).under(RULES)
        .when(charge(1, KICKSTARTER_WINDOW_END.plusSeconds(1), InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_WINDOW_CLOSED);
  }

  @Test
  void aFirstAttemptAtTheEndOfTheWindowIsAccepted() {
    given(charged(MONTHLY_3)).under(RULES).when(charge(1, KICKSTARTER_WINDOW_END, InstallmentCharge.COLLECTED))
        .then(paid(1, KICKSTARTER_WINDOW_END));
  }

  @Test
  void aPaymentNeverFailedIsTriedFromItsDueInstant() {
    PaymentPlan plan = Campaign.replay(charged(MONTHLY_3)).paymentPlans().of(backer(1)).orElseThrow();
    assertThat(plan.earliestAttempt(2)).isEqualTo(MONTH_2);
    PaymentPlan afterFailure = Campaign.replay(charged(MONTHLY_3, failed(1, DEADLINE))).paymentPlans()
        .of(backer(1)).orElseThrow();
    assertThat(afterFailure.earliestAttempt(1)).isEqualTo(KICKSTARTER_WINDOW_END);
  }

  // ---------------------------------------------------------------------------------------------- order at the end

  @Test
  void atTheWindowsEndARetryFirstIsTakenAndAStopThenCancelsTheRest() {
    Campaign after = given(charged(MONTHLY_3, failed(1, DEADLINE), failed(1, KICKSTARTER_WINDOW_END))).under(RULES)
        .when(new StopPaymentPlan(KICKSTARTER_WINDOW_END, backer(1)))
        .then(new PaymentPlanStopped(KICKSTARTER_WINDOW_END, backer(1)));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().installments()).extracting(Installment::state)
        .containsExactly(InstallmentState.CANCELED, InstallmentState.CANCELED, InstallmentState.CANCELED);
  }

  @Test
  void atTheWindowsEndAStopFirstLeavesNoPaymentToRetry() {
    given(charged(MONTHLY_3, failed(1, DEADLINE), new PaymentPlanStopped(KICKSTARTER_WINDOW_END, backer(1))))
        .under(RULES).when(charge(1, KICKSTARTER_WINDOW_END, InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_NOT_OPEN);
  }

  // ---------------------------------------------------------------------------------------------- Stretch Pay

  @Test
  void stretchPayRefusesASecondAttempt47HoursAfterTheFirst() {
    given(charged(STRETCH_PAY, failed(1, DEADLINE))).under(RULES)
        .when(charge(1, hours(47), InstallmentCharge.FAILED))
        .thenRejected(Code.RETRY_TOO_SOON);
  }

  @Test
  void stretchPayTakesAttempts48HoursApartAndRefusesAFourth() {
    given(charged(STRETCH_PAY, failed(1, DEADLINE))).under(RULES)
        .when(charge(1, hours(48), InstallmentCharge.FAILED)).then(failed(1, hours(48)));
    given(charged(STRETCH_PAY, failed(1, DEADLINE), failed(1, hours(48)))).under(RULES)
        .when(charge(1, hours(95), InstallmentCharge.FAILED)).thenRejected(Code.RETRY_TOO_SOON);
    Campaign third = given(charged(STRETCH_PAY, failed(1, DEADLINE), failed(1, hours(48)))).under(RULES)
        .when(charge(1, hours(96), InstallmentCharge.FAILED)).then(failed(1, hours(96)));
    assertThat(third.paymentPlans().of(backer(1)).orElseThrow().installment(1).attempts()).isEqualTo(3);
    given(charged(STRETCH_PAY, failed(1, DEADLINE), failed(1, hours(48)), failed(1, hours(96)))).under(RULES)
        .when(charge(1, hours(144), InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_ATTEMPTS_USED);
  }

  @Test
  void anAuthenticationRequestDoesNotRestartTheSpacing() {
    InstallmentCharged asked = new InstallmentCharged(hours(48), backer(1), 1,
        InstallmentCharge.AUTHENTICATION_REQUIRED);
    given(charged(STRETCH_PAY, failed(1, DEADLINE), asked)).under(RULES)
        .when(charge(1, hours(49), InstallmentCharge.COLLECTED)).then(paid(1, hours(49)));
    given(charged(STRETCH_PAY, failed(1, DEADLINE))).under(RULES)
        .when(charge(1, hours(1), InstallmentCharge.AUTHENTICATION_REQUIRED))
        .thenRejected(Code.RETRY_TOO_SOON);
  }

  // ---------------------------------------------------------------------------------------------- stored logs

  @Test
  void aLogStoredWithAttemptsCloserThanTheSpacingStillReplays() {
    List<CampaignEvent> stored = charged(MONTHLY_3, failed(1, DEADLINE), paid(1, DEADLINE.plus(Duration.ofDays(1))));
    Campaign replayed = Campaign.replay(stored);
    Installment first = replayed.paymentPlans().of(backer(1)).orElseThrow().installment(1);
    assertThat(first.state()).isEqualTo(InstallmentState.COLLECTED);
    assertThat(first.attempts()).isEqualTo(2);
    assertThat(replayed.paymentPlans().of(backer(1)).orElseThrow().paid()).isEqualTo(usd(100));
  }

  // ---------------------------------------------------------------------------------------------- properties

  /**
   * Random schedules of charge commands (hours after the deadline, each failing or collecting) on the first payment
   * of a Kickstarter and a Stretch Pay plan: the accepted attempts are never more than the shape allows, never
   * closer than its spacing after a failure, and never after the window's end.
   */
  @Test
  void randomScheduleNeverGivesMoreAttemptsThanTheShapeNorAttemptsCloserThanTheSpacing() {
    AtomicInteger retried = new AtomicInteger();
    qt().withExamples(300).forAll(integers().between(0, 1),
        lists().of(integers().between(0, 200 * 2)).ofSizeBetween(1, 12))
        .checkAssert((which, draws) -> {
          if (checkSchedule(which == 0 ? MONTHLY_3 : STRETCH_PAY, draws) > 1) {
            retried.incrementAndGet();
          }
        });
    assertThat(retried.get()).as("schedules with a retry accepted").isPositive();
  }

  /**
   * Each draw: its half is an offset in hours from the deadline, its parity whether the charge collects. Returns how
   * many attempts were accepted.
   */
  private static int checkSchedule(PaymentPlanShape shape, List<Integer> draws) {
    List<Integer> offsets = new ArrayList<>(draws);
    offsets.sort(null);
    Campaign campaign = Campaign.replay(charged(shape));
    List<Instant> accepted = new ArrayList<>();
    Instant lastFailure = null;
    for (int draw : offsets) {
      Instant at = hours(draw / 2);
      InstallmentCharge outcome = draw % 2 == 0 ? InstallmentCharge.FAILED : InstallmentCharge.COLLECTED;
      Applied applied = campaign.apply(charge(1, at, outcome), RULES);
      if (applied.decision().violations().isEmpty()) {
        assertThat(lastFailure == null || !at.isBefore(lastFailure.plus(shape.attemptSpacing())))
            .as("attempt at %s after a failure at %s", at, lastFailure).isTrue();
        assertThat(at).isBeforeOrEqualTo(DEADLINE.plus(shape.firstWindow()));
        accepted.add(at);
        lastFailure = outcome == InstallmentCharge.FAILED ? at : lastFailure;
      }
      campaign = applied.campaign();
    }
    assertThat(accepted.size()).isLessThanOrEqualTo(shape.attempts());
    Installment first = campaign.paymentPlans().of(backer(1)).orElseThrow().installment(1);
    assertThat(first.attempts()).isEqualTo(accepted.size());
    return accepted.size();
  }
}
