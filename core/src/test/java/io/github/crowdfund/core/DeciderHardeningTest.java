package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.liveHistory;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.LAUNCH;
import static io.github.crowdfund.core.Fixtures.T0;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.RuleViolation.Code;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The decider's edges: money that cannot overflow, events checked on replay, time that runs forwards. */
class DeciderHardeningTest {

  /** Rules like the defaults but allowing pledges up to USD 1e21 (beyond what a campaign can hold). */
  static final CampaignRules HUGE = new DelegatingRules(Fixtures.RULES) {
    @Override
    public Money maximumPledge(CurrencyUnit currency) {
      return Money.of(currency, new BigDecimal("1E21"));
    }
  };

  static final Goal GOAL = Goal.allOrNothing(usd(10_000));

  static Money usdBig(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  static CampaignCommand.PlacePledge pledge(long backer, Money amount, Instant at) {
    return new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(backer), amount, at));
  }

  @Nested
  class MoneyCannotOverflow {

    @Test
    void aPledgeTakingTheTotalPastWhatACampaignHoldsIsRefused() {
      given(liveHistory(GOAL, List.of()), placed(1, usdBig("50000000000000000"), LAUNCH.plusSeconds(1)))
          .under(HUGE)
          .when(pledge(2, usdBig("50000000000000000"), LAUNCH.plusSeconds(2)))
          .thenRejected(Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void aPledgeBeyondMinorUnitsIsRefusedEvenOnADraft() {
      given(Fixtures.created(GOAL, List.of(), List.of())).under(HUGE)
          .when(pledge(1, usdBig("1E20"), T0.plusSeconds(5)))
          .thenRejected(Code.NOT_LIVE, Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void aGoalBeyondMinorUnitsIsRefusedAtCreate() {
      given().under(HUGE)
          .when(Fixtures.create(Goal.allOrNothing(usdBig("1E20")), List.of(), List.of()))
          .thenRejected(Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void aGoalBeyondMinorUnitsIsRefusedOnChange() {
      given(Fixtures.created(GOAL, List.of(), List.of())).under(HUGE)
          .when(new CampaignCommand.ChangeGoal(T0.plusSeconds(5), Goal.allOrNothing(usdBig("1E20"))))
          .thenRejected(Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void aTierOrAddOnPriceBeyondMinorUnitsIsRefused() {
      given(Fixtures.created(GOAL, List.of(), List.of())).under(HUGE)
          .when(new CampaignCommand.PutRewardTier(T0.plusSeconds(5),
              RewardTier.builder().id("big").title("Big").price(usdBig("1E20"))
                  .estimatedDelivery(YearMonth.of(2026, 12)).build()))
          .thenRejected(Code.AMOUNT_TOO_LARGE);
      given(Fixtures.created(GOAL, List.of(), List.of())).under(HUGE)
          .when(new CampaignCommand.PutAddOn(T0.plusSeconds(5),
              AddOn.builder().id("big").title("Big").price(usdBig("1E20")).build()))
          .thenRejected(Code.AMOUNT_TOO_LARGE);
    }

    @Test
    void aTotalAtTheLimitStaysExact() {
      Money half = Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE / 2);
      Money rest = Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE - Long.MAX_VALUE / 2);
      Campaign after = given(liveHistory(GOAL, List.of()), placed(1, half, LAUNCH.plusSeconds(1))).under(HUGE)
          .when(pledge(2, rest, LAUNCH.plusSeconds(2)))
          .then(placed(2, rest, LAUNCH.plusSeconds(2)));
      assertThat(after.totalPledged()).isEqualTo(Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE));
    }
  }

  @Nested
  class ReplayChecksEvents {

    @Test
    void aPledgeInAnotherCurrencyIsRefusedNamingCampaignAndPosition() {
      Campaign live = Campaign.replay(liveHistory(GOAL, List.of()));
      CampaignEvent yen = placed(1, Money.ofMajor(CurrencyUnit.JPY, 5_000), LAUNCH.plusSeconds(1));
      assertThatThrownBy(() -> live.evolve(yen))
          .isInstanceOf(InvalidEventException.class)
          .hasMessageContaining("solar-lantern").hasMessageContaining("position 3").hasMessageContaining("JPY")
          .satisfies(e -> {
            InvalidEventException invalid = (InvalidEventException) e;
            assertThat(invalid.campaignId()).contains(Fixtures.ID);
            assertThat(invalid.position()).isEqualTo(3);
          });
    }

    @Test
    void aPledgeBeforeTheLaunchIsRefusedOnReplay() {
      List<CampaignEvent> history = List.of(Fixtures.created(GOAL, List.of(), List.of()),
          placed(1, usd(10), T0.plusSeconds(5)));
      assertThatThrownBy(() -> Campaign.replay(history))
          .isInstanceOf(InvalidEventException.class).hasMessageContaining("position 1");
    }

    @Test
    void eventsDatedBackwardsAreRefusedOnReplay() {
      List<CampaignEvent> history = new ArrayList<>(liveHistory(GOAL, List.of()));
      history.add(placed(1, usd(10), LAUNCH.plusSeconds(10)));
      history.add(placed(2, usd(10), LAUNCH.plusSeconds(5)));
      assertThatThrownBy(() -> Campaign.replay(history))
          .isInstanceOf(InvalidEventException.class).hasMessageContaining("position 4");
    }

    @Test
    void aCancellationOfAnUnknownBackerIsRefusedOnReplay() {
      List<CampaignEvent> history = new ArrayList<>(liveHistory(GOAL, List.of()));
      history.add(new CampaignEvent.PledgeCanceled(LAUNCH.plusSeconds(5), backer(9)));
      assertThatThrownBy(() -> Campaign.replay(history))
          .isInstanceOf(InvalidEventException.class).hasMessageContaining("position 3");
    }

    @Test
    void aStoredPledgeWrappingTheTotalIsRefusedOnReplay() {
      Money big = Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE - 10);
      List<CampaignEvent> history = new ArrayList<>(liveHistory(GOAL, List.of()));
      history.add(placed(1, big, LAUNCH.plusSeconds(1)));
      history.add(placed(2, big, LAUNCH.plusSeconds(2)));
      assertThatThrownBy(() -> Campaign.replay(history))
          .isInstanceOf(InvalidEventException.class).hasMessageContaining("position 4");
    }
  }

  @Nested
  class TimeIsOrdered {

    @Test
    void aLaunchBeforeTheCreationIsRefused() {
      given(Fixtures.created(GOAL, List.of(), List.of()), new CampaignEvent.Submitted(T0.plusSeconds(60)))
          .when(new CampaignCommand.Launch(Instant.parse("1970-01-01T00:00:00Z")))
          .thenRejected(Code.OUT_OF_ORDER);
    }

    @Test
    void aPledgeDatedBeforeTheLastEventIsRefused() {
      given(liveHistory(GOAL, List.of()), placed(1, usd(10), LAUNCH.plusSeconds(100)))
          .when(pledge(2, usd(10), LAUNCH.plusSeconds(50)))
          .thenRejected(Code.OUT_OF_ORDER);
    }

    @Test
    void aCancellationBeforeItsPledgeIsRefused() {
      given(liveHistory(GOAL, List.of()), placed(1, usd(10), LAUNCH.plusSeconds(100)))
          .when(new CampaignCommand.CancelPledge(LAUNCH.plusSeconds(50), backer(1)))
          .thenRejected(Code.OUT_OF_ORDER);
    }

    @Test
    void aPledgeBeforeTheLaunchIsStillBeforeLaunch() {
      given(liveHistory(GOAL, List.of()))
          .when(pledge(1, usd(10), LAUNCH.minusSeconds(1)))
          .thenRejected(Code.BEFORE_LAUNCH);
    }

    @Test
    void aLaunchWhoseDeadlineCannotBeRepresentedIsRefused() {
      given(Fixtures.created(GOAL, List.of(), List.of()), new CampaignEvent.Submitted(T0.plusSeconds(60)))
          .when(new CampaignCommand.Launch(Instant.MAX.minus(Duration.ofDays(1))))
          .thenRejected(Code.INSTANT_OUT_OF_RANGE);
    }
  }
}
