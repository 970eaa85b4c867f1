package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.fixtures.Fixtures;
import io.github.crowdfund.outcomes.simulation.BackerModel;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The calibration's targets, its measurements and a few fitting steps on small batches. */
class SimulationCalibrationTest {

  private static final SimulationConfig CONFIG =
      SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 3_000), Duration.ofDays(30));
  private static final int CAMPAIGNS = 300;

  private static double squaredError(SimulationCalibration.Targets measured, SimulationCalibration.Targets target) {
    double[] a = measured.vector();
    double[] b = target.vector();
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return sum;
  }

  @Test
  void theTargetsAreTheDecidedSuccessRateAndTheSharesOfFailedProjectsReachingEachThreshold() {
    OutcomeStatistics statistics = Fixtures.read(Fixtures.DIRTY_201801).records().stream()
        .collect(OutcomeAccumulator.collector(EnumSet.noneOf(Grouping.class)));
    SimulationCalibration.Targets targets = SimulationCalibration.Targets.of(statistics);
    assertThat(targets.successRate()).isEqualTo(0.5);
    assertThat(targets.failedReaching20()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(targets.failedReaching30()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(targets.failedReaching50()).isCloseTo(1 / 6.0, within(1e-9));
    List<ProjectRecord> successes = new ArrayList<>(Fixtures.read(Fixtures.DIRTY_201801).records());
    successes.removeIf(record -> record.state() != io.github.crowdfund.outcomes.dataset.ProjectState.SUCCESSFUL);
    OutcomeStatistics noFailures = successes.stream()
        .collect(OutcomeAccumulator.collector(EnumSet.noneOf(Grouping.class)));
    assertThatThrownBy(() -> SimulationCalibration.Targets.of(noFailures))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("failed reaching 20% is undefined");
  }

  @Test
  void targetsMustBeFractionsAndTheSharesMustNotIncrease() {
    assertThat(new SimulationCalibration.Targets(0.4, 0.3, 0.3, 0.3).failedReaching50()).isEqualTo(0.3);
    for (double bad : new double[] {0, 1, -0.1, Double.NaN}) {
      assertThatThrownBy(() -> new SimulationCalibration.Targets(bad, 0.3, 0.2, 0.1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
      assertThatThrownBy(() -> new SimulationCalibration.Targets(0.4, 0.3, 0.2, bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new SimulationCalibration.Targets(0.4, 0.2, 0.3, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0.2', '0.3', '0.1'");
    assertThatThrownBy(() -> new SimulationCalibration.Targets(0.4, 0.3, 0.2, 0.25))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not increase");
  }

  @Test
  void aMeasurementIsTheFiguresOfTheSameSimulatedCampaigns() {
    SimulationResult result = SimulationCalibration.simulate(CONFIG, CAMPAIGNS, 5);
    assertThat(result.runs()).isEqualTo(CAMPAIGNS);
    SimulationCalibration.Measured measured = SimulationCalibration.measure(CONFIG, CAMPAIGNS, 5);
    assertThat(measured.figures().successRate())
        .isEqualTo(result.successProbability().orElseThrow().doubleValue());
    assertThat(measured.figures().failedReaching30())
        .isEqualTo(result.failedRatios().shareReaching(30).orElseThrow().doubleValue());
    assertThat(measured.successGivenReached20())
        .isEqualTo(result.reached(20).orElseThrow().successRate().orElseThrow().doubleValue());
    assertThat(measured.successGivenReached30()).isGreaterThanOrEqualTo(measured.successGivenReached20());
    assertThatThrownBy(() -> SimulationCalibration.simulate(CONFIG, 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
  }

  @Test
  void targetsAlreadyMetAreReturnedUnchangedAfterOneMeasurement() {
    SimulationCalibration.Targets own = SimulationCalibration.measure(CONFIG, CAMPAIGNS, 3).figures();
    List<String> progress = new ArrayList<>();
    BackerModel fitted = SimulationCalibration.fit(CONFIG, own, CAMPAIGNS, 3, 5, progress::add);
    BackerModel start = CONFIG.backers();
    assertThat(fitted.tractionShare()).isCloseTo(start.tractionShare(), within(1e-12));
    assertThat(fitted.dudAppeal()).isCloseTo(start.dudAppeal(), within(1e-12));
    assertThat(fitted.dudSigma()).isCloseTo(start.dudSigma(), within(1e-12));
    assertThat(fitted.goalGradient()).isCloseTo(start.goalGradient(), within(1e-12));
    assertThat(fitted.viableAppeal()).isEqualTo(start.viableAppeal());
    assertThat(progress).containsExactly("start: " + SimulationCalibration.describe(start)
        + "; off by +0.00, +0.00, +0.00, +0.00 points");
    assertThat(SimulationCalibration.describe(start)).isEqualTo(
        "tractionShare=0.3079 viableAppeal=1.6000 dudAppeal=0.06016 dudSigma=2.0988 goalGradient=2.0171");
    assertThatThrownBy(() -> SimulationCalibration.fit(CONFIG, own, CAMPAIGNS, 3, 0, progress::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
  }

  @Test
  void fittingStepsMoveTheModelTowardsTargetsOfAnotherModel() {
    BackerModel other = CONFIG.backers().withAppeals(0.5, CONFIG.backers().viableAppeal(), 0.1, 1.5);
    SimulationCalibration.Targets targets =
        SimulationCalibration.measure(CONFIG.withBackers(other), CAMPAIGNS, 9).figures();
    double before = squaredError(SimulationCalibration.measure(CONFIG, CAMPAIGNS, 9).figures(), targets);
    List<String> progress = new ArrayList<>();
    BackerModel fitted = SimulationCalibration.fit(CONFIG, targets, CAMPAIGNS, 9, 2, progress::add);
    double after = squaredError(SimulationCalibration.measure(CONFIG.withBackers(fitted), CAMPAIGNS, 9).figures(),
        targets);
    assertThat(after).isLessThan(before / 2);
    assertThat(fitted.tractionShare()).isGreaterThan(CONFIG.backers().tractionShare());
    assertThat(progress).hasSizeBetween(2, 3);
    assertThat(progress.get(0)).startsWith("start: tractionShare=0.3079");
    assertThat(progress.get(1)).startsWith("step 1: ").contains("; off by ");
    assertThat(progress.get(progress.size() - 1)).contains(SimulationCalibration.describe(fitted));
  }

  @Test
  void oneIterationTakesExactlyOneStepAndOneCampaignIsEnoughToMeasure() {
    BackerModel other = CONFIG.backers().withAppeals(0.5, CONFIG.backers().viableAppeal(), 0.1, 1.5);
    SimulationCalibration.Targets targets =
        SimulationCalibration.measure(CONFIG.withBackers(other), 100, 4).figures();
    List<String> progress = new ArrayList<>();
    SimulationCalibration.fit(CONFIG, targets, 100, 4, 1, progress::add);
    assertThat(progress).hasSize(2);
    assertThat(progress.get(0)).startsWith("start: ");
    assertThat(progress.get(1)).startsWith("step 1: ");
    assertThat(SimulationCalibration.simulate(CONFIG, 1, 4).runs()).isEqualTo(1);
    assertThatThrownBy(() -> SimulationCalibration.simulate(CONFIG, 0, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("campaigns must be at least 1, was '0'");
  }
}
