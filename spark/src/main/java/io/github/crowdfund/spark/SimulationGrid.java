package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A simulation sweep: every combination of goals × durations × arrival models × seeds, each cell
 * {@code campaigns} calibrated Kickstarter US campaigns ({@link SweepCell#config()}). Campaign {@code i} of a cell
 * is seeded by the cell's seed and {@code i} alone, so the sweep gives the same results in a loop
 * ({@link #runLocally()}) and on Spark ({@link SparkEngine#sweep}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goals the goals, in US dollars; never null or empty
 * @param durations the durations; never null or empty
 * @param arrivals the arrival models; never null or empty
 * @param seeds the batch seeds; never null or empty
 * @param campaigns campaigns simulated per cell; positive
 */
public record SimulationGrid(List<Money> goals, List<Duration> durations, List<ArrivalModel> arrivals,
    List<Long> seeds, long campaigns) {

  /**
   * Checks the parts and copies the lists.
   *
   * @throws IllegalArgumentException if a list is empty, a goal is not in positive US dollars, or
   *     {@code campaigns} is not positive
   */
  public SimulationGrid {
    goals = List.copyOf(goals);
    durations = List.copyOf(durations);
    arrivals = List.copyOf(arrivals);
    seeds = List.copyOf(seeds);
    if (goals.isEmpty() || durations.isEmpty() || arrivals.isEmpty() || seeds.isEmpty()) {
      throw new IllegalArgumentException("every dimension needs at least one value, had goals '" + goals
          + "', durations '" + durations + "', arrivals '" + arrivals + "', seeds '" + seeds + "'");
    }
    for (Money goal : goals) {
      if (!goal.getCurrencyUnit().equals(CurrencyUnit.USD) || !goal.isPositive()) {
        throw new IllegalArgumentException("goals must be positive amounts in USD, had '" + goal + "'");
      }
    }
    if (campaigns < 1) {
      throw new IllegalArgumentException("campaigns must be at least 1, was '" + campaigns + "'");
    }
  }

  /**
   * Returns the cells, goals varying slowest and seeds fastest.
   *
   * @return the cells; never null
   */
  public List<SweepCell> cells() {
    List<SweepCell> cells = new ArrayList<>();
    for (Money goal : goals) {
      for (Duration duration : durations) {
        for (ArrivalModel model : arrivals) {
          for (long seed : seeds) {
            cells.add(new SweepCell(goal, duration, model, seed));
          }
        }
      }
    }
    return cells;
  }

  /**
   * Runs the sweep on the calling thread, campaign after campaign.
   *
   * @return one result per cell, in {@link #cells()} order; never null
   * @throws IllegalArgumentException if the rules refuse a cell's campaign
   */
  public Map<SweepCell, SimulationResult> runLocally() {
    Map<SweepCell, SimulationResult> results = new LinkedHashMap<>();
    for (SweepCell cell : cells()) {
      CampaignSimulator simulator = CampaignSimulator.of(cell.config());
      results.put(cell, LongStream.range(0, campaigns).mapToObj(i -> simulator.run(cell.seed(), i))
          .collect(SimulationAccumulator.collector()));
    }
    return results;
  }

  /**
   * Returns the grid's size in campaigns: cells × campaigns per cell.
   *
   * @return the number of campaigns
   * @throws ArithmeticException if it overflows a long
   */
  public long totalCampaigns() {
    return Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(Math.multiplyExact((long) goals.size(),
        durations.size()), arrivals.size()), seeds.size()), campaigns);
  }

}
