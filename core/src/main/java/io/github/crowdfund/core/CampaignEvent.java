package io.github.crowdfund.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fact about a campaign, caused by an accepted command and applied by {@link Campaign#evolve}. Folding a
 * campaign's events from its {@link Created} event rebuilds an equal campaign ({@link Campaign#replay}).
 *
 * <p>This class is immutable and thread-safe.
 */
public sealed interface CampaignEvent {

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The campaign was created, in DRAFT.
   *
   * @param at when
   * @param id the campaign's id
   * @param creator who created it
   * @param title the title
   * @param goal the goal; its currency is the campaign currency
   * @param duration from launch to deadline
   * @param stretchGoals stretch goals, by increasing threshold
   * @param tiers reward tiers
   * @param addOns add-ons
   */
  record Created(Instant at, CampaignId id, CreatorId creator, String title, Goal goal, Duration duration,
      List<StretchGoal> stretchGoals, List<RewardTier> tiers, List<AddOn> addOns) implements CampaignEvent {

    /**
     * Validates the arguments and copies the lists.
     *
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the title is blank or the duration not positive, quoting it
     */
    public Created {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(creator, "creator");
      Objects.requireNonNull(goal, "goal");
      Definitions.requireTitle(title);
      Definitions.requirePositive(duration);
      stretchGoals = List.copyOf(stretchGoals);
      tiers = List.copyOf(tiers);
      addOns = List.copyOf(addOns);
    }
  }

  /**
   * The campaign was submitted for review.
   *
   * @param at when
   */
  record Submitted(Instant at) implements CampaignEvent {
    /** Validates the argument, which must not be null. */
    public Submitted {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The campaign went live.
   *
   * @param at when
   * @param deadline when it ends: {@code at} plus its duration
   */
  record Launched(Instant at, Instant deadline) implements CampaignEvent {
    /** Validates the arguments, which must not be null. */
    public Launched {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * The goal changed (before launch).
   *
   * @param at when
   * @param goal the new goal
   */
  record GoalChanged(Instant at, Goal goal) implements CampaignEvent {
    /** Validates the arguments, which must not be null. */
    public GoalChanged {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(goal, "goal");
    }
  }

  /**
   * The duration changed (before launch).
   *
   * @param at when
   * @param duration the new duration
   */
  record DurationChanged(Instant at, Duration duration) implements CampaignEvent {
    /**
     * Validates the arguments.
     *
     * @throws IllegalArgumentException if {@code duration} is not positive
     */
    public DurationChanged {
      Objects.requireNonNull(at, "at");
      Definitions.requirePositive(duration);
    }
  }

  /**
   * A reward tier was added or replaced (same id).
   *
   * @param at when
   * @param tier the tier
   */
  record RewardTierPut(Instant at, RewardTier tier) implements CampaignEvent {
    /** Validates the arguments, which must not be null. */
    public RewardTierPut {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(tier, "tier");
    }
  }

  /**
   * An add-on was added or replaced (same id).
   *
   * @param at when
   * @param addOn the add-on
   */
  record AddOnPut(Instant at, AddOn addOn) implements CampaignEvent {
    /** Validates the arguments, which must not be null. */
    public AddOnPut {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(addOn, "addOn");
    }
  }

  /**
   * A backer pledged, replacing any earlier pledge of theirs.
   *
   * @param pledge the pledge
   */
  record PledgePlaced(Pledge pledge) implements CampaignEvent {
    /** Validates the argument, which must not be null. */
    public PledgePlaced {
      Objects.requireNonNull(pledge, "pledge");
    }

    @Override
    public Instant at() {
      return pledge.placedAt();
    }
  }

  /**
   * A backer canceled their pledge.
   *
   * @param at when
   * @param backer whose pledge
   */
  record PledgeCanceled(Instant at, BackerId backer) implements CampaignEvent {
    /** Validates the arguments, which must not be null. */
    public PledgeCanceled {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * The creator canceled the campaign.
   *
   * @param at when
   */
  record Canceled(Instant at) implements CampaignEvent {
    /** Validates the argument, which must not be null. */
    public Canceled {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The platform suspended the campaign; its pledges are void.
   *
   * @param at when
   * @param reason why
   */
  record Suspended(Instant at, String reason) implements CampaignEvent {
    /**
     * Validates the arguments.
     *
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public Suspended {
      Objects.requireNonNull(at, "at");
      Definitions.requireReason(reason);
    }
  }

  /**
   * The campaign ended at or after its deadline with the given outcome.
   *
   * @param at when
   * @param outcome {@link CampaignStatus#SUCCESSFUL} or {@link CampaignStatus#FAILED}
   */
  record Ended(Instant at, CampaignStatus outcome) implements CampaignEvent {
    /**
     * Validates the arguments.
     *
     * @throws IllegalArgumentException if {@code outcome} is neither SUCCESSFUL nor FAILED
     */
    public Ended {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(outcome, "outcome");
      if (outcome != CampaignStatus.SUCCESSFUL && outcome != CampaignStatus.FAILED) {
        throw new IllegalArgumentException("an ended campaign is SUCCESSFUL or FAILED: " + outcome);
      }
    }
  }

  /**
   * The pledges were charged: all collected except the {@code declined} ones, now errored.
   *
   * @param at when the charge ran
   * @param declined the backers whose charge failed
   * @param retryUntil when the payment retry window ends, if the rules know it
   */
  record PledgesCharged(Instant at, Set<BackerId> declined, Optional<Instant> retryUntil) implements CampaignEvent {
    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument or a backer is null
     */
    public PledgesCharged {
      Objects.requireNonNull(at, "at");
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      Objects.requireNonNull(retryUntil, "retryUntil");
    }
  }

  /**
   * A backer fixed a failed payment: the errored pledge is collected.
   *
   * @param at when
   * @param backer whose pledge is collected
   */
  record PaymentFixed(Instant at, BackerId backer) implements CampaignEvent {
    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public PaymentFixed {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * The payment retry window closed: {@code recovered} pledges are collected, {@code dropped} ones dropped.
   *
   * @param at when
   * @param recovered the errored pledges the final retry collected
   * @param dropped the errored pledges dropped
   */
  record RetryWindowClosed(Instant at, Set<BackerId> recovered, Set<BackerId> dropped) implements CampaignEvent {
    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument or a backer is null
     */
    public RetryWindowClosed {
      Objects.requireNonNull(at, "at");
      recovered = Set.copyOf(Objects.requireNonNull(recovered, "recovered"));
      dropped = Set.copyOf(Objects.requireNonNull(dropped, "dropped"));
    }
  }

  /**
   * A collected pledge was paid back to its backer.
   *
   * @param at when
   * @param backer whose pledge is refunded
   * @param reason why
   */
  record PledgeRefunded(Instant at, BackerId backer, String reason) implements CampaignEvent {
    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public PledgeRefunded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Definitions.requireReason(reason);
    }
  }
}
