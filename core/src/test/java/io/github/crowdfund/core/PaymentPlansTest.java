package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.liveHistory;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.ChargeInstallment;
import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.ChoosePaymentPlan;
import io.github.crowdfund.core.CampaignCommand.EnablePaymentPlans;
import io.github.crowdfund.core.CampaignCommand.StopPaymentPlan;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.InstallmentCharged;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanChosen;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanStopped;
import io.github.crowdfund.core.CampaignEvent.PaymentPlansEnabled;
import io.github.crowdfund.core.CampaignEvent.PledgesCharged;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.InstallmentState;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.AuthenticationRequest;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Pledges over time in the decider, one rule per test, as given/when/then. */
class PaymentPlansTest {

  static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  /** Kickstarter's general version: 3 equal monthly payments, the first at success, 2 attempts, no edits. */
  static final PaymentPlanShape MONTHLY_3 = new PaymentPlanShape("kickstarter-2025", 3, 3, Period.ofMonths(1),
      Duration.ZERO, Map.of(CurrencyUnit.USD, usd(125), CurrencyUnit.JPY, Money.ofMajor(CurrencyUnit.JPY, 10_000),
      BHD, Money.of(BHD, 10)), 2, Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(14), false, true);
  /** A shape that may be edited and pays back what was paid when the backer stops. */
  static final PaymentPlanShape EDITABLE = new PaymentPlanShape("editable", 2, 4, Period.ofMonths(1), Duration.ZERO,
      Map.of(CurrencyUnit.USD, usd(100)), 3, Duration.ofHours(48), Duration.ofDays(6), Duration.ofDays(6), true,
      false);
  /** Stretch Pay without the creator's minimum: not offered in any currency until one is set. */
  static final PaymentPlanShape NO_MINIMUM = new PaymentPlanShape("stretch-pay", 2, 10, Period.ofMonths(1),
      Duration.ZERO, Map.of(), 3, Duration.ofHours(48), Duration.ofHours(144), Duration.ofHours(144), false, true);

  /** Kickstarter's US rules, accepting every currency, offering the shapes above. */
  static final CampaignRules RULES = new DelegatingRules(DelegatingRules.anyCurrency(CampaignRules.defaults())) {
    @Override
    public List<PaymentPlanShape> paymentPlanShapes() {
      return List.of(MONTHLY_3, EDITABLE, NO_MINIMUM);
    }
  };

  static final Instant RETRY_UNTIL = DEADLINE.plus(Duration.ofDays(7));
  static final Instant MONTH_2 = DEADLINE.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant();
  static final Instant MONTH_3 = DEADLINE.atZone(java.time.ZoneOffset.UTC).plusMonths(2).toInstant();

  static List<CampaignEvent> live(Money goal) {
    return liveHistory(Goal.allOrNothing(goal), List.of());
  }

  /** A live USD campaign offering {@code shape}, backer 1 pledged $300 and chose 3 payments, backer 2 pledged $50. */
  static List<CampaignEvent> chosen(PaymentPlanShape shape, CampaignEvent... extra) {
    List<CampaignEvent> events = new ArrayList<>(live(usd(100)));
    events.add(new PaymentPlansEnabled(day(1), shape));
    events.add(placed(1, usd(300), day(2)));
    events.add(new PaymentPlanChosen(day(2), backer(1), 3));
    events.add(placed(2, usd(50), day(3)));
    events.addAll(List.of(extra));
    return events;
  }

  /** {@link #chosen} after a successful end and the campaign charge: backer 1's plan has started. */
  static List<CampaignEvent> charged(PaymentPlanShape shape, CampaignEvent... extra) {
    List<CampaignEvent> events = new ArrayList<>(chosen(shape, new Ended(DEADLINE, FundingOutcome.SUCCESSFUL),
        new PledgesCharged(DEADLINE, Set.of(), Optional.of(RETRY_UNTIL))));
    events.addAll(List.of(extra));
    return events;
  }

  static InstallmentCharged paid(int number, Instant at) {
    return new InstallmentCharged(at, backer(1), number, InstallmentCharge.COLLECTED);
  }

  static ChargeInstallment charge(int number, Instant at, InstallmentCharge outcome) {
    return new ChargeInstallment(at, backer(1), number, outcome);
  }

