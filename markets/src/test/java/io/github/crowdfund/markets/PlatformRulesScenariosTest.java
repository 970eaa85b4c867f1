package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.FinalWindowRule;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.settlement.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Scenarios built the way a new user would, under the bundled platforms' rules: create, launch, pledge, cancel in
 * the final 24 hours, end and settle.
 */
class PlatformRulesScenariosTest {

  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  private static final Instant LAUNCH = DAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
  private static final Duration THIRTY_DAYS = Duration.ofDays(30);
  private static final Instant DEADLINE = LAUNCH.plus(THIRTY_DAYS);
  private static final Instant TWO_HOURS_BEFORE = DEADLINE.minus(Duration.ofHours(2));

  /** Facts the bundled data does not know for the platform, supplied the way the data asks. */
  private static Platform supplied(Platform platform, String currency, String minimum, String maximum) {
    String source = "supplied by the test";
    return platform
        .withFact(RuleFact.of(Rule.MIN_DURATION_DAYS, RuleFact.ANY_SCOPE, "1", Confidence.UNCONFIRMED, source))
        .withFact(RuleFact.of(Rule.MAX_DURATION_DAYS, RuleFact.ANY_SCOPE, "60", Confidence.UNCONFIRMED, source))
        .withFact(RuleFact.of(Rule.PLEDGE_MINIMUM, currency, minimum, Confidence.UNCONFIRMED, source))
        .withFact(RuleFact.of(Rule.PLEDGE_MAXIMUM, currency, maximum, Confidence.UNCONFIRMED, source));
  }

  private static Campaign live(Goal goal, CampaignRules rules) {
    CampaignDefinition definition = CampaignDefinition.builder().id("scenario").creator("maker").title("A scenario")
        .goal(goal).duration(THIRTY_DAYS).build();
    return Campaign.initial().apply(new CampaignCommand.Create(LAUNCH.minus(Duration.ofDays(2)), definition), rules)
        .orElseThrow()
        .apply(new CampaignCommand.Submit(LAUNCH.minus(Duration.ofDays(1))), rules).orElseThrow()
        .apply(new CampaignCommand.Launch(LAUNCH), rules).orElseThrow();
  }

