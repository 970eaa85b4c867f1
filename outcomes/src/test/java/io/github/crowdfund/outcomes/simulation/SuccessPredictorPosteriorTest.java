package io.github.crowdfund.outcomes.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** What the predictor infers from the backers seen so far, on a few campaigns at a time. */
class SuccessPredictorPosteriorTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 3_000), Duration.ofDays(30));

  @Test
  void moreBackersSoFarMeanAHigherAppealAndABetterChance() {
    CampaignSimulator simulator = CampaignSimulator.of(CONFIG);
    SuccessPredictor predictor = SuccessPredictor.of(CONFIG);
    Duration observed = Duration.ofDays(10);
    Instant now = CONFIG.launch().plus(observed);
    SimulatedCampaign fewest = null;
    SimulatedCampaign most = null;
    for (int i = 0; i < 60; i++) {
      SimulatedCampaign run = simulator.runUntil(3, i, observed);
      if (fewest == null || run.campaign().backerCount() < fewest.campaign().backerCount()) {
        fewest = run;
      }
      if (most == null || run.campaign().backerCount() > most.campaign().backerCount()) {
        most = run;
      }
    }
    assertThat(most.campaign().backerCount()).isGreaterThan(fewest.campaign().backerCount() + 10);
    Prediction low = predictor.predict(fewest.campaign(), now, 40, 5);
    Prediction high = predictor.predict(most.campaign(), now, 40, 5);
    assertThat(high.meanAppeal()).isGreaterThan(low.meanAppeal() * 2);
    assertThat(high.probability()).isGreaterThan(low.probability());
    for (Prediction prediction : new Prediction[] {low, high}) {
      assertThat(prediction.runs()).isEqualTo(40);
      assertThat(prediction.probability()).isEqualTo(prediction.successes() / 40.0);
      assertThat(prediction.meanAppeal()).isPositive().isLessThanOrEqualTo(BackerModel.MAX_APPEAL);
    }
    Prediction one = predictor.predict(most.campaign(), now, 1, 5);
    assertThat(one.runs()).isEqualTo(1);
    assertThat(one.probability()).isIn(0.0, 1.0);
    assertThat(one.meanAppeal()).isPositive().isLessThanOrEqualTo(BackerModel.MAX_APPEAL);
  }

  @Test
  void theAppealInferredFollowsTheBackersPerDayNotTheirCount() {
    CampaignSimulator simulator = CampaignSimulator.of(CONFIG);
    SuccessPredictor predictor = SuccessPredictor.of(CONFIG);
    // The same campaign seen after 5 and after 20 days: as many backers over a longer time is a slower pace.
    SimulatedCampaign early = simulator.runUntil(3, 7, Duration.ofDays(5));
    Prediction atFive = predictor.predict(early.campaign(), CONFIG.launch().plus(Duration.ofDays(5)), 40, 5);
    Prediction atTwenty = predictor.predict(early.campaign(), CONFIG.launch().plus(Duration.ofDays(20)), 40, 5);
    assertThat(early.campaign().backerCount()).isPositive();
    assertThat(atTwenty.meanAppeal()).isLessThan(atFive.meanAppeal());
  }
}
