package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of campaigns at every step of random histories: reading what was written gives an equal campaign, at
 * the same place in the log, which decides the next commands exactly as the original does.
 */
class CampaignSnapshotPropertiesTest {

  private static final CampaignRules RULES = CampaignRules.defaults();

  @Test
  void aLiveCampaignRoundTripsAtEveryStepAndDecidesAsTheOriginal() {
    qt().withExamples(150).forAll(CoreGenerators.commandSequences()).checkAssert(commands ->
        checkEveryStep(CoreGenerators.liveCampaign(), commands));
  }

  /**
   * Applies the commands in order; before each, snapshots the campaign, reads it back and checks that the copy
   * equals it, sits at the same log position, writes the same bytes and decides the command identically.
   */
  static void checkEveryStep(Campaign start, List<CampaignCommand> commands) {
    Campaign campaign = start;
    for (CampaignCommand command : commands) {
      Campaign copy = roundTrip(campaign);
      Decision original = campaign.decide(command, RULES);
      assertThat(copy.decide(command, RULES)).as("decision on %s", command).isEqualTo(original);
      campaign = campaign.evolve(original.events());
    }
    roundTrip(campaign);
  }

  /** The campaign read back from its snapshot, checked against the original. */
  static Campaign roundTrip(Campaign campaign) {
    byte[] bytes = CampaignSnapshot.write(campaign);
    Campaign copy = CampaignSnapshot.read(bytes);
    assertThat(copy).isEqualTo(campaign);
    assertThat(copy.position()).isEqualTo(campaign.position());
    assertThat(CampaignSnapshot.write(copy)).as("writing the copy gives the same bytes").isEqualTo(bytes);
    assertThat(copy.pledges()).containsExactlyElementsOf(campaign.pledges().toList());
    return copy;
  }
}
