package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Pledge;
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
 * The cost of one pledge command (decide + evolve) on a live campaign already holding n pledges, against the same
 * change on a mutable {@code HashMap} holding the same n pledges.
 *
 * <p>{@code changePledge}: an existing backer (spread pseudo-randomly over all n) sets a new amount.
 * {@code newPledge}: a backer not yet in the campaign pledges (the persistent campaign is left unchanged, so n stays
 * n; the baseline puts then removes the key).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PledgeCommandBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int n;

  private final CampaignRules rules = CampaignRules.defaults();
  private Campaign campaign;
  private CampaignScale.MutableCampaign baseline;
  private long[] backers;
  private int next;

  /** Builds the campaign and the baseline with n pledges each. */
  @Setup(Level.Trial)
  public void setUp() {
    var history = CampaignScale.history(n);
    campaign = Campaign.replay(history);
    baseline = CampaignScale.MutableCampaign.replay(history);
    backers = CampaignScale.existingBackers(n);
  }

  private Pledge nextChange() {
    int i = next++ & (backers.length - 1);
    return CampaignScale.pledge(backers[i], 1 + i % 300, 86_400 + i);
  }

  /**
   * Decides and applies a change of an existing backer's pledge.
   *
   * @return the new campaign
   */
  @Benchmark
  public Campaign changePledge() {
    Decision decision = campaign.decide(new CampaignCommand.PlacePledge(nextChange()), rules);
    return campaign.evolve(decision.events());
  }

  /**
   * Baseline: the same change on the mutable map.
   *
   * @return the previous amount
   */
  @Benchmark
  public long hashMapChangePledge() {
    return baseline.place(nextChange());
  }

  /**
   * Decides and applies a pledge from a new backer.
   *
   * @return the new campaign
   */
  @Benchmark
  public Campaign newPledge() {
    int i = next++ & 4095;
    Pledge pledge = CampaignScale.pledge(n + (long) i, 1 + i % 300, 86_400 + i);
    Decision decision = campaign.decide(new CampaignCommand.PlacePledge(pledge), rules);
    return campaign.evolve(decision.events());
  }

  /**
   * Baseline: a new backer's pledge put into the mutable map and removed again (so n stays n).
   *
   * @return the total after the put
   */
  @Benchmark
  public long hashMapNewPledge() {
    int i = next++ & 4095;
    Pledge pledge = CampaignScale.pledge(n + (long) i, 1 + i % 300, 86_400 + i);
    baseline.place(pledge);
    long total = baseline.totalMinor;
    baseline.cancel(pledge.backer().value());
    return total;
  }
}
