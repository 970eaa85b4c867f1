package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.joda.money.Money;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The campaign options shared by {@code simulate} and {@code predict}: goal, duration, arrivals, seed. */
final class CampaignOptions {

  /** How backers arrive over a campaign, by the name users type after {@code --arrivals}. */
  enum Arrivals {
    /** Many at the start and the end, few in the middle, as on Kickstarter. */
    U_SHAPED(ArrivalModel::uShaped),
    /** At a constant rate. */
    CONSTANT(ArrivalModel::constant);

    private final Supplier<ArrivalModel> model;

    Arrivals(Supplier<ArrivalModel> model) {
      this.model = model;
    }

    /** Returns {@code u-shaped} or {@code constant}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--goal", paramLabel = "USD", defaultValue = "10000",
      description = "The funding goal in US dollars, at least 1 (default: ${DEFAULT-VALUE}).")
  Money goal;

  @Option(names = "--days", paramLabel = "DAYS", defaultValue = "30",
      description = "The campaign's duration in days, 1 to 60 as on Kickstarter (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--arrivals", paramLabel = "MODEL", defaultValue = "u-shaped",
      description = "How backers arrive, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Arrivals arrivals;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed; the same seed gives the same result (default: ${DEFAULT-VALUE}).")
  long seed;

  /** Refuses a goal below one dollar and a duration Kickstarter does not allow. */
  void check() {
    if (goal.getAmount().compareTo(BigDecimal.ONE) < 0) {
      throw new ParameterException(spec.commandLine(), "--goal must be at least 1, was '" + dollars(goal) + "'");
    }
    if (days < 1 || days > 60) {
      throw new ParameterException(spec.commandLine(), "--days must be 1 to 60 (Kickstarter), was '" + days + "'");
    }
  }

  /** The calibrated Kickstarter US configuration with these options. */
  SimulationConfig config() {
    check();
    return SimulationConfig.calibrated(goal, Duration.ofDays(days)).withArrivals(arrivals.model.get());
  }

  /** Returns an amount of dollars as typed: {@code 5000}, {@code 5000.5}. */
  static String dollars(Money amount) {
    return amount.getAmount().stripTrailingZeros().toPlainString();
  }
}
