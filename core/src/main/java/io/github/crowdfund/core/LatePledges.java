package io.github.crowdfund.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's late-pledge state, kept apart from its campaign pledges and locked totals: whether late pledges were
 * enabled, the late rewards and which of them ended, the planned and actual end, and the collected late pledges in
 * their own {@link PledgeBook} (tier counts indexed by late reward) with their own running total. Every change
 * returns a new value in O(log n) for the pledges (the reward list is copied only when a reward changes).
 *
 * <p>This class is immutable and thread-safe.
 */
final class LatePledges {

  /** Late pledges not enabled. */
  static final LatePledges NONE = new LatePledges(Dates.NOT_ENABLED, List.of(), Map.of(), PledgeBook.empty(0, 0), 0);

  /**
   * When late pledges were enabled (null if not), their planned end and when they ended on command, if they did.
   */
  private record Dates(Instant enabledAt, Optional<Instant> plannedEnd, Optional<Instant> endedAt) {
    static final Dates NOT_ENABLED = new Dates(null, Optional.empty(), Optional.empty());
  }

  private final Dates dates;
  private final List<LateReward> rewards;
  private final Map<String, Instant> rewardsEnded;
  private final PledgeBook book;
  private final long failedCharges;

  private LatePledges(Dates dates, List<LateReward> rewards, Map<String, Instant> rewardsEnded, PledgeBook book,
      long failedCharges) {
    this.dates = dates;
    this.rewards = rewards;
    this.rewardsEnded = rewardsEnded;
    this.book = book;
    this.failedCharges = failedCharges;
  }

  /**
   * Late pledges rebuilt from their parts (a snapshot being read).
   *
   * @param enabledAt when they were enabled, or null if they were not
   */
  static LatePledges restored(Instant enabledAt, Optional<Instant> plannedEnd, Optional<Instant> endedAt,
      List<LateReward> rewards, Map<String, Instant> rewardsEnded, PledgeBook book, long failedCharges) {
    return new LatePledges(new Dates(enabledAt, plannedEnd, endedAt), List.copyOf(rewards), Map.copyOf(rewardsEnded),
        book, failedCharges);
  }

  /** When late pledges were enabled, or empty if they were not. */
  Optional<Instant> enabledAt() {
    return Optional.ofNullable(dates.enabledAt());
  }

  /** The late rewards ended by command, with when; unmodifiable. */
  Map<String, Instant> rewardsEnded() {
    return rewardsEnded;
  }

  boolean enabled() {
    return dates.enabledAt() != null;
  }

  Optional<Instant> plannedEnd() {
    return dates.plannedEnd();
  }

  Optional<Instant> endedAt() {
    return dates.endedAt();
  }

  List<LateReward> rewards() {
    return rewards;
  }

  PledgeBook book() {
    return book;
  }

  long failedCharges() {
    return failedCharges;
  }

  /** Whether late pledges had ended for the whole campaign at {@code at} (on command, or at the planned end). */
  boolean endedBy(Instant at) {
    return dates.endedAt().map(end -> !at.isBefore(end)).orElse(false)
        || dates.plannedEnd().map(end -> !at.isBefore(end)).orElse(false);
  }

  /** Index of the late reward with that id, or -1. */
  int rewardIndex(String id) {
    for (int i = 0; i < rewards.size(); i++) {
      if (rewards.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** When the late reward ended by command, if it did. */
  Optional<Instant> rewardEndedAt(String id) {
    return Optional.ofNullable(rewardsEnded.get(id));
  }

  /** Whether the late reward has ended at {@code at}: by command, or at its planned end. */
  boolean rewardEndedBy(String id, Instant at) {
    Instant ended = rewardsEnded.get(id);
    if (ended != null && !at.isBefore(ended)) {
      return true;
    }
    int index = rewardIndex(id);
    return index >= 0 && rewards.get(index).endsAt().map(end -> !at.isBefore(end)).orElse(false);
  }

  /** The definition the late book indexes by: the campaign's, with the late rewards as its tiers and no add-ons. */
  static CampaignDefinition lateDefinition(CampaignDefinition d, List<LateReward> rewards) {
    List<RewardTier> tiers = new ArrayList<>(rewards.size());
    rewards.forEach(r -> tiers.add(r.tier()));
    return new CampaignDefinition(d.id(), d.creator(), d.title(), d.goal(), d.duration(), d.stretchGoals(), tiers,
        List.of());
  }

  LatePledges enable(Instant at, List<LateReward> offered, Optional<Instant> end) {
    return new LatePledges(new Dates(at, end, Optional.empty()), List.copyOf(offered), Map.of(),
        PledgeBook.empty(offered.size(), 0), failedCharges);
  }

  LatePledges withReward(LateReward reward) {
    int index = rewardIndex(reward.id());
    List<LateReward> copy = new ArrayList<>(rewards);
    if (index >= 0) {
      copy.set(index, reward);
    } else {
      copy.add(reward);
    }
    return new LatePledges(dates, List.copyOf(copy), rewardsEnded, book.withTierAt(index), failedCharges);
  }

  LatePledges charged(Pledge pledge, LateCharge charge, CampaignDefinition d) {
    if (charge == LateCharge.FAILED) {
      return new LatePledges(dates, rewards, rewardsEnded, book, failedCharges + 1);
    }
    PledgeBook updated = book.with(pledge, lateDefinition(d, rewards), PaymentState.COLLECTED);
    return new LatePledges(dates, rewards, rewardsEnded, updated, failedCharges);
  }

  LatePledges ended(Instant at, Optional<String> rewardId) {
    if (rewardId.isEmpty()) {
      return new LatePledges(new Dates(dates.enabledAt(), dates.plannedEnd(), Optional.of(at)), rewards, rewardsEnded,
          book, failedCharges);
    }
    Map<String, Instant> copy = new HashMap<>(rewardsEnded);
    copy.putIfAbsent(rewardId.get(), at);
    return new LatePledges(dates, rewards, Map.copyOf(copy), book, failedCharges);
  }

  LatePledges withBook(PledgeBook newBook) {
    return new LatePledges(dates, rewards, rewardsEnded, newBook, failedCharges);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof LatePledges that
        && dates.equals(that.dates) && rewards.equals(that.rewards) && rewardsEnded.equals(that.rewardsEnded)
        && failedCharges == that.failedCharges && book.equals(that.book);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dates, rewards, book.size(), failedCharges);
  }
}
