package io.github.crowdfund.outcomes.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The simulation's small values at their boundaries: shares of the goal reached, predictions, appeals. */
class SimulationValuesTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 2_000), Duration.ofDays(30));

  @Test
  void aShareOfTheGoalIsReachedExactlyAtItsAmountAtThePeak() {
    SimulatedCampaign live = CampaignSimulator.of(CONFIG).runUntil(1, 1, Duration.ofDays(1));
    SimulatedCampaign atFifth = new SimulatedCampaign(live.campaign(), 1, 0, 0, 0, Optional.empty(),
        Money.of(CurrencyUnit.USD, 400));
    SimulatedCampaign below = new SimulatedCampaign(live.campaign(), 1, 0, 0, 0, Optional.empty(),
        Money.of(CurrencyUnit.USD, 399.99));
    assertThat(atFifth.reached(20)).isTrue();
    assertThat(atFifth.reached(30)).isFalse();
    assertThat(below.reached(20)).isFalse();
    assertThat(below.reached(19)).isTrue();
  }

  @Test
  void aPredictionNeedsOneRunOrMoreAndAtMostAsManySuccesses() {
    assertThat(new Prediction(1, 1, 1, 0.5).runs()).isEqualTo(1);
    assertThatThrownBy(() -> new Prediction(0, 0, 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("successes '0' of runs '0' are inconsistent");
    assertThatThrownBy(() -> new Prediction(1, 2, 3, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("successes '3' of runs '2' are inconsistent");
    assertThatThrownBy(() -> new Prediction(0, 2, -1, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGoalGradientIsOneAtItsStartAndFromTheGoalOn() {
    BackerModel backers = CONFIG.backers();
    assertThat(backers.gradientFactor(backers.gradientFrom())).isEqualTo(1);
    assertThat(backers.gradientFactor(1)).isEqualTo(1);
    assertThat(backers.gradientFactor(Math.nextDown(1.0))).isCloseTo(1 + backers.goalGradient(), within(1e-9));
  }

  @Test
  void appealsAreLogNormalAroundTheirMedian() {
    // Every campaign finds traction: appeals are the viable median times e^(sigma × N(0, 1)); one in six lies above
    // median × e^sigma, and half above the median.
    BackerModel backers = CONFIG.backers().withAppeals(1, 1.6, 0.06, 2);
    SplittableRandom random = new SplittableRandom(8);
    int draws = 20_000;
    int aboveOneSigma = 0;
    int aboveMedian = 0;
    double sigma = backers.viableSigma();
    for (int i = 0; i < draws; i++) {
      double appeal = backers.drawAppeal(random);
      aboveOneSigma += appeal > 1.6 * Math.exp(sigma) ? 1 : 0;
      aboveMedian += appeal > 1.6 ? 1 : 0;
    }
    assertThat(aboveOneSigma / (double) draws).isCloseTo(0.1587, within(0.015));
    assertThat(aboveMedian / (double) draws).isCloseTo(0.5, within(0.015));
  }
}
