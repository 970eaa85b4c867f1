package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.LAUNCH;
import static io.github.crowdfund.core.Fixtures.T0;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.Donate;
import io.github.crowdfund.core.CampaignCommand.LaunchFundraiser;
import io.github.crowdfund.core.CampaignEvent.DonationCharged;
import io.github.crowdfund.core.CampaignEvent.FundraiserLaunched;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Fundraisers without a deadline (GoFundMe): launch, donations charged at once, tips kept apart, payout. */
class FundraisersTest {

  /** Rules whose campaigns have no deadline: the default rules otherwise. */
  static final CampaignRules NO_DEADLINE = new DelegatingRules(Fixtures.RULES) {
    @Override
    public boolean hasDeadline() {
      return false;
    }
  };

  /** 0% platform fee, 2.9% + $0.30 per donation, no tax, no backer fee. */
  static final FeeSchedule GOFUNDME_US = FeeSchedule.of(PlatformFee.none(),
      PledgeFee.percentPlusFixed(Percentage.parse("2.9%"), Money.parse("USD 0.30"), RoundingMode.HALF_UP),
      FeeTax.none(), BackerFee.none());

  static Money cents(long minor) {
    return Money.ofMinor(CurrencyUnit.USD, minor);
  }

  /** A submitted keep-it-all campaign for $1,000 (or another goal). */
  static List<CampaignEvent> submitted(Goal goal) {
    return new ArrayList<>(List.of(Fixtures.created(goal, List.of(), List.of()),
        new CampaignEvent.Submitted(T0.plusSeconds(60))));
  }

  /** A fundraiser for $1,000 launched at LAUNCH, with these events after. */
  static List<CampaignEvent> live(CampaignEvent... more) {
    List<CampaignEvent> events = submitted(Goal.keepItAll(usd(1_000)));
    events.add(new FundraiserLaunched(LAUNCH));
    events.addAll(List.of(more));
    return events;
  }

  static Instant hour(int n) {
    return LAUNCH.plus(Duration.ofHours(n));
  }

  static DonationCharged donated(long donor, Money amount, Money tip, int hour) {
    return new DonationCharged(Pledge.of(backer(donor), amount, hour(hour)), tip, LateCharge.COLLECTED);
  }

  @Test
  void aKeepItAllCampaignLaunchesAsAFundraiserWithoutADeadlineUnderRulesWithoutDeadlines() {
    Campaign live = given(submitted(Goal.keepItAll(usd(1_000)))).under(NO_DEADLINE)
        .when(new LaunchFundraiser(LAUNCH)).then(new FundraiserLaunched(LAUNCH));
    assertThat(live.status()).isEqualTo(CampaignStatus.LIVE);
    assertThat(live.deadline()).isEmpty();
    assertThat(live.timeLeft(hour(10_000))).isEmpty();
    assertThat(live.fundraiser()).isPresent();
    assertThat(live.fundingOutcome()).as("no outcome at a deadline").isEmpty();
    assertThat(live.paymentsFinal()).as("settles at any time").isTrue();
  }

  @Test
  void rulesWithDeadlinesRefuseAFundraiserAndRulesWithoutThemRefuseALaunchWithADeadline() {
    given(submitted(Goal.keepItAll(usd(1_000)))).when(new LaunchFundraiser(LAUNCH))
        .thenRejected(Code.DEADLINE_REQUIRED);
    given(submitted(Goal.keepItAll(usd(1_000)))).under(NO_DEADLINE).when(new CampaignCommand.Launch(LAUNCH))
        .thenRejected(Code.NO_DEADLINE_UNDER_RULES);
  }

  @Test
  void aFundraiserKeepsWhateverIsGivenSoItsGoalIsKeepItAll() {
    given(submitted(Goal.allOrNothing(usd(1_000)))).under(NO_DEADLINE).when(new LaunchFundraiser(LAUNCH))
        .thenRejected(Code.FUNDRAISER_NOT_KEEP_IT_ALL);
  }

  @Test
  void aFundraiserLaunchesOnlyWhenSubmitted() {
    given(live()).under(NO_DEADLINE).when(new LaunchFundraiser(hour(1))).thenRejected(Code.ILLEGAL_TRANSITION);
  }

