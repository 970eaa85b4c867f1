package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crowdfund.outcomes.dataset.ProjectState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The log histogram behind every distribution, the funding-ratio thresholds and the state counts, by hand. */
class DistributionTest {

  private static Distribution of(double... values) {
    LogHistogram histogram = new LogHistogram();
    for (double value : values) {
      histogram.add(value);
    }
    return histogram.snapshot();
  }

  /** The middle of the bucket holding a value: buckets are a hundredth of a decade wide, from 10^-6 on. */
  private static double middleOf(double value) {
    int bucket = (int) Math.floor((Math.log10(value) + 6) * 100);
    return Math.pow(10, -6 + (bucket + 0.5) / 100);
  }

  @Test
  void quantilesAreTheMiddleOfTheBucketHoldingTheRankedValue() {
    Distribution distribution = of(100, 0, 10, 1);
    assertThat(distribution.count()).isEqualTo(4);
    assertThat(distribution.zeros()).isEqualTo(1);
    assertThat(distribution.quantile(0).getAsDouble()).isZero();
    assertThat(distribution.quantile(0.25).getAsDouble()).isZero();
    assertThat(distribution.quantile(0.26).getAsDouble()).isCloseTo(middleOf(1), within(1e-12));
    assertThat(distribution.quantile(0.5).getAsDouble()).isCloseTo(Math.pow(10, 0.005), within(1e-12));
    assertThat(distribution.quantile(0.75).getAsDouble()).isCloseTo(Math.pow(10, 1.005), within(1e-9));
    assertThat(distribution.quantile(0.76).getAsDouble()).isCloseTo(Math.pow(10, 2.005), within(1e-9));
    assertThat(distribution.quantile(1).getAsDouble()).isCloseTo(Math.pow(10, 2.005), within(1e-9));
    assertThat(of(0.5).quantile(1).getAsDouble()).isEqualTo(middleOf(0.5)).isCloseTo(0.5, within(0.5 * 0.012));
    assertThat(of(123_456).quantile(0.5).getAsDouble()).isCloseTo(middleOf(123_456), within(1e-6));
  }

  @Test
  void theMeanIsExactToSixPlaces() {
    assertThat(of(100, 0, 10, 1).mean()).contains(new BigDecimal("27.750000"));
    assertThat(of(1, 2).mean()).contains(new BigDecimal("1.500000"));
    assertThat(of(0.1, 0.2).mean()).contains(new BigDecimal("0.150000"));
    assertThat(of(1, 1, 2).mean()).contains(new BigDecimal("1.333333"));
  }

  @Test
  void valuesBelowAMillionthCountAsZeroAndFromABillionAsTheTop() {
    Distribution tiny = of(1e-7, 1e-7, 5);
    assertThat(tiny.zeros()).isZero();
    assertThat(tiny.quantile(0.6).getAsDouble()).isZero();
    assertThat(tiny.quantile(0.7).getAsDouble()).isCloseTo(middleOf(5), within(1e-9));
    Distribution huge = of(1, 1e9, 5e9);
    assertThat(huge.quantile(0.3).getAsDouble()).isCloseTo(middleOf(1), within(1e-12));
    assertThat(huge.quantile(0.4).getAsDouble()).isEqualTo(1e9);
    assertThat(huge.quantile(1).getAsDouble()).isEqualTo(1e9);
    assertThat(of(1e-6).quantile(1).getAsDouble()).isCloseTo(middleOf(1e-6), within(1e-15)).isPositive();
    assertThat(of(9.9e8).quantile(1).getAsDouble()).isEqualTo(middleOf(9.9e8)).isLessThan(1e9);
    // One value in the overflow and one in the underflow count, each once: 15 decades of 100 buckets stay empty.
    assertThat(of(1e9)).isEqualTo(new Distribution(1, 1_000_000_000_000_000L, 0, 0, 1, new long[1_500]));
    assertThat(of(1e-7)).isEqualTo(new Distribution(1, 0, 0, 1, 0, new long[1_500]));
  }

