package io.github.crowdfund.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A simulation grid on one machine: what it refuses, the order of its cells, its size, and cells that give the same
 * results in any grid and after the trip to the executors.
 */
class SimulationGridTest {

  private static final Money THOUSAND = Money.of(CurrencyUnit.USD, 1_000);
  private static final List<Duration> MONTH = List.of(Duration.ofDays(30));
  private static final List<ArrivalModel> CONSTANT = List.of(ArrivalModel.constant());

  @Test
  void goalsMustBePositiveDollarsAndCampaignsAtLeastOne() {
    for (Money goal : List.of(Money.of(CurrencyUnit.EUR, 1_000), Money.zero(CurrencyUnit.USD),
        Money.of(CurrencyUnit.USD, -5))) {
      assertThatThrownBy(() -> new SimulationGrid(List.of(THOUSAND, goal), MONTH, CONSTANT, List.of(1L), 10))
          .as(goal.toString()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("goals must be positive amounts in USD, had '" + goal + "'");
    }
    assertThatThrownBy(() -> new SimulationGrid(List.of(THOUSAND), MONTH, CONSTANT, List.of(1L), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("campaigns must be at least 1, was '0'");
    assertThat(new SimulationGrid(List.of(THOUSAND), MONTH, CONSTANT, List.of(1L), 1).campaigns()).isEqualTo(1);
    for (int empty = 0; empty < 4; empty++) {
      int dimension = empty;
      assertThatThrownBy(() -> new SimulationGrid(dimension == 0 ? List.of() : List.of(THOUSAND),
          dimension == 1 ? List.of() : MONTH, dimension == 2 ? List.of() : CONSTANT,
          dimension == 3 ? List.of() : List.of(1L), 10))
          .as("dimension %d empty", dimension).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("every dimension needs at least one value");
    }
  }

  @Test
  void cellsVaryGoalsSlowestAndSeedsFastest() {
    Money fiveThousand = Money.of(CurrencyUnit.USD, 5_000);
    List<ArrivalModel> arrivals = List.of(ArrivalModel.constant(), ArrivalModel.uShaped());
    SimulationGrid grid = new SimulationGrid(List.of(THOUSAND, fiveThousand),
        List.of(Duration.ofDays(30), Duration.ofDays(45)), arrivals, List.of(1L, 2L), 3);

    List<SweepCell> cells = grid.cells();

    assertThat(cells).hasSize(16).doesNotHaveDuplicates();
    assertThat(cells.subList(0, 4)).containsExactly(
        new SweepCell(THOUSAND, Duration.ofDays(30), arrivals.get(0), 1),
        new SweepCell(THOUSAND, Duration.ofDays(30), arrivals.get(0), 2),
        new SweepCell(THOUSAND, Duration.ofDays(30), arrivals.get(1), 1),
        new SweepCell(THOUSAND, Duration.ofDays(30), arrivals.get(1), 2));
    assertThat(cells.get(4).duration()).isEqualTo(Duration.ofDays(45));
    assertThat(cells.get(8).goal()).isEqualTo(fiveThousand);
    assertThat(grid.totalCampaigns()).isEqualTo(16 * 3);
  }

  @Test
  void aGridTooLargeToCountIsRefusedWhenCounted() {
    SimulationGrid grid = new SimulationGrid(List.of(THOUSAND, THOUSAND), MONTH, CONSTANT, List.of(1L),
        Long.MAX_VALUE / 2 + 1);

    assertThatThrownBy(grid::totalCampaigns).isInstanceOf(ArithmeticException.class);
    assertThat(new SimulationGrid(List.of(THOUSAND), MONTH, CONSTANT, Collections.nCopies(3, 1L), Long.MAX_VALUE / 3)
        .totalCampaigns()).isEqualTo(Long.MAX_VALUE / 3 * 3);
  }

  @Test
  void aCellGivesTheSameResultsAloneOrInAGridAndAfterTheTripToTheExecutors() {
    SimulationGrid grid = new SimulationGrid(List.of(THOUSAND), MONTH,
        List.of(ArrivalModel.constant(), ArrivalModel.uShaped()), List.of(3L, 4L), 12);
    Map<SweepCell, SimulationResult> results = grid.runLocally();

    assertThat(results.keySet()).containsExactlyElementsOf(grid.cells());
    for (SweepCell cell : grid.cells()) {
      SimulationGrid alone = new SimulationGrid(List.of(cell.goal()), List.of(cell.duration()),
          List.of(cell.arrivals()), List.of(cell.seed()), 12);
      assertThat(alone.runLocally()).containsExactly(Map.entry(cell, results.get(cell)));
      assertThat(SweepTask.Cell.of(cell).toCell()).isEqualTo(cell);
      SimulationResult split = new SweepTask(0, SweepTask.Cell.of(cell), 0, 5).run()
          .merge(new SweepTask(0, SweepTask.Cell.of(cell), 5, 12).run()).result();
      assertThat(split).isEqualTo(results.get(cell));
      assertThat(split.runs()).isEqualTo(12);
    }
    assertThat(results.values().stream().distinct()).hasSizeGreaterThan(1);
  }
}
