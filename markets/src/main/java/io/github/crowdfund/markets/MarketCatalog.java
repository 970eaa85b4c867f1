package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/**
 * The markets of a platform through time, with the source and as-of date of the data.
 *
 * <p>{@link #kickstarter()} is the bundled Kickstarter catalogue ({@code kickstarter-markets.csv} beside this class).
 * Applications load their own with {@link #load(Path)} or {@link #load(Reader, String)} from a CSV file in the same
 * format: comment lines {@code # as-of: yyyy-mm-dd} and {@code # source: ...} before a header with the columns
 * {@code country_code, country, currency, optional_currency, optional_currency_from, announced_on, drafting_from,
 * creators_from, date_precision, min_pledge, max_pledge, earlier_max_pledge, confidence}. Empty {@code optional_currency}, {@code announced_on}, {@code drafting_from},
 * {@code creators_from} and {@code earlier_max_pledge} mean "not known" (or "none"), never "never"; pledge limits are
 * in major units of the project currency: numbers of at most 64 characters whose minor units fit in a {@code long}
 * (what a campaign can hold); longer or larger ones are reported as problems. A leading byte order mark is skipped.
 *
 * <p>A date before any market opened is not an error: no market is open on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarketCatalog {

  private static final String COLUMNS_TEXT = "country_code, country, currency, optional_currency, "
      + "optional_currency_from, announced_on, drafting_from, creators_from, date_precision, min_pledge, max_pledge, "
      + "earlier_max_pledge, confidence";
  private static final List<String> COLUMNS = List.of(COLUMNS_TEXT.split(", "));

  private final Provenance provenance;
  private final Map<Country, Market> markets;

  private MarketCatalog(Provenance provenance, Map<Country, Market> markets) {
    this.provenance = provenance;
    this.markets = markets;
  }

  /**
   * Returns a catalogue of the given markets.
   *
   * @param provenance where the facts come from, not null
   * @param markets the markets, one per country, not null
   * @return the catalogue, listing the markets in the given order
   * @throws IllegalArgumentException quoting the code when two markets share a country
   */
  public static MarketCatalog of(Provenance provenance, List<Market> markets) {
    Objects.requireNonNull(provenance, "provenance");
    Map<Country, Market> byCode = new LinkedHashMap<>();
    for (Market market : markets) {
      if (byCode.putIfAbsent(market.country(), market) != null) {
        throw new IllegalArgumentException("two markets for country '" + market.country() + "'");
      }
    }
    return new MarketCatalog(provenance, byCode);
  }

  /**
   * Returns Kickstarter's markets, loaded once from the bundled {@code kickstarter-markets.csv}.
   *
   * @return the bundled catalogue; see {@link #provenance()} for its sources and as-of date
   */
  public static MarketCatalog kickstarter() {
    return Bundled.KICKSTARTER;
  }

  /**
   * Loads a catalogue from a UTF-8 CSV file in the format described above.
   *
   * @param file the file, not null
   * @return the catalogue
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file is a directory, a FIFO or another special file (refused before opening it, so
   *     that reading never waits on one), or cannot be read
   * @throws DataFileException listing every problem (file, line, field) when the data is malformed, including text
   *     that is not UTF-8 and numbers beyond the bounds described above
   */
  public static MarketCatalog load(Path file) throws IOException {
    return load(DataFile.open(file), file.toString());
  }

  /**
   * Loads a catalogue from CSV text in the format described above, and closes the reader.
   *
   * @param reader the text, not null
   * @param fileName the name to quote in problems and in the provenance, not null
   * @return the catalogue
   * @throws DataFileException listing every problem (file, line, field) when the data is malformed
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static MarketCatalog load(Reader reader, String fileName) {
    return fromFile(DataFile.read(reader, fileName, COLUMNS));
  }

  private static MarketCatalog fromFile(DataFile file) {
    List<Market> markets = new ArrayList<>();
    Set<Country> codes = new TreeSet<>();
    for (DataFile.Row row : file.rows()) {
      Optional<Market> market = parse(file, row);
      market.ifPresent(m -> {
        if (codes.add(m.country())) {
          markets.add(m);
        } else {
          row.fail("country_code", "'" + m.country() + "' appears on an earlier line too");
        }
      });
    }
    return of(file.finish(), markets);
  }

  private static Optional<Market> parse(DataFile file, DataFile.Row row) {
    Optional<Country> code = row.required("country_code", Country::of, "an ISO 3166-1 alpha-2 country code");
    Optional<String> name = row.text("country");
    Optional<CurrencyUnit> currency = row.required("currency", CurrencyUnit::of, "an ISO 4217 currency code");
    Optional<CurrencyUnit> optionalCurrency =
        row.optional("optional_currency", CurrencyUnit::of, "an ISO 4217 currency code");
    Optional<LocalDate> optionalFrom = row.optionalDate("optional_currency_from");
    if (row.isEmpty("optional_currency") != row.isEmpty("optional_currency_from")) {
      row.fail("optional_currency_from", "optional_currency and optional_currency_from go together; one is empty");
    }
    Optional<LocalDate> announced = row.optionalDate("announced_on");
    Optional<LocalDate> drafting = row.optionalDate("drafting_from");
    Optional<LocalDate> creatorsFrom = row.optionalDate("creators_from");
    Optional<DatePrecision> precision = row.choice("date_precision", DatePrecision.class);
    Optional<BigDecimal> min = row.optionalDecimal("min_pledge");
    Optional<BigDecimal> max = row.optionalDecimal("max_pledge");
    Optional<BigDecimal> earlierMax = row.optionalDecimal("earlier_max_pledge");
    if (row.isEmpty("min_pledge") != row.isEmpty("max_pledge")) {
      row.fail("max_pledge", "min_pledge and max_pledge go together; one is empty");
    }
    if (!row.isEmpty("earlier_max_pledge") && row.isEmpty("max_pledge")) {
      row.fail("earlier_max_pledge", "an earlier maximum needs min_pledge and max_pledge");
    }
    Optional<Confidence> confidence = row.choice("confidence", Confidence.class);
    return file.build(row, () -> {
      Market.Builder market = Market.builder()
          .country(code.orElseThrow())
          .countryName(name.orElseThrow())
          .projectCurrency(currency.orElseThrow())
          .optionalCurrency(optionalCurrency.map(c -> new CurrencyOption(c, optionalFrom.orElseThrow())))
          .announcedOn(announced)
          .draftingFrom(drafting)
          .creatorsFrom(creatorsFrom.map(d -> new OpeningDate(d, precision.orElseThrow())))
          .confidence(confidence.orElseThrow());
      min.ifPresent(m -> market.putPledgeLimits(currency.orElseThrow(),
          PledgeLimits.ofMajor(currency.orElseThrow(), m, max.orElseThrow(), earlierMax)));
      return market.build();
    });
  }

  /** Returns where the catalogue's facts come from and the date they describe. */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns every market of the catalogue, whatever its status.
   *
   * @return the markets in catalogue order, never null
   */
  public List<Market> markets() {
    return List.copyOf(markets.values());
  }

  /**
   * Returns the catalogue's countries.
   *
   * @return the countries sorted by code, never null
   */
  public Set<Country> countries() {
    return new TreeSet<>(markets.keySet());
  }

  /**
   * Returns the market of a country.
   *
   * @param country the country, e.g. {@code JP}, not null
   * @return the market
   * @throws IllegalArgumentException naming the country and listing the known ones when the catalogue has no such
   *     market
   */
  public Market market(Country country) {
    return find(country).orElseThrow(() -> new IllegalArgumentException("no market in " + country.describe()
        + "; known: " + countries().stream().map(Country::code).collect(Collectors.joining(", "))));
  }

  /**
   * Returns the market of a country, if the catalogue has one.
   *
   * @param country the country, not null
   * @return the market, or empty
   */
  public Optional<Market> find(Country country) {
    Objects.requireNonNull(country, "country");
    return Optional.ofNullable(markets.get(country));
  }

  /**
   * Returns the markets open to creators on a date.
   *
   * @param date the date, not null; a date before any market opened simply gives an empty list
   * @return the open markets in catalogue order, never null
   */
  public List<Market> openOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return markets.values().stream().filter(m -> m.isOpenOn(date)).toList();
  }

  /**
   * Returns the status of a country's market on a date.
   *
   * @param country the country, not null
   * @param date the date, not null
   * @return the status, or empty when the market has reached no stage on that date
   * @throws IllegalArgumentException naming the country and listing the known ones when the catalogue has no such
   *     market
   */
  public Optional<MarketStatus> statusOn(Country country, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return market(country).statusOn(date);
  }

  /**
   * Returns the markets announced or drafting, but not open, on a date, with what is known of their opening.
   *
   * @param date the date, not null
   * @return the upcoming markets in catalogue order, never null
   */
  public List<UpcomingMarket> upcoming(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<UpcomingMarket> upcoming = new ArrayList<>();
    for (Market market : markets.values()) {
      market.statusOn(date).filter(status -> status != MarketStatus.OPEN).ifPresent(status -> upcoming.add(
          new UpcomingMarket(market, status,
              (status == MarketStatus.DRAFTING ? market.draftingFrom() : market.announcedOn()).orElseThrow())));
    }
    return List.copyOf(upcoming);
  }

  /** Returns the file name, as-of date and number of markets. */
  @Override
  public String toString() {
    return "MarketCatalog[" + provenance.file() + " as of " + provenance.asOf() + ", " + markets.size() + " markets]";
  }

  /** Holds the bundled catalogue, loaded on first use. */
  private static final class Bundled {
    static final MarketCatalog KICKSTARTER;

    static {
      KICKSTARTER = fromFile(DataFile.resource(MarketCatalog.class, "kickstarter-markets.csv", COLUMNS));
    }

    private Bundled() {}
  }
}