  @Test
  void anEmptyDistributionHasNoMeanNoQuantileAndSaysSo() {
    Distribution empty = of();
    assertThat(empty.mean()).isEmpty();
    assertThat(empty.quantile(0.5)).isEmpty();
    assertThat(empty).hasToString("Distribution[count=0, mean=none, median=none]");
    assertThat(of(2, 9)).hasToString("Distribution[count=2, mean=5.500000, median=" + middleOf(2) + "]");
  }

  @Test
  void badProbabilitiesAndValuesAreRefusedNamingThem() {
    Distribution distribution = of(1);
    for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> distribution.quantile(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    LogHistogram histogram = new LogHistogram();
    for (double bad : new double[] {-1e-9, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> histogram.add(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThat(histogram.snapshot().count()).isZero();
  }

  @Test
  void mergedHistogramsEqualOneThatSawEveryValue() {
    LogHistogram left = new LogHistogram();
    LogHistogram right = new LogHistogram();
    double[] values = {0, 1e-8, 3, 3.5, 42, 2e9, 0, 7e5};
    for (int i = 0; i < values.length; i++) {
      (i % 2 == 0 ? left : right).add(values[i]);
    }
    left.merge(right);
    Distribution merged = left.snapshot();
    assertThat(merged).isEqualTo(of(values)).hasSameHashCodeAs(of(values));
    assertThat(merged.count()).isEqualTo(8);
    assertThat(merged.zeros()).isEqualTo(2);
    assertThat(merged.quantile(0.3).getAsDouble()).isZero();
    assertThat(merged.quantile(1).getAsDouble()).isEqualTo(1e9);
  }

  @Test
  void distributionsDifferInEveryPart() {
    Distribution base = of(0, 2, 3);
    assertThat(base).isEqualTo(of(3, 0, 2)).isNotEqualTo(null).isNotEqualTo("Distribution");
    assertThat(base).isNotEqualTo(of(0, 2, 3, 3));
    assertThat(base).isNotEqualTo(of(0, 2, 3.001));
    assertThat(of(0)).isNotEqualTo(of(1e-7));
    assertThat(of(1e9)).isNotEqualTo(of(1e-7));
    assertThat(of(2, 3)).isNotEqualTo(of(1.5, 3.5));
    assertThat(List.of(of(1).hashCode(), of(1, 1).hashCode(), of(2).hashCode(), of(1, 2).hashCode()))
        .doesNotHaveDuplicates();
  }

  @Test
  void fundingThresholdsCountProjectsThatReachedTheirShareOfTheGoal() {
    FundingRatioAccumulator accumulator = new FundingRatioAccumulator();
    long[] pledged = {0, 19, 20, 29, 30, 49, 50, 99, 100, 250};
    for (long amount : pledged) {
      accumulator.add(amount, 100);
    }
    FundingRatios ratios = accumulator.result();
    assertThat(ratios.projects()).isEqualTo(10);
    assertThat(ratios.reaching(20)).isEqualTo(8);
    assertThat(ratios.reaching(30)).isEqualTo(6);
    assertThat(ratios.reaching(50)).isEqualTo(4);
    assertThat(ratios.reaching(100)).isEqualTo(2);
    assertThat(ratios.shareReaching(50)).contains(new BigDecimal("0.4000000000"));
    assertThat(ratios.ratio().zeros()).isEqualTo(1);
    assertThat(ratios.ratio().mean()).contains(new BigDecimal("0.646000"));
    FundingRatioAccumulator other = new FundingRatioAccumulator();
    other.add(30, 60);
    other.add(59, 60);
    accumulator.merge(other);
    FundingRatios merged = accumulator.result();
    assertThat(List.of(merged.reaching(20), merged.reaching(30), merged.reaching(50), merged.reaching(100)))
        .containsExactly(10L, 8L, 6L, 2L);
    assertThat(merged.projects()).isEqualTo(12);
  }

  @Test
  void fundingRatiosMustBeNestedAndHaveNoShareWithoutProjects() {
    Distribution two = of(0.5, 1.5);
    assertThat(new FundingRatios(two, 2, 2, 2, 2).reaching(100)).isEqualTo(2);
    assertThatThrownBy(() -> new FundingRatios(two, 3, 2, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("projects '2', reached 20% '3', 30% '2', 50% '1', 100% '0'");
    assertThatThrownBy(() -> new FundingRatios(two, 1, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingRatios(two, 2, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingRatios(two, 2, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingRatios(two, 2, 2, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new FundingRatios(of(), 0, 0, 0, 0).shareReaching(20)).isEmpty();
  }

  @Test
  void stateCountsAddUpAndGiveRatesOfAllAndOfDecidedProjects() {
    StateCounts counts = new StateCounts(3, 2, 1, 4, 5, 6);
    assertThat(counts.count(ProjectState.FAILED)).isEqualTo(3);
    assertThat(counts.count(ProjectState.SUCCESSFUL)).isEqualTo(2);
    assertThat(counts.count(ProjectState.CANCELED)).isEqualTo(1);
    assertThat(counts.count(ProjectState.UNDEFINED)).isEqualTo(4);
    assertThat(counts.count(ProjectState.LIVE)).isEqualTo(5);
    assertThat(counts.count(ProjectState.SUSPENDED)).isEqualTo(6);
    assertThat(counts.projects()).isEqualTo(21);
    assertThat(counts.decided()).isEqualTo(5);
    assertThat(counts.successRate()).contains(new BigDecimal("0.0952380952"));
    assertThat(counts.successRateDecided()).contains(new BigDecimal("0.4000000000"));
    assertThat(counts.plus(new StateCounts(1, 1, 1, 1, 1, 1))).isEqualTo(new StateCounts(4, 3, 2, 5, 6, 7));
    assertThat(counts.successInterval().orElseThrow()).isEqualTo(ProportionInterval.wilson95(2, 21));
    assertThat(counts.successIntervalDecided().orElseThrow()).isEqualTo(ProportionInterval.wilson95(2, 5));
    StateCounts undecided = new StateCounts(0, 0, 1, 0, 0, 0);
    assertThat(undecided.successRateDecided()).isEmpty();
    assertThat(undecided.successIntervalDecided()).isEmpty();
    assertThat(undecided.successRate()).contains(new BigDecimal("0E-10"));
    assertThat(StateCounts.ZERO.successRate()).isEmpty();
    assertThat(StateCounts.ZERO.successInterval()).isEmpty();
    for (int i = 0; i < 6; i++) {
      long[] parts = new long[6];
      parts[i] = -1;
      assertThatThrownBy(() -> new StateCounts(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'-1'");
    }
  }

  @Test
  void reachedOutcomesAndSimulationResultsGiveRatesOnlyWhenThereIsSomethingToCount() {
    assertThat(new ReachedOutcome(20, 4, 1).successRate()).contains(new BigDecimal("0.2500000000"));
    assertThat(new ReachedOutcome(20, 0, 0).successRate()).isEmpty();
    assertThat(new ReachedOutcome(0, 3, 3).successful()).isEqualTo(3);
    assertThatThrownBy(() -> new ReachedOutcome(20, 1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'20', '2', '1'");
    assertThatThrownBy(() -> new ReachedOutcome(-1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReachedOutcome(20, -1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReachedOutcome(20, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    FundingRatios none = new FundingRatios(of(), 0, 0, 0, 0);
    SimulationResult empty = new SimulationResult(0, 0, 0, none, none, of(), of(), 0, 0, List.of());
    assertThat(empty.successProbability()).isEmpty();
    assertThat(empty.reached(20)).isEqualTo(Optional.empty());
    SimulationResult three = new SimulationResult(3, 1, 2, none, none, of(), of(), 0, 0,
        List.of(new ReachedOutcome(20, 2, 1), new ReachedOutcome(30, 1, 1)));
    assertThat(three.successProbability()).contains(new BigDecimal("0.3333333333"));
    assertThat(three.reached(30)).contains(new ReachedOutcome(30, 1, 1));
    assertThat(three.reached(50)).isEmpty();
  }
}
