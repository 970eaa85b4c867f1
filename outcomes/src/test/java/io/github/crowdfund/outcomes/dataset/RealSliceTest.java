package io.github.crowdfund.outcomes.dataset;


import io.github.crowdfund.outcomes.fixtures.Fixtures;
import io.github.crowdfund.outcomes.statistics.FundingRatios;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import io.github.crowdfund.outcomes.statistics.StateCounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the real 10k-row slice of ks-projects-201801.csv when it is present (CI keeps it in ../shared/data), and
 * skips otherwise: the slice's licence keeps it out of this repository.
 */
class RealSliceTest {

  @Test
  void theRealSliceReadsWithoutRejectionsAndShowsMollicksShape() throws IOException {
    Optional<Path> slice = Fixtures.realSlice();
    assumeTrue(slice.isPresent(), "real data slice " + Fixtures.REAL_SLICE + " not found; skipped");
    OutcomeAccumulator accumulator = OutcomeAccumulator.of(EnumSet.of(Grouping.MAIN_CATEGORY, Grouping.COUNTRY));
    List<RowProblem> problems = new ArrayList<>();
    ReadReport report = ProjectReader.create().read(slice.get(), accumulator, problems::add);

    assertThat(problems).isEmpty();
    assertThat(report.rowsRead()).isEqualTo(9_999);
    assertThat(report.kept()).isEqualTo(9_999);
    assertThat(report.flagCount(RecordFlag.COUNTRY_UNKNOWN)).isEqualTo(102);
    assertThat(report.flagCount(RecordFlag.USD_PLEDGED_MISSING)).isEqualTo(102);
    assertThat(report.flagCount(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE)).isEqualTo(1);

    OutcomeStatistics statistics = accumulator.result();
    assertThat(statistics.totals()).isEqualTo(new StateCounts(5204, 3564, 1006, 96, 83, 46));
    assertThat(statistics.table(Grouping.COUNTRY).row(Grouping.UNKNOWN).orElseThrow().counts().projects())
        .isEqualTo(102);
    // 22 countries, every one a code Country knows, and the unknown marker.
    assertThat(statistics.table(Grouping.COUNTRY).rows()).hasSize(23);
    assertThat(statistics.table(Grouping.MAIN_CATEGORY).rows()).hasSize(15);
    FundingRatios failed = statistics.fundingRatios(ProjectState.FAILED);
    // Mollick (2014): about 10% of failed projects reach 30% of their goal, about 3% reach 50%.
    assertThat(failed.shareReaching(30).orElseThrow()).isBetween(new BigDecimal("0.08"), new BigDecimal("0.12"));
    assertThat(failed.shareReaching(50).orElseThrow()).isBetween(new BigDecimal("0.02"), new BigDecimal("0.05"));
    assertThat(statistics.fundingRatios(ProjectState.SUCCESSFUL).reaching(100)).isEqualTo(3564);
  }
}
