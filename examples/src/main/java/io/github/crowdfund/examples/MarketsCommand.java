package io.github.crowdfund.examples;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.crowdfund.markets.Market;
import io.github.crowdfund.markets.MarketCatalog;
import io.github.crowdfund.markets.PledgeLimits;
import io.github.crowdfund.markets.UpcomingMarket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crowdfund markets}: the Kickstarter markets open to creators on a date. */
@Command(
    name = "markets",
    mixinStandardHelpOptions = true,
    header = "Lists the Kickstarter markets open to creators on a date.",
    description = "Lists the markets (countries) where creators could launch Kickstarter "
        + "projects on a date: project currency, opening day and pledge limits. "
        + "The table also lists markets announced or drafting but not open yet.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The markets were printed.", "2:Bad options, or a catalogue that is missing, special or malformed."},
    footer = {"", "Examples:", "  crowdfund markets --on 2017-09-13",
        "  crowdfund markets --on 2020-10-06 --format csv"})
final class MarketsCommand implements Callable<Integer> {

  /** The CSV columns, in order. */
  static final List<String> CSV_COLUMNS = List.of("country_code", "country", "currency", "creators_from",
      "min_pledge", "max_pledge", "optional_currency", "date_precision", "confidence");

  @Spec
  private CommandSpec spec;

  @Option(names = "--on", required = true, paramLabel = "DATE", description = "The date, as YYYY-MM-DD.")
  private LocalDate date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "How to print the markets, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = "--catalog", paramLabel = "FILE", converter = OptionTypes.RegularFiles.class,
      description = "A market catalogue CSV file of your own (default: the bundled Kickstarter catalogue).")
  private Path catalogFile;

  MarketsCommand() {}

  @Override
  public Integer call() throws IOException {
    MarketCatalog catalog = catalogFile == null ? MarketCatalog.kickstarter() : MarketCatalog.load(catalogFile);
    List<Market> open = catalog.openOn(date);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.CSV) {
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
      csv.writeRecord(CSV_COLUMNS);
      open.forEach(market -> csv.writeRecord(csvRow(market)));
      csv.flush();
    } else {
      out.printf("%d markets open to creators on %s (data as of %s, %s)%n", open.size(), date,
          catalog.provenance().asOf(), catalog.provenance().file());
      Text.Table table = Text.Table.of("code", "country", "currency", "creators from", "min pledge", "max pledge",
          "also allowed", "confidence");
      for (Market market : open) {
        Optional<PledgeLimits> limits = market.pledgeLimits(market.projectCurrency());
        table.row(market.country().code(), market.countryName(), market.projectCurrency(),
            market.creatorsFrom().map(o -> o.describe().replaceFirst("^(on|in) ", "")).orElse(""),
            limits.map(l -> Text.money(l.minimum())).orElse("unknown"),
            limits.map(l -> Text.money(l.maximum())).orElse("unknown"),
            optionalCurrency(market), market.confidence());
      }
      out.print(table.render());
      List<UpcomingMarket> upcoming = catalog.upcoming(date);
      if (!upcoming.isEmpty()) {
        out.println("Not open yet:");
        for (UpcomingMarket next : upcoming) {
          out.printf("  %s: %s since %s; %s%n", next.market().describe(),
              next.status().toString().toLowerCase(java.util.Locale.ROOT), next.since(),
              next.opening().map(o -> "opens to creators " + o.describe()).orElse("opening date not known"));
        }
      }
      out.println("Sources: " + String.join("; ", catalog.provenance().sources()));
    }
    out.flush();
    return 0;
  }

  private String optionalCurrency(Market market) {
    return market.currenciesOn(date).stream().skip(1).map(CurrencyUnit::getCode).collect(Collectors.joining(" "));
  }

  private List<String> csvRow(Market market) {
    Optional<PledgeLimits> limits = market.pledgeLimits(market.projectCurrency());
    List<String> cells = new ArrayList<>(List.of(market.country().code(), market.countryName(),
        market.projectCurrency().getCode(),
        market.creatorsFrom().map(o -> o.date().toString()).orElse(""),
        limits.map(l -> plain(l.minimum())).orElse(""),
        limits.map(l -> plain(l.maximum())).orElse(""),
        optionalCurrency(market),
        market.creatorsFrom().map(o -> o.precision().toString().toLowerCase(java.util.Locale.ROOT)).orElse(""),
        market.confidence().toString()));
    return cells;
  }

  private static String plain(Money amount) {
    return amount.getAmount().toPlainString();
  }
}
