package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SparkEngine#analyze} computed: the statistics of every project (each scraped project once, in its
 * latest state), what each file gave, and how scrapes were merged.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param statistics the statistics; never null
 * @param files one entry per file, in the order the files were named; never null
 * @param panel how the scrapes were merged, when there were scrapes; never null
 */
public record DatasetAnalysis(OutcomeStatistics statistics, List<FileRead> files, Optional<PanelCounts> panel) {

  /** Checks the parts and copies the list. */
  public DatasetAnalysis {
    Objects.requireNonNull(statistics, "statistics");
    files = List.copyOf(files);
    Objects.requireNonNull(panel, "panel");
  }

  /**
   * How scrapes were merged into one record per project.
   *
   * @param projects distinct projects
   * @param snapshots distinct snapshots
   * @param rows rows of the scrapes (a project listed on several pages of a scrape, or seen in several scrapes,
   *     counts once per row)
   */
  public record PanelCounts(long projects, int snapshots, long rows) {}
}
