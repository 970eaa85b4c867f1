package io.github.crowdfund.core;

import static io.github.crowdfund.core.CoreGenerators.amounts;
import static io.github.crowdfund.core.CoreGenerators.currencies;
import static io.github.crowdfund.core.CoreGenerators.settlementCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SettlementPropertiesTest {

  @Test
  void generatedCasesCoverEveryOutcomeAndCurrency() {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    qt().withExamples(300).forAll(settlementCases()).checkAssert(input -> {
      seen.add(input.outcome());
      seen.add(input.currency());
    });
    assertThat(seen).containsAll(List.of(FundingOutcome.values())).containsAll(CoreGenerators.CURRENCIES);
  }

  @Test
  void collectedEqualsFeesPlusTaxPlusPayoutToTheMinorUnit() {
    qt().withExamples(300).forAll(settlementCases()).checkAssert(input -> {
      Settlement<Integer> settlement = input.settle();
      assertThat(settlement.platformFee().plus(settlement.processingFees()).plus(settlement.taxOnFees())
          .plus(settlement.payout())).isEqualTo(settlement.collected());
    });
  }

  @Test
  void pledgedAtDeadlineEqualsCollectedPlusDroppedPlusReleased() {
    qt().withExamples(300).forAll(settlementCases()).checkAssert(input -> {
      Settlement<Integer> settlement = input.settle();
      assertThat(settlement.pledgedAtDeadline()).isEqualTo(sum(input.currency(), input.pledges(), null));
      assertThat(settlement.collected().plus(settlement.dropped()).plus(settlement.released()))
          .isEqualTo(settlement.pledgedAtDeadline());
      assertThat(settlement.dropped()).isEqualTo(sum(input.currency(), input.pledges(), PaymentState.DROPPED));
      assertThat(settlement.refunded()).isEqualTo(sum(input.currency(), input.pledges(), PaymentState.REFUNDED));
    });
  }

  @Test
  void aCampaignThatCollectsReleasesNothingAndPledgedEqualsCollectedPlusDropped() {
    qt().withExamples(200)
        .forAll(settlementCases(arbitrary().pick(FundingOutcome.SUCCESSFUL, FundingOutcome.KEPT_BELOW_GOAL)))
        .checkAssert(input -> {
          Settlement<Integer> settlement = input.settle();
          assertThat(settlement.released().isZero()).isTrue();
          assertThat(settlement.collected().plus(settlement.dropped())).isEqualTo(settlement.pledgedAtDeadline());
        });
  }

  @Test
  void aFailedAllOrNothingCampaignCollectsNothingAndPaysNoFee() {
    qt().withExamples(200).forAll(settlementCases(arbitrary().constant(FundingOutcome.FAILED)))
        .checkAssert(input -> {
          Settlement<Integer> settlement = input.settle();
          for (Money amount : List.of(settlement.collected(), settlement.dropped(), settlement.refunded(),
              settlement.platformFee(), settlement.processingFees(), settlement.taxOnFees(), settlement.payout())) {
            assertThat(amount.isZero()).as(amount.toString()).isTrue();
          }
          assertThat(settlement.released()).isEqualTo(settlement.pledgedAtDeadline());
          if (input.fees().backerFee().refundedOnFailure()) {
            assertThat(settlement.backerFeesKept().isZero()).isTrue();
          }
        });
  }

  @Test
  void processingFeesAreTheSumOfEachCollectedPledgesFee() {
    qt().withExamples(200).forAll(settlementCases()).checkAssert(input -> {
      Money expected = Money.zero(input.currency());
      for (PledgePayment<Integer> pledge : input.pledges()) {
        if (pledge.state() == PaymentState.COLLECTED || pledge.state() == PaymentState.REFUNDED) {
          expected = expected.plus(input.fees().processingFee().on(pledge.amount()));
        }
      }
      assertThat(input.settle().processingFees()).isEqualTo(expected);
    });
  }

  @Test
  void backerStatementsAddUpToTheSettlementFigures() {
    qt().withExamples(300).forAll(settlementCases()).checkAssert(input -> {
      Settlement<Integer> settlement = input.settle();
      assertThat(total(settlement, Kind.PLEDGE_COLLECTED)).isEqualTo(settlement.collected());
      assertThat(total(settlement, Kind.PLEDGE_REFUNDED)).isEqualTo(settlement.refunded());
      assertThat(total(settlement, Kind.PLEDGE_DROPPED)).isEqualTo(settlement.dropped());
      assertThat(total(settlement, Kind.PLEDGE_RELEASED)).isEqualTo(settlement.released());
      assertThat(total(settlement, Kind.BACKER_FEE)).isEqualTo(settlement.backerFeesCharged());
      assertThat(total(settlement, Kind.BACKER_FEE_REFUNDED)).isEqualTo(settlement.backerFeesRefunded());
      Money netPaid = Money.zero(input.currency());
      for (BackerStatement<Integer> statement : settlement.statements().values()) {
        netPaid = netPaid.plus(statement.netPaid());
        assertThat(statement.netPaid().isNegative()).isFalse();
      }
      assertThat(netPaid).isEqualTo(settlement.collected().minus(settlement.refunded())
          .plus(settlement.backerFeesKept()));
      assertThat(settlement.statements().keySet())
          .containsExactlyElementsOf(input.pledges().stream().map(PledgePayment::backer).distinct().toList());
    });
  }

  @Test
  void backerFeesAreChargedOnEveryPaidPledgeAndKeptApartFromTheCampaign() {
    qt().withExamples(200).forAll(settlementCases()).checkAssert(input -> {
      Money expected = Money.zero(input.currency());
      for (PledgePayment<Integer> pledge : input.pledges()) {
        if (pledge.state() != PaymentState.DROPPED) {
          expected = expected.plus(input.fees().backerFee().fee().on(pledge.amount()));
        }
      }
      Settlement<Integer> settlement = input.settle();
      assertThat(settlement.backerFeesCharged()).isEqualTo(expected);
      assertThat(settlement.collected()).isEqualTo(sum(input.currency(), input.pledges(), PaymentState.COLLECTED)
          .plus(sum(input.currency(), input.pledges(), PaymentState.REFUNDED)));
    });
  }

  @Test
  void percentageFeesRoundEachPledgeByLessThanOneMinorUnit() {
    qt().withExamples(200)
        .forAll(currencies().flatMap(currency -> lists().of(amounts(currency)).ofSizeBetween(1, 40)),
            CoreGenerators.percents(), CoreGenerators.roundings())
        .checkAssert((pledges, percent, rounding) -> {
          PledgeFee fee = PledgeFee.percent(percent, rounding);
          CurrencyUnit currency = pledges.get(0).getCurrencyUnit();
          BigDecimal exact = BigDecimal.ZERO;
          Money rounded = Money.zero(currency);
          for (Money pledge : pledges) {
            BigDecimal exactFee = pledge.getAmount().multiply(percent.toFraction());
            Money fee1 = fee.on(pledge);
            assertThat(fee1.getAmount().subtract(exactFee).abs())
                .isLessThan(BigDecimal.ONE.movePointLeft(currency.getDecimalPlaces()));
            exact = exact.add(exactFee);
            rounded = rounded.plus(fee1);
          }
          assertThat(rounded.getAmount().subtract(exact).abs()).isLessThan(
              BigDecimal.valueOf(pledges.size()).movePointLeft(currency.getDecimalPlaces()));
        });
  }

  private static Money sum(CurrencyUnit currency, List<PledgePayment<Integer>> pledges, PaymentState state) {
    Money sum = Money.zero(currency);
    for (PledgePayment<Integer> pledge : pledges) {
      if (state == null || pledge.state() == state) {
        sum = sum.plus(pledge.amount());
      }
    }
    return sum;
  }

  private static Money total(Settlement<Integer> settlement, Kind kind) {
    Money sum = Money.zero(settlement.currency());
    for (BackerStatement<Integer> statement : settlement.statements().values()) {
      sum = sum.plus(statement.total(kind));
    }
    return sum;
  }

}
