package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.crowdfund.core.fees.UnknownFeeException;
import io.github.crowdfund.core.settlement.BackerStatement;
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

  /** GoFundMe's bundled rules in the US in 2026, as they come: no donation limit is published, none is needed. */
  private static final PlatformRules GOFUNDME_US = Platform.goFundMe()
      .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2026, 3, 2));

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  private static CampaignCommand.Donate donate(long donor, String amount, String tip, int minutes) {
    return new CampaignCommand.Donate(Pledge.of(BackerId.of(donor), usd(amount), START.plus(Duration.ofMinutes(
        minutes))), usd(tip), LateCharge.COLLECTED);
  }

  private static Campaign submitted() {
    return submitted(GOFUNDME_US);
  }

  private static Campaign submitted(PlatformRules rules) {
    CampaignDefinition roof = CampaignDefinition.builder().id("shelter-roof").creator("friends-of-the-shelter")
        .title("A new roof for the shelter").goal(Goal.keepItAll(Money.ofMajor(rules.currency(), 5000)))
        .duration(Duration.ofDays(30)).build();
    Campaign campaign = Campaign.initial().apply(new CampaignCommand.Create(START, roof), rules).orElseThrow();
    return campaign.apply(new CampaignCommand.Submit(START.plusSeconds(60)), rules).orElseThrow();
  }

  private static Campaign launched(PlatformRules rules) {
    return submitted(rules).apply(new CampaignCommand.LaunchFundraiser(START.plusSeconds(120)), rules).orElseThrow();
  }

  /**
   * Given a US fundraiser in USD under the bundled GoFundMe rules, when three donors give USD 100.00 with a USD 15.00
   * tip, USD 50.00 with no tip and USD 25.00 with a USD 2.50 tip and the fundraiser settles, then every figure is
   * right to the cent: the tips stay apart like a backer fee, the processing fee is 2.9% + USD 0.30 of each donation
   * (not of its tip), the platform fee is 0% and the payout is the donations less the fees.
   */
  @Test
  void heldOutStyleAUsFundraiserWithTipsUnderTheBundledRulesSettlesToTheCent() {
    Campaign campaign = launched(GOFUNDME_US);
    campaign = campaign.apply(donate(1, "100.00", "15.00", 10), GOFUNDME_US).orElseThrow();
    campaign = campaign.apply(donate(2, "50.00", "0.00", 20), GOFUNDME_US).orElseThrow();
    campaign = campaign.apply(donate(3, "25.00", "2.50", 30), GOFUNDME_US).orElseThrow();
    assertThat(campaign.status()).as("keeps taking donations").isEqualTo(CampaignStatus.LIVE);
    assertThat(campaign.deadline()).isEmpty();

    Fundraiser fundraiser = campaign.fundraiser().orElseThrow();
    assertThat(fundraiser.raised()).as("donations, tips excluded").isEqualTo(usd("175.00"));
    assertThat(fundraiser.tips()).isEqualTo(usd("17.50"));
    assertThat(fundraiser.tipOf(BackerId.of(2))).isEqualTo(usd("0.00"));

    // 2.9% + USD 0.30 of each donation alone, rounded half up: 3.20, 1.75, 1.025 -> 1.03
    assertThat(GOFUNDME_US.processingFee().on(usd("100.00"))).isEqualTo(usd("3.20"));
    assertThat(GOFUNDME_US.processingFee().on(usd("50.00"))).isEqualTo(usd("1.75"));
    assertThat(GOFUNDME_US.processingFee().on(usd("25.00"))).isEqualTo(usd("1.03"));

    Settlement<BackerId> payout = Settlement.of(campaign, GOFUNDME_US);
    assertThat(payout.collected()).isEqualTo(usd("175.00"));
    assertThat(payout.platformFee()).isEqualTo(usd("0.00"));
    assertThat(payout.processingFees()).isEqualTo(usd("5.98"));
    assertThat(payout.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(payout.totalFees()).isEqualTo(usd("5.98"));
    assertThat(payout.payout()).as("donations - fees").isEqualTo(usd("169.02"));
    assertThat(payout.tips()).as("the platform's, never the organiser's").isEqualTo(usd("17.50"));
    assertThat(payout.backerFeesCharged()).isEqualTo(usd("0.00"));
    assertThat(payout.outcome()).isEqualTo(FundingOutcome.KEPT_BELOW_GOAL);
    String[][] donors = {{"100.00", "15.00", "115.00"}, {"50.00", "0.00", "50.00"}, {"25.00", "2.50", "27.50"}};
    for (int d = 0; d < donors.length; d++) {
      BackerStatement<BackerId> statement = payout.statementOf(BackerId.of(d + 1)).orElseThrow();
      assertThat(statement.total(StatementLine.Kind.PLEDGE_COLLECTED)).isEqualTo(usd(donors[d][0]));
      assertThat(statement.total(StatementLine.Kind.TIP)).isEqualTo(usd(donors[d][1]));
      assertThat(statement.netPaid()).isEqualTo(usd(donors[d][2]));
    }
  }

  @Test
  void theBundledRulesStateThatGoFundMePublishesNoDonationLimit() {
    assertThat(GOFUNDME_US.unknowns()).extracting(unknown -> unknown.rule())
        .doesNotContain(Rule.PLEDGE_MINIMUM, Rule.PLEDGE_MAXIMUM);
    assertThat(GOFUNDME_US.fact(Rule.PLEDGE_MINIMUM).flatMap(RuleFact::value)).contains(Rule.NO_LIMIT);
    assertThat(GOFUNDME_US.minimumPledge(CurrencyUnit.USD)).isEqualTo(usd("0.01"));
    assertThat(GOFUNDME_US.maximumPledge(CurrencyUnit.USD)).isEqualTo(Campaign.largestAmount(CurrencyUnit.USD));
    assertThat(GOFUNDME_US.currencyViolation(CurrencyUnit.USD)).isEmpty();
  }

  @Test
  void aDonationOfOneCentUpToWhatAFundraiserHoldsIsAccepted() {
    Campaign campaign = launched(GOFUNDME_US).apply(donate(1, "0.01", "0.00", 10), GOFUNDME_US).orElseThrow();
    Money largest = Campaign.largestAmount(CurrencyUnit.USD).minus(usd("0.01"));
    campaign = campaign.apply(new CampaignCommand.Donate(Pledge.of(BackerId.of(2), largest,
        START.plus(Duration.ofMinutes(20))), usd("0.00"), LateCharge.COLLECTED), GOFUNDME_US).orElseThrow();
    assertThat(campaign.fundraiser().orElseThrow().raised()).isEqualTo(Campaign.largestAmount(CurrencyUnit.USD));
    assertThat(campaign.decide(donate(3, "0.01", "0.00", 30), GOFUNDME_US).violations())
        .extracting(RuleViolation::code).containsExactly(RuleViolation.Code.AMOUNT_TOO_LARGE);
  }

  @Test
  void anApplicationMayStillSetItsOwnDonationLimits() {
    PlatformRules ownLimits = Platform.goFundMe()
        .withFact(RuleFact.of(Rule.PLEDGE_MINIMUM, "USD", "5", Confidence.UNCONFIRMED, "our own limit"))
        .withFact(RuleFact.of(Rule.PLEDGE_MAXIMUM, "USD", "100000", Confidence.UNCONFIRMED, "our own limit"))
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2026, 3, 2));
    Campaign campaign = launched(ownLimits);
    assertThat(ownLimits.minimumPledge(CurrencyUnit.USD)).isEqualTo(usd("5.00"));
    assertThat(campaign.decide(donate(1, "4.99", "0.00", 10), ownLimits).violations())
        .extracting(RuleViolation::code).containsExactly(RuleViolation.Code.PLEDGE_BELOW_MINIMUM);
    assertThat(campaign.decide(donate(1, "100000.01", "0.00", 10), ownLimits).violations())
        .extracting(RuleViolation::code).containsExactly(RuleViolation.Code.PLEDGE_ABOVE_MAXIMUM);
    assertThat(campaign.decide(donate(1, "5.00", "0.00", 10), ownLimits).violations()).isEmpty();
  }

  @Test
  void whatIsReallyUnknownStaysUnknown() {
    PlatformRules inFrance = Platform.goFundMe().rules(Country.of("FR"), CurrencyUnit.EUR, LocalDate.of(2026, 3, 2));
    Campaign campaign = launched(inFrance).apply(new CampaignCommand.Donate(Pledge.of(BackerId.of(1),
        Money.parse("EUR 20.00"), START.plus(Duration.ofMinutes(10))), Money.parse("EUR 0.00"),
        LateCharge.COLLECTED), inFrance).orElseThrow();
    assertThatThrownBy(() -> Settlement.of(campaign, inFrance)).isInstanceOf(UnknownFeeException.class)
        .hasMessageContaining("fee.processing.percent");
    PlatformRules in2017 = Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2017, 6, 1));
    Campaign campaign2017 = launched(in2017).apply(donate(1, "100.00", "0.00", 10), in2017).orElseThrow();
    assertThatThrownBy(() -> Settlement.of(campaign2017, in2017)).isInstanceOf(UnknownFeeException.class)
        .hasMessageContaining("fee.platform.percent");
  }

  @Test
  void aGoFundMeCampaignCannotLaunchWithADeadline() {
    assertThat(submitted().decide(new CampaignCommand.Launch(START.plusSeconds(120)), GOFUNDME_US).violations())
        .extracting(RuleViolation::code).containsExactly(RuleViolation.Code.NO_DEADLINE_UNDER_RULES);
  }

  @Test
  void goFundMeTookFivePercentOfADonationBefore2017() {
    PlatformRules in2016 = Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2016, 6, 1));
    Campaign campaign = launched(in2016).apply(donate(1, "100.00", "0.00", 10), in2016).orElseThrow();
    Settlement<BackerId> payout = Settlement.of(campaign, in2016);
    assertThat(payout.platformFee()).isEqualTo(usd("5.00"));
    assertThat(payout.payout()).isEqualTo(usd("91.80"));
  }
}
