package io.github.crowdfund.examples;

import io.github.crowdfund.core.AtomicCampaign;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.FeeSchedule;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A campaign driven through core's decider by the scenarios: every command decided, accepted ones applied. */
final class ScenarioCampaign {

  private final AtomicCampaign campaign;

  private ScenarioCampaign(AtomicCampaign campaign) {
    this.campaign = campaign;
  }

  /** Creates the campaign, submits it and launches it at {@code launchAt}; fails if the rules refuse a step. */
  static ScenarioCampaign launch(Create create, Instant launchAt, CampaignRules rules) {
    Decision created = Campaign.create(create, rules);
    requireAccepted(created, create);
    ScenarioCampaign run = new ScenarioCampaign(AtomicCampaign.of(Campaign.replay(created.events()), rules));
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
    requireAccepted(submit(command), command);
  }

  private static void requireAccepted(Decision decision, CampaignCommand command) {
    if (!decision.isAccepted()) {
      throw new IllegalStateException("refused: " + command + ": " + describe(decision.violations()));
    }
  }

  /** The violations of a refused command, as one line of codes and sentences. */
  static String describe(List<RuleViolation> violations) {
    return violations.stream().map(v -> v.code() + ": " + v.message()).collect(Collectors.joining("; "));
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
