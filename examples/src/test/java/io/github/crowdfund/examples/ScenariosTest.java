package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.settlement.CreatorBalance;
import io.github.crowdfund.core.settlement.Payout;
import io.github.crowdfund.markets.Reason;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Each scenario's figures, computed by hand in the comments (not by the code under test). Fees round half-up, as the
 * scenarios state.
 */
class ScenariosTest {

  private static Money money(String text) {
    return Money.parse(text);
  }

  @Test
  void kickstarterComesToJapanRefusesInMarchOpensInSeptemberAndSettlesInYen() {
    KickstarterComesToJapan.Result result = new KickstarterComesToJapan().run();

    assertThat(result.march().eligible()).isFalse();
    assertThat(result.march().reasons()).extracting(Reason::toString).containsExactly(
        "MARKET_NOT_OPEN: Japan (JP) is not open to creators on 2017-03-01; it opens to creators on 2017-09-13.");
    assertThat(result.throughPartner().eligible()).isTrue();
    assertThat(result.throughPartner().currency()).isEqualTo(CurrencyUnit.USD);
    // 100 backers x USD 100 = USD 10,000 on a USD 8,000 goal
    assertThat(result.viaPartner().currency()).isEqualTo(CurrencyUnit.USD);
    assertThat(result.viaPartner().status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(result.viaPartner().totalPledged()).isEqualTo(money("USD 10000.00"));
    assertThat(result.openingDay().eligible()).isTrue();
    assertThat(result.openingDay().currency()).isEqualTo(CurrencyUnit.JPY);
    assertThat(result.openingDay().pledgeLimits().orElseThrow().minimum()).isEqualTo(money("JPY 100"));
    assertThat(result.openingDay().pledgeLimits().orElseThrow().maximum()).isEqualTo(money("JPY 1200000"));

    // 150 x 3,000 + 120 x 8,000 + 20 x 20,000 = 450,000 + 960,000 + 400,000 = 1,810,000 from 290 backers
    assertThat(result.campaign().status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(result.campaign().totalPledged()).isEqualTo(money("JPY 1810000"));
    assertThat(result.campaign().backerCount()).isEqualTo(290);
    // 8,000 / 131 = 61.068.. -> EUR 61.07; 8,000 / 110 = 72.727.. -> USD 72.73
    assertThat(KickstarterComesToJapan.Result.approximately(money("JPY 8000"), CurrencyUnit.EUR))
        .isEqualTo(money("EUR 61.07"));
    assertThat(KickstarterComesToJapan.Result.approximately(money("JPY 8000"), CurrencyUnit.USD))
        .isEqualTo(money("USD 72.73"));

    assertThat(result.unknownFee()).contains("fee.processing.percent in JPY is unknown");
    // platform 5% of 1,810,000 = 90,500; processing 3.6%: 150 x 108 + 120 x 288 + 20 x 720 = 65,160;
    // payout 1,810,000 - 90,500 - 65,160 = 1,654,340 (yen: no minor unit)
    assertThat(result.settlement().collected()).isEqualTo(money("JPY 1810000"));
    assertThat(result.settlement().platformFee()).isEqualTo(money("JPY 90500"));
    assertThat(result.settlement().processingFees()).isEqualTo(money("JPY 65160"));
    assertThat(result.settlement().payout()).isEqualTo(money("JPY 1654340"));
    assertThat(result.text()).contains("EUR 61.07", "USD 72.73", "JPY 1,654,340", "as of 2017-09-13",
        "illustrative");
  }

  @Test
  void giropticIsRefusedInFranceAndRaisesItsPublishedTotalAsAUsEntity() {
    Giroptic360cam.Result result = new Giroptic360cam().run();

    assertThat(result.asIndividual().reasons()).extracting(Reason::toString).containsExactly(
        "MARKET_NOT_OPEN: France (FR) is not open to creators on 2014-05-20; it opens to creators on 2015-05-27.");
    assertThat(result.asUsEntity().eligible()).isTrue();
    assertThat(result.asUsEntity().currency()).isEqualTo(CurrencyUnit.USD);

    assertThat(result.campaign().status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(result.campaign().backerCount()).isEqualTo(3_916);
    assertThat(result.campaign().totalPledged()).isEqualTo(money("USD 1419068.00"));
    assertThat(result.campaign().deadline()).contains(Instant.parse("2014-07-04T15:00:00Z"));
    // 20 cards declined, 15 fixed: 5 x $299 = $1,495 dropped; collected 1,419,068 - 1,495 = 1,417,573 from 3,911
    // every pledge is $249 or more: processing 3% + $0.20 each, exact to the cent:
    // 3% x 1,417,573 = 42,527.19; 3,911 x 0.20 = 782.20; together 43,309.39
    // platform 5% x 1,417,573 = 70,878.65; payout 1,417,573 - 70,878.65 - 43,309.39 = 1,303,384.96
    assertThat(result.settlement().pledgedAtDeadline()).isEqualTo(money("USD 1419068.00"));
    assertThat(result.settlement().dropped()).isEqualTo(money("USD 1495.00"));
    assertThat(result.settlement().collected()).isEqualTo(money("USD 1417573.00"));
    assertThat(result.settlement().platformFee()).isEqualTo(money("USD 70878.65"));
    assertThat(result.settlement().processingFees()).isEqualTo(money("USD 43309.39"));
    assertThat(result.settlement().payout()).isEqualTo(money("USD 1303384.96"));
  }

  @Test
  void seventhContinentUnlocksStretchGoalsAndKeepsItsGoalInTheFinal24Hours() {
    SeventhContinent.Result result = new SeventhContinent().run();

    assertThat(result.campaign().status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(result.campaign().totalPledged()).isEqualTo(money("EUR 1224220.00"));
    assertThat(result.campaign().backerCount()).isEqualTo(12_103);
    // 2,000 x 49 = 98,000, then EUR 69: 29 more reach 100,000 (backer 2,029); 2,203 more reach 250,000 (4,203);
    // 374,000 after 6,000 backers, then EUR 119: 1,059 more reach 500,000 (7,059), 3,160 reach 750,000 (9,160),
    // 5,261 reach 1,000,000 (11,261)
    assertThat(result.unlocks()).extracting(SeventhContinent.Unlock::backers)
        .containsExactly(2_029, 4_203, 7_059, 9_160, 11_261);
    assertThat(result.lateCancellation().isAccepted()).isTrue();

    // 700 x 69 + 15 x 119 = 48,300 + 1,785 = 50,085; without a 119 pledge 49,966 < 50,000; without a 69, 50,016
    assertThat(result.barelyFunded().totalPledged()).isEqualTo(money("EUR 50085.00"));
    assertThat(result.cancelBelowGoal().violations()).extracting(RuleViolation::code)
        .containsExactly(RuleViolation.Code.FINAL_WINDOW_BELOW_GOAL);
    assertThat(result.cancelAboveGoal().isAccepted()).isTrue();

    // 5% x 1,224,220 = 61,211.00; processing 3% x 1,224,220 + 12,103 x 0.20 = 36,726.60 + 2,420.60 = 39,147.20
    assertThat(result.settlement().platformFee()).isEqualTo(money("EUR 61211.00"));
    assertThat(result.settlement().processingFees()).isEqualTo(money("EUR 39147.20"));
    assertThat(result.settlement().payout()).isEqualTo(money("EUR 1123861.80"));
  }

  @Test
  void oneCampaignFailsUnderAllOrNothingAndStillPaysOutUnderKeepItAll() {
    OneCampaignManyPlatforms.Result result = new OneCampaignManyPlatforms().run();
    List<OneCampaignManyPlatforms.Row> funded = result.funded();
    List<OneCampaignManyPlatforms.Row> fallsShort = result.fallsShort();
    assertThat(funded).extracting(OneCampaignManyPlatforms.Row::platform).containsExactly(
        "Kickstarter", "Indiegogo", "Indiegogo", "Ulule", "CAMPFIRE", "CAMPFIRE", "Makuake");

    // funded: 84 x 50 + 83 x 100 + 83 x 150 = 24,950; in yen at 160: 3,992,000
    // Kickstarter: 5% 1,247.50 + processing 3% 748.50 + 250 x 0.20 = 2,046.00
    assertThat(funded.get(0).settlement().totalFees()).isEqualTo(money("EUR 2046.00"));
    assertThat(funded.get(0).settlement().payout()).isEqualTo(money("EUR 22904.00"));
    // Indiegogo: 5% + 3% (fixed part supplied as 0) = 1,996.00
    assertThat(funded.get(1).settlement().totalFees()).isEqualTo(money("EUR 1996.00"));
    // Ulule: 6.67% of 24,950 = 1,664.165 -> 1,664.17; VAT 20% = 332.834 -> 332.83; total 1,997.00
    assertThat(funded.get(3).settlement().totalFees()).isEqualTo(money("EUR 1997.00"));
    // CAMPFIRE: 12% 479,040 + 5% 199,600 + 10% tax on both 67,864 = 746,504;
    // backer fees 84 x 250 + 83 x 400 + 83 x 600 = 104,000
    assertThat(funded.get(4).settlement().totalFees()).isEqualTo(money("JPY 746504"));
    assertThat(funded.get(4).settlement().backerFeesKept()).isEqualTo(money("JPY 104000"));
    // Makuake: 20% including tax of 3,992,000 = 798,400 (15% platform 598,800 + 5% payment part 199,600)
    assertThat(funded.get(6).settlement().totalFees()).isEqualTo(money("JPY 798400"));
    assertThat(funded.get(6).settlement().processingFees()).isEqualTo(money("JPY 199600"));
    assertThat(funded).allSatisfy(row -> assertThat(row.settlement().outcome()).isEqualTo(FundingOutcome.SUCCESSFUL));

    // falls short: 47 x 50 + 47 x 100 + 46 x 150 = 13,950 of 20,000
    assertThat(fallsShort.get(0).campaign().totalPledged()).isEqualTo(money("EUR 13950.00"));
    assertThat(fallsShort).extracting(row -> row.settlement().outcome()).containsExactly(
        FundingOutcome.FAILED, FundingOutcome.FAILED, FundingOutcome.KEPT_BELOW_GOAL, FundingOutcome.FAILED,
        FundingOutcome.FAILED, FundingOutcome.KEPT_BELOW_GOAL, FundingOutcome.KEPT_BELOW_GOAL);
    assertThat(fallsShort.get(0).settlement().payout()).isEqualTo(money("EUR 0.00"));
    // Indiegogo flexible: 5% 697.50 + 3% 418.50 = 1,116.00; payout 12,834.00
    assertThat(fallsShort.get(2).settlement().payout()).isEqualTo(money("EUR 12834.00"));
    // CAMPFIRE All-In pays its fees on what it raised: 12% 267,840 + 5% 111,600 + 10% tax on both 37,944
    // = 417,384; payout 2,232,000 - 417,384 = 1,814,616
    assertThat(fallsShort.get(5).settlement().payout()).isEqualTo(money("JPY 1814616"));
    // Makuake All-In: 20% including tax of 2,232,000 = 446,400; payout 1,785,600
    assertThat(fallsShort.get(6).settlement().payout()).isEqualTo(money("JPY 1785600"));
    assertThat(result.assumptions()).contains("Ulule: fee.platform.tier_mode = whole_total")
        .noneMatch(assumption -> assumption.startsWith("Makuake: fee.tax.percent"));
  }

  @Test
  void backersArriveMostlyAtTheStartAndTheEndAndTheSeededSimulationRepeatsExactly() {
    BackersArrive.Result result = new BackersArrive().run();
    BackersArrive.Result again = new BackersArrive().run();

    List<Integer> periods = result.pledgesPerPeriod();
    assertThat(periods.stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(result.example().campaign().backerCount());
    // Days 11-20 lie wholly between the first and the last week (days 6-10 and 21-25 straddle them, and the final
    // push and the goal gradient add to the latter).
    for (int middle = 2; middle < periods.size() - 2; middle++) {
      assertThat(periods.get(0)).isGreaterThan(periods.get(middle));
      assertThat(periods.get(periods.size() - 1)).isGreaterThan(periods.get(middle));
    }
    assertThat(result.batch().runs()).isEqualTo(BackersArrive.CAMPAIGNS);
    assertThat(result.batch().successful() + result.batch().failed()).isEqualTo(BackersArrive.CAMPAIGNS);
    assertThat(again.pledgesPerPeriod()).isEqualTo(periods);
    assertThat(again.example().campaign()).isEqualTo(result.example().campaign());
    assertThat(again.batch().successful()).isEqualTo(result.batch().successful());
  }

  @Test
  void afterTheDeadlinePaysOnItsCalendarAndARefundAfterThePayoutLeavesTheBalanceNegative() {
    AfterTheDeadline.Result result = new AfterTheDeadline().run();

    // 30 x 150 + 3 x 280 = 4,500 + 840 = 5,340 from 33 backers; late: 4 x 175 = 700, kept apart
    assertThat(result.campaign().status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(result.campaign().totalPledged()).isEqualTo(money("USD 5340.00"));
    assertThat(result.campaign().latePledges().total()).isEqualTo(money("USD 700.00"));
    // 280 / 3 = 93.33 remainder 1 cent, to the first payment; backer 33 keeps paid the first payment only
    assertThat(result.plans()).extracting(plan -> plan.paid()).containsExactly(money("USD 280.00"),
        money("USD 280.00"), money("USD 93.34"));

    // day 14, the pledges and the first plan payments: collected 4,500 + 3 x 93.34 = 4,780.02; platform 5% =
    // 239.001 -> 239.00; processing 3% + 0.20: 30 x 4.70 = 141.00 and 3 x 3.00 (93.34 -> 3.0002) = 9.00;
    // net 4,780.02 - 239.00 - 150.00 = 4,391.02
    // day 17 (late pledges of days 2 and 5) and day 24 (days 16 and 20): 350 - 17.50 - 2 x 5.45 = 321.60
    // 2026-06-01, when the last plan payment was collected: payments 2 and 3 of backers 31 and 32, 4 x 93.33 =
    // 373.32; platform 18.666 -> 18.67; processing 4 x 3.00 (93.33 -> 2.9999) = 12.00; net 342.65
    // (the nets sum to 4,391.02 + 342.65 = 4,733.67, the campaign payout before it was split)
    Instant lastPayment = AfterTheDeadline.DEADLINE.atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
    assertThat(result.payouts()).extracting(Payout::date).containsExactly(AfterTheDeadline.afterDeadline(14),
        AfterTheDeadline.afterDeadline(17), AfterTheDeadline.afterDeadline(24), lastPayment);
    assertThat(result.payouts()).extracting(Payout::kind).containsExactly(Payout.Kind.CAMPAIGN,
        Payout.Kind.LATE_PLEDGES, Payout.Kind.LATE_PLEDGES, Payout.Kind.INSTALLMENTS);
    assertThat(result.payouts()).extracting(Payout::collected).containsExactly(money("USD 4780.02"),
        money("USD 350.00"), money("USD 350.00"), money("USD 373.32"));
    assertThat(result.payouts()).extracting(Payout::platformFee).containsExactly(money("USD 239.00"),
        money("USD 17.50"), money("USD 17.50"), money("USD 18.67"));
    assertThat(result.payouts()).extracting(Payout::processingFees).containsExactly(money("USD 150.00"),
        money("USD 10.90"), money("USD 10.90"), money("USD 12.00"));
    assertThat(result.payouts()).extracting(Payout::net).containsExactly(money("USD 4391.02"), money("USD 321.60"),
        money("USD 321.60"), money("USD 342.65"));
    assertThat(result.payouts().get(3).pledges()).isEqualTo(2);

    // the USD 50 refund on day 20 leaves the balance at -50 until the day-24 payout, which pays 321.60 - 50 = 271.60
    List<Money> balances = new ArrayList<>();
    Money balance = Money.zero(CurrencyUnit.USD);
    for (CreatorBalance.Entry entry : result.ledger().entries()) {
      balance = balance.plus(entry.amount());
      balances.add(balance);
    }
    assertThat(result.ledger().entries()).extracting(CreatorBalance.Entry::kind).containsExactly(
        CreatorBalance.Kind.EARNED, CreatorBalance.Kind.PAID_OUT, CreatorBalance.Kind.EARNED,
        CreatorBalance.Kind.PAID_OUT, CreatorBalance.Kind.REFUND, CreatorBalance.Kind.EARNED,
        CreatorBalance.Kind.PAID_OUT, CreatorBalance.Kind.EARNED, CreatorBalance.Kind.PAID_OUT);
    assertThat(balances.get(4)).isEqualTo(money("USD -50.00"));
    assertThat(result.ledger().total(CreatorBalance.Kind.PAID_OUT)).isEqualTo(money("USD -5326.87"));
    assertThat(result.ledger().balance()).isEqualTo(money("USD 0.00"));
    assertThat(result.text()).contains("USD 4,391.02", "USD -50.00", "USD 271.60", "late pledges to 2026-04-22",
        "plan payments 2-3 to 2026-06-01", "USD 342.65",
        "USD 93.33 canceled");
  }
}
