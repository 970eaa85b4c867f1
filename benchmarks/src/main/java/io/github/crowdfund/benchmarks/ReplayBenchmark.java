package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rebuilding a campaign from a history of n pledge events, against folding the same events into a mutable
 * {@code HashMap} with a running total.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {

  @Param({"1000000"})
  public int n;

  /** Backer numbers: "sequential" (0 .. n-1 in order) or "random" (distinct pseudo-random 31-bit numbers). */
  @Param({"sequential", "random"})
  public String ids;

  private List<CampaignEvent> history;

  /** Builds the history once. */
  @Setup(Level.Trial)
  public void setUp() {
    history = CampaignScale.history(n, ids.equals("random"));
  }

  /**
   * Replays the history into a campaign.
   *
   * @return the campaign
   */
  @Benchmark
  public Campaign replay() {
    return Campaign.replay(history);
  }

  /**
   * Baseline: folds the same events into a mutable map.
   *
   * @return the mutable campaign
   */
  @Benchmark
  public Object hashMapReplay() {
    return CampaignScale.MutableCampaign.replay(history);
  }
}
