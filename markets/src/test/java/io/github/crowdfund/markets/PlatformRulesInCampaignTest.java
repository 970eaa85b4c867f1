package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Core's campaign decider consulting platform rules from the bundled data. */
class PlatformRulesInCampaignTest {

  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");

  private static Decision create(PlatformRules rules, Money goal, Duration duration) {
    Instant at = rules.launchDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    return Campaign.initial().decide(new CampaignCommand.Create(at, CampaignDefinition.builder().id("studio-game")
        .creator("studio").title("A game").goal(Goal.allOrNothing(goal)).duration(duration).build()), rules);
  }

  private static List<RuleViolation.Code> codes(Decision decision) {
    return decision.violations().stream().map(RuleViolation::code).toList();
  }

  @Test
  void aNinetyDayKickstarterCampaignWasAllowedIn2010AndIsNotSinceJune2011() {
    Money goal = Money.ofMajor(CurrencyUnit.USD, 900_000);
    Platform kickstarter = Platform.kickstarter();
    PlatformRules in2010 = kickstarter.rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2010, 5, 1));
    PlatformRules in2013 = kickstarter.rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2013, 8, 31));
    assertThat(create(in2010, goal, Duration.ofDays(90)).violations()).isEmpty();
    assertThat(codes(create(in2013, goal, Duration.ofDays(90))))
        .containsExactly(RuleViolation.Code.DURATION_OUT_OF_BOUNDS);
    assertThat(create(in2013, goal, Duration.ofDays(60)).violations()).isEmpty();
  }

  @Test
  void aJapaneseKickstarterCampaignTakesPledgesFromOneHundredToOnePointTwoMillionYen() {
    PlatformRules japan = Platform.kickstarter().rules(Country.of("JP"), JPY, LocalDate.of(2017, 9, 13));
    Decision created = create(japan, Money.ofMajor(JPY, 5_000_000), Duration.ofDays(30));
    assertThat(created.violations()).isEmpty();
    Instant launch = japan.launchDate().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600);
    Campaign live = Campaign.replay(created.orElseThrow()).apply(new CampaignCommand.Submit(launch), japan)
        .orElseThrow().apply(new CampaignCommand.Launch(launch), japan).orElseThrow();
    Instant later = launch.plusSeconds(60);
    assertThat(codes(live.decide(pledge(1, 99, later), japan))).containsExactly(RuleViolation.Code.PLEDGE_BELOW_MINIMUM);
    assertThat(live.decide(pledge(2, 100, later), japan).violations()).isEmpty();
    assertThat(live.decide(pledge(3, 1_200_000, later), japan).violations()).isEmpty();
    assertThat(codes(live.decide(pledge(4, 1_200_001, later), japan)))
        .containsExactly(RuleViolation.Code.PLEDGE_ABOVE_MAXIMUM);
  }

  private static CampaignCommand.PlacePledge pledge(long backer, long yen, Instant at) {
    return new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(backer), Money.ofMajor(JPY, yen), at));
  }

  @Test
  void aCurrencyWhosePledgeLimitsAreUnknownIsNotAccepted() {
    PlatformRules swedenInEuro = Platform.kickstarter().rules(Country.of("SE"), CurrencyUnit.EUR, LocalDate.of(2021, 3, 1));
    Decision created = create(swedenInEuro, Money.ofMajor(CurrencyUnit.EUR, 1000), Duration.ofDays(30));
    assertThat(codes(created)).containsExactly(RuleViolation.Code.RULE_UNKNOWN);
    assertThat(created.violations().get(0).message()).contains("EUR").contains("pledge").contains("withFact");
  }
}