  @Test
  void aCollectedDonationCountsAtOnceAndItsTipIsKeptApart() {
    Campaign after = given(live()).under(NO_DEADLINE)
        .when(new Donate(Pledge.of(backer(1), usd(100), hour(1)), usd(15), LateCharge.COLLECTED))
        .then(donated(1, usd(100), usd(15), 1));
    Fundraiser fundraiser = after.fundraiser().orElseThrow();
    assertThat(fundraiser.raised()).as("the tip is not part of the total").isEqualTo(usd(100));
    assertThat(after.totalPledged()).isEqualTo(usd(100));
    assertThat(fundraiser.tipOf(backer(1))).isEqualTo(usd(15));
    assertThat(fundraiser.tips()).isEqualTo(usd(15));
    assertThat(after.paymentStateOf(backer(1))).contains(PaymentState.COLLECTED);
    assertThat(after.refunds().collectedFrom(backer(1))).isEqualTo(usd(100));
  }

  @Test
  void aFailedDonationCountsNowhere() {
    Pledge donation = Pledge.of(backer(1), usd(100), hour(1));
    Campaign after = given(live()).under(NO_DEADLINE).when(new Donate(donation, usd(15), LateCharge.FAILED))
        .then(new DonationCharged(donation, usd(15), LateCharge.FAILED));
    Fundraiser fundraiser = after.fundraiser().orElseThrow();
    assertThat(fundraiser.raised()).isEqualTo(usd(0));
    assertThat(fundraiser.tips()).isEqualTo(usd(0));
    assertThat(fundraiser.failedDonations()).isEqualTo(1);
    assertThat(after.pledgeOf(backer(1))).isEmpty();
  }

  @Test
  void aDonationIsFinalSoTheDonorGivesOnce() {
    given(live(donated(1, usd(100), usd(0), 1))).under(NO_DEADLINE)
        .when(new Donate(Pledge.of(backer(1), usd(20), hour(2)), LateCharge.COLLECTED))
        .thenRejected(Code.ALREADY_BACKED);
  }

  @Test
  void onlyALiveFundraiserTakesDonations() {
    given(submitted(Goal.keepItAll(usd(1_000)))).under(NO_DEADLINE)
        .when(new Donate(Pledge.of(backer(1), usd(20), hour(2)), LateCharge.COLLECTED))
        .thenRejected(Code.NOT_A_FUNDRAISER);
    given(live(new CampaignEvent.Canceled(hour(1)))).under(NO_DEADLINE)
        .when(new Donate(Pledge.of(backer(1), usd(20), hour(2)), LateCharge.COLLECTED))
        .thenRejected(Code.NOT_LIVE);
  }

  @Test
  void aDonationIsWithinThePledgeLimitsAndInTheFundraisersCurrency() {
    given(live()).under(NO_DEADLINE).when(new Donate(Pledge.of(backer(1), usd(20_000), hour(2)),
        LateCharge.COLLECTED)).thenRejected(Code.PLEDGE_ABOVE_MAXIMUM);
    given(live()).under(NO_DEADLINE).when(new Donate(Pledge.of(backer(1), Money.of(CurrencyUnit.EUR, 20),
        hour(2)), LateCharge.COLLECTED)).thenRejected(Code.CURRENCY_MISMATCH);
  }

  @Test
  void aFundraiserOffersNoRewards() {
    given(live()).under(NO_DEADLINE).when(new Donate(Pledge.forReward(backer(1), usd(20), "mug", hour(2)),
        LateCharge.COLLECTED)).thenRejected(Code.FUNDRAISER_HAS_NO_REWARDS);
  }

