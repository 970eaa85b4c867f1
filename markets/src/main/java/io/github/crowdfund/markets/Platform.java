package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;

/**
 * A crowdfunding platform's rules and fees as dated data: every {@link RuleFact} with its confidence and source, the
 * data file's {@link Provenance}, and for Kickstarter its {@link MarketCatalog}.
 *
 * <p>The bundled platforms are {@link #kickstarter()}, {@link #indiegogo()}, {@link #ulule()},
 * {@link #kissKissBankBank()}, {@link #campfire()}, {@link #readyfor()}, {@link #makuake()} and {@link #goFundMe()}.
 * A fact nobody could find is stated as unknown in the data; asking for it throws {@link UnknownRuleException} and an
 * application supplies its own value with {@link #withFact(RuleFact)}. {@link #rules(String, CurrencyUnit, LocalDate)} gives the
 * rules in force for one campaign.
 *
 * <p>Applications may load their own platform with {@link #load(Reader, String)}: a UTF-8 CSV file with the comment
 * lines {@code # platform: name}, {@code # as-of: yyyy-mm-dd} and {@code # source: ...} before a header with the
 * columns {@code rule, scope, value, from, until, confidence, source}. {@code rule} is a {@link Rule#id()};
 * {@code scope} is {@code *} or a currency code; {@code value} is in the rule's form or {@code unknown} (then
 * {@code confidence} is empty); {@code from} and {@code until} bound the days the fact applies, both included.
 * Facts of the same rule and scope may not overlap in time, except funding models and goal kinds, of which a platform
 * may offer several.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Platform {

  private static final List<String> COLUMNS =
      List.of("rule", "scope", "value", "from", "until", "confidence", "source");
  private static final String UNKNOWN = "unknown";

  private final String name;
  private final Provenance provenance;
  private final List<RuleFact> facts;
  /** The same facts grouped by rule, each group in the order of {@link #facts}: look-ups scan only their rule's. */
  private final Map<Rule, List<RuleFact>> factsByRule;
  private final Optional<MarketCatalog> markets;

  private Platform(String name, Provenance provenance, List<RuleFact> facts, Optional<MarketCatalog> markets) {
    this.name = name;
    this.provenance = provenance;
    this.facts = List.copyOf(facts);
    this.factsByRule = new EnumMap<>(Rule.class);
    for (RuleFact fact : this.facts) {
      factsByRule.computeIfAbsent(fact.rule(), rule -> new ArrayList<>()).add(fact);
    }
    this.markets = markets;
  }

  private List<RuleFact> factsOf(Rule rule) {
    return factsByRule.getOrDefault(rule, List.of());
  }

  /**
   * Returns Kickstarter: its rules and fees from the bundled {@code kickstarter-rules.csv} and its markets from
   * {@link MarketCatalog#kickstarter()}.
   *
   * @return the platform
   */
  public static Platform kickstarter() {
    return Bundled.KICKSTARTER;
  }

  /**
   * Returns Indiegogo (fixed or flexible funding; fees dated, unknown since the new operator of 2025-10-16).
   *
   * @return the platform
   */
  public static Platform indiegogo() {
    return Bundled.INDIEGOGO;
  }

  /**
   * Returns Ulule (all-or-nothing; money or pre-order goals; commission tiers plus VAT; backer fee from 2025-04-14).
   *
   * @return the platform
   */
  public static Platform ulule() {
    return Bundled.ULULE;
  }

  /**
   * Returns KissKissBankBank (all-or-nothing, 1 to 60 days, no cancelling in the final 24 hours).
   *
   * @return the platform
   */
  public static Platform kissKissBankBank() {
    return Bundled.KISSKISSBANKBANK;
  }

  /**
   * Returns CAMPFIRE (All-or-Nothing or All-In; 12% + 5% excluding tax; backer system fee).
   *
   * @return the platform
   */
  public static Platform campfire() {
    return Bundled.CAMPFIRE;
  }

  /**
   * Returns READYFOR (All-or-Nothing; All-In only for the organisations it names; backer system fee).
   *
   * @return the platform
   */
  public static Platform readyfor() {
    return Bundled.READYFOR;
  }

  /**
   * Returns Makuake (All-In or All-or-Nothing; 20% commission; projects end at 22:00 Tokyo time).
   *
   * @return the platform
   */
  public static Platform makuake() {
    return Bundled.MAKUAKE;
  }

  /**
   * Returns GoFundMe (keep-it-all donations, no deadline, 0% platform fee, US processing 2.9% + $0.30).
   *
   * @return the platform
   */
  public static Platform goFundMe() {
    return Bundled.GOFUNDME;
  }

  /**
   * Returns every bundled platform.
   *
   * @return the platforms, never null
   */
  public static List<Platform> bundled() {
    return List.of(kickstarter(), indiegogo(), ulule(), kissKissBankBank(), campfire(), readyfor(), makuake(),
        goFundMe());
  }

  /**
   * Loads a platform from a UTF-8 CSV file in the format described above.
   *
   * @param file the file, not null
   * @return the platform, without a market catalogue
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file is a directory, a FIFO or another special file (refused before opening it), or
   *     cannot be read
   * @throws DataFileException listing every problem (file, line, field) when the data is malformed
   */
  public static Platform load(Path file) throws IOException {
    return load(DataFile.open(file), file.toString());
  }

  /**
   * Loads a platform from CSV text in the format described above, and closes the reader.
   *
   * @param reader the text, not null
   * @param fileName the name to quote in problems and in the provenance, not null
   * @return the platform, without a market catalogue
   * @throws DataFileException listing every problem (file, line, field) when the data is malformed
   */
  public static Platform load(Reader reader, String fileName) {
    return fromFile(DataFile.read(reader, fileName, COLUMNS));
  }

  private static Platform fromFile(DataFile file) {
    Optional<String> name = file.requiredMetadata("platform");
    List<RuleFact> facts = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (DataFile.Row row : file.rows()) {
      Optional<Rule> rule = row.required("rule", Rule::ofId, "a rule identifier (" + Rule.values().length
          + " known, e.g. duration.max_days)");
      Optional<String> scope = row.text("scope");
      Optional<String> value = row.text("value").filter(v -> !v.equals(UNKNOWN));
      Optional<LocalDate> from = row.optionalDate("from");
      Optional<LocalDate> until = row.optionalDate("until");
      Optional<Confidence> confidence = row.optional("confidence", Confidence::parse,
          "one of: " + DataFile.spellings(Confidence.class));
      Optional<String> source = row.text("source");
      file.build(row, () -> new RuleFact(rule.orElseThrow(), scope.orElseThrow(), value, from, until, confidence,
          source.orElseThrow())).ifPresent(fact -> {
            for (int i = 0; i < facts.size(); i++) {
              RuleFact earlier = facts.get(i);
              if (conflict(earlier, fact)) {
                row.fail("from", fact.rule().id() + " for " + fact.scope() + " overlaps line " + lines.get(i));
                return;
              }
            }
            facts.add(fact);
            lines.add(row.line());
          });
    }
    Provenance provenance = file.finish();
    return new Platform(name.orElseThrow(), provenance, facts, Optional.empty());
  }

  private static boolean conflict(RuleFact a, RuleFact b) {
    return a.rule() == b.rule() && a.scope().equals(b.scope()) && a.overlaps(b)
        && !(a.rule().manyValued() && !a.value().equals(b.value()));
  }

  /** Returns the platform's name, e.g. {@code Kickstarter}. */
  public String name() {
    return name;
  }

  /** Returns where the platform's facts come from and the date they describe. */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns every fact, those an application supplied first.
   *
   * @return the facts, never null
   */
  public List<RuleFact> facts() {
    return facts;
  }

  /**
   * Returns the platform's market catalogue, if it has one (Kickstarter does).
   *
   * @return the catalogue, or empty
   */
  public Optional<MarketCatalog> markets() {
    return markets;
  }

  /**
   * Returns this platform with a market catalogue.
   *
   * @param catalog the markets, not null
   * @return a new platform with the same facts
   */
  public Platform withMarkets(MarketCatalog catalog) {
    return new Platform(name, provenance, facts, Optional.of(Objects.requireNonNull(catalog, "catalog")));
  }

  /**
   * Returns this platform with a fact an application supplies itself; it takes precedence over the data's facts of
   * the same rule and scope on the days it applies (for a value the data gives as unknown, or a better one).
   *
   * @param fact the fact, not null
   * @return a new platform
   */
  public Platform withFact(RuleFact fact) {
    Objects.requireNonNull(fact, "fact");
    List<RuleFact> all = new ArrayList<>();
    all.add(fact);
    all.addAll(facts);
    return new Platform(name, provenance, all, markets);
  }

  /**
   * Returns the fact of a rule for a currency on a date: one stated for that currency if any, else one for every
   * currency.
   *
   * @param rule the rule, not null
   * @param scope a currency code, or {@code *}, not null
   * @param date the date, not null
   * @return the fact (its value may be unknown), or empty when the data says nothing about it
   */
  public Optional<RuleFact> fact(Rule rule, String scope, LocalDate date) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(date, "date");
    Optional<RuleFact> exact = first(rule, date, f -> f.scope().equals(scope));
    return exact.isPresent() ? exact : first(rule, date, f -> f.scope().equals(RuleFact.ANY_SCOPE));
  }

  private Optional<RuleFact> first(Rule rule, LocalDate date, java.util.function.Predicate<RuleFact> scope) {
    for (RuleFact fact : factsOf(rule)) {
      if (fact.appliesOn(date) && scope.test(fact)) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every fact of a rule that applies on a date, whatever its scope (all the funding models offered, say).
   *
   * @param rule the rule, not null
   * @param date the date, not null
   * @return the facts, never null
   */
  public List<RuleFact> facts(Rule rule, LocalDate date) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(date, "date");
    return factsOf(rule).stream().filter(f -> f.appliesOn(date)).toList();
  }

  /**
   * Returns the known value of a rule for a currency on a date, converted.
   *
   * @throws UnknownRuleException when the data gives the value as unknown or says nothing about it
   */
  <T> T known(Rule rule, String scope, LocalDate date, Function<String, T> convert) {
    RuleFact fact = fact(rule, scope, date).orElseThrow(() ->
        new UnknownRuleException(name, rule, scope, "the data says nothing about it on " + date));
    return convert.apply(fact.known(name, scope));
  }

  /**
   * Returns the rules in force for a campaign in a country and currency launched on a date.
   *
   * @param country the project's country; for a platform with a market catalogue it must be one of its markets, open on {@code launchDate}; not null
   * @param currency the campaign currency; for a platform with a market catalogue, one the market allows on
   *     {@code launchDate}; not null
   * @param launchDate the launch date, not null
   * @return the rules
   * @throws IllegalArgumentException quoting the value when the country is not in the catalogue (listing the known
   *     ones), the market is not open on the launch date, or it does not allow the
   *     currency then
   */
  public PlatformRules rules(Country country, CurrencyUnit currency, LocalDate launchDate) {
    Objects.requireNonNull(launchDate, "launchDate");
    return rules(country, currency, ProjectDates.launchedOn(launchDate));
  }

  /**
   * Returns the rules in force for a campaign in a country and currency that applied and launched on these dates:
   * each rule by the date its basis names ({@code fee.platform.date_basis}: CAMPFIRE's commission by the application
   * date), every other by the launch date.
   *
   * @param country the project's country, as for {@link #rules(Country, CurrencyUnit, LocalDate)}; not null
   * @param currency the campaign currency, as for {@link #rules(Country, CurrencyUnit, LocalDate)}; not null
   * @param dates when the project applied and launched; not null
   * @return the rules
   * @throws IllegalArgumentException as {@link #rules(Country, CurrencyUnit, LocalDate)} for the launch date
   */
  public PlatformRules rules(Country country, CurrencyUnit currency, ProjectDates dates) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(dates, "dates");
    LocalDate launchDate = dates.launched();
    Optional<Market> market = markets.map(catalog -> catalog.market(country));
    market.ifPresent(m -> {
      if (!m.isOpenOn(launchDate)) {
        throw new IllegalArgumentException(name + " is not open to creators in " + m.describe() + " on '"
            + launchDate + "'");
      }
      if (!m.currenciesOn(launchDate).contains(currency)) {
        throw new IllegalArgumentException(name + " projects in " + m.describe() + " on " + launchDate
            + " may not use '" + currency + "'; allowed: " + m.currenciesOn(launchDate));
      }
    });
    return new PlatformRules(this, market, currency, dates);
  }

  /** Returns the name and as-of date. */
  @Override
  public String toString() {
    return name + " (as of " + provenance.asOf() + ")";
  }

  /** Holds the bundled platforms, loaded on first use. */
  private static final class Bundled {
    static final Platform KICKSTARTER = bundled("kickstarter-rules.csv").withMarkets(MarketCatalog.kickstarter());
    static final Platform INDIEGOGO = bundled("indiegogo-rules.csv");
    static final Platform ULULE = bundled("ulule-rules.csv");
    static final Platform KISSKISSBANKBANK = bundled("kisskissbankbank-rules.csv");
    static final Platform CAMPFIRE = bundled("campfire-rules.csv");
    static final Platform READYFOR = bundled("readyfor-rules.csv");
    static final Platform MAKUAKE = bundled("makuake-rules.csv");
    static final Platform GOFUNDME = bundled("gofundme-rules.csv");

    private Bundled() {}

    private static Platform bundled(String resource) {
      return fromFile(DataFile.resource(Platform.class, resource, COLUMNS));
    }
  }
}
