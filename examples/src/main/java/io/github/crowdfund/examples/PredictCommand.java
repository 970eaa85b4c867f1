package io.github.crowdfund.examples;

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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
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
    description = {
      "Predicts whether a live Kickstarter US campaign will reach its goal, from the backers and pledges so far:",
      "infers the campaign's appeal, then simulates the rest of it many times through the real decider.",
      "With --at-launch: the probability of success of a project about to launch, from a launch-time model."
    })
final class PredictCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CampaignOptions campaign;

  @Option(names = "--day", paramLabel = "DAY", description = "days since launch, e.g. 10")
  Double day;

  @Option(names = "--pledged", paramLabel = "USD", description = "pledged so far")
  Long pledged;

  @Option(names = "--backers", paramLabel = "N", description = "backers so far")
  Integer backers;

  @Option(names = "--at-launch", description = {"instead: the probability of success of a project about to launch,",
      "from a model fitted by 'crowdfund model fit' (--model) and --goal, --days, --category, --country"})
  boolean atLaunch;

  @Option(names = "--model", paramLabel = "MODEL", description = "with --at-launch: the model file (JSON)")
  Path model;

  @Option(names = "--category", paramLabel = "NAME", description = "with --at-launch: the category, e.g. 'Tabletop Games'")
  String category;

  @Option(names = "--country", paramLabel = "CODE", defaultValue = "US",
      description = "with --at-launch: the country (default: ${DEFAULT-VALUE})")
  String country;

  @Option(names = "--launch", paramLabel = "YYYY-MM",
      description = "with --at-launch: the launch month (default: the model's last training year, in June)")
  String launch;

  @Option(names = "--name", paramLabel = "TEXT", defaultValue = "",
      description = "with --at-launch: the project's name (its length and its words count)")
  String name;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "2000",
      description = "continuations to simulate (default: ${DEFAULT-VALUE})")
  int runs;

  @Override
  public Integer call() throws IOException {
    if (atLaunch) {
      return atLaunch();
    }
    if (day == null || pledged == null || backers == null) {
      throw new ParameterException(spec.commandLine(), "a live campaign needs --day, --pledged and --backers "
          + "(or use --at-launch for a project about to launch)");
    }
    return live(day, pledged, backers);
  }

  private int atLaunch() throws IOException {
    if (model == null || category == null) {
      throw new ParameterException(spec.commandLine(), "--at-launch needs --model and --category");
    }
    if (campaign.goal < 1 || campaign.days < 1 || campaign.days > 60) {
      throw new ParameterException(spec.commandLine(), "--goal must be at least 1 and --days 1 to 60, were '"
          + campaign.goal + "' and '" + campaign.days + "'");
    }
    LaunchModel fitted = LaunchModel.read(model);
    String mainCategory = fitted.encoding().mainCategoryOf().get(category);
    if (mainCategory == null) {
      throw new ParameterException(spec.commandLine(), "--category '" + category + "' was not in the model's "
          + "training data; known: " + fitted.encoding().mainCategoryOf().keySet());
    }
    String currency = fitted.encoding().currencyOf().getOrDefault(country, "USD");
    YearMonth month;
    try {
      month = launch == null ? YearMonth.of(fitted.encoding().lastYear(), 6) : YearMonth.parse(launch);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--launch '" + launch + "' is not a YYYY-MM month");
    }
    LaunchFeatures features = new LaunchFeatures(BigDecimal.valueOf(campaign.goal), campaign.days, mainCategory,
        category, country, currency, month, name);
    double probability = fitted.probability(features);
    spec.commandLine().getOut().printf(Locale.ROOT, "%s (%s) in %s, goal $%,d, %d days, launching %s -> success "
        + "probability %.1f%% (model fitted on %,d projects, %.1f%% of them successful)%n", category, mainCategory,
        country, campaign.goal, campaign.days, month, 100 * probability, fitted.trainingProjects(),
        100 * fitted.trainingSuccessRate());
    return 0;
  }

  private int live(double day, long pledged, int backers) {
    SimulationConfig config = campaign.config();
    if (!(day >= 0 && day < campaign.days) || backers < 0 || pledged < 0 || (backers == 0) != (pledged == 0)
        || pledged < backers || runs < 1) {
      throw new ParameterException(spec.commandLine(), "need 0 <= --day < --days, --pledged of at least $1 per "
          + "backer (both zero or both positive) and --runs >= 1; were day '" + day + "', pledged '" + pledged
          + "', backers '" + backers + "', runs '" + runs + "'");
    }
    Instant now = config.launch().plusSeconds(Math.round(day * 86_400));
    Campaign live = liveCampaign(config, now, pledged, backers);
    Prediction prediction = SuccessPredictor.of(config).predict(live, now, runs, campaign.seed);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "day %.1f of %d: $%d of $%d from %d backers -> success probability %s (%d of %d simulated continuations;"
            + " inferred appeal %.2f)%n", day, campaign.days, pledged, campaign.goal, backers,
        SimulateCommand.percent(Optional.of(BigDecimal.valueOf(prediction.probability()))), prediction.successes(),
        prediction.runs(), prediction.meanAppeal());
    return 0;
  }

  /** The campaign so far: launched at the configured instant, the backers' pledges spread evenly until now. */
  private Campaign liveCampaign(SimulationConfig config, Instant now, long pledged, int backers) {
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
      long dollars = pledged / backers + (i < pledged % backers ? 1 : 0);
      Instant at = launch.plusSeconds(elapsed * i / backers);
      Pledge pledge = Pledge.of(BackerId.of(i + 1L), Money.ofMajor(CurrencyUnit.USD, dollars), at);
      Decision decision = campaign.decide(new CampaignCommand.PlacePledge(pledge), config.rules());
      if (!decision.isAccepted()) {
        throw new ParameterException(spec.commandLine(), "a pledge of $" + dollars + " is refused: "
            + decision.violations());
      }
      campaign = campaign.evolve(decision.events());
    }
    return campaign;
  }
}
