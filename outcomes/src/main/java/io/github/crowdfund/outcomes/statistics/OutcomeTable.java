package io.github.crowdfund.outcomes.statistics;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Project outcomes grouped one way: one row per group in the grouping's order, and the total over all groups.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grouping how the projects were grouped; never null
 * @param rows one row per group, in {@link Grouping#order()}; never null
 * @param total the sum over all rows; never null
 */
public record OutcomeTable(Grouping grouping, List<OutcomeRow> rows, StateCounts total) implements Serializable {

  /** The CSV header, in column order. */
  public static final List<String> CSV_HEADER = List.of("group", "projects", "successful", "failed", "canceled",
      "suspended", "live", "undefined", "success_rate", "success_rate_decided");

  /** The group key of the CSV row that totals all groups. */
  public static final String ALL = "ALL";

  /**
   * Copies the rows and checks that the total is their sum.
   *
   * @throws IllegalArgumentException if the total is not the sum of the rows
   */
  public OutcomeTable {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(total, "total");
    rows = List.copyOf(rows);
    StateCounts sum = rows.stream().map(OutcomeRow::counts).reduce(StateCounts.ZERO, StateCounts::plus);
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("total '" + total + "' is not the sum of the rows '" + sum + "'");
    }
  }

  /**
   * Finds the row of a group.
   *
   * @param group the group key; not null
   * @return the row, or empty when no project is in the group
   */
  public Optional<OutcomeRow> row(String group) {
    Objects.requireNonNull(group, "group");
    return rows.stream().filter(row -> row.group().equals(group)).findFirst();
  }

  /**
   * Writes the table as CSV (LF line ends): the {@link #CSV_HEADER}, one line per group, and a last line whose
   * group is {@value #ALL}; rates are fractions with four decimals (half-even), empty when undefined.
   *
   * @param out where to write; not null, flushed but not closed
   * @throws IOException if writing fails
   */
  public void writeCsv(Writer out) throws IOException {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(Objects.requireNonNull(out, "out"));
    csv.writeRecord(CSV_HEADER);
    for (OutcomeRow row : rows) {
      csv.writeRecord(csvLine(row.group(), row.counts()));
    }
    csv.writeRecord(csvLine(ALL, total));
    csv.flush();
  }

  /**
   * Returns the table as CSV, as {@link #writeCsv(Writer)} writes it.
   *
   * @return the CSV text; never null
   */
  public String toCsv() {
    StringWriter text = new StringWriter();
    try {
      writeCsv(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<String> csvLine(String group, StateCounts counts) {
    return List.of(group, Long.toString(counts.projects()), Long.toString(counts.successful()),
        Long.toString(counts.failed()), Long.toString(counts.canceled()), Long.toString(counts.suspended()),
        Long.toString(counts.live()), Long.toString(counts.undefined()), fraction(counts.successRate()),
        fraction(counts.successRateDecided()));
  }

  /**
   * Formats a fraction with four decimals, rounded half-even; empty text when absent.
   *
   * @param fraction the fraction; not null
   * @return the text; never null
   */
  static String fraction(Optional<BigDecimal> fraction) {
    return fraction.map(value -> value.setScale(4, RoundingMode.HALF_EVEN).toPlainString()).orElse("");
  }
}
