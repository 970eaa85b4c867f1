package io.github.crowdfund.outcomes.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Pledge;
import java.time.Duration;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The simulator's deterministic parts: seeds, pledge amounts without spread, and the pace of arrivals. */
class CampaignSimulatorPartsTest {

  private static final SimulationConfig USD = SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 2_000),
      Duration.ofDays(30));
  private static final double DAY = 86_400;
  private static final double LENGTH = 30 * DAY;

  private static SimulationConfig withPledges(SimulationConfig config, PledgeSizes pledges) {
    return new SimulationConfig(config.goal(), config.duration(), config.tiers(), config.rules(), config.launch(),
        config.arrivals(), config.backers(), pledges);
  }

  private static List<Money> pledgesOf(SimulationConfig config) {
    CampaignSimulator simulator = CampaignSimulator.of(config);
    return java.util.stream.LongStream.range(0, 20)
        .mapToObj(index -> simulator.run(5, index).campaign())
        .flatMap(campaign -> campaign.pledges().map(Pledge::amount))
        .toList();
  }

  @Test
  void campaignSeedsAreTheSplitMix64SequenceOfTheSeed() {
    // SplitMix64 from state 0 gives 0xE220A8397B1DCDAF, then 0x6E789E6AA1B965F4.
    assertThat(CampaignSimulator.campaignSeed(0, 1)).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(CampaignSimulator.campaignSeed(0, 2)).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(CampaignSimulator.campaignSeed(0, 0)).isZero();
    assertThat(CampaignSimulator.campaignSeed(1, 0)).isEqualTo(0x5692161D100B05E5L);
    assertThat(CampaignSimulator.campaignSeed(42, 1_000)).isEqualTo(0x66091CA85313FA68L);
  }

  @Test
  void withoutSpreadEveryPledgeIsTheMedianInWholeMajorUnits() {
    List<Money> pledges = pledgesOf(withPledges(USD, new PledgeSizes(Money.of(CurrencyUnit.USD, 25.40), 0)));
    assertThat(pledges).isNotEmpty().containsOnly(Money.of(CurrencyUnit.USD, 25));
    List<Money> rounded = pledgesOf(withPledges(USD, new PledgeSizes(Money.of(CurrencyUnit.USD, 25.50), 0)));
    assertThat(rounded).isNotEmpty().containsOnly(Money.of(CurrencyUnit.USD, 26));
  }

  @Test
  void pledgesAreKeptWithinTheRulesLimits() {
    Money most = USD.rules().maximumPledge(CurrencyUnit.USD);
    List<Money> large = pledgesOf(withPledges(USD, new PledgeSizes(most.multipliedBy(3), 0)));
    assertThat(large).isNotEmpty().containsOnly(most);
    Money least = USD.rules().minimumPledge(CurrencyUnit.USD);
    List<Money> small = pledgesOf(withPledges(USD, new PledgeSizes(Money.of(CurrencyUnit.USD, 0.01), 0)));
    assertThat(small).isNotEmpty()
        .containsOnly(least.isGreaterThan(Money.of(CurrencyUnit.USD, 1)) ? least : Money.of(CurrencyUnit.USD, 1));
  }

  @Test
  void thePaceIsTheExpectedBackersSpreadOverTheCampaignTimesTheArrivalWeightAndTheGoalFactors() {
    CampaignSimulator simulator = CampaignSimulator.of(USD);
    BackerModel backers = USD.backers();
    long goal = USD.goal().getAmountMinorLong();
    double early = 3 * DAY;
    double base = backers.expectedBackers() / LENGTH * USD.arrivals().weight(early, LENGTH);
    assertThat(simulator.unitPace(early, LENGTH, 0)).isEqualTo(base * backers.gradientFactor(0));
    assertThat(simulator.unitPace(early, LENGTH, goal / 4))
        .isEqualTo(base * backers.gradientFactor((double) (goal / 4) / goal));
    assertThat(simulator.unitPace(early, LENGTH, goal)).isEqualTo(base * backers.afterGoalFactor());
    assertThat(simulator.unitPace(early, LENGTH, goal - 1))
        .isEqualTo(base * backers.gradientFactor((double) (goal - 1) / goal));
  }

  @Test
  void theFinalPushStartsAWeekBeforeTheDeadlineForCampaignsFarEnoughAlong() {
    CampaignSimulator simulator = CampaignSimulator.of(USD);
    BackerModel backers = USD.backers();
    long goal = USD.goal().getAmountMinorLong();
    long along = (long) Math.ceil(backers.finalPushFrom() * goal);
    double push = LENGTH - 7 * DAY;
    double atPush = backers.expectedBackers() / LENGTH * USD.arrivals().weight(push, LENGTH)
        * backers.gradientFactor((double) along / goal);
    assertThat(simulator.unitPace(push, LENGTH, along)).isEqualTo(atPush * backers.finalPushFactor());
    double before = Math.nextDown(push);
    assertThat(simulator.unitPace(before, LENGTH, along)).isEqualTo(backers.expectedBackers() / LENGTH
        * USD.arrivals().weight(before, LENGTH) * backers.gradientFactor((double) along / goal));
    assertThat(simulator.unitPace(push, LENGTH, along - 1)).isEqualTo(backers.expectedBackers() / LENGTH
        * USD.arrivals().weight(push, LENGTH) * backers.gradientFactor((double) (along - 1) / goal));
    // A campaign of 8 days pushes in its last quarter, its last 2 days.
    double shortLength = 8 * DAY;
    double shortPush = shortLength - 2 * DAY;
    assertThat(simulator.unitPace(shortPush, shortLength, along)).isEqualTo(backers.expectedBackers() / shortLength
        * USD.arrivals().weight(shortPush, shortLength) * backers.gradientFactor((double) along / goal)
        * backers.finalPushFactor());
    assertThat(simulator.unitPace(Math.nextDown(shortPush), shortLength, along)).isEqualTo(
        backers.expectedBackers() / shortLength * USD.arrivals().weight(Math.nextDown(shortPush), shortLength)
            * backers.gradientFactor((double) along / goal));
  }
}
