package io.github.crowdfund.outcomes.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crowdfund.core.CampaignRules;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The arrival, backer and pledge models and the configuration: their figures and the values they refuse. */
class SimulationModelsTest {

  private static final double DAY = Duration.ofDays(1).toSeconds();
  private static final BackerModel BACKERS = new BackerModel(100, 0.5, 2, 0.35, 0.1, 1, 2, 0.4, 0.3, 0.02, 1.5, 0.5);

  @Test
  void uShapedArrivalsGiveEachEdgeItsShareOfTheBackers() {
    ArrivalModel arrivals = ArrivalModel.uShaped();
    double length = 30 * DAY;
    // The first and last 7 of 30 days get 35% and 30% of the arrivals, the 16 days between the other 35%.
    assertThat(arrivals.weight(0, length)).isCloseTo(0.35 / (7 / 30.0), within(1e-12));
    assertThat(arrivals.weight(7 * DAY - 1, length)).isCloseTo(1.5, within(1e-12));
    assertThat(arrivals.weight(7 * DAY, length)).isCloseTo(0.35 / (16 / 30.0), within(1e-12));
    assertThat(arrivals.weight(23 * DAY - 1, length)).isCloseTo(0.65625, within(1e-12));
    assertThat(arrivals.weight(23 * DAY, length)).isCloseTo(0.30 / (7 / 30.0), within(1e-12));
    assertThat(arrivals.weight(length, length)).isCloseTo(0.30 / (7 / 30.0), within(1e-12));
    assertThat(arrivals.maxWeight(length)).isCloseTo(1.5, within(1e-12));
    // The weights average to 1 over the campaign.
    double sum = 0;
    int steps = 30 * 24;
    for (int hour = 0; hour < steps; hour++) {
      sum += arrivals.weight((hour + 0.5) * 3600, length);
    }
    assertThat(sum / steps).isCloseTo(1, within(1e-9));
  }

  @Test
  void aShortCampaignsEdgesAreAQuarterOfItEach() {
    ArrivalModel arrivals = ArrivalModel.uShaped();
    double length = 8 * DAY;
    assertThat(arrivals.weight(DAY, length)).isCloseTo(0.35 / 0.25, within(1e-12));
    assertThat(arrivals.weight(2 * DAY, length)).isCloseTo(0.35 / 0.5, within(1e-12));
    assertThat(arrivals.weight(6 * DAY, length)).isCloseTo(0.30 / 0.25, within(1e-12));
    assertThat(arrivals.maxWeight(length)).isCloseTo(1.4, within(1e-12));
  }

  @Test
  void theHighestWeightIsWhereMostArrivalsCrowd() {
    double length = 30 * DAY;
    assertThat(new ArrivalModel.UShaped(Duration.ofDays(7), 0.1, 0.5).maxWeight(length))
        .isCloseTo(0.5 / (7 / 30.0), within(1e-12));
    assertThat(new ArrivalModel.UShaped(Duration.ofDays(7), 0.05, 0.05).maxWeight(length))
        .isCloseTo(0.9 / (16 / 30.0), within(1e-12));
    assertThat(ArrivalModel.constant().weight(3 * DAY, length)).isEqualTo(1);
    assertThat(ArrivalModel.constant().maxWeight(length)).isEqualTo(1);
  }