  @Test
  void aTipIsZeroOrMoreInTheDonationsCurrency() {
    Pledge donation = Pledge.of(backer(1), usd(20), hour(2));
    assertThatThrownBy(() -> new Donate(donation, usd(-1), LateCharge.COLLECTED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD -1.00");
    assertThatThrownBy(() -> new Donate(donation, Money.of(CurrencyUnit.EUR, 1), LateCharge.COLLECTED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR 1.00");
    assertThat(new Donate(donation, LateCharge.COLLECTED).tip()).isEqualTo(usd(0));
  }

  @Test
  void whatNeedsADeadlineDoesNotApplyToAFundraiser() {
    for (CampaignCommand command : List.<CampaignCommand>of(new CampaignCommand.PlacePledge(Pledge.of(backer(2),
        usd(20), hour(2))), new CampaignCommand.CancelPledge(hour(2), backer(1)), new CampaignCommand.End(hour(2)),
        new CampaignCommand.EnableLatePledges(hour(2), List.of(), Optional.empty()))) {
      given(live(donated(1, usd(100), usd(0), 1))).under(NO_DEADLINE).when(command)
          .thenRejected(Code.FUNDRAISER_HAS_NO_DEADLINE);
    }
  }

  @Test
  void replayRefusesAPledgeOrAnEndInAFundraisersHistory() {
    assertThatThrownBy(() -> Campaign.replay(live(placed(1, usd(20), hour(1)))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("fundraiser without a deadline");
    assertThatThrownBy(() -> Campaign.replay(live(new CampaignEvent.Ended(hour(1), FundingOutcome.SUCCESSFUL))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("fundraiser without a deadline");
    assertThatThrownBy(() -> Campaign.replay(live(donated(1, usd(20), usd(0), 1), donated(1, usd(5), usd(0), 2))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("second donation");
    assertThatThrownBy(() -> Campaign.replay(List.of(Fixtures.created(Goal.keepItAll(usd(1_000)), List.of(),
        List.of()), new CampaignEvent.Submitted(T0.plusSeconds(60)), new CampaignEvent.Launched(LAUNCH,
        Fixtures.DEADLINE), donated(1, usd(20), usd(0), 1))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("not a live fundraiser");
  }

  @Test
  void theDonationsPayOutInFullMinusProcessingFeesAndTheTipsStayApart() {
    Campaign campaign = Campaign.replay(live(donated(1, usd(100), usd(15), 1), donated(2, usd(50), usd(0), 2),
        donated(3, cents(2_500), cents(250), 3)));
    Settlement<BackerId> settlement = Settlement.of(campaign, GOFUNDME_US);
    // processing: 2.9% of 100.00 + 0.30 = 3.20; of 50.00 + 0.30 = 1.75; of 25.00 + 0.30 = 1.025 -> 1.03 (half up)
    assertThat(settlement.collected()).isEqualTo(cents(17_500));
    assertThat(settlement.processingFees()).isEqualTo(cents(598));
    assertThat(settlement.platformFee()).isEqualTo(cents(0));
    assertThat(settlement.payout()).isEqualTo(cents(16_902));
    assertThat(settlement.tips()).isEqualTo(cents(1_750));
    assertThat(settlement.outcome()).as("below the $1,000 goal, kept").isEqualTo(FundingOutcome.KEPT_BELOW_GOAL);
    BackerStatement<BackerId> first = settlement.statementOf(backer(1)).orElseThrow();
    assertThat(first.lines()).extracting(StatementLine::kind)
        .containsExactly(StatementLine.Kind.PLEDGE_COLLECTED, StatementLine.Kind.TIP);
    assertThat(first.netPaid()).as("donation and tip").isEqualTo(usd(115));
    assertThat(settlement.statementOf(backer(2)).orElseThrow().lines()).extracting(StatementLine::kind)
        .containsExactly(StatementLine.Kind.PLEDGE_COLLECTED);
  }

  @Test
  void aFundraiserThatReachedItsGoalSettlesAsSuccessfulAndKeepsTakingDonations() {
    Campaign campaign = Campaign.replay(live(donated(1, usd(1_000), usd(0), 1)));
    assertThat(campaign.fundraiser().orElseThrow().outcomeSoFar()).isEqualTo(FundingOutcome.SUCCESSFUL);
    given(live(donated(1, usd(1_000), usd(0), 1))).under(NO_DEADLINE)
        .when(new Donate(Pledge.of(backer(2), usd(10), hour(5_000)), usd(1), LateCharge.COLLECTED))
        .then(donated(2, usd(10), usd(1), 5_000));
    assertThat(Campaign.replay(live()).fundraiser().orElseThrow().outcomeSoFar()).isEqualTo(FundingOutcome.FAILED);
    assertThat(Campaign.replay(live()).fundraiser().orElseThrow().tipsByDonor()).isEqualTo(Map.of());
  }

  @Test
  void aFundraiserHasNoPayoutCalendarCountedFromADeadline() {
    Campaign campaign = Campaign.replay(live(donated(1, usd(100), usd(0), 1)));
    assertThatThrownBy(() -> PayoutCalendar.of(campaign, GOFUNDME_US,
        PayoutSchedule.kickstarter(), hour(100)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("solar-lantern")
        .hasMessageContaining("Settlement.of");
  }

  @Test
  void aCampaignWithADeadlineIsNoFundraiser() {
    assertThat(Fixtures.live().fundraiser()).isEmpty();
  }
}