  // ---------------------------------------------------------------------------------------------- offering plans

  @Test
  void aLiveCampaignOffersAPlanShapeItsRulesOffer() {
    Campaign after = given(live(usd(100))).under(RULES).when(new EnablePaymentPlans(day(1), MONTHLY_3))
        .then(new PaymentPlansEnabled(day(1), MONTHLY_3));
    assertThat(after.paymentPlans().shape()).contains(MONTHLY_3);
  }

  @Test
  void aShapeTheRulesDoNotOfferIsRefused() {
    given(live(usd(100))).when(new EnablePaymentPlans(day(1), MONTHLY_3)).thenRejected(Code.PAYMENT_PLAN_NOT_OFFERED);
  }

  @Test
  void aShapeWithoutAMinimumInTheCampaignCurrencyIsRefused() {
    given(live(usd(100))).under(RULES).when(new EnablePaymentPlans(day(1), NO_MINIMUM))
        .thenRejected(Code.PAYMENT_PLAN_NOT_OFFERED);
  }

  @Test
  void plansAreOfferedBeforeTheDeadline() {
    List<CampaignEvent> ended = new ArrayList<>(live(usd(100)));
    ended.add(placed(1, usd(300), day(2)));
    ended.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    given(ended).under(RULES).when(new EnablePaymentPlans(DEADLINE.plusSeconds(1), MONTHLY_3))
        .thenRejected(Code.ILLEGAL_TRANSITION, Code.DEADLINE_PASSED);
  }

  @Test
  void aCampaignOffersPlansOnce() {
    given(chosen(MONTHLY_3)).under(RULES).when(new EnablePaymentPlans(day(4), EDITABLE))
        .thenRejected(Code.PAYMENT_PLANS_ALREADY_ENABLED);
  }

  // ---------------------------------------------------------------------------------------------- choosing a plan

