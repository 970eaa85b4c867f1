package io.github.crowdfund.examples;

import io.github.crowdfund.core.AtomicCampaign;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.settlement.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** A campaign driven through core's decider by the scenarios: every command decided, accepted ones applied. */
final class StoryCampaign {

  private final AtomicCampaign campaign;

  private StoryCampaign(AtomicCampaign campaign) {
    this.campaign = campaign;
  }

  /** Creates the campaign, submits it and launches it at {@code launchAt}; fails if the rules refuse a step. */
  static StoryCampaign launch(Create create, Instant launchAt, CampaignRules rules) {
    StoryCampaign run = new StoryCampaign(AtomicCampaign.of(Campaign.initial(), rules));
    run.require(create);
    run.require(new CampaignCommand.Submit(create.at()));
    run.require(new CampaignCommand.Launch(launchAt));
    return run;
  }

  /** Decides a command and applies it when accepted; returns the decision either way. */
  Decision submit(CampaignCommand command) {
    return campaign.submit(command);
  }

  /** Decides a command that the story expects to be accepted; fails with the rules broken otherwise. */
  void require(CampaignCommand command) {
    submit(command).orElseThrow();
  }

  /** The campaign now. */
  Campaign campaign() {
    return campaign.get();
  }

  /** Ends the campaign at its deadline. */
  Campaign end() {
    require(new CampaignCommand.End(campaign().deadline().orElseThrow()));
    return campaign();
  }

  /**
   * Collects the payments of an ended campaign: a day after the deadline the pledges are charged and those of
   * {@code declined} backers fail; {@code fixed} backers fix their payment within the retry window; the window
   * closes after seven days and every other failed pledge is dropped. A failed campaign charges nothing.
   */
  Campaign collect(Set<BackerId> declined, Set<BackerId> fixed) {
    if (campaign().status() == CampaignStatus.SUCCESSFUL) {
      Instant charged = campaign().deadline().orElseThrow().plus(Duration.ofDays(1));
      require(new CampaignCommand.ChargePledges(charged, declined));
      fixed.forEach(backer -> require(new CampaignCommand.FixPayment(charged.plus(Duration.ofDays(2)), backer)));
      require(new CampaignCommand.CloseRetryWindow(charged.plus(Duration.ofDays(7)), Set.of()));
    }
    return campaign();
  }

  /** Ends the campaign, collects every payment and settles it under the fee schedule. */
  Settlement<BackerId> endAndSettle(FeeSchedule fees) {
    end();
    collect(Set.of(), Set.of());
    return Settlement.of(campaign(), fees);
  }
}
