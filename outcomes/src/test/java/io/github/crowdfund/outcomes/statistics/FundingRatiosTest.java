package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Shares of projects reaching 20, 30, 50 and 100% of their goal, counted at the exact thresholds. */
class FundingRatiosTest {

  /** Pledges of 0 to 1,000 minor units on a goal of 1,000: each threshold, and one unit below it. */
  private static final long[] PLEDGED = {0, 199, 200, 299, 300, 499, 500, 999, 1_000};

  private static FundingRatioAccumulator accumulated(long... pledged) {
    FundingRatioAccumulator accumulator = new FundingRatioAccumulator();
    for (long amount : pledged) {
      accumulator.add(amount, 1_000);
    }
    return accumulator;
  }

  @Test
  void aThresholdIsReachedExactlyAtItsShareOfTheGoal() {
    FundingRatios ratios = accumulated(PLEDGED).result();
    assertThat(ratios.projects()).isEqualTo(9);
    assertThat(ratios.reaching(20)).isEqualTo(7);
    assertThat(ratios.reaching(30)).isEqualTo(5);
    assertThat(ratios.reaching(50)).isEqualTo(3);
    assertThat(ratios.reaching(100)).isEqualTo(1);
    assertThat(ratios.shareReaching(20)).contains(new BigDecimal("0.7777777778"));
    assertThat(ratios.shareReaching(100)).contains(new BigDecimal("0.1111111111"));
    assertThat(ratios.ratio().count()).isEqualTo(9);
    assertThat(ratios.ratio().zeros()).isEqualTo(1);
  }

  @Test
  void mergedAccumulatorsCountAsOne() {
    FundingRatioAccumulator first = accumulated(0, 199, 200, 299);
    first.merge(accumulated(300, 499, 500, 999, 1_000));
    assertThat(first.result()).isEqualTo(accumulated(PLEDGED).result());
  }

  @Test
  void noProjectsHaveNoSharesAndOnlyTheFourThresholdsAreKnown() {
    FundingRatios none = new FundingRatioAccumulator().result();
    assertThat(none.reaching(20)).isZero();
    assertThat(none.shareReaching(50)).isEmpty();
    assertThatThrownBy(() -> none.reaching(40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be one of 20, 30, 50, 100, was '40'");
    assertThatThrownBy(() -> none.shareReaching(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be one of 20, 30, 50, 100, was '0'");
  }

  @Test
  void countsThatAreNotNestedAreRefusedQuotingThem() {
    Distribution two = accumulated(1_000, 1_000).result().ratio();
    assertThat(new FundingRatios(two, 2, 2, 2, 2).reaching(100)).isEqualTo(2);
    assertThatThrownBy(() -> new FundingRatios(two, 3, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts are not nested: projects '2', reached 20% '3', 30% '0', 50% '0', 100% '0'");
    assertThatThrownBy(() -> new FundingRatios(two, 1, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingRatios(two, 2, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingRatios(two, 2, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingRatios(two, 2, 2, 2, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
