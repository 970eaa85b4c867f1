package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProportionIntervalTest {

  @Test
  void matchesTheWilsonIntervalsPublishedByNewcombe1998() {
    // Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (score interval without correction).
    ProportionInterval a = ProportionInterval.wilson95(81, 263);
    assertThat(a.lower()).isCloseTo(0.2553, within(0.00005));
    assertThat(a.upper()).isCloseTo(0.3662, within(0.00005));
    ProportionInterval b = ProportionInterval.wilson95(15, 148);
    assertThat(b.lower()).isCloseTo(0.0624, within(0.00005));
    assertThat(b.upper()).isCloseTo(0.1605, within(0.00005));
    ProportionInterval none = ProportionInterval.wilson95(0, 20);
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(0.1611, within(0.00005));
  }

  @Test
  void containsTheEstimateStaysInTheUnitIntervalAndNarrowsWithMoreTrials() {
    qt().forAll(longs().between(1, 1_000_000), doubles().between(0, 1))
        .checkAssert((n, share) -> {
          long k = Math.round(share * n);
          ProportionInterval interval = ProportionInterval.wilson95(k, n);
          assertThat(interval.lower()).isBetween(0.0, interval.estimate());
          assertThat(interval.upper()).isBetween(interval.estimate(), 1.0);
          ProportionInterval tenTimes = ProportionInterval.wilson95(10 * k, 10 * n);
          assertThat(tenTimes.upper() - tenTimes.lower()).isLessThan(interval.upper() - interval.lower());
        });
  }

  @Test
  void coversTheTrueRateAboutNinetyFivePercentOfTheTime() {
    SplittableRandom random = new SplittableRandom(7);
    int covered = 0;
    int samples = 4000;
    for (int i = 0; i < samples; i++) {
      int k = 0;
      for (int j = 0; j < 200; j++) {
        k += random.nextDouble() < 0.4 ? 1 : 0;
      }
      ProportionInterval interval = ProportionInterval.wilson95(k, 200);
      covered += interval.lower() <= 0.4 && 0.4 <= interval.upper() ? 1 : 0;
    }
    assertThat(covered / (double) samples).isBetween(0.93, 0.97);
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> ProportionInterval.wilson95(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'3'").hasMessageContaining("'2'");
    assertThatThrownBy(() -> ProportionInterval.wilson95(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProportionInterval.wilson(1, 2, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-1.0'");
  }

  @Test
  void boundsMayMeetOrSpanTheUnitIntervalButNotLeaveItOrCross() {
    assertThat(new ProportionInterval(1, 2, 0, 0).upper()).isZero();
    assertThat(new ProportionInterval(1, 2, 0.5, 0.5).lower()).isEqualTo(0.5);
    assertThat(new ProportionInterval(1, 2, 1, 1).lower()).isEqualTo(1);
    assertThat(new ProportionInterval(1, 2, 0, 1).upper()).isEqualTo(1);
    for (double[] bad : new double[][] {{-0.01, 0.5}, {0.6, 0.5}, {0.5, 1.01}, {Double.NaN, 0.5}}) {
      assertThatThrownBy(() -> new ProportionInterval(1, 2, bad[0], bad[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("need 0 <= lower <= upper <= 1, were '" + bad[0] + "' and '" + bad[1] + "'");
    }
  }

  @Test
  void aQuantileOfZeroOrLessOrNotFiniteIsRefusedQuotingIt() {
    for (double z : new double[] {0, -1.96, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ProportionInterval.wilson(1, 2, z))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("z must be positive, was '" + z + "'");
    }
    assertThat(ProportionInterval.wilson(1, 2, Double.MIN_VALUE).lower()).isCloseTo(0.5, within(1e-12));
  }
}
