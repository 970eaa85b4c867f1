package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads dataset files and computes their outcome statistics: where {@code analyze} does its work. An engine reads
 * every file (layouts recognised from the content unless one is named), merges scrapes into one record per project
 * (snapshot panels), and folds the records into the statistics; {@code analyze} prints what it returns, the same way
 * for every engine.
 */
interface AnalysisEngine {

  /**
   * Reads the files and returns their statistics.
   *
   * @param input what to read; not null
   * @param listener told of progress, problems and what each file gave; not null
   * @return the statistics of every project read (each scraped project once, in its latest state); never null
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file fits no layout, or a scrape is not dated
   */
  Analysis analyze(Input input, Listener listener) throws IOException;

  /**
   * What to analyse.
   *
   * @param files the files, in the order given; never null
   * @param layout the layout of every file, when the user named one
   * @param groupings the groupings the statistics need; never null
   */
  record Input(List<Path> files, Optional<DatasetLayout> layout, Set<Grouping> groupings) {
    public Input {
      files = List.copyOf(files);
      Objects.requireNonNull(layout, "layout");
      groupings = Set.copyOf(groupings);
    }
  }

  /**
   * What an engine computed.
   *
   * @param statistics the statistics; never null
   * @param panel how scrapes were merged, when there were scrapes
   */
  record Analysis(OutcomeStatistics statistics, Optional<PanelSummary> panel) {
    public Analysis {
      Objects.requireNonNull(statistics, "statistics");
      Objects.requireNonNull(panel, "panel");
    }
  }

  /**
   * How scrapes were merged into one record per project.
   *
   * @param projects distinct projects
   * @param snapshots distinct snapshots
   * @param rows rows read from the scrapes (a project listed on several pages of a scrape, or seen in several
   *     scrapes, counts once per row)
   */
  record PanelSummary(long projects, int snapshots, long rows) {}

  /** Told what an engine does while it reads; called from any thread. */
  interface Listener {
    /** Bytes of the files read so far, as stored, since the last call. */
    void bytesRead(long bytes);

    /** A row that could not be read. */
    void problem(RowProblem problem);

    /** A file has been read. */
    void fileRead(String file, ReadReport report);
  }
}
