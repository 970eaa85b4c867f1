package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crowdfund.core.CampaignCommand.Cancel;
import io.github.crowdfund.core.CampaignCommand.CancelPledge;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand.PutRewardTier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of valid and invalid commands, checked step by step against a small reference model that keeps
 * the pledges in a plain map and states each rule as directly as possible.
 */
class CampaignPropertiesTest {

  private static final CampaignRules RULES = CampaignRules.defaults();

  @Test
  void everyStepAgreesWithTheReferenceModelAndKeepsTheInvariants() {
    qt().withExamples(300).forAll(CoreGenerators.commandSequences()).checkAssert(commands -> {
      Campaign campaign = CoreGenerators.liveCampaign();
      List<CampaignEvent> history = new ArrayList<>();
      history.add(new CampaignEvent.Created(Instant.EPOCH, CoreGenerators.DEFINITION));
      history.add(new CampaignEvent.Submitted(CoreGenerators.LAUNCH.minusSeconds(60)));
      history.add(new CampaignEvent.Launched(CoreGenerators.LAUNCH, CoreGenerators.DEADLINE));
      ReferenceModel model = new ReferenceModel();
      for (CampaignCommand command : commands) {
        Decision decision = campaign.decide(command, RULES);
        boolean expected = model.accepts(command);
        assertThat(decision.isAccepted()).as("%s: %s", command, decision.violations()).isEqualTo(expected);
        if (!decision.isAccepted()) {
          assertThat(decision.violations()).as("a rejection names a reason").isNotEmpty();
          assertThat(campaign.decide(command, RULES)).as("deciding is pure").isEqualTo(decision);
          continue;
        }
        boolean reachedBefore = campaign.goalReached();
        campaign = campaign.evolve(decision.events());
        history.addAll(decision.events());
        model.apply(command);
        checkInvariants(campaign, model);
        if (inFinalWindow(command.at()) && reachedBefore && campaign.status() == CampaignStatus.LIVE) {
          assertThat(campaign.goalReached()).as("final-window rule after %s", command).isTrue();
        }
      }
      assertThat(Campaign.replay(history)).as("replay equals state").isEqualTo(campaign);
    });
  }

  @Test
  void replayingAfterEveryAcceptedCommandEqualsTheState() {
    qt().withExamples(100).forAll(CoreGenerators.commandSequences()).checkAssert(commands -> {
      Campaign start = CoreGenerators.liveCampaign();
      Campaign campaign = start;
      List<CampaignEvent> accepted = new ArrayList<>();
      for (CampaignCommand command : commands) {
        Decision decision = campaign.decide(command, RULES);
        accepted.addAll(decision.events());
        campaign = campaign.evolve(decision.events());
        assertThat(start.evolve(accepted)).isEqualTo(campaign);
      }
    });
  }

  private static boolean inFinalWindow(Instant at) {
    return !at.isBefore(CoreGenerators.DEADLINE.minus(Duration.ofHours(24)));
  }

  private static void checkInvariants(Campaign campaign, ReferenceModel model) {
    Money[] sum = {Money.zero(campaign.currency())};
    campaign.forEachPledge(p -> sum[0] = sum[0].plus(p.amount()));
    assertThat(campaign.totalPledged()).as("total = sum of active pledges").isEqualTo(sum[0]);
    assertThat(campaign.totalPledged()).isEqualTo(model.total());
    assertThat(campaign.status()).isEqualTo(model.status);
    assertThat(campaign.backerCount()).isEqualTo(model.pledges.size());
    model.pledges.forEach((backer, pledge) ->
        assertThat(campaign.pledgeOf(BackerId.of(backer))).contains(pledge));
    assertThat(campaign.backersOf("early")).as("no tier oversold").isLessThanOrEqualTo(3);
    assertThat(campaign.backersOf("early")).isEqualTo(model.taken("early"));
  }

  /** The rules of the generated campaign, written out plainly over a map of pledges. */
  private static final class ReferenceModel {
    CampaignStatus status = CampaignStatus.LIVE;
    final Map<Long, Pledge> pledges = new HashMap<>();
    Money earlyPrice = CoreGenerators.EARLY.price();

    Money total() {
      return pledges.values().stream().map(Pledge::amount).reduce(CoreGenerators.usd(0), Money::plus);
    }

