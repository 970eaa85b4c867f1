package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Snapshots of campaigns at every step of random histories, before and after the deadline and as fundraisers:
 * reading what was written gives an equal campaign, at the same place in the log, that writes the same bytes and
 * decides the next commands exactly as the original does.
 */
class CampaignSnapshotPropertiesTest {

  private static final CampaignRules RULES = CampaignRules.defaults();
  /** How many of the commands still to come each copy is asked to decide. */
  private static final int PROBES = 6;
  /** Rules offering every payment plan shape, so that the random offers of plans are accepted. */
  private static final CampaignRules EVERY_SHAPE = new DelegatingRules(RULES) {
    @Override
    public List<PaymentPlanShape> paymentPlanShapes() {
      return new AbstractList<>() {
        @Override
        public PaymentPlanShape get(int index) {
          throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
          return 0;
        }

        @Override
        public boolean contains(Object shape) {
          return shape instanceof PaymentPlanShape;
        }
      };
    }
  };

  @Test
  void aLiveCampaignRoundTripsAtEveryStepAndDecidesAsTheOriginal() {
    qt().withExamples(150).forAll(CoreGenerators.commandSequences()).checkAssert(commands ->
        checkEveryStep(CoreGenerators.liveCampaign(), commands, RULES));
  }

  @Test
  void campaignsWithLatePledgesPlansFailedPaymentsRefundsAndDisputesRoundTripAtEveryStep() {
    qt().withExamples(40).forAll(integers().between(0, CoreGenerators.CURRENCIES.size() - 1), longs().all())
        .checkAssert((currency, seed) -> {
          AfterDeadlinePropertiesTest.Scenario scenario =
              new AfterDeadlinePropertiesTest.Scenario(CoreGenerators.CURRENCIES.get(currency), seed);
          checkEveryStep(Campaign.initial(), scenario.commands(), scenario.rules());
        });
  }

  @Test
  void randomCommandsOfEveryKindBeforeAndAfterTheDeadlineRoundTripAtEveryStep() {
    Gen<CampaignCommand> any = Generate.frequency(List.of(Pair.of(4, CoreGenerators.commands()),
        Pair.of(2, CoreGenerators.lateCommands()), Pair.of(2, CoreGenerators.planCommands()),
        Pair.of(2, CoreGenerators.refundCommands()), Pair.of(2, CoreGenerators.authenticationAndFundraiserCommands())));
    qt().withExamples(150).forAll(lists().of(any).ofSizeBetween(1, 60)).checkAssert(commands ->
        checkEveryStep(CoreGenerators.liveCampaign(), commands, EVERY_SHAPE));
  }

  @Test
  void fundraisersWithTipsAndFailedDonationsRoundTripAtEveryStep() {
    List<CampaignEvent> live = CoreGenerators.liveCampaignHistory();
    Campaign submitted = Campaign.replay(List.of(new CampaignEvent.Created(live.get(0).at(),
        CoreGenerators.DEFINITION.withGoal(Goal.keepItAll(CoreGenerators.GOAL))), live.get(1)));
    Gen<CampaignCommand> any = Generate.frequency(List.of(Pair.of(3,
        CoreGenerators.authenticationAndFundraiserCommands()), Pair.of(1, CoreGenerators.commands())));
    qt().withExamples(100).forAll(lists().of(any).ofSizeBetween(1, 40)).checkAssert(commands -> {
      Campaign last = checkEveryStep(submitted, commands, FundraiserPropertiesTest.NO_DEADLINE);
      if (last.fundraiser().isPresent()) {
        Campaign copy = roundTrip(last);
        assertThat(copy.fundraiser().orElseThrow().tips()).isEqualTo(last.fundraiser().orElseThrow().tips());
      }
    });
  }

