package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.fixtures.Fixtures;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Statistics of the hand-written fixture, checked against counts worked out by hand from its rows. */
class OutcomeStatisticsTest {

  /**
   * The statistics of the fixture, computed in each test: a result kept in a static field would hide a changed
   * statistic from a mutation run, which reuses its JVM.
   */
  private static OutcomeStatistics statistics() {
    return Fixtures.read(Fixtures.DIRTY_201801).records().stream()
        .collect(OutcomeAccumulator.collector(EnumSet.allOf(Grouping.class)));
  }

  private static Map<String, Long> projectsBy(Grouping grouping) {
    return statistics().table(grouping).rows().stream()
        .collect(Collectors.toMap(OutcomeRow::group, row -> row.counts().projects()));
  }

  @Test
  void countsByStateAndBothSuccessRates() {
    assertThat(statistics().totals()).isEqualTo(new StateCounts(6, 6, 2, 1, 1, 1));
    assertThat(statistics().totals().successRate()).contains(new BigDecimal("0.3529411765"));
    assertThat(statistics().totals().successRateDecided()).contains(new BigDecimal("0.5000000000"));
  }

  @Test
  void mainCategoryTableAsCsvWithAnAllRowAndEmptyRatesWhereNothingWasDecided() {
    assertThat(statistics().table(Grouping.MAIN_CATEGORY).toCsv()).isEqualTo("""
        group,projects,successful,failed,canceled,suspended,live,undefined,success_rate,success_rate_decided,\
        decided,success_rate_low,success_rate_high,success_rate_decided_low,success_rate_decided_high
        Art,2,2,0,0,0,0,0,1.0000,1.0000,2,0.3424,1.0000,0.3424,1.0000
        Crafts,2,2,0,0,0,0,0,1.0000,1.0000,2,0.3424,1.0000,0.3424,1.0000
        Dance,1,0,1,0,0,0,0,0.0000,0.0000,1,0.0000,0.7935,0.0000,0.7935
        Film & Video,2,0,0,1,0,0,1,0.0000,,0,0.0000,0.6576,,
        Food,1,0,0,1,0,0,0,0.0000,,0,0.0000,0.7935,,
        Games,1,0,1,0,0,0,0,0.0000,0.0000,1,0.0000,0.7935,0.0000,0.7935
        Music,3,2,1,0,0,0,0,0.6667,0.6667,3,0.2077,0.9385,0.2077,0.9385
        Publishing,2,0,2,0,0,0,0,0.0000,0.0000,2,0.0000,0.6576,0.0000,0.6576
        Technology,2,0,0,0,1,1,0,0.0000,,0,0.0000,0.6576,,
        Theater,1,0,1,0,0,0,0,0.0000,0.0000,1,0.0000,0.7935,0.0000,0.7935
        ALL,17,6,6,2,1,1,1,0.3529,0.5000,12,0.1731,0.5870,0.2538,0.7462
        """);
  }

  @Test
  void countryTableHasUnknownLastForTheNZeroMarker() {
    assertThat(statistics().table(Grouping.COUNTRY).rows()).extracting(OutcomeRow::group)
        .containsExactly("CA", "DE", "FR", "GB", "JP", "US", "unknown");
    assertThat(projectsBy(Grouping.COUNTRY)).isEqualTo(
        Map.of("CA", 1L, "DE", 1L, "FR", 1L, "GB", 2L, "JP", 2L, "US", 8L, "unknown", 2L));
    StateCounts us = statistics().table(Grouping.COUNTRY).row("US").orElseThrow().counts();
    assertThat(us).isEqualTo(new StateCounts(3, 2, 1, 0, 1, 1));
    assertThat(us.successRateDecided()).contains(new BigDecimal("0.4000000000"));
  }

  @Test
  void currencyAndYearTables() {
    assertThat(projectsBy(Grouping.CURRENCY))
        .isEqualTo(Map.of("USD", 10L, "GBP", 2L, "JPY", 2L, "EUR", 2L, "CAD", 1L));
    assertThat(statistics().table(Grouping.YEAR).rows()).extracting(OutcomeRow::group)
        .containsExactly("1970", "2012", "2013", "2014", "2015", "2016", "2017", "2018");
    assertThat(projectsBy(Grouping.YEAR)).isEqualTo(Map.of("1970", 1L, "2012", 1L, "2013", 2L, "2014", 2L,
        "2015", 3L, "2016", 4L, "2017", 3L, "2018", 1L));
  }

  @Test
  void goalAndDurationBucketsInBucketOrder() {
    assertThat(statistics().table(Grouping.GOAL_BUCKET).rows()).extracting(OutcomeRow::group)
        .containsExactly("<1k", "1k-5k", "5k-10k", "10k-50k", "50k-100k", ">=100k");
    assertThat(projectsBy(Grouping.GOAL_BUCKET)).isEqualTo(Map.of("<1k", 3L, "1k-5k", 7L, "5k-10k", 4L,
        "10k-50k", 1L, "50k-100k", 1L, ">=100k", 1L));
    assertThat(statistics().table(Grouping.DURATION_BUCKET).rows()).extracting(OutcomeRow::group)
        .containsExactly("15-29", "30", "31-44", "unknown");
    assertThat(projectsBy(Grouping.DURATION_BUCKET))
        .isEqualTo(Map.of("15-29", 2L, "30", 13L, "31-44", 1L, "unknown", 1L));
  }

