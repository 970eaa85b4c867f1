package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

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
   * Returns what {@code handler} gives for this event: dispatch that the compiler checks is exhaustive.
   *
   * @param <R> the result type
   * @param handler one method per kind
   * @return the handler's result
   */
  <R> R accept(Handler<R> handler);

  /**
   * One method per permitted event: adding a kind without handling it fails the build.
   *
   * @param <R> the result type
   */
  interface Handler<R> {
    /**
     * Handles a {@link Created}.
     *
     * @param value the value
     * @return the result
     */
    R on(Created value);

    /**
     * Handles a {@link Submitted}.
     *
     * @param value the value
     * @return the result
     */
    R on(Submitted value);

    /**
     * Handles a {@link Launched}.
     *
     * @param value the value
     * @return the result
     */
    R on(Launched value);

    /**
     * Handles a {@link FundraiserLaunched}.
     *
     * @param value the value
     * @return the result
     */
    R on(FundraiserLaunched value);

    /**
     * Handles a {@link DonationCharged}.
     *
     * @param value the value
     * @return the result
     */
    R on(DonationCharged value);

    /**
     * Handles a {@link GoalChanged}.
     *
     * @param value the value
     * @return the result
     */
    R on(GoalChanged value);

    /**
     * Handles a {@link DurationChanged}.
     *
     * @param value the value
     * @return the result
     */
    R on(DurationChanged value);

    /**
     * Handles a {@link RewardTierPut}.
     *
     * @param value the value
     * @return the result
     */
    R on(RewardTierPut value);

    /**
     * Handles a {@link AddOnPut}.
     *
     * @param value the value
     * @return the result
     */
    R on(AddOnPut value);

    /**
     * Handles a {@link PledgePlaced}.
     *
     * @param value the value
     * @return the result
     */
    R on(PledgePlaced value);

    /**
     * Handles a {@link PledgeCanceled}.
     *
     * @param value the value
     * @return the result
     */
    R on(PledgeCanceled value);

    /**
     * Handles a {@link Canceled}.
     *
     * @param value the value
     * @return the result
     */
    R on(Canceled value);

    /**
     * Handles a {@link Suspended}.
     *
     * @param value the value
     * @return the result
     */
    R on(Suspended value);

    /**
     * Handles a {@link Ended}.
     *
     * @param value the value
     * @return the result
     */
    R on(Ended value);

    /**
     * Handles a {@link PledgesCharged}.
     *
     * @param value the value
     * @return the result
     */
    R on(PledgesCharged value);

    /**
     * Handles a {@link PaymentFixed}.
     *
     * @param value the value
     * @return the result
     */
    R on(PaymentFixed value);

    /**
     * Handles a {@link PaymentAuthenticated}.
     *
     * @param value the value
     * @return the result
     */
    R on(PaymentAuthenticated value);

    /**
     * Handles a {@link RetryWindowClosed}.
     *
     * @param value the value
     * @return the result
     */
    R on(RetryWindowClosed value);

    /**
     * Handles a {@link PledgeRefunded}.
     *
     * @param value the value
     * @return the result
     */
    R on(PledgeRefunded value);

    /**
     * Handles a {@link LatePledgesEnabled}.
     *
     * @param value the value
     * @return the result
     */
    R on(LatePledgesEnabled value);

    /**
     * Handles a {@link LateRewardPut}.
     *
     * @param value the value
     * @return the result
     */
    R on(LateRewardPut value);

    /**
     * Handles a {@link LatePledgeCharged}.
     *
     * @param value the value
     * @return the result
     */
    R on(LatePledgeCharged value);

    /**
     * Handles a {@link LatePledgesEnded}.
     *
     * @param value the value
     * @return the result
     */
    R on(LatePledgesEnded value);

    /**
     * Handles a {@link PaymentPlansEnabled}.
     *
     * @param value the value
     * @return the result
     */
    R on(PaymentPlansEnabled value);

    /**
     * Handles a {@link PaymentPlanChosen}.
     *
     * @param value the value
     * @return the result
     */
    R on(PaymentPlanChosen value);

    /**
     * Handles a {@link InstallmentCharged}.
     *
     * @param value the value
     * @return the result
     */
    R on(InstallmentCharged value);

    /**
     * Handles a {@link PaymentPlanStopped}.
     *
     * @param value the value
     * @return the result
     */
    R on(PaymentPlanStopped value);

    /**
     * Handles a {@link BackerRefunded}.
     *
     * @param value the value
     * @return the result
     */
    R on(BackerRefunded value);

    /**
     * Handles a {@link ChargeDisputed}.
     *
     * @param value the value
     * @return the result
     */
    R on(ChargeDisputed value);

    /**
     * Handles a {@link DisputeResolved}.
     *
     * @param value the value
     * @return the result
     */
    R on(DisputeResolved value);
  }


  /**
   * The campaign was created, in DRAFT: the first event of every history.
   *
   * @param at when
   * @param definition what the campaign is, as decided
   */
  record Created(Instant at, CampaignDefinition definition) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public Created {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(definition, "definition");
    }
  }

  /**
   * The campaign was submitted for review.
   *
   * @param at when
   */
  record Submitted(Instant at) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public Launched {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * The campaign went live as a fundraiser without a deadline: it takes donations, each charged at once.
   *
   * @param at when
   */
  record FundraiserLaunched(Instant at) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public FundraiserLaunched {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A donation to a fundraiser was charged at once: collected (it counts in the fundraiser's total, with the donor's
   * tip kept apart for the platform) or failed (it counts nowhere).
   *
   * @param donation the donation
   * @param tip the donor's tip to the platform, in the donation's currency; zero or more
   * @param charge the charge's outcome
   */
  record DonationCharged(Pledge donation, Money tip, LateCharge charge) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the tip is negative or in another currency than the donation, quoting it
     */
    public DonationCharged {
      Objects.requireNonNull(donation, "donation");
      Definitions.requireTip(tip, donation.amount());
      Objects.requireNonNull(charge, "charge");
    }

    @Override
    public Instant at() {
      return donation.placedAt();
    }
  }

  /**
   * The goal changed (before launch).
   *
   * @param at when
   * @param goal the new goal
   */
  record GoalChanged(Instant at, Goal goal) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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
   * The campaign ended at or after its deadline with the funding outcome the decider locked there: the campaign
   * becomes {@link CampaignStatus#FAILED} for {@link FundingOutcome#FAILED}, {@link CampaignStatus#SUCCESSFUL}
   * otherwise, and settlement reads this outcome.
   *
   * @param at when
   * @param outcome the funding outcome decided at the deadline
   */
  record Ended(Instant at, FundingOutcome outcome) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public Ended {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * The pledges were charged: all collected except the {@code declined} ones, now errored, and the
   * {@code awaitingAuthentication} ones, whose charge needs the backer's authentication (3-D Secure) first.
   *
   * @param at when the charge ran
   * @param declined the backers whose charge failed
   * @param awaitingAuthentication the backers whose charge awaits their authentication
   * @param retryUntil when the payment retry window ends, if the rules know it
   */
  record PledgesCharged(Instant at, Set<BackerId> declined, Set<BackerId> awaitingAuthentication,
      Optional<Instant> retryUntil) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument or a backer is null
     */
    public PledgesCharged {
      Objects.requireNonNull(at, "at");
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      awaitingAuthentication = Set.copyOf(Objects.requireNonNull(awaitingAuthentication, "awaitingAuthentication"));
      Objects.requireNonNull(retryUntil, "retryUntil");
    }

    /**
     * A charge where no card asked for authentication (the only kind before schema version 2).
     *
     * @param at when the charge ran
     * @param declined the backers whose charge failed
     * @param retryUntil when the payment retry window ends, if the rules know it
     */
    public PledgesCharged(Instant at, Set<BackerId> declined, Optional<Instant> retryUntil) {
      this(at, declined, Set.of(), retryUntil);
    }
  }

  /**
   * A backer fixed a failed payment: the errored pledge is collected.
   *
   * @param at when
   * @param backer whose pledge is collected
   */
  record PaymentFixed(Instant at, BackerId backer) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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
   * A backer authenticated (3-D Secure) the charge of their pledge: the pledge is collected.
   *
   * @param at when
   * @param backer whose pledge is collected
   */
  record PaymentAuthenticated(Instant at, BackerId backer) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public PaymentAuthenticated {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * The payment retry window closed: {@code recovered} pledges are collected, {@code dropped} ones (errored, or still
   * awaiting authentication) dropped.
   *
   * @param at when
   * @param recovered the errored pledges the final retry collected
   * @param dropped the errored pledges dropped
   */
  record RetryWindowClosed(Instant at, Set<BackerId> recovered, Set<BackerId> dropped) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

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

  /**
   * Late pledges were enabled (before the deadline).
   *
   * @param at when
   * @param rewards the late rewards offered
   * @param plannedEnd when late pledges end for the whole campaign, if planned
   */
  record LatePledgesEnabled(Instant at, List<LateReward> rewards, Optional<Instant> plannedEnd)
      implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the event and copies the rewards.
     *
     * @throws NullPointerException if an argument or a reward is null
     */
    public LatePledgesEnabled {
      Objects.requireNonNull(at, "at");
      rewards = List.copyOf(Objects.requireNonNull(rewards, "rewards"));
      Objects.requireNonNull(plannedEnd, "plannedEnd");
    }
  }

  /**
   * A late reward was offered or replaced (same id).
   *
   * @param at when
   * @param reward the late reward
   */
  record LateRewardPut(Instant at, LateReward reward) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public LateRewardPut {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reward, "reward");
    }
  }

  /**
   * A late pledge was placed and charged at once: collected (it counts in the late totals, final) or failed (it
   * counts nowhere).
   *
   * @param pledge the late pledge
   * @param charge the charge's outcome
   */
  record LatePledgeCharged(Pledge pledge, LateCharge charge) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public LatePledgeCharged {
      Objects.requireNonNull(pledge, "pledge");
      Objects.requireNonNull(charge, "charge");
    }

    @Override
    public Instant at() {
      return pledge.placedAt();
    }
  }

  /**
   * Late pledges ended, irreversibly: for one late reward, or for the whole campaign when {@code rewardId} is empty.
   *
   * @param at when
   * @param rewardId the late reward ended, or empty for all late pledges
   */
  record LatePledgesEnded(Instant at, Optional<String> rewardId) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public LatePledgesEnded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(rewardId, "rewardId");
    }
  }

  /**
   * Pledges over time were offered (before the deadline), in one plan shape.
   *
   * @param at when
   * @param shape the plan shape offered, as decided: replay splits and schedules the payments with it
   */
  record PaymentPlansEnabled(Instant at, PaymentPlanShape shape) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PaymentPlansEnabled {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(shape, "shape");
    }
  }

  /**
   * A backer chose to pay their pledge over time, in {@code payments} payments of the campaign's plan shape.
   *
   * @param at when
   * @param backer whose pledge
   * @param payments how many payments
   */
  record PaymentPlanChosen(Instant at, BackerId backer, int payments) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PaymentPlanChosen {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * One payment of a backer's plan was charged: collected, errored (one attempt more), or waiting for the backer's
   * authentication.
   *
   * @param at when the charge ran
   * @param backer whose plan
   * @param number the payment's number, from 1
   * @param charge what the charge gave
   */
  record InstallmentCharged(Instant at, BackerId backer, int number, InstallmentCharge charge)
      implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public InstallmentCharged {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Objects.requireNonNull(charge, "charge");
    }
  }

  /**
   * A backer stopped paying a plan: its open payments are canceled; what was paid is kept or paid back as the
   * plan's shape says.
   *
   * @param at when
   * @param backer whose plan
   */
  record PaymentPlanStopped(Instant at, BackerId backer) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PaymentPlanStopped {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * Money was paid back to a backer, in part or in whole.
   *
   * @param at when
   * @param backer to whom
   * @param amount how much, positive
   * @param reason why
   * @param kind what part of the pledge
   */
  record BackerRefunded(Instant at, BackerId backer, Money amount, RefundReason reason, RefundKind kind)
      implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive, quoting it
     */
    public BackerRefunded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Definitions.requirePositive(amount, "refund");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A backer disputed a collected charge with their bank; the amount is held until the dispute ends.
   *
   * @param at when
   * @param backer whose charge
   * @param amount the amount disputed, positive
   */
  record ChargeDisputed(Instant at, BackerId backer, Money amount) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive, quoting it
     */
    public ChargeDisputed {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Definitions.requirePositive(amount, "disputed amount");
    }
  }

  /**
   * A backer's open dispute ended: won, or lost (a chargeback of the disputed amount).
   *
   * @param at when
   * @param backer whose dispute
   * @param outcome how it ended
   */
  record DisputeResolved(Instant at, BackerId backer, DisputeOutcome outcome) implements CampaignEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public DisputeResolved {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
