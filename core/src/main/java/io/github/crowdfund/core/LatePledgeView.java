package io.github.crowdfund.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * A campaign's late pledges, those collected after a successful deadline, kept apart from its locked totals: reached
 * with {@link Campaign#latePledges()}. Amounts are in the campaign currency.
 *
 * <p>This class is immutable and thread-safe: it reads the campaign value it came from.
 */
public final class LatePledgeView {

  private final Campaign campaign;
  private final LatePledges late;

  LatePledgeView(Campaign campaign) {
    this.campaign = campaign;
    this.late = campaign.late();
  }

  /**
   * Returns where the campaign stands with late pledges at {@code at}: OPEN only after a successful end, when late
   * pledges were enabled before the deadline and have not ended (on command or at the planned date).
   *
   * @param at the instant asked about; not null
   * @return the phase
   */
  public LatePledgePhase phase(Instant at) {
    Objects.requireNonNull(at, "at");
    if (!late.enabled()) {
      return LatePledgePhase.NOT_ENABLED;
    }
    CampaignStatus status = campaign.status();
    if (status == CampaignStatus.FAILED || status == CampaignStatus.CANCELED || status == CampaignStatus.SUSPENDED) {
      return LatePledgePhase.NOT_ELIGIBLE;
    }
    if (status != CampaignStatus.SUCCESSFUL || at.isBefore(campaign.deadlineOrNull())) {
      return LatePledgePhase.WAITING;
    }
    return late.endedBy(at) ? LatePledgePhase.ENDED : LatePledgePhase.OPEN;
  }

  /**
   * Returns the rewards offered in the late-pledge phase, in the order they were offered (ended ones included).
   *
   * @return an unmodifiable list, empty when late pledges are not enabled
   */
  public List<LateReward> rewards() {
    return late.rewards();
  }

  /**
   * Tells whether a late pledge for the reward would be accepted at {@code at} as far as the phase and the reward
   * go: the phase is OPEN, the reward is offered late and has not ended.
   *
   * @param rewardId the reward's id; not null
   * @param at the instant asked about; not null
   * @return true if open
   */
  public boolean rewardOpen(String rewardId, Instant at) {
    Objects.requireNonNull(rewardId, "rewardId");
    return phase(at) == LatePledgePhase.OPEN && late.rewardIndex(rewardId) >= 0 && !late.rewardEndedBy(rewardId, at);
  }

  /**
   * Returns the total of the collected late pledges, kept apart from {@link Campaign#totalPledged()}. O(1).
   *
   * @return the late total; zero before any
   */
  public Money total() {
    return Money.ofMinor(campaign.currency(), late.book().totalMinor());
  }

  /**
   * Returns the number of backers with a collected late pledge, kept apart from {@link Campaign#backerCount()}. O(1).
   *
   * @return the count
   */
  public int backerCount() {
    return late.book().size();
  }

  /**
   * Returns how many late charges failed (each counts nowhere). O(1).
   *
   * @return the count
   */
  public long failedCharges() {
    return late.failedCharges();
  }

  /**
   * Returns the number of late backers of a late reward. O(1).
   *
   * @param rewardId the reward's id; not null
   * @return the count
   * @throws IllegalArgumentException if no late reward has that id, quoting it
   */
  public int backersOf(String rewardId) {
    Objects.requireNonNull(rewardId, "rewardId");
    int index = late.rewardIndex(rewardId);
    if (index < 0) {
      throw new IllegalArgumentException("no late reward '" + rewardId + "'; late rewards are "
          + Campaign.ids(late.rewards(), LateReward::id));
    }
    return late.book().tierTaken(index);
  }

  /**
   * Returns a backer's collected late pledge. O(log n).
   *
   * @param backer the backer; not null
   * @return the late pledge, or empty
   */
  public Optional<Pledge> of(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PledgeTrie.Entry entry = late.book().get(backer.value());
    return entry == null ? Optional.empty()
        : Optional.of(late.book().toPledge(entry, LatePledges.lateDefinition(campaign.definition(), late.rewards())));
  }

  /**
   * Passes every collected late pledge to {@code action}, in no particular order. O(n).
   *
   * @param action what to do with each; not null
   */
  public void forEach(Consumer<Pledge> action) {
    Objects.requireNonNull(action, "action");
    if (late.book().size() == 0) {
      return;
    }
    CampaignDefinition lateDefinition = LatePledges.lateDefinition(campaign.definition(), late.rewards());
    late.book().forEach(entry -> action.accept(late.book().toPledge(entry, lateDefinition)));
  }
}
