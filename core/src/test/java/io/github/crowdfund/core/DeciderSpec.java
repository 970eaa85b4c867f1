package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.RuleViolation.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The given/when/then fixture for the decider: given these events, when this command, then these events, or then
 * rejected with these codes. Every accepted case also checks that the new history replays to the campaign the
 * events evolve to; every rejected case checks the campaign is unchanged.
 *
 * <pre>{@code
 * given(created, submitted, launched).under(kkbbRules)
 *     .when(new CancelPledge(finalDay, backer(1)))
 *     .thenRejected(Code.FINAL_WINDOW_NO_CANCEL);
 * }</pre>
 */
final class DeciderSpec {

  private final List<CampaignEvent> history;
  private final CampaignRules rules;

  private DeciderSpec(List<CampaignEvent> history, CampaignRules rules) {
    this.history = List.copyOf(history);
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Starts from a history; none means the initial (not created) campaign.
   *
   * @param events the history, starting with a created event when not empty
   * @return the spec, under the default rules
   */
  static DeciderSpec given(CampaignEvent... events) {
    return new DeciderSpec(Arrays.asList(events), Fixtures.RULES);
  }

  /**
   * Starts from a history given as a list, for example {@link #liveHistory}.
   *
   * @param events the history
   * @param more events after it
   * @return the spec, under the default rules
   */
  static DeciderSpec given(List<CampaignEvent> events, CampaignEvent... more) {
    List<CampaignEvent> all = new ArrayList<>(events);
    all.addAll(Arrays.asList(more));
    return new DeciderSpec(all, Fixtures.RULES);
  }

  /**
   * The history of a LIVE campaign: created at T0 with that goal, submitted, launched at LAUNCH with the deadline
   * DEADLINE.
   *
   * @param goal the goal
   * @param tiers the tiers
   * @return the events
   */
  static List<CampaignEvent> liveHistory(Goal goal, List<RewardTier> tiers) {
    return List.of(Fixtures.created(goal, tiers, List.of()), new CampaignEvent.Submitted(Fixtures.T0.plusSeconds(60)),
        new CampaignEvent.Launched(Fixtures.LAUNCH, Fixtures.DEADLINE));
  }

  /**
   * A pledge placed, as an event of the history.
   *
   * @param backer the backer number
   * @param amount the amount
   * @param at when
   * @return the event
   */
  static CampaignEvent.PledgePlaced placed(long backer, org.joda.money.Money amount, java.time.Instant at) {
    return new CampaignEvent.PledgePlaced(Pledge.of(BackerId.of(backer), amount, at));
  }

  DeciderSpec under(CampaignRules newRules) {
    return new DeciderSpec(history, newRules);
  }

  When when(CampaignCommand command) {
    return new When(Objects.requireNonNull(command, "command"));
  }

  /** The command decided on the given campaign. */
  final class When {
    private final CampaignCommand command;
    private final Campaign before;
    private final Decision decision;

    private When(CampaignCommand command) {
      this.command = command;
      this.before = history.isEmpty() ? Campaign.initial() : Campaign.replay(history);
      this.decision = before.decide(command, rules);
    }

    /**
     * Asserts the command is accepted with exactly these events, and that the history then replays to the evolved
     * campaign.
     *
     * @param expected the events
     * @return the campaign after them
     */
    Campaign then(CampaignEvent... expected) {
      assertThat(decision.violations()).as("violations of %s", command).isEmpty();
      assertThat(decision.events()).as("events of %s", command).containsExactly(expected);
      Campaign after = before.evolve(decision.events());
      List<CampaignEvent> all = new ArrayList<>(history);
      all.addAll(decision.events());
      assertThat(Campaign.replay(all)).as("replay after %s", command).isEqualTo(after);
      return after;
    }

    /**
     * Asserts the command is rejected with exactly these codes (in any order), each with a message, and that the
     * campaign is unchanged.
     *
     * @param codes the codes
     * @return the rejection
     */
    Rejection thenRejected(Code... codes) {
      assertThat(decision).as("decision on %s", command).isInstanceOf(Rejection.class);
      assertThat(decision.violations()).extracting(RuleViolation::code).containsExactlyInAnyOrder(codes);
      assertThat(decision.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
      assertThat(before.apply(command, rules).campaign()).isSameAs(before);
      return (Rejection) decision;
    }
  }
}
