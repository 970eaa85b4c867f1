package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BackerFiguresTest {

  @Test
  void percentilesInterpolateBetweenOrderStatisticsAndAnEvenCountsMedianIsTheMiddleTwosMean() {
    // Ten values, in any order: the median lies at rank 4.5, the 90th percentile at rank 8.1, the 99th at 8.91.
    BackerFigures figures = BackerFigures.of(new long[] {100, 0, 3, 1, 5, 2, 8, 4, 6, 7});
    assertThat(figures.projects()).isEqualTo(10);
    assertThat(figures.mean()).isEqualTo(13.6);
    assertThat(figures.median()).isEqualTo(4.5);
    assertThat(figures.percentile90()).isCloseTo(8 + 0.1 * 92, within(1e-9));
    assertThat(figures.percentile99()).isCloseTo(8 + 0.91 * 92, within(1e-9));
    assertThat(figures.largest()).isEqualTo(100);
    assertThat(figures.values()).containsExactly(figures.mean(), 4.5, figures.percentile90(), figures.percentile99(),
        100);
  }

  @Test
  void aSingleProjectIsEveryFigure() {
    assertThat(BackerFigures.of(new long[] {7}).values()).containsExactly(7, 7, 7, 7, 7);
  }

  @Test
  void noValuesOrANegativeOneAreRefused() {
    assertThatThrownBy(() -> BackerFigures.of(new long[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> BackerFigures.of(new long[] {3, -2})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-2'");
  }
}
