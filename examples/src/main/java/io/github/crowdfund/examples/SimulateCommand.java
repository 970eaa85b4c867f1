package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.statistics.FundingRatios;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crowdfund simulate}: many campaigns of one configuration through the real decider. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates Kickstarter US campaigns (all-or-nothing, USD) with the calibrated backer model and prints the",
      "success probability, pledged/goal of successful and failed campaigns, and the time to reach the goal.",
      "Each campaign has its own seed: the same --seed gives the same result with any number of --threads."
    })
final class SimulateCommand implements Callable<Integer> {

  private static final int CHUNK = 2_000;

  @Spec
  CommandSpec spec;

  @Mixin
  CampaignOptions campaign;

  @Option(names = "--campaigns", paramLabel = "N", defaultValue = "10000",
      description = "campaigns to simulate (default: ${DEFAULT-VALUE})")
  long campaigns;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
      description = "threads to run on (default: ${DEFAULT-VALUE})")
  int threads;

  @Override
  public Integer call() throws Exception {
    if (campaigns < 1 || threads < 1) {
      throw new ParameterException(spec.commandLine(), "--campaigns and --threads must be at least 1, were '"
          + campaigns + "', '" + threads + "'");
    }
    CampaignSimulator simulator = CampaignSimulator.of(campaign.config());
    long seed = campaign.seed;
    SimulationAccumulator total = new SimulationAccumulator();
    ForkJoinPool pool = new ForkJoinPool(threads);
    ProgressBar bar = campaigns < ProgressBars.MANY_CAMPAIGNS ? null
        : ProgressBars.bar("Simulating", campaigns, "campaigns", 1).build();
    try {
      for (long from = 0; from < campaigns; from += CHUNK) {
        long to = Math.min(campaigns, from + CHUNK);
        long start = from;
        total.merge(pool.submit(() -> LongStream.range(start, to).parallel().mapToObj(i -> simulator.run(seed, i))
            .collect(SimulationAccumulator::new, SimulationAccumulator::accept, SimulationAccumulator::merge)).get());
        if (bar != null) {
          bar.stepTo(to);
        }
      }
    } finally {
      pool.shutdown();
      if (bar != null) {
        bar.close();
      }
    }
    print(spec.commandLine().getOut(), total.result());
    return 0;
  }

  private void print(PrintWriter out, SimulationResult result) {
    out.printf(Locale.ROOT, "%d campaigns, goal $%d, %d days, %s arrivals, seed %d%n", result.runs(), campaign.goal,
        campaign.days, campaign.arrivals, campaign.seed);
    out.printf(Locale.ROOT, "success probability: %s (%d successful, %d failed)%n",
        percent(result.successProbability()), result.successful(), result.failed());
    FundingRatios failed = result.failedRatios();
    FundingRatios successful = result.successfulRatios();
    out.printf(Locale.ROOT, "failed:     mean pledged/goal %s, median %s; reached 30%% of goal %s, 50%% %s%n",
        percent(failed.ratio().mean()), median(failed), percent(failed.shareReaching(30)),
        percent(failed.shareReaching(50)));
    out.printf(Locale.ROOT, "successful: median pledged/goal %s, 90th percentile %s%n", median(successful),
        quantile(successful, 0.9));
    if (result.daysToGoal().count() > 0) {
      out.printf(Locale.ROOT, "days to reach the goal: median %.1f, 90th percentile %.1f%n",
          result.daysToGoal().quantile(0.5).getAsDouble(), result.daysToGoal().quantile(0.9).getAsDouble());
    }
    out.printf(Locale.ROOT, "backers per campaign: mean %s, median %.0f%n",
        result.backers().mean().orElseThrow().setScale(1, RoundingMode.HALF_EVEN),
        result.backers().quantile(0.5).getAsDouble());
    out.printf(Locale.ROOT, "rejected by the rules: %d pledges, %d cancellations%n", result.rejectedPledges(),
        result.rejectedCancellations());
  }

  private static String median(FundingRatios ratios) {
    return quantile(ratios, 0.5);
  }

  private static String quantile(FundingRatios ratios, double probability) {
    return ratios.projects() == 0 ? "-"
        : percent(Optional.of(BigDecimal.valueOf(ratios.ratio().quantile(probability).getAsDouble())));
  }

  static String percent(Optional<BigDecimal> fraction) {
    return fraction.map(value -> value.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + "%").orElse("-");
  }
}
