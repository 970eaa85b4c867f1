package io.github.crowdfund.examples;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CommandRejectedException;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.outcomes.prediction.LaunchFeatures;
import io.github.crowdfund.outcomes.prediction.LaunchModel;
import io.github.crowdfund.outcomes.simulation.Prediction;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import io.github.crowdfund.outcomes.simulation.SuccessPredictor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crowdfund predict}: the success probability of a live campaign from its progress so far. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    header = "Estimates a campaign's chance of success, live or about to launch.",
    description = "Predicts whether a live Kickstarter US campaign will reach its goal, from the backers and pledges so far: "
        + "infers the campaign's appeal, then simulates the rest of it many times through the real decider. "
        + "With --at-launch, it instead gives the probability of success of a project about to launch, from a "
        + "launch-time model fitted by 'crowdfund model fit'. The two ways exclude each other.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The probability was printed.", "2:Bad options, or a model file that cannot be read."},
    footer = {"", "Examples:",
        "  crowdfund predict --goal 5000 --day 10 --pledged 2500 --backers 30",
        "  crowdfund predict --at-launch --model model.json --goal 5000 --category 'Tabletop Games' --country US"})
final class PredictCommand implements Callable<Integer> {

  /**
   * The most backers {@code --backers} takes: each pledge so far is replayed through the decider (measured with 20
   * runs: 100,000 backers took 27 s and 0.7 GB, 1,000,000 took 147 s and 4.6 GB).
   */
  static final int MAX_BACKERS = 100_000;
  /** The most continuations {@code --runs} takes. */
  static final int MAX_RUNS = 1_000_000;

  @Spec
  CommandSpec spec;

  @Mixin
  CampaignOptions campaign;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Way way;

  /** A live campaign or a project about to launch, never both. */
  static final class Way {
    @ArgGroup(exclusive = false, heading = "A live campaign:%n")
    Live live;

    @ArgGroup(exclusive = false, heading = "A project about to launch:%n")
    AtLaunch atLaunch;
  }

  /** A live campaign's progress so far. */
  static final class Live {
    @Option(names = "--day", required = true, paramLabel = "DAY",
        description = "Days since the launch, e.g. 10 or 10.5; less than --days.")
    double day;

    @Option(names = "--pledged", required = true, paramLabel = "USD", description = "US dollars pledged so far.")
    Money pledged;

