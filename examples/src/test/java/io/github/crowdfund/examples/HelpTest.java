package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help is made of whole sentences, shows an example, and lists the values its options take. */
class HelpTest {

  private static List<CommandLine> everyCommand(CommandLine command) {
    List<CommandLine> all = new ArrayList<>();
    all.add(command);
    command.getSubcommands().values().stream().distinct()
        .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
        .forEach(sub -> all.addAll(everyCommand(sub)));
    return all;
  }

  @Test
  void everyCommandsHelpIsWholeSentencesWithAnExample() {
    for (CommandLine command : everyCommand(CrowdfundCli.commandLine())) {
      String name = command.getCommandSpec().qualifiedName();
      String[] args = (name.substring("crowdfund".length()).strip() + " --help").strip().split(" ");
      CliRun help = CliRun.of(args);
      assertThat(help.exitCode()).as(name).isZero();
      CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
      String description = String.join(" ", usage.description()).strip();
      assertThat(description).as("description of %s", name).isNotEmpty().endsWith(".");
      assertThat(description.charAt(0)).as("description of %s", name).isUpperCase();
      for (String header : usage.header()) {
        assertThat(header).as("header of %s", name).endsWith(".");
      }
      assertThat(help.out()).as("help of %s", name).containsPattern("Examples?:")
          .contains("  " + name).doesNotContain("${");
      command.getCommandSpec().options().forEach(option -> assertThat(String.join(" ", option.description()).strip())
          .as("option %s of %s", option.longestName(), name).endsWith("."));
      command.getCommandSpec().positionalParameters().forEach(parameter -> assertThat(
          String.join(" ", parameter.description()).strip()).as("%s of %s", parameter.paramLabel(), name)
          .endsWith("."));
    }
  }

  /** A command's help with every run of white space made one space. */
  private static String help(String command) {
    return CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
  }

  @Test
  void optionsWithAFixedSetOfValuesListThemInTheHelp() {
    assertThat(help("analyze")).contains("table, csv").contains("local, spark")
        .contains("main_category, category, country, currency, year, goal, duration")
        .contains("kaggle-201801, kaggle-201612, icpsr-38050, web-robots-csv, web-robots-json");
    assertThat(help("generate"))
        .contains("kaggle-201801, icpsr-38050, web-robots-csv, web-robots-json");
    assertThat(help("simulate")).contains("u-shaped, constant");
    assertThat(help("markets")).contains("table, csv");
  }
}
