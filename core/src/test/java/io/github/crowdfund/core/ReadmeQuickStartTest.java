package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The README's quick start, as a test: one statement per command, and a log that replays to an equal campaign. */
class ReadmeQuickStartTest {

  @Test
  void quickStartCreatesLaunchesTakesPledgesEndsAndItsLogReplays() {
    // quick-start:begin
    CampaignRules rules = CampaignRules.defaults(); // Kickstarter's rules for a US project
    Instant monday = Instant.parse("2026-03-02T09:00:00Z");
    AtomicCampaign lamp = AtomicCampaign.of(Campaign.initial(), rules); // keeps every event, from Created on

    lamp.submit(new CampaignCommand.Create(monday, CampaignDefinition.builder().id("lamp").creator("ada")
        .title("A lamp that remembers").goal(Goal.allOrNothing(Money.parse("USD 5000.00")))
        .duration(Duration.ofDays(30)).build())).orElseThrow();
    lamp.submit(new CampaignCommand.Submit(monday)).orElseThrow();
    lamp.submit(new CampaignCommand.Launch(monday.plus(Duration.ofDays(1)))).orElseThrow();
    lamp.submit(new CampaignCommand.PlacePledge(
        Pledge.of(BackerId.of(1), Money.parse("USD 3000.00"), monday.plus(Duration.ofDays(2))))).orElseThrow();
    lamp.submit(new CampaignCommand.PlacePledge(
        Pledge.of(BackerId.of(2), Money.parse("USD 2500.00"), monday.plus(Duration.ofDays(5))))).orElseThrow();
    Decision tooMuch = lamp.submit(new CampaignCommand.PlacePledge(
        Pledge.of(BackerId.of(3), Money.parse("USD 20000.00"), monday.plus(Duration.ofDays(6)))));
    lamp.submit(new CampaignCommand.End(lamp.get().deadline().orElseThrow())).orElseThrow();

    Campaign replayed = Campaign.replay(lamp.events()); // what a platform that stored the log rebuilds
    // quick-start:end

    assertThat(tooMuch.violations()).extracting(RuleViolation::code)
        .containsExactly(RuleViolation.Code.PLEDGE_ABOVE_MAXIMUM);
    assertThatThrownBy(tooMuch::orElseThrow).isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("PLEDGE_ABOVE_MAXIMUM");
    assertThat(lamp.events()).first().isInstanceOf(CampaignEvent.Created.class);
    assertThat(lamp.events()).hasSize(6);
    assertThat(replayed).isEqualTo(lamp.get());
    assertThat(lamp.get().status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(lamp.get().fundingOutcome()).contains(FundingOutcome.SUCCESSFUL);
    assertThat(lamp.get().percentFunded(1, RoundingMode.HALF_UP)).isEqualByComparingTo("110.0");
  }

  @Test
  void applyReturnsTheNewCampaignOrTheRejectionNeverASilentRefusal() {
    Campaign draft = Fixtures.draft(Goal.allOrNothing(Fixtures.usd(100)), java.util.List.of(), java.util.List.of());
    Applied refused = draft.apply(new CampaignCommand.Launch(Fixtures.LAUNCH), Fixtures.RULES);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(refused.campaign()).isSameAs(draft);
    assertThatThrownBy(refused::orElseThrow).isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("ILLEGAL_TRANSITION")
        .satisfies(e -> assertThat(((CommandRejectedException) e).rejection().has(RuleViolation.Code
            .ILLEGAL_TRANSITION)).isTrue());
  }
}
