package io.github.crowdfund.examples;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Backers arrive: a short simulation with the outcomes module's calibrated default model (a USD 10,000 goal over 30
 * days, under Kickstarter's US rules through the real decider). One seeded campaign shows backers arriving over the
 * campaign, most in the first and the last days; a seeded batch shows how often such campaigns succeed.
 */
final class BackersArrive implements Scenario {

  static final long SEED = 2026;
  static final int CAMPAIGNS = 200;
  private static final Duration DURATION = Duration.ofDays(30);
  private static final int PERIODS = 6;

  /**
   * What happened.
   *
   * @param example the first campaign of the batch, run to its end
   * @param pledgesPerPeriod its active pledges by when they were placed, in six periods of five days
   * @param batch the whole seeded batch
   */
  record Result(io.github.crowdfund.outcomes.simulation.SimulatedCampaign example, List<Integer> pledgesPerPeriod,
      SimulationResult batch) implements Report {

    @Override
    public String text() {
      Campaign campaign = example.campaign();
      StringBuilder out = new StringBuilder();
      out.append("The calibrated default model (seed ").append(SEED).append("): a USD 10,000 goal over 30 days, ")
          .append("backers arriving\nU-shaped, every pledge decided by the real decider under Kickstarter's US "
              + "rules.\n");
      out.append("One campaign: ").append(example.arrivals()).append(" backers arrived; it ended ")
          .append(campaign.status()).append(" with ").append(Text.money(campaign.totalPledged())).append(" from ")
          .append(campaign.backerCount()).append(" backers (")
          .append(campaign.percentFunded(0, RoundingMode.DOWN)).append("% of the goal)\n");
      Text.Table table = Text.Table.of("days", "pledges");
      for (int i = 0; i < pledgesPerPeriod.size(); i++) {
        int from = i * 5 + 1;
        table.row(from + "-" + (from + 4), pledgesPerPeriod.get(i));
      }
      out.append(table.render());
      out.append(CAMPAIGNS).append(" such campaigns: ").append(batch.successful()).append(" succeeded, ")
          .append(batch.failed()).append(" failed (success rate ")
          .append(batch.successProbability().orElseThrow().movePointRight(2).stripTrailingZeros().toPlainString())
          .append("%; Kickstarter's decided projects: 40.39%)\n");
      return out.toString();
    }
  }

  @Override
  public String title() {
    return "Backers arrive: a short simulation";
  }

  @Override
  public Result run() {
    CampaignSimulator simulator =
        CampaignSimulator.of(SimulationConfig.calibrated(Money.ofMajor(CurrencyUnit.USD, 10_000), DURATION));
    io.github.crowdfund.outcomes.simulation.SimulatedCampaign example = simulator.run(SEED, 0);
    Campaign campaign = example.campaign();
    Instant launch = campaign.launchedAt().orElseThrow();
    Duration period = DURATION.dividedBy(PERIODS);
    int[] counts = new int[PERIODS];
    campaign.forEachPledge(pledge -> counts[(int) Math.min(PERIODS - 1,
        Duration.between(launch, pledge.placedAt()).dividedBy(period))]++);
    SimulationResult batch = LongStream.range(0, CAMPAIGNS).mapToObj(i -> simulator.run(SEED, i))
        .collect(SimulationAccumulator.collector());
    return new Result(example, java.util.Arrays.stream(counts).boxed().toList(), batch);
  }
}
