package io.github.crowdfund.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crowdfund} command-line application: one entry point whose subcommands show the library at work.
 *
 * <p>Started by the {@code ./crowdfund} script at the repository root.
 */
@Command(
    name = "crowdfund",
    mixinStandardHelpOptions = true,
    versionProvider = CrowdfundCli.Version.class,
    description = "Crowdfunding the way the platforms run it: money, campaigns, markets and outcomes.",
    subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, MarketsCommand.class, EligibilityCommand.class,
        AnalyzeCommand.class, GenerateCommand.class, SimulateCommand.class, PredictCommand.class,
        ModelCommand.class})
public final class CrowdfundCli {

  private CrowdfundCli() {}

  /**
   * Builds the command line with every subcommand, ready to execute.
   *
   * @return a new command line; never null
   */
  public static CommandLine commandLine() {
    return new CommandLine(new CrowdfundCli());
  }

  /**
   * Runs the application and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reports the version of the examples jar, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CrowdfundCli.class.getPackage().getImplementationVersion();
      return new String[] {"crowdfund " + (version == null ? "development" : version)};
    }
  }
}