  @Test
  void failedProjectsFailBadlyAndSuccessfulOnesNarrowly() {
    FundingRatios failed = statistics().fundingRatios(ProjectState.FAILED);
    assertThat(failed.projects()).isEqualTo(6);
    assertThat(failed.ratio().zeros()).isEqualTo(2);
    assertThat(failed.reaching(20)).isEqualTo(2);
    assertThat(failed.reaching(30)).isEqualTo(2);
    assertThat(failed.reaching(50)).isEqualTo(1);
    assertThat(failed.reaching(100)).isZero();
    assertThat(failed.shareReaching(30)).contains(new BigDecimal("0.3333333333"));
    assertThat(failed.ratio().mean()).contains(new BigDecimal("0.179167"));
    assertThat(failed.ratio().quantile(0.5).getAsDouble()).isCloseTo(0.075, within(0.075 * 0.012));
    FundingRatios successful = statistics().fundingRatios(ProjectState.SUCCESSFUL);
    assertThat(successful.reaching(100)).isEqualTo(6);
    assertThat(successful.ratio().quantile(1).getAsDouble()).isCloseTo(1.25, within(1.25 * 0.012));
    assertThat(statistics().fundingRatios(ProjectState.CANCELED).projects()).isEqualTo(2);
  }

  @Test
  void backersPerProject() {
    Distribution backers = statistics().backers();
    assertThat(backers.count()).isEqualTo(17);
    assertThat(backers.zeros()).isEqualTo(5);
    assertThat(backers.mean()).contains(new BigDecimal("34.941176"));
    assertThat(backers.quantile(0.5).getAsDouble()).isCloseTo(12, within(12 * 0.012));
    assertThat(backers.quantile(1).getAsDouble()).isCloseTo(300, within(300 * 0.012));
  }

  @Test
  void fundingRatiosExportToCsv() throws IOException {
    StringWriter csv = new StringWriter();
    statistics().writeFundingRatiosCsv(csv);
    assertThat(csv.toString().lines()).hasSize(1 + ProjectState.values().length);
    assertThat(csv.toString().lines().skip(1).findFirst().orElseThrow())
        .startsWith("failed,6,0.3333,0.3333,0.3333,0.1667,0.0000,0.1792,");
    // The five quantiles of the failed projects' ratios are there; a state without projects has none of its figures.
    String[] failed = csv.toString().lines().skip(1).findFirst().orElseThrow().split(",", -1);
    assertThat(failed).hasSize(13);
    assertThat(List.of(failed).subList(8, 13)).allMatch(field -> !field.isEmpty());
    StringWriter empty = new StringWriter();
    OutcomeAccumulator.of(EnumSet.noneOf(Grouping.class)).result().writeFundingRatiosCsv(empty);
    assertThat(empty.toString().lines().skip(1)).allMatch(line -> line.matches("[a-z]+,0,{11}"));
  }

  @Test
  void rowsWithFewDecidedProjectsCanBeLeftOut() {
    assertThat(statistics().table(Grouping.MAIN_CATEGORY).rowsWithAtLeast(2)).extracting(OutcomeRow::group)
        .containsExactly("Art", "Crafts", "Music", "Publishing");
    assertThat(statistics().table(Grouping.MAIN_CATEGORY).rowsWithAtLeast(0)).hasSize(10);
    assertThat(OutcomeAccumulator.of(EnumSet.of(Grouping.COUNTRY, Grouping.YEAR)).groupings())
        .containsExactlyInAnyOrder(Grouping.COUNTRY, Grouping.YEAR);
  }

  @Test
  void askingForATableThatWasNotComputedNamesTheComputedOnes() {
    OutcomeStatistics byCountry = OutcomeAccumulator.of(EnumSet.of(Grouping.COUNTRY)).result();
    assertThatThrownBy(() -> byCountry.table(Grouping.YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'year'")
        .hasMessageContaining("country");
  }

  @Test
  void accumulatorsOfDifferentGroupingsDoNotMerge() {
    assertThatThrownBy(() -> OutcomeAccumulator.of(EnumSet.of(Grouping.COUNTRY))
        .merge(OutcomeAccumulator.of(EnumSet.of(Grouping.YEAR))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COUNTRY")
        .hasMessageContaining("YEAR");
  }

  @Test
  void unsupportedThresholdIsRefusedListingTheSupportedOnes() {
    assertThatThrownBy(() -> statistics().fundingRatios(ProjectState.FAILED).reaching(40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'40'")
        .hasMessageContaining("20, 30, 50, 100");
  }
}
