package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.CommissionTier;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.fees.TierMode;
import io.github.crowdfund.core.fees.UnknownFeeException;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Campaigns settled by hand in the comments; the figures in the assertions come from those comments, not from the
 * code under test. Fee figures are those of the reference facts (platform-rules.md); rounding is HALF_UP throughout,
 * a choice stated here because the platforms do not publish theirs.
 */
class SettlementWorkedExamplesTest {
  private static final CurrencyUnit JPY = CurrencyUnit.JPY;
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;

  /** Kickstarter, US: 5% of collected funds on success; 3% + $0.20 per pledge, under $10: 5% + $0.05. */
  static final FeeSchedule KICKSTARTER_US = FeeSchedule.of(
      PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(),
      PledgeFee.below(usd("10.00"),
          PledgeFee.percentPlusFixed(Percentage.parse("5%"), usd("0.05"), RoundingMode.HALF_UP),
          PledgeFee.percentPlusFixed(Percentage.parse("3%"), usd("0.20"), RoundingMode.HALF_UP)),
      FeeTax.none(),
      BackerFee.none());

  /**
   * A USD campaign with a $150,000 goal that raised $1,419,068.00 from 3,916 pledges; 78 pledges (2% of 3,916 is
   * 78.32) were dropped after the retry window.
   *
   * <pre>
   * pledge     count  dropped  pledged          collected pledges  fee each               fees
   * $9.99        300      6       2,997.00      294                5% 0.4995+0.05=0.5495->0.55   161.70
   * $10.00       200      4       2,000.00      196                3% 0.30+0.20  = 0.50         98.00
   * $35.00     1,000     20      35,000.00      980                1.05+0.20     = 1.25      1,225.00
   * $149.00    1,195     24     178,055.00    1,171                4.47+0.20     = 4.67      5,468.57
   * $500.00      800     16     400,000.00      784                15.00+0.20    = 15.20    11,916.80
   * $1,500.00    400      8     600,000.00      392                45.00+0.20    = 45.20    17,718.40
   * $10,000.00    20      0     200,000.00       20                300.00+0.20   = 300.20    6,004.00
   * $1,016.00      1      0       1,016.00        1                30.48+0.20    = 30.68        30.68
   * total      3,916     78   1,419,068.00    3,838                                        42,623.15
   *
   * dropped   = 6×9.99 + 4×10 + 20×35 + 24×149 + 16×500 + 8×1,500
   *           = 59.94 + 40 + 700 + 3,576 + 8,000 + 12,000 = 24,375.94
   * collected = 1,419,068.00 − 24,375.94 = 1,394,692.06
   * platform  = 5% × 1,394,692.06 = 69,734.603 -> 69,734.60
   * payout    = 1,394,692.06 − 69,734.60 − 42,623.15 = 1,282,334.31
   * </pre>
   * A $10.00 pledge is not "under $10": it pays 3% + $0.20 = $0.50, not 5% + $0.05 = $0.55.
   */
  @Test
  void kickstarterUsCampaignOfOnePointFourMillionDollarsWithTwoPercentDropped() {
    List<PledgePayment<Integer>> pledges = pledges(
        usd("9.99"), 300, 6, usd("10.00"), 200, 4, usd("35.00"), 1_000, 20, usd("149.00"), 1_195, 24,
        usd("500.00"), 800, 16, usd("1500.00"), 400, 8, usd("10000.00"), 20, 0, usd("1016.00"), 1, 0);
    assertThat(pledges).hasSize(3_916);

    Settlement<Integer> settlement =
        Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, pledges, KICKSTARTER_US);

    assertThat(settlement.pledgedAtDeadline()).isEqualTo(usd("1419068.00"));
    assertThat(settlement.dropped()).isEqualTo(usd("24375.94"));
    assertThat(settlement.collected()).isEqualTo(usd("1394692.06"));
    assertThat(settlement.platformFee()).isEqualTo(usd("69734.60"));
    assertThat(settlement.processingFees()).isEqualTo(usd("42623.15"));
    assertThat(settlement.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(settlement.payout()).isEqualTo(usd("1282334.31"));
    assertThat(settlement.backerFeesCharged()).isEqualTo(usd("0.00"));
    // backer 0 pledged $9.99 and was dropped; backer 6 pledged $9.99 and was charged it, with no backer fee.
    assertThat(settlement.statementOf(0).orElseThrow().lines()).extracting(StatementLine::kind)
        .containsExactly(StatementLine.Kind.PLEDGE_DROPPED);
    assertThat(settlement.statementOf(6).orElseThrow().netPaid()).isEqualTo(usd("9.99"));
  }