  @Test
  void uShapedArrivalsRefuseBadEdgesAndShares() {
    assertThatThrownBy(() -> new ArrivalModel.UShaped(Duration.ZERO, 0.3, 0.3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'PT0S'");
    assertThatThrownBy(() -> new ArrivalModel.UShaped(Duration.ofDays(-1), 0.3, 0.3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'PT-24H'");
    assertThatThrownBy(() -> new ArrivalModel.UShaped(Duration.ofDays(7), -0.01, 0.3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'-0.01'");
    assertThatThrownBy(() -> new ArrivalModel.UShaped(Duration.ofDays(7), 0.3, -0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'-0.01'");
    assertThatThrownBy(() -> new ArrivalModel.UShaped(Duration.ofDays(7), 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0.5' and '0.5'");
    assertThat(new ArrivalModel.UShaped(Duration.ofSeconds(1), 0, 0).firstShare()).isZero();
  }

  @Test
  void theGoalGradientSpeedsBackersUpLinearlyBetweenItsStartAndTheGoal() {
    assertThat(BACKERS.gradientFactor(0.2)).isEqualTo(1);
    assertThat(BACKERS.gradientFactor(0.5)).isEqualTo(1);
    assertThat(BACKERS.gradientFactor(0.75)).isCloseTo(1 + 1.5 * 0.5, within(1e-12));
    assertThat(BACKERS.gradientFactor(0.9)).isCloseTo(1 + 1.5 * 0.8, within(1e-12));
    assertThat(BACKERS.gradientFactor(1)).isEqualTo(1);
    assertThat(BACKERS.gradientFactor(3)).isEqualTo(1);
  }

  @Test
  void theHighestFactorIsTheFinalPushWithTheGradientOrAfterTheGoal() {
    assertThat(BACKERS.maxFactor()).isCloseTo(2 * 2.5, within(1e-12));
    BackerModel pushWithGradient = new BackerModel(100, 0.5, 2, 0.35, 0.1, 1, 2, 0.4, 3, 0.02, 1, 0.5);
    assertThat(pushWithGradient.maxFactor()).isEqualTo(4);
    BackerModel fastAfterGoal = new BackerModel(100, 0.5, 2, 0.35, 0.1, 1, 0.1, 0.4, 3, 0.02, 1, 0.5);
    assertThat(fastAfterGoal.maxFactor()).isEqualTo(3);
    BackerModel slow = new BackerModel(100, 0.5, 2, 0.35, 0.1, 1, 0.1, 0.4, 0.2, 0.02, 1, 0.5);
    assertThat(slow.maxFactor()).isEqualTo(1);
  }

  @Test
  void campaignsWithTractionDrawTheViableAppealAndTheOthersTheDudAppeal() {
    BackerModel allDuds = new BackerModel(100, 0, 3, 0, 0.2, 0, 2, 0.4, 0.3, 0.02, 1.5, 0.5);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 20; i++) {
      assertThat(new BackerModel(100, 1, 3, 0, 0.2, 1, 2, 0.4, 0.3, 0.02, 1.5, 0.5).drawAppeal(random))
          .isEqualTo(3);
      assertThat(allDuds.drawAppeal(random)).isEqualTo(0.2);
    }
    BackerModel wide = new BackerModel(100, 1, BackerModel.MAX_APPEAL, 5, 0.2, 0, 2, 0.4, 0.3, 0.02, 1.5, 0.5);
    double[] draws = new double[200];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = wide.drawAppeal(random);
    }
    assertThat(draws).contains(BackerModel.MAX_APPEAL);
    assertThat(java.util.Arrays.stream(draws).max().getAsDouble()).isEqualTo(BackerModel.MAX_APPEAL);
    assertThat(java.util.Arrays.stream(draws).min().getAsDouble()).isPositive();
    // About half of the base model's campaigns find traction; their appeals spread around 2, the others' around 0.1.
    long viable = 0;
    for (int i = 0; i < 2000; i++) {
      viable += BACKERS.drawAppeal(random) > 0.45 ? 1 : 0;
    }
    assertThat(viable).isBetween(900L, 1150L);
  }

  @Test
  void copiesChangeOnlyTheirParts() {
    BackerModel appeals = BACKERS.withAppeals(0.25, 3, 0.05, 2);
    assertThat(appeals).isEqualTo(new BackerModel(100, 0.25, 3, 0.35, 0.05, 2, 2, 0.4, 0.3, 0.02, 1.5, 0.5));
    assertThat(BACKERS.withGoalGradient(0.7))
        .isEqualTo(new BackerModel(100, 0.5, 2, 0.35, 0.1, 1, 2, 0.4, 0.3, 0.02, 0.7, 0.5));
    assertThat(BACKERS.withExpectedBackers(7))
        .isEqualTo(new BackerModel(7, 0.5, 2, 0.35, 0.1, 1, 2, 0.4, 0.3, 0.02, 1.5, 0.5));
  }

  @Test
  void everyBackerParameterIsCheckedAgainstItsRange() {
    assertThat(new BackerModel(1e7, 0, 50, 5, 50, 5, 100, 1, 100, 1, 100, Math.nextDown(1.0)).cancelShare())
        .isEqualTo(1);
    assertThat(new BackerModel(Double.MIN_VALUE, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0).tractionShare()).isEqualTo(1);
    double[] base = {100, 0.5, 2, 0.35, 0.1, 1, 2, 0.4, 0.3, 0.02, 1.5, 0.5};
    String[] names = {"expectedBackers", "tractionShare", "viableAppeal", "viableSigma", "dudAppeal", "dudSigma",
        "finalPushFactor", "finalPushFrom", "afterGoalFactor", "cancelShare", "goalGradient", "gradientFrom"};
    double[] tooHigh = {1.1e7, 1.01, 50.5, 5.1, 50.5, 5.1, 101, 1.01, 101, 1.01, 101, 1};
    double[] tooLow = {0, -0.01, 0, -0.01, 0, -0.01, 0, -0.01, 0, -0.01, -0.01, -0.01};
    for (int i = 0; i < base.length; i++) {
      for (double bad : new double[] {tooHigh[i], tooLow[i], Double.NaN}) {
        double[] values = base.clone();
        values[i] = bad;
        assertThatThrownBy(() -> model(values)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(names[i] + " must be between").hasMessageEndingWith("was '" + bad + "'");
      }
    }
  }

  private static BackerModel model(double[] v) {
    return new BackerModel(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
  }

  @Test
  void pledgeSizesHaveALogNormalMeanAndRefuseBadParts() {
    assertThat(new PledgeSizes(Money.of(CurrencyUnit.USD, 49), 1.1).meanMajor())
        .isCloseTo(49 * Math.exp(0.605), within(1e-9));
    assertThat(new PledgeSizes(Money.of(CurrencyUnit.USD, 20), 0).meanMajor()).isEqualTo(20);
    assertThat(new PledgeSizes(Money.of(CurrencyUnit.USD, 20), 5).sigma()).isEqualTo(5);
    assertThatThrownBy(() -> new PledgeSizes(Money.zero(CurrencyUnit.USD), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'USD 0.00'");
    assertThatThrownBy(() -> new PledgeSizes(Money.of(CurrencyUnit.USD, 20), 5.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'5.01'");
    assertThatThrownBy(() -> new PledgeSizes(Money.of(CurrencyUnit.USD, 20), -0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'-0.01'");
  }

  @Test
  void theCalibratedConfigurationExpectsEnoughBackersForTheGoal() {
    SimulationConfig config = SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 10_000), Duration.ofDays(30));
    assertThat(config.backers().expectedBackers())
        .isCloseTo(10_000 / (49 * Math.exp(1.1 * 1.1 / 2)), within(1e-9));
    assertThat(config.backers().tractionShare()).isEqualTo(0.3079);
    assertThat(config.backers().goalGradient()).isEqualTo(2.0171);
    assertThat(config.arrivals()).isEqualTo(ArrivalModel.uShaped());
    assertThat(config.launch()).isEqualTo(SimulationConfig.DEFAULT_LAUNCH);
    assertThat(config.tiers()).isEmpty();
    assertThat(SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 10), Duration.ofDays(30)).backers()
        .expectedBackers()).isEqualTo(1);
  }

  @Test
  void aConfigurationRefusesAGoalOfNothingAndPledgesInAnotherCurrency() {
    SimulationConfig config = SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 1_000), Duration.ofDays(30));
    assertThatThrownBy(() -> new SimulationConfig(Money.zero(CurrencyUnit.USD), config.duration(), List.of(),
        CampaignRules.defaults(), config.launch(), config.arrivals(), config.backers(), config.pledges()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'USD 0.00'");
    assertThatThrownBy(() -> new SimulationConfig(Money.of(CurrencyUnit.EUR, 1_000), config.duration(), List.of(),
        CampaignRules.defaults(), config.launch(), config.arrivals(), config.backers(), config.pledges()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'USD 49.00'")
        .hasMessageContaining("'EUR'");
    assertThat(config.withArrivals(ArrivalModel.constant()).arrivals()).isEqualTo(ArrivalModel.constant());
    assertThat(config.withBackers(BACKERS).backers()).isEqualTo(BACKERS);
    assertThat(config.withBackers(BACKERS).goal()).isEqualTo(config.goal());
  }
}
