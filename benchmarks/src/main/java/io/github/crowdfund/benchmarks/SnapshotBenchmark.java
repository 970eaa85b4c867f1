package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignSnapshot;
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
 * Loading a campaign of n pledges from its snapshot ({@link CampaignSnapshot#read}) against replaying its decoded
 * events from memory ({@link Campaign#replay}), and writing the snapshot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SnapshotBenchmark {

  @Param({"1000000"})
  public int n;

  /** Backer numbers: "sequential" (0 .. n-1 in order) or "random" (distinct pseudo-random 31-bit numbers). */
  @Param({"sequential", "random"})
  public String ids;

  private List<CampaignEvent> history;
  private Campaign campaign;
  private byte[] snapshot;

  /** Builds the history, its campaign and its snapshot once. */
  @Setup(Level.Trial)
  public void setUp() {
    history = CampaignScale.history(n, ids.equals("random"));
    campaign = Campaign.replay(history);
    snapshot = CampaignSnapshot.write(campaign);
  }

  /**
   * Reads the campaign from its snapshot.
   *
   * @return the campaign
   */
  @Benchmark
  public Campaign read() {
    return CampaignSnapshot.read(snapshot);
  }

  /**
   * Baseline: replays the decoded events.
   *
   * @return the campaign
   */
  @Benchmark
  public Campaign replay() {
    return Campaign.replay(history);
  }

  /**
   * Writes the snapshot.
   *
   * @return the snapshot
   */
  @Benchmark
  public byte[] write() {
    return CampaignSnapshot.write(campaign);
  }
}
