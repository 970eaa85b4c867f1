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
    header = "Crowdfunding the way the platforms run it: money, campaigns, markets and outcomes.",
    description = "Runs the library's scenarios and tools from the command line. Every command has --help; "
        + "every failure is one line on standard error, with exit code 2 for bad options or input and 1 for an "
        + "operation that failed.",
    footer = {"", "Examples:", "  crowdfund demo", "  crowdfund markets --on 2017-09-13",
        "  crowdfund help analyze"},
    subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, MarketsCommand.class, EligibilityCommand.class,
        AnalyzeCommand.class, GenerateCommand.class, SimulateCommand.class, PredictCommand.class,
        ModelCommand.class, BackersCommand.class})
public final class CrowdfundCli {

  private CrowdfundCli() {}

  /**
   * Builds the command line with every subcommand, ready to execute.
   *
   * @return a new command line; never null
   */
  public static CommandLine commandLine() {
    return CliErrors.install(OptionTypes.register(new CommandLine(new CrowdfundCli())));
  }

  /**
   * Runs the application and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("crowdfund: ran out of memory; ask for less (fewer rows, campaigns or backers) or give Java "
          + "more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g");
      code = CliErrors.FAILED;
    }
    System.exit(code);
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
