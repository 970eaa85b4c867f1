package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import java.io.Serializable;
import java.time.Duration;
import org.joda.money.Money;

/**
 * Campaigns {@code [from, to)} of one sweep cell, run inside an executor.
 *
 * @param cell the cell's index in the grid
 * @param spec what the executor needs to rebuild the cell
 * @param from the first campaign index
 * @param to one past the last campaign index
 */
record SweepTask(int cell, Cell spec, long from, long to) implements Serializable {

  private static final long serialVersionUID = 1L;

  SimulationAccumulator run() {
    SweepCell sweepCell = spec.toCell();
    CampaignSimulator simulator = CampaignSimulator.of(sweepCell.config());
    SimulationAccumulator accumulator = new SimulationAccumulator();
    for (long i = from; i < to; i++) {
      accumulator.accept(simulator.run(sweepCell.seed(), i));
    }
    return accumulator;
  }

  /**
   * A {@link SweepCell} in serializable parts (arrival models are records that Java serialization does not carry).
   *
   * @param goal the goal
   * @param duration the duration
   * @param edge the U-shaped model's edge, or null for constant arrivals
   * @param firstShare the U-shaped model's first share
   * @param lastShare the U-shaped model's last share
   * @param seed the batch seed
   */
  record Cell(Money goal, Duration duration, Duration edge, double firstShare, double lastShare, long seed)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static Cell of(SweepCell cell) {
      ArrivalModel arrivals = cell.arrivals();
      if (arrivals instanceof ArrivalModel.UShaped shaped) {
        return new Cell(cell.goal(), cell.duration(), shaped.edge(), shaped.firstShare(), shaped.lastShare(),
            cell.seed());
      }
      if (arrivals instanceof ArrivalModel.Constant) {
        return new Cell(cell.goal(), cell.duration(), null, 0, 0, cell.seed());
      }
      throw new IllegalArgumentException("arrival model '" + arrivals + "' cannot be sent to executors");
    }

    SweepCell toCell() {
      ArrivalModel arrivals = edge == null ? ArrivalModel.constant()
          : new ArrivalModel.UShaped(edge, firstShare, lastShare);
      return new SweepCell(goal, duration, arrivals, seed);
    }
  }
}
