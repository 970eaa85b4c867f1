package io.github.crowdfund.core;

import static io.github.crowdfund.core.SettlementWorkedExamplesTest.KICKSTARTER_US;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.settlement.AuthenticationRequest;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SettlementTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  @Test
  void aRefundedPledgeStaysCollectedWithItsFeesAndIsPaidBackOutOfThePayout() {
    // $100 collected, $50 collected then refunded: collected 150.00; platform 5% = 7.50; processing 3.20 + 1.70 =
    // 4.90; payout 150.00 - 7.50 - 4.90 = 137.60; after paying back 50.00 the creator keeps 87.60.
    Settlement<String> settlement = Settlement.of(USD, FundingOutcome.SUCCESSFUL, List.of(
        new PledgePayment<>("ann", usd("100.00"), PaymentState.COLLECTED),
        new PledgePayment<>("bob", usd("50.00"), PaymentState.REFUNDED)), KICKSTARTER_US);

    assertThat(settlement.collected()).isEqualTo(usd("150.00"));
    assertThat(settlement.refunded()).isEqualTo(usd("50.00"));
    assertThat(settlement.platformFee()).isEqualTo(usd("7.50"));
    assertThat(settlement.processingFees()).isEqualTo(usd("4.90"));
    assertThat(settlement.payout()).isEqualTo(usd("137.60"));
    assertThat(settlement.payoutAfterRefunds()).isEqualTo(usd("87.60"));
    assertThat(settlement.statementOf("bob").orElseThrow().netPaid()).isEqualTo(usd("0.00"));
    assertThat(settlement.statementOf("carol")).isEmpty();
  }

  @Test
  void aBackerFeeIsRefundedWithARefundedPledgeOnlyWhenThePlatformSaysSo() {
    // 2.2% of 50.00 = 1.10 + 0.10 = 1.20.
    for (boolean refundedWithPledge : new boolean[] {true, false}) {
      FeeSchedule fees = FeeSchedule.of(PlatformFee.none(), PledgeFee.none(), FeeTax.none(), new BackerFee(
          PledgeFee.percentPlusFixed(Percentage.parse("2.2%"), usd("0.10"), RoundingMode.HALF_UP), true,
          refundedWithPledge));
      Settlement<String> settlement = Settlement.of(USD, FundingOutcome.KEPT_BELOW_GOAL,
          List.of(new PledgePayment<>("bob", usd("50.00"), PaymentState.REFUNDED)), fees);
      assertThat(settlement.backerFeesCharged()).isEqualTo(usd("1.20"));
      assertThat(settlement.backerFeesKept()).isEqualTo(refundedWithPledge ? usd("0.00") : usd("1.20"));
    }
  }

  @Test
  void aBackerFeeNotRefundedOnFailureIsKeptByThePlatform() {
    FeeSchedule fees = FeeSchedule.of(PlatformFee.none(), PledgeFee.none(), FeeTax.none(),
        new BackerFee(PledgeFee.fixed(usd("2.00")), false, false));
    Settlement<String> settlement = Settlement.of(USD, FundingOutcome.FAILED,
        List.of(new PledgePayment<>("ann", usd("20.00"), PaymentState.PLEDGED)), fees);
    assertThat(settlement.backerFeesKept()).isEqualTo(usd("2.00"));
    assertThat(settlement.statementOf("ann").orElseThrow().netPaid()).isEqualTo(usd("2.00"));
  }

  @Test
  void aDroppedPledgeCarriesNoFeeOfAnyKind() {
    FeeSchedule fees = FeeSchedule.of(PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP),
        PledgeFee.fixed(usd("0.30")), FeeTax.onAllFees(Percentage.parse("20%"), RoundingMode.HALF_UP),
        new BackerFee(PledgeFee.fixed(usd("1.00")), true, true));
    Settlement<String> settlement = Settlement.of(USD, FundingOutcome.SUCCESSFUL,
        List.of(new PledgePayment<>("ann", usd("20.00"), PaymentState.DROPPED)), fees);
    assertThat(settlement.dropped()).isEqualTo(usd("20.00"));
    assertThat(settlement.totalFees()).isEqualTo(usd("0.00"));
    assertThat(settlement.backerFeesCharged()).isEqualTo(usd("0.00"));
    assertThat(settlement.payout()).isEqualTo(usd("0.00"));
  }

  @Test
  void aBackerWithSeveralPledgesGetsOneStatementWithALinePerPledge() {
    Settlement<String> settlement = Settlement.of(USD, FundingOutcome.SUCCESSFUL, List.of(
        new PledgePayment<>("ann", usd("20.00"), PaymentState.COLLECTED),
        new PledgePayment<>("bob", usd("5.00"), PaymentState.COLLECTED),
        new PledgePayment<>("ann", usd("30.00"), PaymentState.DROPPED)), KICKSTARTER_US);
    assertThat(settlement.statements().keySet()).containsExactly("ann", "bob");
    assertThat(settlement.statementOf("ann").orElseThrow().lines()).extracting(StatementLine::kind)
        .containsExactly(StatementLine.Kind.PLEDGE_COLLECTED, StatementLine.Kind.PLEDGE_DROPPED);
    assertThat(settlement.statementOf("ann").orElseThrow().netPaid()).isEqualTo(usd("20.00"));
  }

  @Test
  void aPledgeStillErroredOrOnlyAuthorisedCannotBeSettledAfterSuccess() {
    for (PaymentState state : List.of(PaymentState.PLEDGED, PaymentState.ERRORED, PaymentState.CANCELED)) {
      assertThatThrownBy(() -> Settlement.of(USD, FundingOutcome.SUCCESSFUL,
          List.of(new PledgePayment<>("ann", usd("20.00"), state)), KICKSTARTER_US))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(state.name())
          .hasMessageContaining("[COLLECTED, DROPPED, REFUNDED]");
    }
  }

  @Test
  void aFailedCampaignCannotHaveCollectedPledges() {
    assertThatThrownBy(() -> Settlement.of(USD, FundingOutcome.FAILED,
        List.of(new PledgePayment<>("ann", usd("20.00"), PaymentState.COLLECTED)), KICKSTARTER_US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COLLECTED").hasMessageContaining("[PLEDGED]");
  }

  @Test
  void aPledgeInAnotherCurrencyIsRejectedNamingIt() {
    assertThatThrownBy(() -> Settlement.of(USD, FundingOutcome.SUCCESSFUL,
        List.of(new PledgePayment<>("ann", Money.of(CurrencyUnit.EUR, BigDecimal.TEN), PaymentState.COLLECTED)),
        KICKSTARTER_US))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR 10.00").hasMessageContaining("USD");
  }

  @Test
  void aFeePartInAnotherCurrencyIsACurrencyMismatch() {
    FeeSchedule wrong = FeeSchedule.of(PlatformFee.none(), PledgeFee.fixed(Money.of(CurrencyUnit.EUR,
        BigDecimal.ONE)), FeeTax.none(), BackerFee.none());
    assertThatThrownBy(() -> Settlement.of(USD, FundingOutcome.SUCCESSFUL,
        List.of(new PledgePayment<>("ann", usd("20.00"), PaymentState.COLLECTED)), wrong))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void aNegativeFeeFromACustomPartIsRejected() {
    FeeSchedule negative = FeeSchedule.of(PlatformFee.none(), pledge -> usd("-1.00"), FeeTax.none(),
        BackerFee.none());
    assertThatThrownBy(() -> Settlement.of(USD, FundingOutcome.SUCCESSFUL,
        List.of(new PledgePayment<>("ann", usd("20.00"), PaymentState.COLLECTED)), negative))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processing fee")
        .hasMessageContaining("USD -1.00");
  }

  @Test
  void aPledgeMustBePositive() {
    assertThatThrownBy(() -> new PledgePayment<>("ann", usd("0.00"), PaymentState.COLLECTED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 0.00");
  }

  @Test
  void noPledgesSettleToZeroEverywhere() {
    Settlement<String> settlement = Settlement.of(USD, FundingOutcome.SUCCESSFUL, List.of(), KICKSTARTER_US);
    assertThat(settlement.pledgedAtDeadline()).isEqualTo(usd("0.00"));
    assertThat(settlement.payout()).isEqualTo(usd("0.00"));
    assertThat(settlement.statements()).isEmpty();
  }

  @Test
  void anAuthenticationRequestAddsADatedZeroSignLineAndChangesNoFigure() {
    // $100 collected from ann after one authentication request of $40: the line shows $40, she still paid $100.
    Instant at = Instant.parse("2026-05-01T10:00:00Z");
    List<PledgePayment<BackerId>> pledges = List.of(
        new PledgePayment<>(BackerId.of(1), usd("100.00"), PaymentState.COLLECTED));
    Settlement<BackerId> plain = Settlement.of(USD, FundingOutcome.SUCCESSFUL, pledges, List.of(), KICKSTARTER_US);
    Settlement<BackerId> asked = Settlement.of(USD, FundingOutcome.SUCCESSFUL, pledges, List.of(),
        List.of(new AuthenticationRequest(at, BackerId.of(1), 2, usd("40.00"))), KICKSTARTER_US);

    StatementLine line = asked.statementOf(BackerId.of(1)).orElseThrow().lines().get(1);
    assertThat(line).isEqualTo(new StatementLine(StatementLine.Kind.AUTHENTICATION_REQUIRED, usd("40.00"),
        "payment 2 awaited the backer's authentication (3-D Secure) on 2026-05-01T10:00:00Z"));
    assertThat(line.paid()).isEqualTo(usd("0.00"));
    assertThat(asked.statementOf(BackerId.of(1)).orElseThrow().netPaid()).isEqualTo(usd("100.00"));
    assertThat(asked.payout()).isEqualTo(plain.payout());
    assertThat(asked.collected()).isEqualTo(plain.collected());
  }

  @Test
  void anAuthenticationRequestOfABackerWithoutAPledgeIsRefusedNamingIt() {
    AuthenticationRequest stranger = new AuthenticationRequest(Instant.parse("2026-05-01T10:00:00Z"), BackerId.of(9),
        1, usd("5.00"));
    assertThatThrownBy(() -> Settlement.of(USD, FundingOutcome.SUCCESSFUL,
        List.of(new PledgePayment<>(BackerId.of(1), usd("100.00"), PaymentState.COLLECTED)), List.of(),
        List.of(stranger), KICKSTARTER_US))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stranger.toString());
    assertThatThrownBy(() -> new AuthenticationRequest(Instant.EPOCH, BackerId.of(1), -1, usd("5.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
  }
}
