package io.github.crowdfund.outcomes.statistics;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Outcome statistics of a set of projects: counts by state, tables by the requested groupings, funding ratios by
 * state and backers per project. Produced by {@link OutcomeAccumulator#result()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param totals all projects by state; never null
 * @param tables one table per grouping requested from the accumulator; never null
 * @param fundingRatios funding ratios of the projects of each state; never null, one entry per state
 * @param backers backers per project over all projects; never null
 */
public record OutcomeStatistics(
    StateCounts totals,
    Map<Grouping, OutcomeTable> tables,
    Map<ProjectState, FundingRatios> fundingRatios,
    Distribution backers) implements Serializable {

  /** The CSV header of {@link #writeFundingRatiosCsv(Writer)}. */
  public static final List<String> FUNDING_CSV_HEADER = List.of("state", "projects", "pledged_nothing",
      "reached_20", "reached_30", "reached_50", "reached_100", "mean", "p10", "p25", "median", "p75", "p90");

  /** Copies the maps and checks that every state has funding ratios. */
  public OutcomeStatistics {
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(backers, "backers");
    tables = Map.copyOf(tables);
    fundingRatios = Map.copyOf(fundingRatios);
    if (fundingRatios.size() != ProjectState.values().length) {
      throw new IllegalArgumentException("funding ratios must cover every state, have '"
          + fundingRatios.keySet() + "'");
    }
  }

  /**
   * Returns the table of a grouping.
   *
   * @param grouping the grouping; not null
   * @return the table; never null
   * @throws IllegalArgumentException if the accumulator was not asked for that grouping
   */
  public OutcomeTable table(Grouping grouping) {
    OutcomeTable table = tables.get(Objects.requireNonNull(grouping, "grouping"));
    if (table == null) {
      throw new IllegalArgumentException("no table by '" + grouping.label() + "'; computed: "
          + tables.keySet().stream().map(Grouping::label).sorted().toList());
    }
    return table;
  }

  /**
   * Returns the funding ratios of the projects that ended in a state.
   *
   * @param state the state; not null
   * @return the funding ratios; never null
   */
  public FundingRatios fundingRatios(ProjectState state) {
    return fundingRatios.get(Objects.requireNonNull(state, "state"));
  }

  /**
   * Writes the funding ratios of every state as CSV (LF line ends), one line per state in {@link ProjectState}
   * order under {@link #FUNDING_CSV_HEADER}: the shares are fractions of the state's projects and the ratio
   * statistics are pledged / goal, all with four decimals (the quantiles approximate, see {@link Distribution}).
   *
   * @param out where to write; not null, flushed but not closed
   * @throws IOException if writing fails
   */
  public void writeFundingRatiosCsv(Writer out) throws IOException {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(Objects.requireNonNull(out, "out"));
    csv.writeRecord(FUNDING_CSV_HEADER);
    for (ProjectState state : ProjectState.values()) {
      FundingRatios ratios = fundingRatios(state);
      Distribution ratio = ratios.ratio();
      Optional<BigDecimal> nothing = ratios.projects() == 0 ? Optional.empty()
          : Optional.of(BigDecimal.valueOf(ratio.zeros()).divide(BigDecimal.valueOf(ratios.projects()),
              StateCounts.RATE_SCALE, RoundingMode.HALF_EVEN));
      csv.writeRecord(state.label(), Long.toString(ratios.projects()), OutcomeTable.fraction(nothing),
          OutcomeTable.fraction(ratios.shareReaching(20)), OutcomeTable.fraction(ratios.shareReaching(30)),
          OutcomeTable.fraction(ratios.shareReaching(50)), OutcomeTable.fraction(ratios.shareReaching(100)),
          OutcomeTable.fraction(ratio.mean()), quantile(ratio, 0.10), quantile(ratio, 0.25),
          quantile(ratio, 0.50), quantile(ratio, 0.75), quantile(ratio, 0.90));
    }
    csv.flush();
  }

  private static String quantile(Distribution distribution, double probability) {
    OptionalDouble value = distribution.quantile(probability);
    return value.isPresent() ? OutcomeTable.fraction(Optional.of(BigDecimal.valueOf(value.getAsDouble()))) : "";
  }
}
