package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulationCommandsTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void simulateGivesTheSameResultOnOneThreadAndOnTwo() {
    CliRun one = run("simulate", "--goal", "3000", "--campaigns", "400", "--seed", "5", "--threads", "1");
    CliRun two = run("simulate", "--goal", "3000", "--campaigns", "400", "--seed", "5", "--threads", "2");
    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).contains("400 campaigns, goal $3000, 30 days, u-shaped arrivals, seed 5")
        .contains("success probability: ").contains("reached 30% of goal");
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void simulateRefusesDurationsTheRulesDoNotAllow() {
    CliRun run = run("simulate", "--days", "90", "--campaigns", "10");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'90'");
  }

  @Test
  void predictSeparatesAStrongStartFromAWeakOne() {
    CliRun strong = run("predict", "--goal", "5000", "--day", "10", "--pledged", "2500", "--backers", "30", "--runs",
        "200");
    CliRun weak = run("predict", "--goal", "5000", "--day", "20", "--pledged", "100", "--backers", "2", "--runs", "200");
    assertThat(strong.exitCode()).isZero();
    assertThat(probability(strong.out())).isGreaterThan(90);
    assertThat(strong.out()).contains("of 200 simulated continuations");
    assertThat(probability(weak.out())).isLessThan(5);
  }

  private static double probability(String out) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("success probability ([0-9.]+)%").matcher(out);
    assertThat(matcher.find()).as(out).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  @Test
  void predictRefusesADayAfterTheDeadline() {
    CliRun run = run("predict", "--day", "31", "--pledged", "10", "--backers", "1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("day '31.0'");
  }
}
