package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.Campaign;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the retained memory of a campaign per pledge with JOL: {@code GraphLayout.parseInstance(campaign)
 * .totalSize()} of a live campaign holding n pledges (from backers 0 .. n-1, then from n random 31-bit account
 * numbers), minus that of the same campaign with none, divided by n; the same for the mutable {@code HashMap}
 * baseline holding full {@code Pledge} values.
 *
 * <p>Run: {@code java -Djol.magicFieldOffset=true -cp
 * benchmarks/target/benchmarks.jar io.github.crowdfund.benchmarks.CampaignMemory [n]}.
 */
public final class CampaignMemory {

  private CampaignMemory() {}

  /**
   * Prints bytes per pledge.
   *
   * @param args optionally n (default 1,000,000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long empty = GraphLayout.parseInstance(CampaignScale.live(0, false)).totalSize();
    for (boolean randomIds : new boolean[] {false, true}) {
      Campaign campaign = CampaignScale.live(n, randomIds);
      long full = GraphLayout.parseInstance(campaign).totalSize();
      System.out.printf("campaign with %,d pledges (%s backer ids): %,d bytes (empty campaign %,d bytes) = %.1f"
          + " bytes per pledge%n", n, randomIds ? "random" : "sequential", full, empty, (full - empty) / (double) n);
    }
    long mapEmpty = GraphLayout.parseInstance(new CampaignScale.MutableCampaign(0)).totalSize();
    long map = GraphLayout.parseInstance(CampaignScale.MutableCampaign.replay(CampaignScale.history(n)))
        .totalSize();
    System.out.printf("HashMap baseline with %,d pledges: %,d bytes = %.1f bytes per pledge%n",
        n, map, (map - mapEmpty) / (double) n);
  }
}
