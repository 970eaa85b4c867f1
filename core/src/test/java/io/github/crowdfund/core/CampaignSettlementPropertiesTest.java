package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.CloseRetryWindow;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.FixPayment;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand.RefundPledge;
import io.github.crowdfund.core.CoreGenerators.Fate;
import io.github.crowdfund.core.CoreGenerators.PaymentScenario;
import io.github.crowdfund.core.settlement.Settlement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CampaignSettlementPropertiesTest {

  @Test
  void settlingACampaignAfterAnyFailurePatternConservesEveryMinorUnitAndKeepsTheLockedOutcome() {
    qt().withExamples(150).forAll(CoreGenerators.paymentScenarios()).checkAssert(scenario -> {
      History history = ended(scenario);
      Campaign ended = history.campaign;
      Campaign settled = runPayments(history, scenario).campaign;

      assertThat(settled.status()).isEqualTo(ended.status());
      assertThat(settled.totalPledged()).isEqualTo(ended.totalPledged());
      Settlement<BackerId> settlement = Settlement.of(settled, scenario.fees());
      assertThat(settlement.pledgedAtDeadline()).isEqualTo(ended.totalPledged());
      assertThat(settlement.collected().plus(settlement.dropped()).plus(settlement.released()))
          .isEqualTo(settlement.pledgedAtDeadline());
      assertThat(settlement.totalFees().plus(settlement.payout())).isEqualTo(settlement.collected());
      if (ended.status() == CampaignStatus.FAILED) {
        assertThat(settlement.collected().isZero()).isTrue();
        assertThat(settlement.totalFees().isZero()).isTrue();
      } else {
        assertThat(settlement.dropped()).isEqualTo(sum(scenario, Fate.DROPPED));
        assertThat(settlement.refunded()).isEqualTo(sum(scenario, Fate.REFUNDED));
      }
    });
  }

  @Test
  void replayingAnyPaymentHistoryRebuildsTheSameCampaignAndPaymentStates() {
    qt().withExamples(100).forAll(CoreGenerators.paymentScenarios()).checkAssert(scenario -> {
      History history = runPayments(ended(scenario), scenario);
      Campaign replayed = Campaign.replay(history.events);
      assertThat(replayed).isEqualTo(history.campaign);
      assertThat(replayed.pledgePayments()).isEqualTo(history.campaign.pledgePayments());
    });
  }

  /** A campaign and every event that made it, from its creation. */
  private static final class History {
    final List<CampaignEvent> events = new ArrayList<>();
    Campaign campaign;

    History(Goal goal) {
      Decision created = Campaign.initial().decide(Fixtures.create(goal, List.of(), List.of()), Fixtures.RULES);
      events.addAll(created.orElseThrow());
      campaign = Campaign.replay(events);
    }

    History accept(CampaignCommand command) {
      Decision decision = campaign.decide(command, Fixtures.RULES);
      assertThat(decision.violations()).as("violations of %s", command).isEmpty();
      events.addAll(decision.events());
      campaign = campaign.evolve(decision.events());
      return this;
    }
  }

  /** Launches the scenario's campaign, places its pledges and ends it at the deadline. */
  private static History ended(PaymentScenario scenario) {
    Goal goal = scenario.keepItAll() ? Goal.keepItAll(scenario.goal()) : Goal.allOrNothing(scenario.goal());
    History history = new History(goal).accept(new CampaignCommand.Submit(Fixtures.T0.plusSeconds(60)))
        .accept(new CampaignCommand.Launch(Fixtures.LAUNCH));
    for (int i = 0; i < scenario.pledges().size(); i++) {
      history.accept(new PlacePledge(Pledge.of(backer(i), scenario.pledges().get(i), day(1))));
    }
    return history.accept(new End(DEADLINE));
  }

  /** Charges, fixes, refunds and closes the retry window as the scenario's fates say; a failed campaign is left. */
  private static History runPayments(History history, PaymentScenario scenario) {
    if (history.campaign.status() != CampaignStatus.SUCCESSFUL) {
      return history;
    }
    history.accept(new ChargePledges(DEADLINE, backersWith(scenario, Fate.FIXED, Fate.RECOVERED, Fate.DROPPED)));
    for (BackerId backer : backersWith(scenario, Fate.FIXED)) {
      history.accept(new FixPayment(DEADLINE.plus(Duration.ofDays(3)), backer));
    }
    for (BackerId backer : backersWith(scenario, Fate.REFUNDED)) {
      history.accept(new RefundPledge(DEADLINE.plus(Duration.ofDays(4)), backer, "refund"));
    }
    return history.accept(new CloseRetryWindow(DEADLINE.plus(Duration.ofDays(7)),
        backersWith(scenario, Fate.RECOVERED)));
  }

  private static Set<BackerId> backersWith(PaymentScenario scenario, Fate... fates) {
    Set<BackerId> backers = new HashSet<>();
    for (int i = 0; i < scenario.fates().size(); i++) {
      if (List.of(fates).contains(scenario.fates().get(i))) {
        backers.add(backer(i));
      }
    }
    return backers;
  }

  private static Money sum(PaymentScenario scenario, Fate fate) {
    Money sum = Money.zero(CurrencyUnit.USD);
    for (int i = 0; i < scenario.fates().size(); i++) {
      if (scenario.fates().get(i) == fate) {
        sum = sum.plus(scenario.pledges().get(i));
      }
    }
    return sum;
  }
}