    @Option(names = "--backers", required = true, paramLabel = "N",
        description = "Backers so far, 0 to " + MAX_BACKERS + ".")
    int backers;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "2000",
        description = "How many continuations to simulate, 1 to " + MAX_RUNS + " (default: ${DEFAULT-VALUE}).")
    int runs;
  }

  /** A project about to launch. */
  static final class AtLaunch {
    @Option(names = "--at-launch", required = true,
        description = "Gives the probability of success of a project about to launch, from a model.")
    boolean atLaunch;

    @Option(names = "--model", required = true, paramLabel = "MODEL", converter = OptionTypes.RegularFiles.class,
        description = "The model file (JSON) written by 'crowdfund model fit'.")
    Path model;

    @Option(names = "--category", required = true, paramLabel = "NAME",
        description = "The project's category, e.g. 'Tabletop Games'.")
    String category;

    @Option(names = "--country", paramLabel = "CC", defaultValue = "US", converter = CountryCodeConverter.class,
        description = "The creator's country (default: ${DEFAULT-VALUE}).")
    Country country;

    @Option(names = "--launch", paramLabel = "YYYY-MM",
        description = "The launch month (default: June of the model's last training year).")
    YearMonth launch;

    @Option(names = "--name", paramLabel = "TEXT", defaultValue = "",
        description = "The project's name; its length and its words count.")
    String name;
  }

  @Override
  public Integer call() throws IOException {
    return way.atLaunch != null ? atLaunch(way.atLaunch) : live(way.live);
  }

  private int atLaunch(AtLaunch project) throws IOException {
    campaign.check();
    LaunchModel fitted = ModelCommand.readModel(project.model, spec.commandLine());
    String mainCategory = fitted.encoding().mainCategoryOf().get(project.category);
    if (mainCategory == null) {
      throw new ParameterException(spec.commandLine(), "--category '" + project.category + "' was not in the "
          + "model's training data; known: " + fitted.encoding().mainCategoryOf().keySet());
    }
    String currency = fitted.encoding().currencyOf().getOrDefault(project.country.code(), "USD");
    YearMonth month = project.launch == null ? YearMonth.of(fitted.encoding().lastYear(), 6) : project.launch;
    LaunchFeatures features = new LaunchFeatures(campaign.goal.getAmount(), campaign.days, mainCategory,
        project.category, Optional.of(project.country), currency, month, project.name);
    double probability = fitted.probability(features);
    spec.commandLine().getOut().printf(Locale.ROOT, "%s (%s) in %s, goal $%,.0f, %d days, launching %s -> success "
        + "probability %.1f%% (model fitted on %,d projects, %.1f%% of them successful)%n", project.category,
        mainCategory, project.country, campaign.goal.getAmount(), campaign.days, month, 100 * probability,
        fitted.trainingProjects(), 100 * fitted.trainingSuccessRate());
    return 0;
  }

  private int live(Live progress) {
    SimulationConfig config = campaign.config();
    long cents = progress.pledged.getAmountMinorLong();
    int backers = progress.backers;
    if (!(progress.day >= 0 && progress.day < campaign.days) || backers < 0 || backers > MAX_BACKERS
        || (backers == 0) != (cents == 0) || cents < 100L * backers || progress.runs < 1
        || progress.runs > MAX_RUNS) {
      throw new ParameterException(spec.commandLine(), "need 0 <= --day < --days, --backers 0 to " + MAX_BACKERS
          + ", --pledged of at least $1 per backer (both zero or both positive) and --runs 1 to " + MAX_RUNS
          + "; were day '" + progress.day + "', pledged '" + CampaignOptions.dollars(progress.pledged)
          + "', backers '" + backers + "', runs '" + progress.runs + "'");
    }
    // Whole seconds since the launch, rounded down, so that a day just short of the deadline stays before it.
    Instant now = config.launch().plusSeconds((long) Math.floor(progress.day * 86_400));
    Campaign live = liveCampaign(config, now, cents, backers);
    Prediction prediction = SuccessPredictor.of(config).predict(live, now, progress.runs, campaign.seed);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "day %.1f of %d: $%s of $%s from %d backers -> success probability %s (%d of %d simulated continuations;"
            + " inferred appeal %.2f)%n", progress.day, campaign.days, CampaignOptions.dollars(progress.pledged),
        CampaignOptions.dollars(campaign.goal), backers,
        SimulateCommand.percent(Optional.of(BigDecimal.valueOf(prediction.probability()))), prediction.successes(),
        prediction.runs(), prediction.meanAppeal());
    return 0;
  }

  /** The campaign so far: launched at the configured instant, the backers' pledges spread evenly until now. */
  private Campaign liveCampaign(SimulationConfig config, Instant now, long cents, int backers) {
    Instant launch = config.launch();
    Campaign campaign;
    try {
      campaign = Campaign.initial().apply(new CampaignCommand.Create(launch.minus(Duration.ofDays(2)),
          CampaignDefinition.builder().id("live").creator("creator").title("Live campaign")
              .goal(Goal.allOrNothing(config.goal())).duration(config.duration()).build()), config.rules())
          .orElseThrow()
          .apply(new CampaignCommand.Submit(launch.minus(Duration.ofDays(1))), config.rules()).orElseThrow()
          .apply(new CampaignCommand.Launch(launch), config.rules()).orElseThrow();
    } catch (CommandRejectedException e) {
      throw new ParameterException(spec.commandLine(), "the campaign is refused: " + e.rejection().violations());
    }
    long elapsed = now.getEpochSecond() - launch.getEpochSecond();
    for (int i = 0; i < backers; i++) {
      Money amount = Money.ofMinor(CurrencyUnit.USD, cents / backers + (i < cents % backers ? 1 : 0));
      Instant at = launch.plusSeconds(elapsed * i / backers);
      Pledge pledge = Pledge.of(BackerId.of(i + 1L), amount, at);
      Decision decision = campaign.decide(new CampaignCommand.PlacePledge(pledge), config.rules());
      if (!decision.isAccepted()) {
        throw new ParameterException(spec.commandLine(), "a pledge of " + Text.money(amount) + " is refused: "
            + decision.violations());
      }
      campaign = campaign.evolve(decision.events());
    }
    return campaign;
  }
}
