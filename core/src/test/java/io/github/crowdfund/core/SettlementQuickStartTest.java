package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The settlement quick starts of the README, compiled and run: from pledge states, and from a campaign. */
class SettlementQuickStartTest {

  @Test
  void readmeQuickStartSettlesAKickstarterUsCampaign() {
    // Kickstarter in the US: 5% of collected funds on success; 3% + $0.20 per pledge, under $10: 5% + $0.05.
    FeeSchedule kickstarterUs = FeeSchedule.of(
        PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(),
        PledgeFee.below(Money.parse("USD 10.00"),
            PledgeFee.percentPlusFixed(Percentage.parse("5%"), Money.parse("USD 0.05"), RoundingMode.HALF_UP),
            PledgeFee.percentPlusFixed(Percentage.parse("3%"), Money.parse("USD 0.20"), RoundingMode.HALF_UP)),
        FeeTax.none(),
        BackerFee.none());

    Settlement<String> settlement = Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, List.of(
            new PledgePayment<>("ann", Money.parse("USD 250.00"), PaymentState.COLLECTED),
            new PledgePayment<>("bob", Money.parse("USD 5.00"), PaymentState.COLLECTED),
            new PledgePayment<>("cy", Money.parse("USD 40.00"), PaymentState.DROPPED)),
        kickstarterUs);

    // pledged 295.00 = collected 255.00 + dropped 40.00
    // fees: 5% of 255.00 = 12.75; processing 7.50 + 0.20 = 7.70 and 0.25 + 0.05 = 0.30
    // payout 255.00 - 12.75 - 8.00 = 234.25
    assertThat(settlement.pledgedAtDeadline()).isEqualTo(Money.parse("USD 295.00"));
    assertThat(settlement.collected()).isEqualTo(Money.parse("USD 255.00"));
    assertThat(settlement.platformFee()).isEqualTo(Money.parse("USD 12.75"));
    assertThat(settlement.processingFees()).isEqualTo(Money.parse("USD 8.00"));
    assertThat(settlement.payout()).isEqualTo(Money.parse("USD 234.25"));
    assertThat(settlement.statementOf("cy").orElseThrow().lines().get(0).kind())
        .isEqualTo(StatementLine.Kind.PLEDGE_DROPPED);
  }

  @Test
  void readmeQuickStartSettlesACampaignAfterItsPaymentRetryWindow() {
    CampaignRules rules = CampaignRules.defaults(); // Kickstarter US: 7 days after the deadline to fix a payment
    Instant launch = Instant.parse("2026-05-01T16:00:00Z");
    Instant deadline = launch.plus(Duration.ofDays(30));
    AtomicCampaign campaign = AtomicCampaign.of(Campaign.initial(), rules);
    List<Decision> decisions = List.of(
        campaign.submit(new CampaignCommand.Create(launch.minus(Duration.ofDays(1)), CampaignDefinition.builder()
            .id("solar-lantern").creator("lumen-works").title("Solar lantern")
            .goal(Goal.allOrNothing(Money.parse("USD 500.00"))).duration(Duration.ofDays(30)).build())),
        campaign.submit(new CampaignCommand.Submit(launch.minusSeconds(60))),
        campaign.submit(new CampaignCommand.Launch(launch)),
        campaign.submit(new CampaignCommand.PlacePledge(
            Pledge.of(BackerId.of(1), Money.parse("USD 400.00"), launch.plus(Duration.ofDays(1))))),
        campaign.submit(new CampaignCommand.PlacePledge(
            Pledge.of(BackerId.of(2), Money.parse("USD 150.00"), launch.plus(Duration.ofDays(2))))),
        campaign.submit(new CampaignCommand.End(deadline)),                       // SUCCESSFUL: 550.00 >= 500.00
        campaign.submit(new CampaignCommand.ChargePledges(deadline, Set.of(BackerId.of(2)))), // card declined
        campaign.submit(new CampaignCommand.CloseRetryWindow(deadline.plus(Duration.ofDays(7)), Set.of())));

    Settlement<BackerId> settlement = Settlement.of(campaign.get(), SettlementWorkedExamplesTest.KICKSTARTER_US);

    // backer 2 never fixed the payment: dropped. 400.00 collected is below the goal, but the outcome stays locked.
    // fees: 5% of 400.00 = 20.00; processing 3% of 400.00 + 0.20 = 12.20; payout 400.00 - 20.00 - 12.20 = 367.80
    assertThat(decisions).allMatch(Decision::isAccepted);
    assertThat(Campaign.replay(campaign.events())).isEqualTo(campaign.get());
    assertThat(campaign.get().paymentStateOf(BackerId.of(2))).contains(PaymentState.DROPPED);
    assertThat(settlement.outcome()).isEqualTo(FundingOutcome.SUCCESSFUL);
    assertThat(settlement.collected()).isEqualTo(Money.parse("USD 400.00"));
    assertThat(settlement.dropped()).isEqualTo(Money.parse("USD 150.00"));
    assertThat(settlement.payout()).isEqualTo(Money.parse("USD 367.80"));
  }
}