  private static CampaignCommand.PlacePledge pledge(long backer, Money amount, Instant at) {
    return new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(backer), amount, at));
  }

  private static Campaign pledged(Campaign campaign, CampaignRules rules, Money... amounts) {
    Campaign after = campaign;
    for (int i = 0; i < amounts.length; i++) {
      after = after.apply(pledge(i + 1, amounts[i], LAUNCH.plus(Duration.ofDays(i + 1))), rules).orElseThrow();
    }
    return after;
  }

  private static RuleViolation.Code[] codes(Decision decision) {
    return decision.violations().stream().map(RuleViolation::code).toArray(RuleViolation.Code[]::new);
  }

  @Test
  void kissKissBankBankAllowsNoCancellingOrReducingInTheLastDayEvenAboveTheGoal() {
    PlatformRules rules = supplied(Platform.kissKissBankBank(), "EUR", "1", "10000").rules(Country.of("FR"), EUR, DAY);
    assertThat(rules.finalWindowRule()).isEqualTo(FinalWindowRule.NO_CANCEL_OR_REDUCE);
    Campaign funded = pledged(live(Goal.allOrNothing(Money.ofMajor(EUR, 1_000)), rules), rules,
        Money.ofMajor(EUR, 900), Money.ofMajor(EUR, 500), Money.ofMajor(EUR, 200));
    assertThat(funded.totalPledged()).isEqualTo(Money.ofMajor(EUR, 1_600));

    Decision cancel = funded.decide(new CampaignCommand.CancelPledge(TWO_HOURS_BEFORE, BackerId.of(3)), rules);
    Decision reduce = funded.decide(pledge(1, Money.ofMajor(EUR, 850), TWO_HOURS_BEFORE), rules);
    Decision raise = funded.decide(pledge(1, Money.ofMajor(EUR, 950), TWO_HOURS_BEFORE), rules);

    assertThat(codes(cancel)).containsExactly(RuleViolation.Code.FINAL_WINDOW_NO_CANCEL);
    assertThat(codes(reduce)).containsExactly(RuleViolation.Code.FINAL_WINDOW_NO_CANCEL);
    assertThat(raise.isAccepted()).isTrue();
  }

  @Test
  void kickstarterAllowsALastDayCancellationThatKeepsTheGoalButNotOneThatDropsBelowIt() {
    PlatformRules rules = Platform.kickstarter().rules(Country.of("FR"), EUR, DAY);
    assertThat(rules.finalWindowRule()).isEqualTo(FinalWindowRule.NO_DROP_BELOW_GOAL);
    Campaign funded = pledged(live(Goal.allOrNothing(Money.ofMajor(EUR, 1_000)), rules), rules,
        Money.ofMajor(EUR, 900), Money.ofMajor(EUR, 500), Money.ofMajor(EUR, 200));

    assertThat(funded.decide(new CampaignCommand.CancelPledge(TWO_HOURS_BEFORE, BackerId.of(3)), rules)
        .isAccepted()).isTrue();
    assertThat(codes(funded.decide(new CampaignCommand.CancelPledge(TWO_HOURS_BEFORE, BackerId.of(1)), rules)))
        .containsExactly(RuleViolation.Code.FINAL_WINDOW_BELOW_GOAL);
  }

  @Test
  void aFailedAllOrNothingMakuakeCampaignPaysNothingAndChargesNoFee() {
    PlatformRules rules = supplied(Platform.makuake(), "JPY", "100", "10000000")
        .withFact(RuleFact.of(Rule.FINAL_WINDOW_HOURS, RuleFact.ANY_SCOPE, "0", Confidence.UNCONFIRMED, "test"))
        .rules(Country.of("JP"), JPY, DAY);
    Campaign failed = pledged(live(Goal.allOrNothing(Money.ofMajor(JPY, 1_000_000)), rules), rules,
        Money.ofMajor(JPY, 30_000), Money.ofMajor(JPY, 5_000))
        .apply(new CampaignCommand.End(DEADLINE), rules).orElseThrow();
    assertThat(failed.status()).isEqualTo(CampaignStatus.FAILED);

    Settlement<BackerId> settlement = Settlement.of(failed, rules);

    assertThat(settlement.outcome()).isEqualTo(FundingOutcome.FAILED);
    assertThat(settlement.collected()).isEqualTo(Money.zero(JPY));
    assertThat(settlement.platformFee()).isEqualTo(Money.zero(JPY));
    assertThat(settlement.taxOnFees()).isEqualTo(Money.zero(JPY));
    assertThat(settlement.payout()).isEqualTo(Money.zero(JPY));
  }

  @Test
  void kickstarterDenmarkInEurosSaysItsEuroPledgeLimitsAreUnknownAndWhere() {
    PlatformRules rules = Platform.kickstarter().rules(Country.of("DK"), EUR, LocalDate.of(2021, 1, 1));
    CampaignDefinition definition = CampaignDefinition.builder().id("danish").creator("maker").title("Danish")
        .goal(Goal.allOrNothing(Money.ofMajor(EUR, 5_000))).duration(THIRTY_DAYS).build();

    Decision created = Campaign.initial().decide(new CampaignCommand.Create(LAUNCH, definition), rules);

    assertThat(codes(created)).containsExactly(RuleViolation.Code.RULE_UNKNOWN);
    assertThat(created.violations().get(0).message()).contains("EUR").contains("Denmark")
        .contains("pledge").contains("withFact");
    assertThat(rules.acceptsCurrency(EUR)).isFalse();
    assertThat(rules.unknowns()).extracting(RuleValue.Unknown::rule)
        .contains(Rule.PLEDGE_MINIMUM, Rule.PLEDGE_MAXIMUM);
  }

  @Test
  void supplyingDenmarksEuroPledgeLimitsLetsTheCampaignBeCreated() {
    String source = "supplied by the test";
    PlatformRules rules = Platform.kickstarter()
        .withFact(RuleFact.of(Rule.PLEDGE_MINIMUM, "EUR", "1", Confidence.UNCONFIRMED, source))
        .withFact(RuleFact.of(Rule.PLEDGE_MAXIMUM, "EUR", "8000", Confidence.UNCONFIRMED, source))
        .rules(Country.of("DK"), EUR, LocalDate.of(2021, 1, 1));
    CampaignDefinition definition = CampaignDefinition.builder().id("danish").creator("maker").title("Danish")
        .goal(Goal.allOrNothing(Money.ofMajor(EUR, 5_000))).duration(THIRTY_DAYS).build();
    assertThat(Campaign.initial().decide(new CampaignCommand.Create(LAUNCH, definition), rules).isAccepted())
        .isTrue();
    assertThat(rules.maximumPledge(EUR)).isEqualTo(Money.ofMajor(EUR, 8_000));
  }
}