  /**
   * The dropped pledges take the collected funds below nothing that matters: the outcome is locked at the deadline.
   * Here 1,000 × $100 = $100,000 pledged on a $100,000 goal, 10 pledges dropped: collected $99,000 is below the goal,
   * the campaign still succeeded and pays 5% (4,950.00) plus 1,000 − 10 = 990 × $3.20 = 3,168.00 processing.
   * Payout = 99,000 − 4,950 − 3,168 = 90,882.00.
   */
  @Test
  void droppedPledgesNeverTurnASuccessfulCampaignIntoAFailedOne() {
    Settlement<Integer> settlement = Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL,
        pledges(usd("100.00"), 1_000, 10), KICKSTARTER_US);

    assertThat(settlement.outcome()).isEqualTo(FundingOutcome.SUCCESSFUL);
    assertThat(settlement.collected()).isEqualTo(usd("99000.00"));
    assertThat(settlement.platformFee()).isEqualTo(usd("4950.00"));
    assertThat(settlement.processingFees()).isEqualTo(usd("3168.00"));
    assertThat(settlement.payout()).isEqualTo(usd("90882.00"));
  }

  /**
   * CAMPFIRE-style JPY campaign (no minor unit): 12% platform fee and 5% payment fee per pledge (figures of its
   * bylaws; the reference notes a conflicting blog), both excluding tax; the tax rate is not in the reference, so
   * the application supplies 10% on all fees here. Backer fee: ¥250 per support under ¥10,000, 2.5% from ¥10,000.
   *
   * <pre>
   * pledge    count  dropped  pledged    payment fee 5%        backer fee
   * ¥3,000      120      2    360,000    150 × 118 = 17,700    250 × 118 = 29,500
   * ¥10,000      40      0    400,000    500 × 40  = 20,000    2.5% = 250 × 40 = 10,000
   * ¥12,345      25      0    308,625    617.25->617 × 25 = 15,425   308.625->309 × 25 = 7,725
   * ¥50,000       5      0    250,000    2,500 × 5 = 12,500    1,250 × 5 = 6,250
   * total       190      2  1,318,625               65,625                  53,475
   *
   * collected = 1,318,625 − 2 × 3,000 = 1,312,625
   * platform  = 12% × 1,312,625 = 157,515
   * tax       = 10% × (157,515 + 65,625) = 10% × 223,140 = 22,314
   * payout    = 1,312,625 − 157,515 − 65,625 − 22,314 = 1,067,171
   * </pre>
   * Rounding each pledge's payment fee gives 65,625, not 5% of the collected total (65,631.25).
   */
  @Test
  void jpyCampaignWithBackerFeesKeptApartFromTheCampaignTotal() {
    FeeSchedule campfire = FeeSchedule.of(
        PlatformFee.percent(Percentage.parse("12%"), RoundingMode.HALF_UP).onlyOnSuccess(),
        PledgeFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP),
        FeeTax.onAllFees(Percentage.parse("10%"), RoundingMode.HALF_UP),
        new BackerFee(PledgeFee.below(Money.ofMajor(JPY, 10_000), PledgeFee.fixed(Money.ofMajor(JPY, 250)),
            PledgeFee.percent(Percentage.parse("2.5%"), RoundingMode.HALF_UP)), true, false));
    List<PledgePayment<Integer>> pledges = pledges(Money.ofMajor(JPY, 3_000), 120, 2, Money.ofMajor(JPY, 10_000), 40, 0,
        Money.ofMajor(JPY, 12_345), 25, 0, Money.ofMajor(JPY, 50_000), 5, 0);

    Settlement<Integer> settlement = Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges, campfire);

    assertThat(settlement.pledgedAtDeadline()).isEqualTo(Money.ofMajor(JPY, 1_318_625));
    assertThat(settlement.collected()).isEqualTo(Money.ofMajor(JPY, 1_312_625));
    assertThat(settlement.dropped()).isEqualTo(Money.ofMajor(JPY, 6_000));
    assertThat(settlement.platformFee()).isEqualTo(Money.ofMajor(JPY, 157_515));
    assertThat(settlement.processingFees()).isEqualTo(Money.ofMajor(JPY, 65_625));
    assertThat(settlement.taxOnFees()).isEqualTo(Money.ofMajor(JPY, 22_314));
    assertThat(settlement.payout()).isEqualTo(Money.ofMajor(JPY, 1_067_171));
    assertThat(settlement.backerFeesCharged()).isEqualTo(Money.ofMajor(JPY, 53_475));
    assertThat(settlement.backerFeesKept()).isEqualTo(Money.ofMajor(JPY, 53_475));
    // backer 160 (the first ¥12,345 pledge) paid 12,345 + 309.
    assertThat(settlement.statementOf(160).orElseThrow().netPaid()).isEqualTo(Money.ofMajor(JPY, 12_654));
  }

  /**
   * The same JPY pledges on Kickstarter Japan: 5% platform fee, but the processing fee for JPY is not published.
   * Settling a successful campaign needs it, so it fails naming what is missing instead of assuming zero; a failed
   * campaign needs no fee and settles.
   */
  @Test
  void kickstarterJapanProcessingFeeIsUnknownAndNeverAssumedZero() {
    FeeSchedule kickstarterJapan = FeeSchedule.of(
        PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(),
        PledgeFee.unknown("Kickstarter processing fee for JPY pledges"),
        FeeTax.none(),
        BackerFee.none());

    assertThatThrownBy(() -> Settlement.of(JPY, FundingOutcome.SUCCESSFUL,
        pledges(Money.ofMajor(JPY, 3_000), 3, 0), kickstarterJapan))
        .isInstanceOf(UnknownFeeException.class)
        .hasMessageContaining("Kickstarter processing fee for JPY pledges");
    Settlement<Integer> failed = Settlement.of(JPY, FundingOutcome.FAILED,
        List.of(new PledgePayment<>(1, Money.ofMajor(JPY, 3_000), PaymentState.PLEDGED)), kickstarterJapan);
    assertThat(failed.released()).isEqualTo(Money.ofMajor(JPY, 3_000));
    assertThat(failed.totalFees()).isEqualTo(Money.ofMajor(JPY, 0));
  }

  /** Ulule: 6.67% to €100k, 5.83% to €250k, 5% to €500k, 4.17% above; VAT 20%; backer fee 2.2% + €0.10. */
  static FeeSchedule ulule(TierMode mode) {
    return FeeSchedule.of(
        PlatformFee.tiered(List.of(CommissionTier.of(eur("0.00"), "6.67%"),
            CommissionTier.of(eur("100000.00"), "5.83%"), CommissionTier.of(eur("250000.00"), "5%"),
            CommissionTier.of(eur("500000.00"), "4.17%")),
            mode, RoundingMode.HALF_UP),
        // The reference lists no processing fee apart from Ulule's commission: stated as none, not left out.
        PledgeFee.none(),
        FeeTax.onPlatformFee(Percentage.parse("20%"), RoundingMode.HALF_UP),
        new BackerFee(PledgeFee.percentPlusFixed(Percentage.parse("2.2%"), eur("0.10"), RoundingMode.HALF_UP),
            true, false));
  }

  /**
   * Ulule campaign that raised €312,345.67 from 3,251 contributions:
   * 1,000 × €45.67 = 45,670.00; 2,000 × €89.00 = 178,000.00; 250 × €350.00 = 87,500.00; 1 × €1,175.67.
   *
   * <pre>
   * whole total: 312,345.67 is above 250,000 and not above 500,000: 5% × 312,345.67 = 15,617.2835 -> 15,617.28
   *              VAT 20% × 15,617.28 = 3,123.456 -> 3,123.46
   *              payout 312,345.67 − 15,617.28 − 3,123.46 = 293,604.93
   * marginal:    6.67% × 100,000 = 6,670.00; 5.83% × 150,000 = 8,745.00; 5% × 62,345.67 = 3,117.2835
   *              sum 18,532.2835 -> 18,532.28; VAT 20% = 3,706.456 -> 3,706.46
   *              payout 312,345.67 − 18,532.28 − 3,706.46 = 290,106.93
   * backer fees: 45.67: 1.00474 + 0.10 -> 1.10 × 1,000 = 1,100.00; 89.00: 1.958 + 0.10 -> 2.06 × 2,000 = 4,120.00;
   *              350.00: 7.70 + 0.10 = 7.80 × 250 = 1,950.00; 1,175.67: 25.86474 + 0.10 -> 25.96
   *              total 7,195.96, not part of the campaign's €312,345.67
   * </pre>
   */
  @Test
  void ululeCampaignAboveOneHundredThousandEurosInBothTierModesWithVat() {
    List<PledgePayment<Integer>> pledges = pledges(eur("45.67"), 1_000, 0, eur("89.00"), 2_000, 0,
        eur("350.00"), 250, 0, eur("1175.67"), 1, 0);

    Settlement<Integer> whole = Settlement.of(EUR, FundingOutcome.SUCCESSFUL, pledges, ulule(TierMode.WHOLE_TOTAL));
    Settlement<Integer> marginal = Settlement.of(EUR, FundingOutcome.SUCCESSFUL, pledges, ulule(TierMode.MARGINAL));

    assertThat(whole.collected()).isEqualTo(eur("312345.67"));
    assertThat(whole.platformFee()).isEqualTo(eur("15617.28"));
    assertThat(whole.taxOnFees()).isEqualTo(eur("3123.46"));
    assertThat(whole.payout()).isEqualTo(eur("293604.93"));
    assertThat(marginal.platformFee()).isEqualTo(eur("18532.28"));
    assertThat(marginal.taxOnFees()).isEqualTo(eur("3706.46"));
    assertThat(marginal.payout()).isEqualTo(eur("290106.93"));
    assertThat(whole.backerFeesCharged()).isEqualTo(eur("7195.96"));
    assertThat(marginal.backerFeesCharged()).isEqualTo(eur("7195.96"));
    assertThat(whole.statementOf(3_250).orElseThrow().netPaid()).isEqualTo(eur("1201.63"));
  }

  /**
   * Exactly €100,000.00 is "up to €100k": 6.67% = 6,670.00 in both modes (VAT 1,334.00, so 8.004% in all); one cent
   * more crosses into the 5.83% tier in whole-total mode (5.83% × 100,000.01 = 5,830.000583 -> 5,830.00) but adds
   * only 5.83% of one cent (0.000583) in marginal mode: 6,670.000583 -> 6,670.00.
   */
  @Test
  void ululeTierBoundaryBelongsToTheLowerTier() {
    for (TierMode mode : TierMode.values()) {
      Settlement<Integer> atBoundary = Settlement.of(EUR, FundingOutcome.SUCCESSFUL,
          pledges(eur("1000.00"), 100, 0), ulule(mode));
      assertThat(atBoundary.platformFee()).isEqualTo(eur("6670.00"));
      assertThat(atBoundary.taxOnFees()).isEqualTo(eur("1334.00"));
    }
    List<PledgePayment<Integer>> oneCentMore = new ArrayList<>(pledges(eur("1000.00"), 100, 0));
    oneCentMore.add(new PledgePayment<>(100, eur("0.01"), PaymentState.COLLECTED));
    assertThat(Settlement.of(EUR, FundingOutcome.SUCCESSFUL, oneCentMore, ulule(TierMode.WHOLE_TOTAL))
        .platformFee()).isEqualTo(eur("5830.00"));
    assertThat(Settlement.of(EUR, FundingOutcome.SUCCESSFUL, oneCentMore, ulule(TierMode.MARGINAL))
        .platformFee()).isEqualTo(eur("6670.00"));
  }

  /**
   * A failed Ulule campaign: 10 × €50.00 pledged, nothing collected, no commission; the backer fees (2.2% × 50 =
   * 1.10 + 0.10 = €1.20 each, €12.00 in all) are charged and refunded because the campaign failed.
   */
  @Test
  void failedUluleCampaignCollectsNothingAndRefundsBackerFees() {
    List<PledgePayment<Integer>> pledges = new ArrayList<>();
    for (int backer = 0; backer < 10; backer++) {
      pledges.add(new PledgePayment<>(backer, eur("50.00"), PaymentState.PLEDGED));
    }

    Settlement<Integer> settlement = Settlement.of(EUR, FundingOutcome.FAILED, pledges, ulule(TierMode.MARGINAL));

    assertThat(settlement.collected()).isEqualTo(eur("0.00"));
    assertThat(settlement.released()).isEqualTo(eur("500.00"));
    assertThat(settlement.totalFees()).isEqualTo(eur("0.00"));
    assertThat(settlement.backerFeesCharged()).isEqualTo(eur("12.00"));
    assertThat(settlement.backerFeesRefunded()).isEqualTo(eur("12.00"));
    assertThat(settlement.statementOf(3).orElseThrow().lines()).extracting(StatementLine::kind).containsExactly(
        StatementLine.Kind.PLEDGE_RELEASED, StatementLine.Kind.BACKER_FEE, StatementLine.Kind.BACKER_FEE_REFUNDED);
    assertThat(settlement.statementOf(3).orElseThrow().netPaid()).isEqualTo(eur("0.00"));
  }

  /**
   * Builds pledges from groups of (amount, count, dropped): backers are numbered from 0 in order; in each group the
   * first {@code dropped} pledges are dropped and the others collected.
   */
  static List<PledgePayment<Integer>> pledges(Object... groups) {
    List<PledgePayment<Integer>> pledges = new ArrayList<>();
    for (int g = 0; g < groups.length; g += 3) {
      Money amount = (Money) groups[g];
      int count = (Integer) groups[g + 1];
      int dropped = (Integer) groups[g + 2];
      for (int i = 0; i < count; i++) {
        pledges.add(new PledgePayment<>(pledges.size(), amount,
            i < dropped ? PaymentState.DROPPED : PaymentState.COLLECTED));
      }
    }
    return pledges;
  }

  static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  static Money eur(String amount) {
    return Money.of(EUR, new BigDecimal(amount));
  }
}
