package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, compiled and run so that it cannot go stale: the lines between the markers are the
 * README snippet, word for word.
 */
class ReadmeQuickStartTest {

  @Test
  void quickStartCreatesLaunchesTakesPledgesAndEndsSuccessfully() {
    // quick-start:begin
    CampaignRules rules = CampaignRules.defaults(); // Kickstarter, United States: USD, 1-60 days, $1-$10,000
    Instant t = Instant.parse("2026-03-02T15:00:00Z"); // every command carries its own instant

    Decision created = Campaign.create(CampaignCommand.Create.of(t, CampaignId.of("solar-lantern"),
        CreatorId.of("lumen-works"), "Solar lantern", Goal.allOrNothing(Money.parse("USD 5000.00")),
        Duration.ofDays(30)), rules);
    Campaign campaign = Campaign.replay(created.events());

    for (CampaignCommand command : List.of(
        new CampaignCommand.Submit(t.plusSeconds(60)),
        new CampaignCommand.Launch(t.plus(Duration.ofDays(1))),
        new CampaignCommand.PlacePledge(
            Pledge.of(BackerId.of(1001), Money.parse("USD 3000.00"), t.plus(Duration.ofDays(2)))),
        new CampaignCommand.PlacePledge(
            Pledge.of(BackerId.of(1002), Money.parse("USD 2500.00"), t.plus(Duration.ofDays(5)))))) {
      Decision decision = campaign.decide(command, rules);
      campaign = campaign.evolve(decision.events()); // a rejection has no events: nothing changes
    }
    BigDecimal percent = campaign.percentFunded(0, RoundingMode.DOWN); // 110

    Decision tooEarly = campaign.decide(new CampaignCommand.End(t.plus(Duration.ofDays(10))), rules);
    // tooEarly.violations(): [DEADLINE_NOT_REACHED "the campaign cannot end at ... before its deadline ..."]

    Instant deadline = campaign.deadline().orElseThrow();
    campaign = campaign.evolve(campaign.decide(new CampaignCommand.End(deadline), rules).events());
    // campaign.status(): SUCCESSFUL
    // quick-start:end

    assertThat(percent).isEqualByComparingTo("110");
    assertThat(tooEarly.violations()).extracting(RuleViolation::code)
        .containsExactly(RuleViolation.Code.DEADLINE_NOT_REACHED);
    assertThat(campaign.status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(campaign.totalPledged()).isEqualTo(Money.parse("USD 5500.00"));
    assertThat(campaign.backerCount()).isEqualTo(2);
  }
}
