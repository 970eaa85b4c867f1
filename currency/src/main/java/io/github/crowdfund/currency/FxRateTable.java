package io.github.crowdfund.currency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;

/**
 * An immutable snapshot of foreign-exchange rates as of an instant, built in code with {@link #builder(Instant)}
 * or read from a CSV file with {@link #readCsv(Reader, Instant)}. It never goes to the network.
 *
 * <p>The table holds at most one rate per pair of currencies, in one direction. {@link #rate(CurrencyUnit,
 * CurrencyUnit)} finds a rate, following {@code 1 × base = rate × counter}, in this order:
 * <ol>
 *   <li>{@code 1} when the two currencies are the same;</li>
 *   <li>the rate stored for {@code base/counter}, exactly as stored;</li>
 *   <li>the {@linkplain FxRate#inverse() inverse} of the rate stored for {@code counter/base};</li>
 *   <li>the {@linkplain FxRate#crossRate(FxRate) cross rate} through one intermediate currency {@code X} that
 *       has a rate (either direction) with both {@code base} and {@code counter}. When several currencies
 *       qualify, the one whose code comes first alphabetically is used, so the answer never depends on the order
 *       in which rates were added.</li>
 * </ol>
 * Results that need a division are rounded to {@link FxRate#PRECISION}, 20 significant digits; a rate that is
 * stored or a product of stored rates is exact. If none of these applies, {@link FxRateNotFoundException} names the
 * pair and lists the pairs the table has.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FxRateTable implements FxRateProvider {

  private static final String CSV_HEADER = "base,counter,rate";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Instant asOf;
  /** Every stored rate, under both of its currencies, with neighbours in currency-code order. */
  private final Map<CurrencyUnit, NavigableMap<CurrencyUnit, FxRate>> ratesByCurrency;
  private final SortedSet<CurrencyPair> pairs;

  private FxRateTable(Instant asOf, Map<CurrencyUnit, NavigableMap<CurrencyUnit, FxRate>> ratesByCurrency,
      SortedSet<CurrencyPair> pairs) {
    this.asOf = asOf;
    this.ratesByCurrency = ratesByCurrency;
    this.pairs = pairs;
  }

  /**
   * Starts a table of rates as of an instant.
   *
   * @param asOf the instant the rates describe, not null
   * @return a new, empty builder, not null
   * @throws NullPointerException if {@code asOf} is null
   */
  public static Builder builder(Instant asOf) {
    return new Builder(asOf);
  }

  /**
   * Obtains a table of the given rates as of an instant.
   *
   * @param asOf the instant the rates describe, not null
   * @param rates the rates, at most one per pair of currencies in either direction, none null
   * @return the table, not null
   * @throws NullPointerException if an argument or a rate is null
   * @throws IllegalArgumentException if two rates are for the same two currencies; the message quotes both
   */
  public static FxRateTable of(Instant asOf, FxRate... rates) {
    Builder builder = builder(asOf);
    for (FxRate rate : Objects.requireNonNull(rates, "rates")) {
      builder.add(rate);
    }
    return builder.build();
  }

  /**
   * Reads a table from CSV text with the header {@code base,counter,rate} and one rate per row, such as
   * {@code EUR,JPY,161.25} (one euro is worth 161.25 yen). Currency codes are ISO 4217 codes known to Joda-Money;
   * rates are positive plain decimals of at most 64 characters. Spaces around fields and a byte order mark at the
   * start of the text are ignored; empty lines and lines starting with {@code #} (for the source and date of the
   * data) are skipped. A line longer than 256 characters is reported as bad without being read further, so reading
   * takes time linear in the text and memory bounded by the number of rows. The reader is read to its end and not
   * closed.
   *
   * @param reader the CSV text, not null
   * @param asOf the instant the rates describe, not null
   * @return the table, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the header is missing or any row is bad (wrong number of fields, unknown
   *     currency, rate not positive or too long, line too long, the same two currencies as an earlier row); the
   *     message lists every bad row
   *     with its line number and reason, and no table is made
   * @throws IOException if reading fails
   */
  public static FxRateTable readCsv(Reader reader, Instant asOf) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Builder builder = builder(asOf);
    List<String> errors = new ArrayList<>();
    BoundedLines lines = new BoundedLines(reader);
    boolean headerSeen = false;
    for (String line = lines.next(); line != null; line = lines.next()) {
      int lineNumber = lines.number();
      if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
        line = line.substring(BYTE_ORDER_MARK.length());
      }
      if (lines.truncated()) {
        errors.add("line " + lineNumber + ": longer than " + TextLimits.MAX_LINE_LENGTH
            + " characters, starting " + TextLimits.quote(line));
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        if (!line.strip().equals(CSV_HEADER)) {
          errors.add("line " + lineNumber + ": header must be \"" + CSV_HEADER + "\", was \"" + line + "\"");
        }
        continue;
      }
      try {
        builder.add(parseCsvRow(line));
      } catch (IllegalArgumentException e) {
        errors.add("line " + lineNumber + ": " + e.getMessage());
      }
    }
    if (!headerSeen) {
      errors.add("no header \"" + CSV_HEADER + "\"");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "FX rate CSV has " + errors.size() + " error(s):\n" + String.join("\n", errors));
    }
    return builder.build();
  }

  private static FxRate parseCsvRow(String line) {
    String[] fields = line.split(",", -1);
    if (fields.length != 3) {
      throw new IllegalArgumentException(
          "expected 3 fields (base,counter,rate), found " + fields.length + " in \"" + line + "\"");
    }
    CurrencyUnit base = CurrencyCodes.currency(fields[0].strip(), line);
    CurrencyUnit counter = CurrencyCodes.currency(fields[1].strip(), line);
    return FxRate.of(base, counter, FxRate.parseRate(fields[2].strip(), line));
  }

  /**
   * Returns the instant these rates describe.
   *
   * @return the as-of instant, not null
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the pairs of the stored rates, in their natural order (base code, then counter code). Pairs found
   * only by inverse or through an intermediate currency are not listed.
   *
   * @return an unmodifiable sorted set, possibly empty, not null
   */
  public SortedSet<CurrencyPair> pairs() {
    return pairs;
  }

  /**
   * Returns the stored rates, in the natural order of their pairs.
   *
   * @return an unmodifiable list, possibly empty, not null
   */
  public List<FxRate> rates() {
    return pairs.stream().map(pair -> ratesByCurrency.get(pair.base()).get(pair.counter())).toList();
  }

  /**
   * Finds the rate for {@code base/counter} (direct, inverse or through one intermediate currency, as described
   * in the class documentation): {@code 1 × base = rate × counter}.
   *
   * @param base the currency converted from, not null
   * @param counter the currency converted to, not null
   * @return the rate, positive, not null; exactly {@code 1} when the currencies are the same
   * @throws NullPointerException if an argument is null
   * @throws FxRateNotFoundException if the table cannot give the rate; it names the pair and lists
   *     {@link #pairs()}
   */
  @Override
  public BigDecimal rate(CurrencyUnit base, CurrencyUnit counter) {
    return find(base, counter).map(FxRate::rate).orElse(BigDecimal.ONE);
  }

  /** The rate for base/counter, or empty when the two are the same currency. */
  private Optional<FxRate> find(CurrencyUnit base, CurrencyUnit counter) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(counter, "counter");
    if (base.equals(counter)) {
      return Optional.empty();
    }
    NavigableMap<CurrencyUnit, FxRate> fromBase = ratesByCurrency.getOrDefault(base, Collections.emptyNavigableMap());
    FxRate stored = fromBase.get(counter);
    if (stored != null) {
      return Optional.of(stored.pair().base().equals(base) ? stored : stored.inverse());
    }
    for (Map.Entry<CurrencyUnit, FxRate> toIntermediate : fromBase.entrySet()) {
      FxRate fromIntermediate = ratesByCurrency.get(toIntermediate.getKey()).get(counter);
      if (fromIntermediate != null) {
        return Optional.of(toIntermediate.getValue().crossRate(fromIntermediate));
      }
    }
    throw new FxRateNotFoundException(CurrencyPair.of(base, counter), pairs);
  }

  /**
   * Tells whether the other object is a table with the same as-of instant and the same stored rates.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FxRateTable table && asOf.equals(table.asOf) && rates().equals(table.rates());
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(asOf, rates());
  }

  /**
   * Returns a description for logs, such as {@code FxRateTable[asOf=2024-01-02T00:00:00Z, rates=[EUR/USD 1.1]]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "FxRateTable[asOf=" + asOf + ", rates=" + rates() + "]";
  }

  /**
   * Collects the rates of an {@link FxRateTable}. Not thread-safe; a builder can build several tables, each a
   * snapshot of the rates added so far.
   */
  public static final class Builder {

    private final Instant asOf;
    private final Map<CurrencyPair, FxRate> rates = new TreeMap<>();

    private Builder(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Adds a rate.
     *
     * @param rate the rate, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code rate} is null
     * @throws IllegalArgumentException if the builder already has a rate for the same two currencies (in either
     *     direction); the message quotes both rates, and the builder is unchanged
     */
    public Builder add(FxRate rate) {
      Objects.requireNonNull(rate, "rate");
      FxRate existing = rates.getOrDefault(rate.pair(), rates.get(rate.pair().inverse()));
      if (existing != null) {
        throw new IllegalArgumentException(
            "\"" + rate + "\" is for the same currencies as \"" + existing + "\", already in the table");
      }
      rates.put(rate.pair(), rate);
      return this;
    }

    /**
     * Builds the table of the rates added so far.
     *
     * @return the table, not null
     */
    public FxRateTable build() {
      Map<CurrencyUnit, NavigableMap<CurrencyUnit, FxRate>> byCurrency = new TreeMap<>();
      for (FxRate rate : rates.values()) {
        CurrencyPair pair = rate.pair();
        byCurrency.computeIfAbsent(pair.base(), currency -> new TreeMap<>()).put(pair.counter(), rate);
        byCurrency.computeIfAbsent(pair.counter(), currency -> new TreeMap<>()).put(pair.base(), rate);
      }
      byCurrency.replaceAll((currency, neighbours) -> Collections.unmodifiableNavigableMap(neighbours));
      return new FxRateTable(asOf, Collections.unmodifiableMap(byCurrency),
          Collections.unmodifiableSortedSet(new TreeSet<>(rates.keySet())));
    }
  }
}