    int taken(String tier) {
      return (int) pledges.values().stream().filter(p -> p.tierId().filter(tier::equals).isPresent()).count();
    }

    int addOnsTaken(String addOn, long except) {
      return pledges.values().stream().filter(p -> p.backer().value() != except)
          .mapToInt(p -> p.addOns().getOrDefault(addOn, 0)).sum();
    }

    boolean openAt(Instant at) {
      return status == CampaignStatus.LIVE && at.isBefore(CoreGenerators.DEADLINE)
          && !at.isBefore(CoreGenerators.LAUNCH);
    }

    boolean keepsGoal(Instant at, Money after) {
      return !inFinalWindow(at) || total().isLessThan(CoreGenerators.GOAL) || !after.isLessThan(CoreGenerators.GOAL);
    }

    /** The instant of the last event: the launch, then the last accepted command's. */
    private Instant lastAt = CoreGenerators.LAUNCH;

    boolean accepts(CampaignCommand command) {
      if (command.at().isBefore(lastAt)) {
        return false; // OUT_OF_ORDER (or BEFORE_LAUNCH): no command is dated before the last event
      }
      if (command instanceof PlacePledge place) {
        return acceptsPledge(place.pledge());
      } else if (command instanceof CancelPledge cancel) {
        Pledge current = pledges.get(cancel.backer().value());
        return openAt(cancel.at()) && current != null
            && keepsGoal(cancel.at(), total().minus(current.amount()));
      } else if (command instanceof End end) {
        return status == CampaignStatus.LIVE && !end.at().isBefore(CoreGenerators.DEADLINE);
      } else if (command instanceof Cancel) {
        return status == CampaignStatus.LIVE;
      } else {
        Money price = ((PutRewardTier) command).tier().price();
        return status == CampaignStatus.LIVE && (taken("early") == 0 || price.equals(earlyPrice));
      }
    }

    private boolean acceptsPledge(Pledge pledge) {
      long backer = pledge.backer().value();
      Money amount = pledge.amount();
      Money required = CoreGenerators.usd(0);
      boolean ok = openAt(pledge.placedAt()) && !amount.isLessThan(CoreGenerators.usd(1))
          && !amount.isGreaterThan(CoreGenerators.usd(10_000));
      String tier = pledge.tierId().orElse("");
      if (tier.equals("early")) {
        Pledge current = pledges.get(backer);
        boolean holds = current != null && current.tierId().filter("early"::equals).isPresent();
        ok &= pledge.placedAt().isBefore(CoreGenerators.LAUNCH.plus(Duration.ofDays(5)))
            && taken("early") - (holds ? 1 : 0) < 3;
        required = earlyPrice;
      } else if (tier.equals("europe")) {
        ok &= pledge.shippingCountry().filter(c -> c.code().equals("DE") || c.code().equals("FR")).isPresent();
        required = CoreGenerators.EUROPE.price();
      } else if (!tier.isEmpty()) {
        ok = false;
      }
      for (Map.Entry<String, Integer> addOn : pledge.addOns().entrySet()) {
        int quantity = addOn.getValue();
        if (addOn.getKey().equals("strap")) {
          ok &= quantity <= 4;
          required = required.plus(CoreGenerators.usd(5L * quantity));
        } else if (addOn.getKey().equals("mug")) {
          ok &= quantity <= 10 && addOnsTaken("mug", backer) + quantity <= 5;
          required = required.plus(CoreGenerators.usd(10L * quantity));
        } else {
          ok = false;
        }
      }
      Pledge current = pledges.get(backer);
      Money after = total().minus(current == null ? CoreGenerators.usd(0) : current.amount()).plus(amount);
      return ok && !amount.isLessThan(required) && keepsGoal(pledge.placedAt(), after);
    }

    void apply(CampaignCommand command) {
      lastAt = command.at();
      if (command instanceof PlacePledge place) {
        pledges.put(place.pledge().backer().value(), place.pledge());
      } else if (command instanceof CancelPledge cancel) {
        pledges.remove(cancel.backer().value());
      } else if (command instanceof End) {
        status = total().isLessThan(CoreGenerators.GOAL) ? CampaignStatus.FAILED : CampaignStatus.SUCCESSFUL;
      } else if (command instanceof Cancel) {
        status = CampaignStatus.CANCELED;
      } else {
        earlyPrice = Objects.requireNonNull(((PutRewardTier) command).tier().price());
      }
    }
  }
}
