package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crowdfund.core.RuleViolation.Code;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Pledges near {@link Long#MAX_VALUE} minor units, placed, replaced and canceled at random: the campaign total is
 * always the exact (BigInteger) sum of the active pledges, and a command is refused as AMOUNT_TOO_LARGE exactly when
 * it would take the total past what a campaign holds.
 */
class TotalsAtTheLimitPropertiesTest {

  private static final CampaignRules HUGE = new DelegatingRules(Fixtures.RULES) {
    @Override
    public Money maximumPledge(CurrencyUnit currency) {
      return Money.of(currency, new BigDecimal("1E30"));
    }
  };

  private static final BigInteger LIMIT = BigInteger.valueOf(Long.MAX_VALUE);

  /** A step: backer 1 to 4, an amount in minor units (mostly near the limit), and whether it is a cancellation. */
  private record Step(long backer, long minor, boolean cancel) {}

  private static Gen<Long> amounts() {
    return integers().between(0, 3).zip(longs().between(0, 1_000), (kind, small) -> {
      switch (kind) {
        case 0:
          return Long.MAX_VALUE - small;
        case 1:
          return Long.MAX_VALUE / 2 - 500 + small;
        case 2:
          return Long.MAX_VALUE / 3 + small;
        default:
          return 100 + small;
      }
    });
  }

  private static Gen<Step> steps() {
    return integers().between(1, 4).zip(amounts(), integers().between(0, 4),
        (backer, minor, cancel) -> new Step(backer, minor, cancel == 0));
  }

  @Test
  void totalsStayExactOrTheCommandIsRefused() {
    qt().withExamples(200).forAll(lists().of(steps()).ofSizeBetween(1, 25)).checkAssert(steps -> {
      Campaign campaign = Campaign.replay(DeciderSpec.liveHistory(Goal.allOrNothing(Fixtures.usd(10_000)), List.of()));
      Map<Long, BigInteger> model = new HashMap<>();
      Instant at = Fixtures.LAUNCH;
      for (Step step : steps) {
        at = at.plusSeconds(1);
        CampaignCommand command = step.cancel()
            ? new CampaignCommand.CancelPledge(at, BackerId.of(step.backer()))
            : new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(step.backer()),
                Money.ofMinor(CurrencyUnit.USD, step.minor()), at));
        BigInteger rest = model.values().stream().reduce(BigInteger.ZERO, BigInteger::add)
            .subtract(model.getOrDefault(step.backer(), BigInteger.ZERO));
        boolean beyond = !step.cancel() && rest.add(BigInteger.valueOf(step.minor())).compareTo(LIMIT) > 0;
        Applied applied = campaign.apply(command, HUGE);
        List<Code> codes = applied.decision().violations().stream().map(RuleViolation::code).toList();
        assertThat(codes.contains(Code.AMOUNT_TOO_LARGE)).as("AMOUNT_TOO_LARGE for %s", step).isEqualTo(beyond);
        if (codes.isEmpty()) {
          if (step.cancel()) {
            model.remove(step.backer());
          } else {
            model.put(step.backer(), BigInteger.valueOf(step.minor()));
          }
        } else {
          assertThat(beyond || step.cancel() && !model.containsKey(step.backer())).as("refused %s: %s", step, codes)
              .isTrue();
        }
        campaign = applied.campaign();
        BigInteger expected = model.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(BigInteger.valueOf(campaign.totalPledged().getAmountMinorLong())).isEqualTo(expected);
        assertThat(campaign.totalPledged().getAmountMinorLong()).isNotNegative();
      }
    });
  }
}
