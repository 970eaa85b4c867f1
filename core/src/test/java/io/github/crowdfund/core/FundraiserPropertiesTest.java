package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Fundraisers without a deadline, at random in JPY, USD, EUR and BHD: money is conserved to the minor unit, tips stay
 * apart from every fundraiser figure, each donor's statement sums to their donation and tip, and replay gives an
 * equal fundraiser and settlement.
 */
class FundraiserPropertiesTest {

  static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
  static final Instant LAUNCH = T0.plus(Duration.ofDays(1));

  static final CampaignRules NO_DEADLINE = new DelegatingRules(DelegatingRules.anyCurrency(CampaignRules.defaults())) {
    @Override
    public boolean hasDeadline() {
      return false;
    }
  };

  @Test
  void tipsStayApartAndMoneyIsConservedAndReplayGivesTheSameSettlement() {
    qt().withExamples(80).forAll(integers().between(0, CoreGenerators.CURRENCIES.size() - 1), longs().all())
        .checkAssert((index, seed) -> check(CoreGenerators.CURRENCIES.get(index), new SplittableRandom(seed)));
  }

  private static void check(CurrencyUnit currency, SplittableRandom random) {
    FeeSchedule fees = FeeSchedule.of(random.nextBoolean() ? PlatformFee.none()
            : PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP),
        PledgeFee.percentPlusFixed(Percentage.parse("2.9%"), Money.ofMinor(currency, 30), RoundingMode.HALF_UP),
        random.nextBoolean() ? FeeTax.none() : FeeTax.onAllFees(Percentage.parse("10%"), RoundingMode.HALF_EVEN),
        BackerFee.none());
    List<CampaignEvent> log = new ArrayList<>();
    Campaign campaign = Campaign.initial();
    List<CampaignCommand> commands = new ArrayList<>(List.of(
        new CampaignCommand.Create(T0, CampaignDefinition.builder().id("f").creator("o").title("Roof")
            .goal(Goal.keepItAll(Money.ofMinor(currency, 1 + random.nextLong(1_000_000))))
            .duration(Duration.ofDays(30)).build()),
        new CampaignCommand.Submit(T0.plusSeconds(60)),
        new CampaignCommand.LaunchFundraiser(LAUNCH)));
    Map<BackerId, long[]> paid = new HashMap<>();
    long raised = 0;
    long tips = 0;
    int donors = random.nextInt(15);
    for (int d = 1; d <= donors; d++) {
      BackerId donor = BackerId.of(d);
      long amount = 1 + random.nextLong(500_000);
      long tip = random.nextInt(3) == 0 ? 0 : random.nextLong(1 + amount * 3 / 10);
      LateCharge charge = random.nextInt(5) == 0 ? LateCharge.FAILED : LateCharge.COLLECTED;
      commands.add(new CampaignCommand.Donate(Pledge.of(donor, Money.ofMinor(currency, amount),
          LAUNCH.plus(Duration.ofHours(d))), Money.ofMinor(currency, tip), charge));
      if (charge == LateCharge.COLLECTED) {
        paid.put(donor, new long[] {amount, tip});
        raised += amount;
        tips += tip;
      }
    }
    for (CampaignCommand command : commands) {
      Applied applied = campaign.apply(command, NO_DEADLINE);
      assertThat(applied.decision().violations()).as("violations of %s", command).isEmpty();
      log.addAll(applied.decision().events());
      campaign = applied.campaign();
    }
    Fundraiser fundraiser = campaign.fundraiser().orElseThrow();
    assertThat(fundraiser.raised()).isEqualTo(Money.ofMinor(currency, raised));
    assertThat(fundraiser.tips()).isEqualTo(Money.ofMinor(currency, tips));

    Settlement<BackerId> settlement = Settlement.of(campaign, fees);
    assertThat(settlement.collected()).as("tips are not collected for the organiser")
        .isEqualTo(Money.ofMinor(currency, raised));
    assertThat(settlement.collected()).isEqualTo(settlement.totalFees().plus(settlement.payout()));
    assertThat(settlement.tips()).isEqualTo(Money.ofMinor(currency, tips));
    Money tipLines = Money.zero(currency);
    for (Map.Entry<BackerId, long[]> donor : paid.entrySet()) {
      BackerStatement<BackerId> statement = settlement.statementOf(donor.getKey()).orElseThrow();
      assertThat(statement.netPaid()).isEqualTo(Money.ofMinor(currency, donor.getValue()[0] + donor.getValue()[1]));
      tipLines = tipLines.plus(statement.total(StatementLine.Kind.TIP));
    }
    assertThat(tipLines).isEqualTo(settlement.tips());
    assertThat(settlement.statements()).hasSize(paid.size());

    Campaign replayed = Campaign.replay(log);
    assertThat(replayed).isEqualTo(campaign);
    assertThat(Settlement.of(replayed, fees)).isEqualTo(settlement);
  }
}