  @Test
  void aBackerChoosesAPlanForAPledgeAtTheMinimum() {
    List<CampaignEvent> history = new ArrayList<>(live(usd(100)));
    history.add(new PaymentPlansEnabled(day(1), MONTHLY_3));
    history.add(placed(1, usd(125), day(2)));
    Campaign after = given(history).under(RULES).when(new ChoosePaymentPlan(day(2), backer(1), 3))
        .then(new PaymentPlanChosen(day(2), backer(1), 3));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().installments()).extracting(Installment::state)
        .containsOnly(InstallmentState.SCHEDULED);
    assertThat(after.paymentPlans().count()).isEqualTo(1);
    assertThat(after.paymentStateOf(backer(1))).contains(PaymentState.PLEDGED);
  }

  @Test
  void aPledgeBelowThePlanMinimumCannotBePaidOverTime() {
    given(chosen(MONTHLY_3)).under(RULES).when(new ChoosePaymentPlan(day(4), backer(2), 3))
        .thenRejected(Code.PLEDGE_BELOW_PLAN_MINIMUM);
  }

  @Test
  void thePaymentsAreWithinTheShapesRange() {
    given(chosen(EDITABLE)).under(RULES).when(new ChoosePaymentPlan(day(4), backer(1), 5))
        .thenRejected(Code.PAYMENTS_OUT_OF_RANGE);
  }

  @Test
  void aCampaignThatOffersNoPlanTakesNoChoice() {
    given(live(usd(100)), placed(1, usd(300), day(2))).under(RULES).when(new ChoosePaymentPlan(day(2), backer(1), 3))
        .thenRejected(Code.PAYMENT_PLANS_NOT_ENABLED);
  }

  @Test
  void onlyABackerWithAPledgeChoosesAPlan() {
    given(chosen(MONTHLY_3)).under(RULES).when(new ChoosePaymentPlan(day(4), backer(9), 3))
        .thenRejected(Code.NO_PLEDGE);
  }

  @Test
  void aPlanIsChosenWhileTheCampaignIsLive() {
    given(charged(MONTHLY_3)).under(RULES).when(new ChoosePaymentPlan(DEADLINE.plusSeconds(5), backer(2), 3))
        .thenRejected(Code.NOT_LIVE, Code.DEADLINE_PASSED, Code.PLEDGE_BELOW_PLAN_MINIMUM);
  }

  @Test
  void aPlanCannotBeChosenAgainWhenTheShapeAllowsNoEdits() {
    given(chosen(MONTHLY_3)).under(RULES).when(new ChoosePaymentPlan(day(4), backer(1), 3))
        .thenRejected(Code.PAYMENT_PLAN_LOCKED);
  }

  @Test
  void anEditableShapeLetsTheBackerChooseAgain() {
    Campaign after = given(chosen(EDITABLE)).under(RULES).when(new ChoosePaymentPlan(day(4), backer(1), 2))
        .then(new PaymentPlanChosen(day(4), backer(1), 2));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().installments()).extracting(Installment::amount)
        .containsExactly(usd(150), usd(150));
  }

  @Test
  void aPledgePaidOverTimeCannotChangeWhenTheShapeAllowsNoEdits() {
    given(chosen(MONTHLY_3)).under(RULES).when(Fixtures.pledge(1, 400, day(4)))
        .thenRejected(Code.PAYMENT_PLAN_LOCKED);
  }

  @Test
  void anEditablePlansPledgeStaysAtOrAboveTheMinimum() {
    given(chosen(EDITABLE)).under(RULES).when(Fixtures.pledge(1, 99, day(4)))
        .thenRejected(Code.PLEDGE_BELOW_PLAN_MINIMUM);
    Campaign after = given(chosen(EDITABLE)).under(RULES).when(Fixtures.pledge(1, 100, day(4)))
        .then(placed(1, usd(100), day(4)));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().pledge()).isEqualTo(usd(100));
  }

  @Test
  void cancelingThePledgeBeforeTheDeadlineEndsThePlan() {
    Campaign after = given(chosen(MONTHLY_3)).under(RULES).when(Fixtures.cancel(1, day(4)))
        .then(new CampaignEvent.PledgeCanceled(day(4), backer(1)));
    assertThat(after.paymentPlans().of(backer(1))).isEmpty();
    assertThat(after.paymentPlans().count()).isZero();
  }

  // ---------------------------------------------------------------------------------------------- the campaign charge

  @Test
  void theCampaignChargeDoesNotDeclineAPledgePaidOverTime() {
    given(chosen(MONTHLY_3, new Ended(DEADLINE, FundingOutcome.SUCCESSFUL))).under(RULES)
        .when(new ChargePledges(DEADLINE, Set.of(backer(1))))
        .thenRejected(Code.PAID_OVER_TIME);
  }

  @Test
  void theCampaignChargeLeavesAPlanToItsPayments() {
    Campaign after = Campaign.replay(charged(MONTHLY_3));
    assertThat(after.paymentStateOf(backer(1))).contains(PaymentState.PAYING_OVER_TIME);
    assertThat(after.paymentStateOf(backer(2))).contains(PaymentState.COLLECTED);
    assertThat(after.paymentPlans().openCount()).isEqualTo(1);
  }

  @Test
  void aThreePaymentPlanOnJpy10000SumsExactly() {
    assertThat(planAmounts(Money.ofMajor(CurrencyUnit.JPY, 10_000))).containsExactly(
        Money.ofMajor(CurrencyUnit.JPY, 3_334), Money.ofMajor(CurrencyUnit.JPY, 3_333),
        Money.ofMajor(CurrencyUnit.JPY, 3_333));
  }

  @Test
  void aThreePaymentPlanOnBhdSumsToTheFils() {
    assertThat(planAmounts(Money.of(BHD, 10))).containsExactly(Money.of(BHD, 3.334), Money.of(BHD, 3.333),
        Money.of(BHD, 3.333));
  }

  /** The payments of a 3-payment plan chosen for a pledge of {@code pledge} in a campaign of its currency. */
  private static List<Money> planAmounts(Money pledge) {
    List<CampaignEvent> history = new ArrayList<>(live(pledge));
    history.add(new PaymentPlansEnabled(day(1), MONTHLY_3));
    history.add(placed(1, pledge, day(2)));
    Campaign after = given(history).under(RULES).when(new ChoosePaymentPlan(day(2), backer(1), 3))
        .then(new PaymentPlanChosen(day(2), backer(1), 3));
    List<Money> amounts = after.paymentPlans().of(backer(1)).orElseThrow().installments().stream()
        .map(Installment::amount).toList();
    assertThat(Money.total(amounts)).isEqualTo(pledge);
    return amounts;
  }

  @Test
  void thePaymentsAreScheduledFromTheDeadline() {
    assertThat(Campaign.replay(charged(MONTHLY_3)).paymentPlans().of(backer(1)).orElseThrow().installments())
        .extracting(Installment::due).containsExactly(DEADLINE, MONTH_2, MONTH_3);
  }

  // ---------------------------------------------------------------------------------------------- each payment

  @Test
  void aDuePaymentIsCollected() {
    Campaign after = given(charged(MONTHLY_3)).under(RULES).when(charge(1, DEADLINE, InstallmentCharge.COLLECTED))
        .then(paid(1, DEADLINE));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().paid()).isEqualTo(usd(100));
  }

  @Test
  void aPaymentIsNotChargedBeforeItIsDue() {
    given(charged(MONTHLY_3)).under(RULES).when(charge(2, DEADLINE.plusSeconds(60), InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_NOT_DUE);
  }

  @Test
  void aPaymentIsNotChargedAfterItsWindow() {
    given(charged(MONTHLY_3)).under(RULES).when(charge(1, RETRY_UNTIL.plusSeconds(1), InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_WINDOW_CLOSED);
  }

  @Test
  void aFailedPaymentIsTriedAgainUpToTheShapesAttempts() {
    InstallmentCharged failed = new InstallmentCharged(DEADLINE, backer(1), 1, InstallmentCharge.FAILED);
    Campaign once = given(charged(MONTHLY_3)).under(RULES).when(charge(1, DEADLINE, InstallmentCharge.FAILED))
        .then(failed);
    assertThat(once.paymentPlans().of(backer(1)).orElseThrow().installment(1).state())
        .isEqualTo(InstallmentState.ERRORED);
    InstallmentCharged again = new InstallmentCharged(RETRY_UNTIL, backer(1), 1, InstallmentCharge.FAILED);
    given(charged(MONTHLY_3, failed)).under(RULES).when(charge(1, RETRY_UNTIL, InstallmentCharge.FAILED)).then(again);
    given(charged(MONTHLY_3, failed, again)).under(RULES).when(charge(1, RETRY_UNTIL, InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_ATTEMPTS_USED, Code.RETRY_TOO_SOON);
  }

  @Test
  void anAuthenticationRequestCountsNoAttemptAndALaterChargeCollects() {
    InstallmentCharged asked = new InstallmentCharged(DEADLINE, backer(1), 1,
        InstallmentCharge.AUTHENTICATION_REQUIRED);
    Campaign waiting = given(charged(MONTHLY_3)).under(RULES)
        .when(charge(1, DEADLINE, InstallmentCharge.AUTHENTICATION_REQUIRED)).then(asked);
    Installment first = waiting.paymentPlans().of(backer(1)).orElseThrow().installment(1);
    assertThat(first.state()).isEqualTo(InstallmentState.AUTHENTICATION_REQUIRED);
    assertThat(first.attempts()).isZero();
    given(charged(MONTHLY_3, asked)).under(RULES).when(charge(1, day(33), InstallmentCharge.COLLECTED))
        .then(paid(1, day(33)));
  }

  @Test
  void anAuthenticationRequestIsRecordedDatedWithTheAmountAwaitingItAndKeptAfterTheCollection() {
    InstallmentCharged asked = new InstallmentCharged(MONTH_2, backer(1), 2,
        InstallmentCharge.AUTHENTICATION_REQUIRED);
    Campaign waiting = given(charged(MONTHLY_3, paid(1, DEADLINE))).under(RULES)
        .when(charge(2, MONTH_2, InstallmentCharge.AUTHENTICATION_REQUIRED)).then(asked);
    assertThat(waiting.paymentPlans().authenticationRequests())
        .containsExactly(new AuthenticationRequest(MONTH_2, backer(1), 2, usd(100)));
    Campaign collected = Campaign.replay(charged(MONTHLY_3, paid(1, DEADLINE), asked, paid(2, MONTH_2.plusSeconds(60))));
    assertThat(collected.paymentPlans().authenticationRequests())
        .containsExactly(new AuthenticationRequest(MONTH_2, backer(1), 2, usd(100)));
    assertThat(Campaign.replay(charged(MONTHLY_3, paid(1, DEADLINE))).paymentPlans().authenticationRequests())
        .isEmpty();
  }

  @Test
  void aCollectedPaymentIsNotChargedAgain() {
    given(charged(MONTHLY_3, paid(1, DEADLINE))).under(RULES).when(charge(1, day(31), InstallmentCharge.COLLECTED))
        .thenRejected(Code.INSTALLMENT_NOT_OPEN);
  }

  @Test
  void aPaymentNumberOutsideThePlanIsRefused() {
    given(charged(MONTHLY_3)).under(RULES).when(charge(4, MONTH_3, InstallmentCharge.COLLECTED))
        .thenRejected(Code.UNKNOWN_INSTALLMENT);
  }

  @Test
  void noPaymentIsChargedBeforeTheCampaignCharge() {
    given(chosen(MONTHLY_3, new Ended(DEADLINE, FundingOutcome.SUCCESSFUL))).under(RULES)
        .when(charge(1, DEADLINE, InstallmentCharge.COLLECTED))
        .thenRejected(Code.NOT_CHARGED);
  }

  @Test
  void aBackerWithoutAPlanHasNoPaymentToCharge() {
    given(charged(MONTHLY_3)).under(RULES).when(new ChargeInstallment(DEADLINE, backer(2), 1,
        InstallmentCharge.COLLECTED)).thenRejected(Code.NO_PAYMENT_PLAN);
  }

  // ---------------------------------------------------------------------------------------------- stopping

  @Test
  void aBackerWhoStopsPayingKeepsWhatWasPaidWhenTheShapeSaysSo() {
    Campaign after = given(charged(MONTHLY_3, paid(1, DEADLINE))).under(RULES)
        .when(new StopPaymentPlan(MONTH_2, backer(1))).then(new PaymentPlanStopped(MONTH_2, backer(1)));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().installments()).extracting(Installment::state)
        .containsExactly(InstallmentState.COLLECTED, InstallmentState.CANCELED, InstallmentState.CANCELED);
    assertThat(after.paymentPlans().openCount()).isZero();
  }

  @Test
  void aBackerWhoStopsPayingIsPaidBackWhenTheShapeSaysSo() {
    InstallmentCharged first = new InstallmentCharged(DEADLINE, backer(1), 1, InstallmentCharge.COLLECTED);
    Campaign after = given(charged(EDITABLE, first)).under(RULES).when(new StopPaymentPlan(MONTH_2, backer(1)))
        .then(new PaymentPlanStopped(MONTH_2, backer(1)));
    assertThat(after.paymentPlans().of(backer(1)).orElseThrow().installments()).extracting(Installment::state)
        .containsExactly(InstallmentState.REFUNDED, InstallmentState.CANCELED, InstallmentState.CANCELED);
  }

  @Test
  void aFinishedPlanCannotBeStopped() {
    given(charged(MONTHLY_3, paid(1, DEADLINE), paid(2, MONTH_2), paid(3, MONTH_3))).under(RULES)
        .when(new StopPaymentPlan(MONTH_3.plusSeconds(1), backer(1)))
        .thenRejected(Code.INSTALLMENT_NOT_OPEN);
  }

  // ---------------------------------------------------------------------------------------------- settlement

  @Test
  void theCampaignSettlesOnceEveryPlanIsFinished() {
    CampaignEvent.RetryWindowClosed closed = new CampaignEvent.RetryWindowClosed(RETRY_UNTIL, Set.of(), Set.of());
    assertThat(Campaign.replay(charged(MONTHLY_3, paid(1, DEADLINE), closed)).paymentsFinal()).isFalse();
    assertThat(Campaign.replay(charged(MONTHLY_3, paid(1, DEADLINE), closed,
        new PaymentPlanStopped(MONTH_2.plus(Duration.ofDays(14)), backer(1)))).paymentsFinal()).isTrue();
  }

  @Test
  void aStoppedPlanSettlesItsPaidPaymentsAsCollectedAndTheRestAsDropped() {
    CampaignEvent.RetryWindowClosed closed = new CampaignEvent.RetryWindowClosed(RETRY_UNTIL, Set.of(), Set.of());
    Campaign campaign = Campaign.replay(charged(MONTHLY_3, paid(1, DEADLINE), closed,
        new PaymentPlanStopped(MONTH_2.plus(Duration.ofDays(14)), backer(1))));
    FeeSchedule fees = FeeSchedule.of(PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP),
        PledgeFee.percentPlusFixed(Percentage.parse("3%"), Money.parse("USD 0.20"), RoundingMode.HALF_UP),
        FeeTax.none(), BackerFee.none());
    Settlement<BackerId> settlement = Settlement.of(campaign, fees);
    assertThat(settlement.pledgedAtDeadline()).isEqualTo(usd(350));
    assertThat(settlement.collected()).isEqualTo(usd(150));
    assertThat(settlement.dropped()).isEqualTo(usd(200));
    // the processing fee is charged per collected payment: 3% + $0.20 on $100 and on $50
    assertThat(settlement.processingFees()).isEqualTo(Money.of(CurrencyUnit.USD, 4.90));
    assertThat(settlement.statementOf(backer(1)).orElseThrow().total(StatementLine.Kind.PLEDGE_COLLECTED))
        .isEqualTo(usd(100));
    assertThat(settlement.statementOf(backer(1)).orElseThrow().netPaid()).isEqualTo(usd(100));
  }

  @Test
  void theStatementShowsEachAuthenticationRequestDatedWithoutChangingWhatTheBackerPaid() {
    CampaignEvent.RetryWindowClosed closed = new CampaignEvent.RetryWindowClosed(RETRY_UNTIL, Set.of(), Set.of());
    Instant askedAt = MONTH_2.plusSeconds(30);
    Campaign campaign = Campaign.replay(charged(MONTHLY_3, paid(1, DEADLINE), closed,
        new InstallmentCharged(MONTH_2, backer(1), 2, InstallmentCharge.AUTHENTICATION_REQUIRED),
        new InstallmentCharged(askedAt, backer(1), 2, InstallmentCharge.AUTHENTICATION_REQUIRED),
        paid(2, MONTH_2.plusSeconds(60)), paid(3, MONTH_3)));
    FeeSchedule fees = FeeSchedule.of(PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP),
        PledgeFee.none(), FeeTax.none(), BackerFee.none());
    Settlement<BackerId> settlement = Settlement.of(campaign, fees);
    BackerStatement<BackerId> statement = settlement.statementOf(backer(1)).orElseThrow();
    assertThat(statement.lines()).extracting(StatementLine::kind).containsExactly(
        StatementLine.Kind.PLEDGE_COLLECTED, StatementLine.Kind.PLEDGE_COLLECTED, StatementLine.Kind.PLEDGE_COLLECTED,
        StatementLine.Kind.AUTHENTICATION_REQUIRED, StatementLine.Kind.AUTHENTICATION_REQUIRED);
    assertThat(statement.lines().get(3).amount()).isEqualTo(usd(100));
    assertThat(statement.lines().get(3).reason())
        .isEqualTo("payment 2 awaited the backer's authentication (3-D Secure) on " + MONTH_2);
    assertThat(statement.lines().get(4).reason()).endsWith(" on " + askedAt);
    assertThat(statement.total(StatementLine.Kind.AUTHENTICATION_REQUIRED)).isEqualTo(usd(200));
    assertThat(statement.netPaid()).isEqualTo(usd(300));
    assertThat(settlement.collected()).isEqualTo(usd(350));
    assertThat(settlement.statementOf(backer(2)).orElseThrow().lines()).extracting(StatementLine::kind)
        .containsExactly(StatementLine.Kind.PLEDGE_COLLECTED);
  }

  @Test
  void aChangeThePlanRefusesIsRefusedOnReplay() {
    List<CampaignEvent> tampered = charged(MONTHLY_3, paid(1, DEADLINE), paid(1, day(31)));
    assertThatThrownBy(() -> Campaign.replay(tampered)).isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("payment 1").hasMessageContaining("COLLECTED");
  }

  @Test
  void aPlanChosenBelowItsMinimumIsRefusedOnReplay() {
    List<CampaignEvent> tampered = new ArrayList<>(chosen(MONTHLY_3));
    tampered.add(new PaymentPlanChosen(day(4), backer(2), 3));
    assertThatThrownBy(() -> Campaign.replay(tampered)).isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("USD 50.00");
  }
}
