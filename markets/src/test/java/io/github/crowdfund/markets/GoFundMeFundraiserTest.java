package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.Fundraiser;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A GoFundMe fundraiser with tips, through the public API, to the cent. */
class GoFundMeFundraiserTest {

  private static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

  /**
   * GoFundMe's rules in the US in 2026. The data knows no donation limits, so the application supplies its own (the
   * values here are this test's, not GoFundMe's).
   */
  private static final PlatformRules GOFUNDME_US = Platform.goFundMe()
      .withFact(RuleFact.of(Rule.PLEDGE_MINIMUM, "USD", "5", Confidence.UNCONFIRMED, "this test's own limit"))
      .withFact(RuleFact.of(Rule.PLEDGE_MAXIMUM, "USD", "100000", Confidence.UNCONFIRMED, "this test's own limit"))
      .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2026, 3, 2));

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  private static CampaignCommand.Donate donate(long donor, String amount, String tip, int minutes) {
    return new CampaignCommand.Donate(Pledge.of(BackerId.of(donor), usd(amount), START.plus(Duration.ofMinutes(
        minutes))), usd(tip), LateCharge.COLLECTED);
  }

  private static Campaign submitted() {
    CampaignDefinition roof = CampaignDefinition.builder().id("shelter-roof").creator("friends-of-the-shelter")
        .title("A new roof for the shelter").goal(Goal.keepItAll(usd("5000.00"))).duration(Duration.ofDays(30))
        .build();
    Campaign campaign = Campaign.initial().apply(new CampaignCommand.Create(START, roof), GOFUNDME_US)
        .orElseThrow();
    return campaign.apply(new CampaignCommand.Submit(START.plusSeconds(60)), GOFUNDME_US).orElseThrow();
  }

  @Test
  void aGoFundMeFundraiserWithTipsPaysOutTheDonationsLessProcessingFeesAndKeepsTheTipsApart() {
    Campaign campaign = submitted().apply(new CampaignCommand.LaunchFundraiser(START.plusSeconds(120)), GOFUNDME_US)
        .orElseThrow();
    for (CampaignCommand.Donate donation : new CampaignCommand.Donate[] {donate(1, "100.00", "15.00", 10),
        donate(2, "50.00", "0.00", 20), donate(3, "25.00", "2.50", 30)}) {
      campaign = campaign.apply(donation, GOFUNDME_US).orElseThrow();
    }
    assertThat(campaign.status()).isEqualTo(CampaignStatus.LIVE);
    assertThat(campaign.deadline()).isEmpty();
    Fundraiser fundraiser = campaign.fundraiser().orElseThrow();
    assertThat(fundraiser.raised()).isEqualTo(usd("175.00"));
    assertThat(fundraiser.tips()).isEqualTo(usd("17.50"));

    Settlement<BackerId> payout = Settlement.of(campaign, GOFUNDME_US);
    // 0% platform fee from 2018; 2.9% + USD 0.30 per donation: 3.20 + 1.75 + 1.025 -> 1.03 (half up) = 5.98
    assertThat(payout.platformFee()).isEqualTo(usd("0.00"));
    assertThat(payout.processingFees()).isEqualTo(usd("5.98"));
    assertThat(payout.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(payout.collected()).isEqualTo(usd("175.00"));
    assertThat(payout.payout()).isEqualTo(usd("169.02"));
    assertThat(payout.tips()).as("the platform's, never the organiser's").isEqualTo(usd("17.50"));
    assertThat(payout.outcome()).isEqualTo(FundingOutcome.KEPT_BELOW_GOAL);
    assertThat(payout.statementOf(BackerId.of(1)).orElseThrow().total(StatementLine.Kind.TIP))
        .isEqualTo(usd("15.00"));
    assertThat(payout.statementOf(BackerId.of(1)).orElseThrow().netPaid()).isEqualTo(usd("115.00"));
  }

  @Test
  void aGoFundMeCampaignCannotLaunchWithADeadline() {
    assertThat(submitted().decide(new CampaignCommand.Launch(START.plusSeconds(120)), GOFUNDME_US).violations())
        .extracting(RuleViolation::code).containsExactly(RuleViolation.Code.NO_DEADLINE_UNDER_RULES);
  }

  @Test
  void goFundMeTookFivePercentOfADonationBefore2017() {
    PlatformRules in2016 = Platform.goFundMe()
        .withFact(RuleFact.of(Rule.PLEDGE_MINIMUM, "USD", "5", Confidence.UNCONFIRMED, "this test's own limit"))
        .withFact(RuleFact.of(Rule.PLEDGE_MAXIMUM, "USD", "100000", Confidence.UNCONFIRMED, "this test's own limit"))
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2016, 6, 1));
    Campaign campaign = submitted().apply(new CampaignCommand.LaunchFundraiser(START.plusSeconds(120)), in2016)
        .orElseThrow().apply(donate(1, "100.00", "0.00", 10), in2016).orElseThrow();
    Settlement<BackerId> payout = Settlement.of(campaign, in2016);
    assertThat(payout.platformFee()).isEqualTo(usd("5.00"));
    assertThat(payout.payout()).isEqualTo(usd("91.80"));
  }
}