  @Test
  void theTrieReadInBulkHasTheShapeOfTheTrieBuiltByEdits() {
    qt().withExamples(200).forAll(CoreGenerators.trieEdits()).checkAssert(edits -> {
      PledgeTrie edited = PledgeTrie.EMPTY;
      int step = 0;
      for (long edit : edits) {
        long key = Math.abs(edit);
        step++;
        edited = edit < 0 ? edited.remove(key) : edited.put(new PledgeTrie.Entry(key, step, 1_700_000_000L + step,
            step % 3 * 1_000, step % 2 - 1, step % 5 - 1, step % 7 == 0 ? Map.of("strap", step) : null));
      }
      PledgeTrie.Ordered bulk = new PledgeTrie.Ordered(edited.size());
      edited.forEach(bulk::add);
      assertThat(bulk.build()).isEqualTo(edited).hasSameHashCodeAs(edited);
    });
  }

  @Test
  void campaignsWhoseTriesSplitAndCollapseRoundTrip() {
    qt().withExamples(100).forAll(CoreGenerators.trieEdits()).checkAssert(edits -> {
      Campaign campaign = CoreGenerators.liveCampaign();
      Instant at = CoreGenerators.LAUNCH;
      for (long edit : edits) {
        BackerId backer = BackerId.of(Math.abs(edit));
        at = at.plusMillis(1_234);
        CampaignCommand command = edit < 0 ? new CampaignCommand.CancelPledge(at, backer)
            : new CampaignCommand.PlacePledge(Pledge.of(backer, CoreGenerators.usd(1 + Math.abs(edit) % 90), at));
        campaign = campaign.apply(command, RULES).campaign();
      }
      roundTrip(campaign);
    });
  }

  /**
   * Applies the commands in order; before each, once the campaign exists, snapshots it, reads it back, checks the
   * copy (see {@link #roundTrip}) and that it decides this command and the next few exactly as the original.
   *
   * @return the campaign after the commands
   */
  static Campaign checkEveryStep(Campaign start, List<CampaignCommand> commands, CampaignRules rules) {
    Campaign campaign = start;
    for (int i = 0; i < commands.size(); i++) {
      if (campaign.isCreated()) {
        Campaign copy = roundTrip(campaign);
        for (CampaignCommand probe : commands.subList(i, Math.min(commands.size(), i + PROBES))) {
          assertThat(copy.decide(probe, rules)).as("decision on %s", probe).isEqualTo(campaign.decide(probe, rules));
        }
      }
      campaign = campaign.evolve(campaign.decide(commands.get(i), rules).events());
    }
    roundTrip(campaign);
    return campaign;
  }

  /** The campaign read back from its snapshot, checked against the original. */
  static Campaign roundTrip(Campaign campaign) {
    byte[] bytes = CampaignSnapshot.write(campaign);
    Campaign copy = CampaignSnapshot.read(bytes);
    assertThat(copy).isEqualTo(campaign);
    assertThat(copy.position()).isEqualTo(campaign.position());
    assertThat(CampaignSnapshot.write(copy)).as("writing the copy gives the same bytes").isEqualTo(bytes);
    assertThat(copy.pledges()).containsExactlyElementsOf(campaign.pledges().toList());
    assertThat(copy.pledgePayments()).isEqualTo(campaign.pledgePayments());
    assertThat(copy.pledgeChargeAuthenticationRequests())
        .containsExactlyInAnyOrderElementsOf(campaign.pledgeChargeAuthenticationRequests());
    assertThat(copy.paymentsFinal()).isEqualTo(campaign.paymentsFinal());
    assertThat(copy.retryWindowEnd()).isEqualTo(campaign.retryWindowEnd());
    campaign.tiers().forEach(tier -> assertThat(copy.backersOf(tier.id())).isEqualTo(campaign.backersOf(tier.id())));
    if (campaign.lifecycle().deadline() != null) {
      assertThat(copy.timeLeft(campaign.lifecycle().deadline().minus(Duration.ofDays(1))))
          .isEqualTo(campaign.timeLeft(campaign.lifecycle().deadline().minus(Duration.ofDays(1))));
    }
    return copy;
  }
}
