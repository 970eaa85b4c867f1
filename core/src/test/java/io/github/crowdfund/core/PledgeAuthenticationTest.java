package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.liveHistory;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.usd;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.KICKSTARTER_US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.AuthenticatePayment;
import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.CloseRetryWindow;
import io.github.crowdfund.core.CampaignCommand.FixPayment;
import io.github.crowdfund.core.CampaignEvent.PaymentAuthenticated;
import io.github.crowdfund.core.CampaignEvent.PledgesCharged;
import io.github.crowdfund.core.CampaignEvent.RetryWindowClosed;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.settlement.AuthenticationRequest;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one-off pledge charge that needs the backer's authentication (3-D Secure) before it can be collected: one rule
 * per test, given/when/then.
 */
class PledgeAuthenticationTest {

  static final Instant RETRY_END = DEADLINE.plus(Duration.ofDays(7));
  static final Instant DAY_3 = DEADLINE.plus(Duration.ofDays(3));

  /** A successful USD campaign at its deadline: backer 1 pledged $120, backer 2 $80, backer 3 $50. */
  static List<CampaignEvent> ended(CampaignEvent... extra) {
    List<CampaignEvent> events = new ArrayList<>(liveHistory(Goal.allOrNothing(usd(100)), List.of()));
    events.add(placed(1, usd(120), day(2)));
    events.add(placed(2, usd(80), day(3)));
    events.add(placed(3, usd(50), day(4)));
    events.add(new CampaignEvent.Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    events.addAll(List.of(extra));
    return events;
  }

  /** The campaign charged at the deadline: backer 2's charge awaits authentication, backer 3's is declined. */
  static List<CampaignEvent> charged(CampaignEvent... extra) {
    List<CampaignEvent> events = ended(new PledgesCharged(DEADLINE, Set.of(backer(3)), Set.of(backer(2)),
        Optional.of(RETRY_END)));
    events.addAll(List.of(extra));
    return events;
  }

  @Test
  void aChargeThatNeedsTheBackersAuthenticationLeavesThePledgeAwaitingIt() {
    Campaign after = given(ended()).when(new ChargePledges(DEADLINE, Set.of(backer(3)), Set.of(backer(2))))
        .then(new PledgesCharged(DEADLINE, Set.of(backer(3)), Set.of(backer(2)), Optional.of(RETRY_END)));
    assertThat(after.paymentStateOf(backer(2))).contains(PaymentState.AUTHENTICATION_REQUIRED);
    assertThat(after.paymentStateOf(backer(1))).contains(PaymentState.COLLECTED);
    assertThat(after.refunds().collectedFrom(backer(2))).as("nothing collected yet").isEqualTo(usd(0));
    assertThat(after.totalPledged()).as("the locked total stays").isEqualTo(usd(250));
    assertThat(PaymentState.AUTHENTICATION_REQUIRED.isFinal()).isFalse();
  }

  @Test
  void theRequestIsRecordedDatedAtTheChargeWithThePledgeAwaitingIt() {
    Campaign after = Campaign.replay(charged());
    assertThat(after.pledgeChargeAuthenticationRequests())
        .containsExactly(AuthenticationRequest.ofPledge(DEADLINE, backer(2), usd(80)));
    assertThat(after.pledgeChargeAuthenticationRequests().get(0).describe())
        .isEqualTo("the pledge charge awaited the backer's authentication (3-D Secure) on " + DEADLINE);
  }

  @Test
  void onlyABackerWithAPledgeCanAwaitAuthentication() {
    given(ended()).when(new ChargePledges(DEADLINE, Set.of(), Set.of(backer(9)))).thenRejected(Code.NO_PLEDGE);
  }

  @Test
  void aChargeIsNotBothDeclinedAndAwaitingAuthentication() {
    given(ended()).when(new ChargePledges(DEADLINE, Set.of(backer(2)), Set.of(backer(2))))
        .thenRejected(Code.CHARGE_OUTCOMES_OVERLAP);
  }

  @Test
  void theBackerAuthenticatingWithinTheRetryWindowCollectsThePledge() {
    Campaign after = given(charged()).when(new AuthenticatePayment(DAY_3, backer(2)))
        .then(new PaymentAuthenticated(DAY_3, backer(2)));
    assertThat(after.paymentStateOf(backer(2))).contains(PaymentState.COLLECTED);
    assertThat(after.refunds().collectedFrom(backer(2))).isEqualTo(usd(80));
    assertThat(after.pledgeChargeAuthenticationRequests()).as("the request stays for the statement").hasSize(1);
  }

  @Test
  void anAuthenticationAfterTheRetryWindowEndedIsRefused() {
    given(charged()).when(new AuthenticatePayment(RETRY_END, backer(2))).thenRejected(Code.RETRY_WINDOW_CLOSED);
  }

  @Test
  void onlyAChargeAwaitingAuthenticationIsAuthenticated() {
    given(charged()).when(new AuthenticatePayment(DAY_3, backer(3)))
        .thenRejected(Code.PAYMENT_NOT_AWAITING_AUTHENTICATION);
    given(charged()).when(new AuthenticatePayment(DAY_3, backer(1)))
        .thenRejected(Code.PAYMENT_NOT_AWAITING_AUTHENTICATION);
    given(ended()).when(new AuthenticatePayment(DAY_3, backer(2))).thenRejected(Code.NOT_CHARGED);
  }

  @Test
  void aChargeAwaitingAuthenticationIsNotFixedLikeADeclinedOne() {
    given(charged()).when(new FixPayment(DAY_3, backer(2))).thenRejected(Code.PAYMENT_NOT_ERRORED);
  }

  @Test
  void theClosingWindowDropsAChargeStillAwaitingAuthentication() {
    Campaign after = given(charged()).when(new CloseRetryWindow(RETRY_END, Set.of()))
        .then(new RetryWindowClosed(RETRY_END, Set.of(), Set.of(backer(2), backer(3))));
    assertThat(after.paymentStateOf(backer(2))).contains(PaymentState.DROPPED);
    assertThat(after.paymentsFinal()).isTrue();
  }

  @Test
  void theFinalRetryDoesNotRecoverAChargeAwaitingAuthentication() {
    given(charged()).when(new CloseRetryWindow(RETRY_END, Set.of(backer(2))))
        .thenRejected(Code.PAYMENT_NOT_ERRORED);
  }

  @Test
  void theStatementShowsTheDatedRequestThenTheCollection() {
    Campaign campaign = Campaign.replay(charged(new PaymentAuthenticated(DAY_3, backer(2)),
        new RetryWindowClosed(RETRY_END, Set.of(), Set.of(backer(3)))));
    Settlement<BackerId> settlement = Settlement.of(campaign, KICKSTARTER_US);
    BackerStatement<BackerId> statement = settlement.statementOf(backer(2)).orElseThrow();
    assertThat(statement.lines()).extracting(StatementLine::kind).containsExactly(
        StatementLine.Kind.PLEDGE_COLLECTED, StatementLine.Kind.AUTHENTICATION_REQUIRED);
    assertThat(statement.lines().get(1).amount()).isEqualTo(usd(80));
    assertThat(statement.lines().get(1).reason()).contains(DEADLINE.toString());
    assertThat(statement.netPaid()).isEqualTo(usd(80));
    assertThat(settlement.collected()).isEqualTo(usd(200));
    assertThat(settlement.dropped()).isEqualTo(usd(50));
  }

  @Test
  void theStatementOfADroppedChargeShowsTheRequestAndNothingPaid() {
    Campaign campaign = Campaign.replay(charged(new RetryWindowClosed(RETRY_END, Set.of(),
        Set.of(backer(2), backer(3)))));
    Settlement<BackerId> settlement = Settlement.of(campaign, KICKSTARTER_US);
    BackerStatement<BackerId> statement = settlement.statementOf(backer(2)).orElseThrow();
    assertThat(statement.lines()).extracting(StatementLine::kind).containsExactly(
        StatementLine.Kind.PLEDGE_DROPPED, StatementLine.Kind.AUTHENTICATION_REQUIRED);
    assertThat(statement.netPaid()).isEqualTo(usd(0));
    assertThat(settlement.collected()).isEqualTo(usd(120));
  }

  @Test
  void replayRefusesAnAuthenticationOfAPaymentNotAwaitingIt() {
    assertThatThrownBy(() -> Campaign.replay(charged(new PaymentAuthenticated(DAY_3, backer(3)))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("not AUTHENTICATION_REQUIRED");
    assertThatThrownBy(() -> Campaign.replay(charged(new RetryWindowClosed(RETRY_END, Set.of(), Set.of(backer(2),
        backer(3))), new PaymentAuthenticated(RETRY_END, backer(2)))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("after the retry window closed");
    assertThatThrownBy(() -> Campaign.replay(ended(new PledgesCharged(DEADLINE, Set.of(backer(2)),
        Set.of(backer(2)), Optional.of(RETRY_END)))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("both declining");
  }

  @Test
  void aPaymentPlanRequestKeepsItsPaymentNumberAndTheOneOffChargeIsNumberZero() {
    assertThat(AuthenticationRequest.ofPledge(DEADLINE, backer(2), usd(80)).ofPlanPayment()).isFalse();
    assertThat(new AuthenticationRequest(DEADLINE, backer(2), 2, usd(40)).ofPlanPayment()).isTrue();
    assertThatThrownBy(() -> new AuthenticationRequest(DEADLINE, backer(2), -1, usd(40)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
