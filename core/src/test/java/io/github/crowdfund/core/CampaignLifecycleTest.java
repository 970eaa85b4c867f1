package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.LAUNCH;
import static io.github.crowdfund.core.Fixtures.RULES;
import static io.github.crowdfund.core.Fixtures.T0;
import static io.github.crowdfund.core.Fixtures.accept;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.reject;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.Cancel;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.Launch;
import io.github.crowdfund.core.CampaignCommand.Submit;
import io.github.crowdfund.core.CampaignCommand.Suspend;
import io.github.crowdfund.core.RuleViolation.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignLifecycleTest {

  private final Goal goal = Goal.allOrNothing(usd(1_000));

  @Test
  void aCreatedCampaignStartsAsADraftWithNoPledges() {
    Campaign draft = Fixtures.draft(goal, List.of(), List.of());
    assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
    assertThat(draft.backerCount()).isZero();
    assertThat(draft.totalPledged()).isEqualTo(usd(0));
    assertThat(draft.deadline()).isEmpty();
  }

  @Test
  void draftIsSubmittedThenLaunchedWithADeadlineOfLaunchPlusDuration() {
    Campaign live = Fixtures.live(goal, List.of(), List.of());
    assertThat(live.status()).isEqualTo(CampaignStatus.LIVE);
    assertThat(live.launchedAt()).contains(LAUNCH);
    assertThat(live.deadline()).contains(LAUNCH.plus(Fixtures.THIRTY_DAYS));
  }

  @Test
  void aDraftCannotLaunchWithoutBeingSubmitted() {
    Campaign draft = Fixtures.draft(goal, List.of(), List.of());
    assertThat(reject(draft, new Launch(T0)).has(Code.ILLEGAL_TRANSITION)).isTrue();
  }

  @Test
  void aCampaignCanBeCreatedOnlyOnce() {
    Campaign draft = Fixtures.draft(goal, List.of(), List.of());
    assertThat(reject(draft, Fixtures.create(goal, List.of(), List.of())).has(Code.ALREADY_CREATED)).isTrue();
  }

  @Test
  void theCreatorCancelsFromDraftSubmittedOrLive() {
    Campaign draft = Fixtures.draft(goal, List.of(), List.of());
    assertThat(accept(draft, new Cancel(T0)).status()).isEqualTo(CampaignStatus.CANCELED);
    Campaign submitted = accept(draft, new Submit(T0));
    assertThat(accept(submitted, new Cancel(T0)).status()).isEqualTo(CampaignStatus.CANCELED);
    Campaign live = Fixtures.live(goal, List.of(), List.of());
    assertThat(accept(live, new Cancel(day(3))).status()).isEqualTo(CampaignStatus.CANCELED);
  }

  @Test
  void aCanceledOrEndedCampaignCannotBeCanceledOrResubmitted() {
    Campaign canceled = accept(Fixtures.draft(goal, List.of(), List.of()), new Cancel(T0));
    assertThat(reject(canceled, new Cancel(T0)).has(Code.ILLEGAL_TRANSITION)).isTrue();
    assertThat(reject(canceled, new Submit(T0)).has(Code.ILLEGAL_TRANSITION)).isTrue();
    Campaign ended = accept(Fixtures.live(goal, List.of(), List.of()), new End(Fixtures.DEADLINE));
    assertThat(reject(ended, new Cancel(Fixtures.DEADLINE)).has(Code.ILLEGAL_TRANSITION)).isTrue();
  }

  @Test
  void thePlatformSuspendsOnlyALiveCampaignAndItsPledgesBecomeVoid() {
    Campaign draft = Fixtures.draft(goal, List.of(), List.of());
    assertThat(reject(draft, new Suspend(T0, "fraud report")).has(Code.ILLEGAL_TRANSITION)).isTrue();
    Campaign live = accept(Fixtures.live(goal, List.of(), List.of()), Fixtures.pledge(1, 50, day(1)));
    Campaign suspended = accept(live, new Suspend(day(2), "fraud report"));
    assertThat(suspended.status()).isEqualTo(CampaignStatus.SUSPENDED);
    assertThat(suspended.backerCount()).isZero();
    assertThat(suspended.totalPledged()).isEqualTo(usd(0));
    assertThat(reject(suspended, Fixtures.pledge(2, 50, day(3))).has(Code.NOT_LIVE)).isTrue();
  }

  @Test
  void replayingTheEventsOfACampaignRebuildsAnEqualCampaign() {
    Decision created = Campaign.initial().decide(Fixtures.create(goal, List.of(), List.of()), RULES);
    Campaign campaign = Campaign.replay(created.orElseThrow());
    List<CampaignCommand> commands = List.of(new Submit(T0), new Launch(LAUNCH), Fixtures.pledge(1, 40, day(1)),
        Fixtures.pledge(2, 70, day(2)), Fixtures.pledge(1, 90, day(3)), Fixtures.cancel(2, day(4)),
        new End(Fixtures.DEADLINE));
    List<CampaignEvent> history = new java.util.ArrayList<>(created.events());
    for (CampaignCommand command : commands) {
      Decision decision = campaign.decide(command, RULES);
      history.addAll(decision.events());
      campaign = campaign.evolve(decision.events());
    }
    assertThat(Campaign.replay(history)).isEqualTo(campaign).hasSameHashCodeAs(campaign);
    assertThat(campaign.totalPledged()).isEqualTo(usd(90));
  }

  @Test
  void replayRejectsAHistoryThatDoesNotStartWithCreation() {
    assertThatThrownBy(() -> Campaign.replay(List.of(new CampaignEvent.Submitted(T0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Submitted");
  }

  @Test
  void evolveKeepsAStrayTierButRefusesACancellationWithoutAPledge() {
    Campaign live = Fixtures.live(goal, List.of(), List.of());
    Pledge stray = new Pledge(Fixtures.backer(9), usd(5), java.util.Optional.of("no-such-tier"),
        java.util.Map.of("no-such-add-on", 2), java.util.Optional.empty(), day(1));
    Campaign after = live.evolve(new CampaignEvent.PledgePlaced(stray));
    assertThat(after.totalPledged()).isEqualTo(usd(5));
    assertThat(after.pledgeOf(Fixtures.backer(9)).orElseThrow().tierId()).isEmpty();
    assertThatThrownBy(() -> live.evolve(new CampaignEvent.PledgeCanceled(day(1), Fixtures.backer(1))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("backer 1").hasMessageContaining("no pledge");
  }
}
