package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command-line application, run through picocli as the launcher runs it, with its output captured. */
class CommandsTest {

  /** The exit code and the text written to standard output and standard error. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CrowdfundCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void demoPrintsEveryScenarioAndExitsZero() {
    Run demo = run("demo");

    assertThat(demo.exitCode()).isZero();
    assertThat(DemoCommand.scenarios()).allSatisfy(s -> assertThat(demo.out()).contains(s.title()));
    assertThat(demo.out()).contains("JPY 1,654,340", "USD 1,419,068.00", "EUR 1,224,220.00", "KEPT_BELOW_GOAL");
  }

  @Test
  void marketsListsTheMarketsOpenOnADateAsATable() {
    Run markets = run("markets", "--on", "2017-09-13");

    assertThat(markets.exitCode()).isZero();
    assertThat(markets.out()).startsWith("22 markets open to creators on 2017-09-13")
        .contains("JP    Japan", "JPY 1,200,000");
  }

  @Test
  void marketsAsCsvStartsWithTheDocumentedColumnsAndHasOneRowPerOpenMarket() {
    Run markets = run("markets", "--on", "2017-01-01", "--format", "csv");

    List<String> lines = markets.out().lines().toList();
    assertThat(markets.exitCode()).isZero();
    assertThat(lines.get(0)).startsWith("country_code,country,currency,creators_from,min_pledge,max_pledge");
    assertThat(lines).hasSize(1 + 21).contains("FR,France,EUR,2015-05-27,1.00,8500.00,,day,confirmed")
        .noneMatch(line -> line.startsWith("JP,"));
  }

  @Test
  void marketsShowsTheMarketsAnnouncedButNotOpen() {
    assertThat(run("markets", "--on", "2017-06-01").out())
        .contains("Japan (JP): announced since 2017-05-17; opens to creators on 2017-09-13");
  }

  @Test
  void eligibilityPrintsEveryReasonAndExitsOneWhenRefused() {
    Run check = run("eligibility", "--market", "JP", "--on", "2017-03-01", "--born", "2010-01-01",
        "--residence", "FR", "--id", "FR", "--bank", "FR:EUR", "--no-card");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("not eligible (7 reasons)", "MARKET_NOT_OPEN", "UNDER_AGE", "NOT_RESIDENT",
        "ID_NOT_ACCEPTED", "BANK_ACCOUNT_ABROAD", "CURRENCY_NOT_ALLOWED", "NO_CARD");
  }

  @Test
  void eligibilityThroughAPartnerEntityExitsZeroWhenEligible() {
    Run check = run("eligibility", "--market", "US", "--on", "2014-05-20", "--born", "1978-02-01",
        "--residence", "FR", "--id", "FR", "--bank", "FR:EUR",
        "--partner", "Giroptic US", "--partner-country", "US", "--partner-bank", "US:USD");

    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).isEqualTo("Kickstarter, United States (US), launching on 2014-05-20: eligible\n"
        + "Project currency: USD; pledges USD 1.00 to USD 10,000.00\n");
  }

  @Test
  void eligibilityRejectsAnUnknownMarketWithTheKnownCodes() {
    Run check = run("eligibility", "--market", "ZW", "--on", "2017-03-01", "--born", "1980-01-01",
        "--residence", "JP");

    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).contains("no market in Zimbabwe (ZW); known: AT, AU");
  }

  @Test
  void eligibilityRejectsACodeThatIsNoCountry() {
    Run check = run("eligibility", "--market", "XX", "--on", "2017-03-01", "--born", "1980-01-01",
        "--residence", "JP");

    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).contains("'XX' is not an ISO 3166-1 country code");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("demo", "markets", "eligibility")) {
      Run help = run(command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).startsWith(CrowdfundCli.commandLine().getSubcommands().get(command)
          .getCommandSpec().usageMessage().header()[0]).contains("Usage: crowdfund " + command);
    }
    assertThat(run("--help").out()).contains("demo", "markets", "eligibility");
  }
}
