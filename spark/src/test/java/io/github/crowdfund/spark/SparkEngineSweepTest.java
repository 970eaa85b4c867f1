package io.github.crowdfund.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkEngineSweepTest {

  private static SparkEngine engine;

  @BeforeAll
  static void shareSpark() {
    engine = SharedSpark.engine();
  }

  @Test
  void aSweepOnSparkGivesTheResultsOfTheLocalSimulatorForTheSameSeeds() {
    SimulationGrid grid = new SimulationGrid(
        List.of(Money.of(CurrencyUnit.USD, 1_000), Money.of(CurrencyUnit.USD, 4_000)),
        List.of(Duration.ofDays(30)),
        List.of(ArrivalModel.uShaped(), ArrivalModel.constant()),
        List.of(1L, 7L), 15);

    Map<SweepCell, SimulationResult> spark = engine.sweep(grid);
    Map<SweepCell, SimulationResult> local = grid.runLocally();

    assertThat(spark).containsExactlyEntriesOf(local);
    assertThat(List.copyOf(spark.keySet())).isEqualTo(grid.cells());
    assertThat(spark.values()).allSatisfy(result -> assertThat(result.runs()).isEqualTo(15));
    assertThat(spark.values().stream().mapToLong(SimulationResult::successful).sum()).isPositive();
    assertThat(spark.values().stream().distinct()).hasSizeGreaterThan(1);
  }

  @Test
  void aGridWithAnEmptyDimensionIsRefused() {
    assertThatThrownBy(() -> new SimulationGrid(List.of(Money.of(CurrencyUnit.USD, 100)), List.of(),
        List.of(ArrivalModel.constant()), List.of(1L), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("durations '[]'");
  }
}
