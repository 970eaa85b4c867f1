package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import java.time.Duration;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The campaign options shared by {@code simulate} and {@code predict}: goal, duration, arrivals, seed. */
final class CampaignOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--goal", paramLabel = "USD", defaultValue = "10000", description = "goal (default: ${DEFAULT-VALUE})")
  long goal;

  @Option(names = "--days", paramLabel = "DAYS", defaultValue = "30", description = "duration (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--arrivals", paramLabel = "MODEL", defaultValue = "u-shaped",
      description = "u-shaped or constant (default: ${DEFAULT-VALUE})")
  String arrivals;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
  long seed;

  /** The calibrated Kickstarter US configuration with these options. */
  SimulationConfig config() {
    if (goal < 1) {
      throw new ParameterException(spec.commandLine(), "--goal must be at least 1, was '" + goal + "'");
    }
    if (days < 1 || days > 60) {
      throw new ParameterException(spec.commandLine(), "--days must be 1 to 60 (Kickstarter), was '" + days + "'");
    }
    ArrivalModel model = switch (arrivals) {
      case "u-shaped" -> ArrivalModel.uShaped();
      case "constant" -> ArrivalModel.constant();
      default -> throw new ParameterException(spec.commandLine(),
          "--arrivals '" + arrivals + "' is not one of [u-shaped, constant]");
    };
    return SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, goal), Duration.ofDays(days)).withArrivals(model);
  }
}
