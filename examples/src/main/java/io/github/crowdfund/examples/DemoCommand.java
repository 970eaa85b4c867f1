package io.github.crowdfund.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crowdfund demo}: runs every scenario and prints what happened. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Runs every scenario of the demo and prints what happened.",
    description = "Runs the library through moments of crowdfunding history and prints what "
        + "happened: eligibility by market and date, campaigns decided pledge by "
        + "pledge, stretch goals, the final-24-hours rule, approximate amounts in "
        + "other currencies, and settlements under each platform's fees.",
    footer = {"", "Example:", "  crowdfund demo"})
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  DemoCommand() {}

  /** The scenarios, in the order the demo tells them. */
  static List<Scenario> scenarios() {
    return List.of(new KickstarterComesToJapan(), new Giroptic360cam(), new SeventhContinent(),
        new OneCampaignManyPlatforms(), new AfterTheDeadline(), new BackersArrive());
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Scenario> scenarios = scenarios();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      String heading = (i + 1) + ". " + scenario.title();
      out.println(heading);
      out.println("=".repeat(heading.length()));
      out.print(scenario.run().text());
      out.println();
    }
    out.flush();
    return 0;
  }
}
