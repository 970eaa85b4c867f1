package io.github.crowdfund.outcomes.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SuccessPredictorTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 3_000), Duration.ofDays(30));
  private static final CampaignSimulator SIMULATOR = CampaignSimulator.of(CONFIG);
  private static final SuccessPredictor PREDICTOR = SuccessPredictor.of(CONFIG);
  private static final Duration OBSERVED = Duration.ofDays(10);

  /** A simulated campaign's prediction at day 10 and whether it went on to succeed. */
  private record Case(double predicted, boolean succeeded) {}

  @Test
  @Tag("calibration")
  void predictionsAreCalibratedInEveryDecile() {
    Instant now = CONFIG.launch().plus(OBSERVED);
    List<Case> cases = IntStream.range(0, 2_000).parallel()
        .mapToObj(i -> new Case(
            PREDICTOR.predict(SIMULATOR.runUntil(99, i, OBSERVED).campaign(), now, 30, i).probability(),
            SIMULATOR.run(99, i).succeeded()))
        .sorted(Comparator.comparingDouble(Case::predicted))
        .toList();
    // Deciles of predicted probability, 200 campaigns each: the observed frequency of success is within 5 points of
    // the mean prediction (the binomial standard error is at most 3.5 points, near 0 or 1 much less).
    for (int decile = 0; decile < 10; decile++) {
      List<Case> bin = cases.subList(decile * 200, (decile + 1) * 200);
      double predicted = bin.stream().mapToDouble(Case::predicted).average().orElseThrow();
      double observed = bin.stream().filter(Case::succeeded).count() / 200.0;
      assertThat(observed).as("decile %d, mean prediction %.3f", decile + 1, predicted)
          .isCloseTo(predicted, within(0.05));
    }
  }

  @Test
  void theSamePredictionForTheSameSeed() {
    Instant now = CONFIG.launch().plus(OBSERVED);
    var live = SIMULATOR.runUntil(1, 1, OBSERVED).campaign();
    assertThat(PREDICTOR.predict(live, now, 50, 4)).isEqualTo(PREDICTOR.predict(live, now, 50, 4));
  }

  @Test
  void aCampaignWithNoBackersLateInItsLifeIsHopelessAndOnePastItsGoalIsSafe() {
    Duration late = Duration.ofDays(25);
    Instant now = CONFIG.launch().plus(late);
    for (int i = 0; i < 200; i++) {
      SimulatedCampaign run = SIMULATOR.runUntil(8, i, late);
      if (run.campaign().backerCount() == 0) {
        assertThat(PREDICTOR.predict(run.campaign(), now, 50, 1).probability()).isLessThan(0.05);
      } else if (run.campaign().totalPledged().isGreaterThan(CONFIG.goal().multipliedBy(2))) {
        assertThat(PREDICTOR.predict(run.campaign(), now, 50, 1).probability()).isGreaterThan(0.95);
      }
    }
  }

  @Test
  void onlyLiveCampaignsOfTheConfiguredGoalArePredicted() {
    SimulatedCampaign ended = SIMULATOR.run(1, 1);
    assertThatThrownBy(() -> PREDICTOR.predict(ended.campaign(), CONFIG.launch(), 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LIVE");
    SimulatedCampaign live = SIMULATOR.runUntil(1, 1, OBSERVED);
    assertThatThrownBy(() -> PREDICTOR.predict(live.campaign(), CONFIG.launch().plus(Duration.ofDays(31)), 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not within");
    assertThatThrownBy(() -> PREDICTOR.predict(live.campaign(), CONFIG.launch(), 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
  }
}
