package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.simulation.BackerModel;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.statistics.FundingRatios;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import io.github.crowdfund.outcomes.statistics.ReachedOutcome;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import io.github.crowdfund.outcomes.statistics.SimulationCalibration;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.LongStream;
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
    header = "Simulates Kickstarter US campaigns and prints their outcome statistics.",
    description = "Simulates Kickstarter US campaigns (all-or-nothing, USD) with the calibrated backer model and prints the "
        + "success probability, pledged/goal of successful and failed campaigns, and the time to reach the goal. "
        + "Each campaign has its own seed: the same --seed gives the same result with any number of --threads. "
        + "With --calibrate-to, it instead fits the backer model's appeals to a real Kaggle file.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The statistics were printed.", "2:Bad options, or a file to calibrate to that cannot be read."},
    footer = {"", "Examples:",
        "  crowdfund simulate --campaigns 20000 --goal 5000 --days 30 --threads 2",
        "  crowdfund simulate --calibrate-to ks-projects-201801.csv --campaigns 4000"})
final class SimulateCommand implements Callable<Integer> {

  private static final int CHUNK = 2_000;
  /** The most threads {@code --threads} takes. */
  static final int MAX_THREADS = 256;

  @Spec
  CommandSpec spec;

  @Mixin
  CampaignOptions campaign;

  @Option(names = "--campaigns", paramLabel = "N", defaultValue = "10000",
      description = "How many campaigns to simulate (default: ${DEFAULT-VALUE}).")
  long campaigns;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
      description = "How many threads to run on, 1 to " + MAX_THREADS + " (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--calibrate-to", paramLabel = "FILE",
      description = "Instead fits the backer model's appeals to a real Kaggle file (the success rate of decided "
          + "projects, failed projects reaching 20/30/50%% of the goal) and prints them as "
          + "simulation-calibration.properties lines.")
  Path calibrateTo;

  @Option(names = "--iterations", paramLabel = "K", defaultValue = "8",
      description = "With --calibrate-to, the most fitting steps (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Override
  public Integer call() throws Exception {
    if (calibrateTo != null) {
      return calibrate();
    }
    if (campaigns < 1 || threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(), "--campaigns must be at least 1 and --threads 1 to "
          + MAX_THREADS + ", were '" + campaigns + "' and '" + threads + "'");
    }
    CampaignSimulator simulator = CampaignSimulator.of(campaign.config());
    long seed = campaign.seed;
    SimulationAccumulator total = new SimulationAccumulator();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try (ProgressBars.Progress progress = ProgressBars.start("Simulating", campaigns, ProgressBars.MANY_CAMPAIGNS,
        "campaigns", 1)) {
      for (long from = 0; from < campaigns; from += CHUNK) {
        long to = Math.min(campaigns, from + CHUNK);
        long start = from;
        total.merge(pool.submit(() -> LongStream.range(start, to).parallel().mapToObj(i -> simulator.run(seed, i))
            .collect(SimulationAccumulator::new, SimulationAccumulator::accept, SimulationAccumulator::merge)).get());
        progress.stepTo(to);
      }
    } finally {
      pool.shutdown();
    }
    print(spec.commandLine().getOut(), total.result());
    return 0;
  }

  private int calibrate() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (campaigns < 1 || iterations < 1) {
      throw new ParameterException(spec.commandLine(), "--campaigns and --iterations must be at least 1, were '"
          + campaigns + "', '" + iterations + "'");
    }
    OutcomeAccumulator accumulator = OutcomeAccumulator.of(EnumSet.noneOf(Grouping.class));
    ReadReport report = ProjectReader.create().read(calibrateTo, accumulator,
        problem -> err.println(calibrateTo + ":" + problem.line() + ": " + problem.reason()));
    err.println(report.summary());
    SimulationCalibration.Targets targets = SimulationCalibration.Targets.of(accumulator.result());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "targets from %s: success %.2f%%, failed reaching 20%% %.2f%%, 30%% %.2f%%, 50%% %.2f%%%n",
        calibrateTo.getFileName(), 100 * targets.successRate(), 100 * targets.failedReaching20(),
        100 * targets.failedReaching30(), 100 * targets.failedReaching50());
    out.flush();
    BackerModel fitted = SimulationCalibration.fit(campaign.config(), targets, campaigns, campaign.seed, iterations,
        line -> {
          out.println(line);
          out.flush();
        });
    out.println("# fitted by: ./crowdfund simulate --calibrate-to " + calibrateTo.getFileName() + " --campaigns "
        + campaigns + " --seed " + campaign.seed + " --iterations " + iterations + " --goal "
        + CampaignOptions.dollars(campaign.goal)
        + " --days " + campaign.days);
    for (String pair : SimulationCalibration.describe(fitted).split(" ")) {
      out.println(pair);
    }
    return 0;
  }

  private void print(PrintWriter out, SimulationResult result) {
    out.printf(Locale.ROOT, "%d campaigns, goal $%s, %d days, %s arrivals, seed %d%n", result.runs(),
        CampaignOptions.dollars(campaign.goal),
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
    out.printf(Locale.ROOT, "reached 20%% of goal at some time: %s succeeded; reached 30%%: %s; reached 50%%: %s%n",
        reachedRate(result, 20), reachedRate(result, 30), reachedRate(result, 50));
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

  private static String reachedRate(SimulationResult result, int percent) {
    return percent(result.reached(percent).flatMap(ReachedOutcome::successRate));
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
