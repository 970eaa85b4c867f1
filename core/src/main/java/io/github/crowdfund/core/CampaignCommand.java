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
 * A request to change a campaign, decided against {@link CampaignRules} by {@link Campaign#decide}. Every command
 * carries the instant it was made; the library never reads the clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public sealed interface CampaignCommand {

  /**
   * Returns when the command was made.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns what {@code handler} gives for this command: dispatch that the compiler checks is exhaustive.
   *
   * @param <R> the result type
   * @param handler one method per kind
   * @return the handler's result
   */
  <R> R accept(Handler<R> handler);

  /**
   * One method per permitted command: adding a kind without handling it fails the build.
   *
   * @param <R> the result type
   */
  interface Handler<R> {
    /**
     * Handles a {@link Create}.
     *
     * @param value the value
     * @return the result
     */
    R on(Create value);

    /**
     * Handles a {@link Submit}.
     *
     * @param value the value
     * @return the result
     */
    R on(Submit value);

    /**
     * Handles a {@link Launch}.
     *
     * @param value the value
     * @return the result
     */
    R on(Launch value);

    /**
     * Handles a {@link LaunchFundraiser}.
     *
     * @param value the value
     * @return the result
     */
    R on(LaunchFundraiser value);

    /**
     * Handles a {@link Donate}.
     *
     * @param value the value
     * @return the result
     */
    R on(Donate value);

    /**
     * Handles a {@link ChangeGoal}.
     *
     * @param value the value
     * @return the result
     */
    R on(ChangeGoal value);

    /**
     * Handles a {@link ChangeDuration}.
     *
     * @param value the value
     * @return the result
     */
    R on(ChangeDuration value);

    /**
     * Handles a {@link PutRewardTier}.
     *
     * @param value the value
     * @return the result
     */
    R on(PutRewardTier value);

    /**
     * Handles a {@link PutAddOn}.
     *
     * @param value the value
     * @return the result
     */
    R on(PutAddOn value);

    /**
     * Handles a {@link PlacePledge}.
     *
     * @param value the value
     * @return the result
     */
    R on(PlacePledge value);

    /**
     * Handles a {@link CancelPledge}.
     *
     * @param value the value
     * @return the result
     */
    R on(CancelPledge value);

    /**
     * Handles a {@link Cancel}.
     *
     * @param value the value
     * @return the result
     */
    R on(Cancel value);

    /**
     * Handles a {@link Suspend}.
     *
     * @param value the value
     * @return the result
     */
    R on(Suspend value);

    /**
     * Handles a {@link End}.
     *
     * @param value the value
     * @return the result
     */
    R on(End value);

    /**
     * Handles a {@link ChargePledges}.
     *
     * @param value the value
     * @return the result
     */
    R on(ChargePledges value);

    /**
     * Handles a {@link FixPayment}.
     *
     * @param value the value
     * @return the result
     */
    R on(FixPayment value);

    /**
     * Handles a {@link AuthenticatePayment}.
     *
     * @param value the value
     * @return the result
     */
    R on(AuthenticatePayment value);

    /**
     * Handles a {@link CloseRetryWindow}.
     *
     * @param value the value
     * @return the result
     */
    R on(CloseRetryWindow value);

    /**
     * Handles a {@link RefundPledge}.
     *
     * @param value the value
     * @return the result
     */
    R on(RefundPledge value);

    /**
     * Handles a {@link EnableLatePledges}.
     *
     * @param value the value
     * @return the result
     */
    R on(EnableLatePledges value);

    /**
     * Handles a {@link PutLateReward}.
     *
     * @param value the value
     * @return the result
     */
    R on(PutLateReward value);

    /**
     * Handles a {@link PlaceLatePledge}.
     *
     * @param value the value
     * @return the result
     */
    R on(PlaceLatePledge value);

    /**
     * Handles a {@link EndLatePledges}.
     *
     * @param value the value
     * @return the result
     */
    R on(EndLatePledges value);

    /**
     * Handles a {@link EnablePaymentPlans}.
     *
     * @param value the value
     * @return the result
     */
    R on(EnablePaymentPlans value);

    /**
     * Handles a {@link ChoosePaymentPlan}.
     *
     * @param value the value
     * @return the result
     */
    R on(ChoosePaymentPlan value);

    /**
     * Handles a {@link ChargeInstallment}.
     *
     * @param value the value
     * @return the result
     */
    R on(ChargeInstallment value);

    /**
     * Handles a {@link StopPaymentPlan}.
     *
     * @param value the value
     * @return the result
     */
    R on(StopPaymentPlan value);

    /**
     * Handles a {@link RefundBacker}.
     *
     * @param value the value
     * @return the result
     */
    R on(RefundBacker value);

    /**
     * Handles a {@link DisputeCharge}.
     *
     * @param value the value
     * @return the result
     */
    R on(DisputeCharge value);

    /**
     * Handles a {@link ResolveDispute}.
     *
     * @param value the value
     * @return the result
     */
    R on(ResolveDispute value);
  }


  /**
   * Create a campaign in DRAFT: decided on {@link Campaign#initial()}, it causes the {@link CampaignEvent.Created}
   * event every history starts with.
   *
   * @param at when
   * @param definition what the campaign is
   */
  record Create(Instant at, CampaignDefinition definition) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public Create {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(definition, "definition");
    }
  }

  /**
   * Submit a DRAFT campaign for review.
   *
   * @param at when
   */
  record Submit(Instant at) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public Submit {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Launch a SUBMITTED campaign: the deadline becomes {@code at} plus the campaign's duration.
   *
   * @param at when
   */
  record Launch(Instant at) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public Launch {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Change the goal (and so possibly the currency) before launch.
   *
   * @param at when
   * @param goal the new goal
   */
  record ChangeGoal(Instant at, Goal goal) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public ChangeGoal {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(goal, "goal");
    }
  }

  /**
   * Change the duration (and so the deadline) before launch.
   *
   * @param at when
   * @param duration the new duration, positive
   */
  record ChangeDuration(Instant at, Duration duration) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the arguments.
     *
     * @throws IllegalArgumentException if {@code duration} is not positive
     */
    public ChangeDuration {
      Objects.requireNonNull(at, "at");
      Definitions.requirePositive(duration);
    }
  }

  /**
   * Add a reward tier, or replace the one with the same id.
   *
   * @param at when
   * @param tier the tier
   */
  record PutRewardTier(Instant at, RewardTier tier) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PutRewardTier {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(tier, "tier");
    }
  }

  /**
   * Add an add-on, or replace the one with the same id.
   *
   * @param at when
   * @param addOn the add-on
   */
  record PutAddOn(Instant at, AddOn addOn) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PutAddOn {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(addOn, "addOn");
    }
  }

  /**
   * Place a pledge, or replace the backer's pledge (a new total). The command's instant is the pledge's.
   *
   * @param pledge the pledge
   */
  record PlacePledge(Pledge pledge) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public PlacePledge {
      Objects.requireNonNull(pledge, "pledge");
    }

    @Override
    public Instant at() {
      return pledge.placedAt();
    }
  }

  /**
   * Cancel a backer's pledge.
   *
   * @param at when
   * @param backer whose pledge
   */
  record CancelPledge(Instant at, BackerId backer) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public CancelPledge {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * The creator cancels the campaign (from DRAFT, SUBMITTED or LIVE).
   *
   * @param at when
   */
  record Cancel(Instant at) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public Cancel {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The platform suspends a LIVE campaign; its pledges become void.
   *
   * @param at when
   * @param reason why, not blank
   */
  record Suspend(Instant at, String reason) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the arguments.
     *
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public Suspend {
      Objects.requireNonNull(at, "at");
      Definitions.requireReason(reason);
    }
  }

  /**
   * End a LIVE campaign at or after its deadline, deciding its outcome.
   *
   * @param at when
   */
  record End(Instant at) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public End {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Launch a submitted campaign as a fundraiser without a deadline (GoFundMe), under rules whose
   * {@link CampaignRules#hasDeadline()} is false: it goes LIVE and takes donations, each charged at once, until it is
   * canceled or suspended; it keeps whatever is given and has no funding outcome. Its goal must be a keep-it-all money
   * goal, and it offers neither late pledges nor payment plans.
   *
   * @param at when it went live
   */
  record LaunchFundraiser(Instant at) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the argument, which must not be null. */
    public LaunchFundraiser {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Record a donation to a live fundraiser and its charge, made at once: collected (it counts in the fundraiser's
   * total, final) or failed (it counts nowhere; the donor may give again). The donor's {@code tip} goes to the
   * platform, never to the organiser, and is kept apart from the donation: it is not part of any total, fee base or
   * payout.
   *
   * @param donation the donation: donor, amount (within the rules' pledge limits), instant; no reward tier, no add-on
   * @param tip the tip the donor chose, in the donation's currency; zero or more
   * @param charge the outcome of the charge of donation and tip together
   */
  record Donate(Pledge donation, Money tip, LateCharge charge) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the tip is negative or in another currency than the donation, quoting it
     */
    public Donate {
      Objects.requireNonNull(donation, "donation");
      Definitions.requireTip(tip, donation.amount());
      Objects.requireNonNull(charge, "charge");
    }

    /**
     * A donation without a tip.
     *
     * @param donation the donation
     * @param charge the outcome of its charge
     */
    public Donate(Pledge donation, LateCharge charge) {
      this(donation, Money.zero(donation.amount().getCurrencyUnit()), charge);
    }

    @Override
    public Instant at() {
      return donation.placedAt();
    }
  }

  /**
   * Charge the pledges of a successful campaign after its deadline: every pledge is collected except those whose
   * charge was {@code declined}, which become errored and may be fixed within the rules' payment retry window, and
   * those whose charge awaits the backer's authentication (3-D Secure), collected when the backer authenticates
   * within the window ({@link AuthenticatePayment}) and dropped when it closes.
   *
   * @param at when the charge ran, at or after the deadline
   * @param declined the backers whose charge failed; each must have a pledge
   * @param awaitingAuthentication the backers whose charge needs their authentication first; each must have a pledge
   *     and none may be declined as well
   */
  record ChargePledges(Instant at, Set<BackerId> declined, Set<BackerId> awaitingAuthentication)
      implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument or a backer is null
     */
    public ChargePledges {
      Objects.requireNonNull(at, "at");
      declined = Set.copyOf(Objects.requireNonNull(declined, "declined"));
      awaitingAuthentication = Set.copyOf(Objects.requireNonNull(awaitingAuthentication, "awaitingAuthentication"));
    }

    /**
     * A charge where no card asked for authentication.
     *
     * @param at when the charge ran, at or after the deadline
     * @param declined the backers whose charge failed; each must have a pledge
     */
    public ChargePledges(Instant at, Set<BackerId> declined) {
      this(at, declined, Set.of());
    }
  }

  /**
   * Record that a backer fixed a failed payment within the retry window: the errored pledge is collected.
   *
   * @param at when the payment succeeded, before the retry window ends
   * @param backer whose errored pledge is now collected
   */
  record FixPayment(Instant at, BackerId backer) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument is null
     */
    public FixPayment {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * Record that a backer authenticated (3-D Secure) the charge of their pledge within the retry window: the pledge
   * whose charge awaited it is collected.
   *
   * @param at when the backer authenticated and the charge was collected, before the retry window ends
   * @param backer whose pledge awaited authentication
   */
  record AuthenticatePayment(Instant at, BackerId backer) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument is null
     */
    public AuthenticatePayment {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * Close the payment retry window after the final automatic retry: the errored pledges whose retry succeeded are
   * collected, every other errored pledge is dropped, and so is every pledge still awaiting its backer's
   * authentication. The campaign's total and outcome stay as locked at the deadline.
   *
   * @param at when the window closed, at or after its end when the rules know it
   * @param recovered the backers whose errored payment the final retry collected
   */
  record CloseRetryWindow(Instant at, Set<BackerId> recovered) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument or a backer is null
     */
    public CloseRetryWindow {
      Objects.requireNonNull(at, "at");
      recovered = Set.copyOf(Objects.requireNonNull(recovered, "recovered"));
    }
  }

  /**
   * Pay a collected pledge back to its backer (a refund of a keep-it-all campaign, or a dispute).
   *
   * @param at when the money was paid back
   * @param backer whose collected pledge is refunded
   * @param reason why, for people reading the history; not blank
   */
  record RefundPledge(Instant at, BackerId backer, String reason) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public RefundPledge {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Definitions.requireReason(reason);
    }
  }

  /**
   * Enable late pledges before the deadline: if the campaign then ends successfully, it enters a late-pledge phase
   * in which backers pledge for these rewards at their late prices, charged at once.
   *
   * @param at when, before the deadline
   * @param rewards the rewards offered late: campaign tiers kept (same id) or new ones offered only after the
   *     deadline; may be empty (a late pledge without a reward)
   * @param plannedEnd when late pledges end for the whole campaign (exclusive), if planned
   */
  record EnableLatePledges(Instant at, List<LateReward> rewards, Optional<Instant> plannedEnd)
      implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command and copies the rewards.
     *
     * @throws NullPointerException if an argument or a reward is null
     */
    public EnableLatePledges {
      Objects.requireNonNull(at, "at");
      rewards = List.copyOf(Objects.requireNonNull(rewards, "rewards"));
      Objects.requireNonNull(plannedEnd, "plannedEnd");
    }
  }

  /**
   * Offer a late reward, or replace the one with the same id (a new late price or planned end), once late pledges
   * are enabled. A late reward that ended cannot be offered again.
   *
   * @param at when
   * @param reward the late reward
   */
  record PutLateReward(Instant at, LateReward reward) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PutLateReward {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reward, "reward");
    }
  }

  /**
   * Place a late pledge in a successful campaign's late-pledge phase. It is charged at once and the command carries
   * the charge's outcome: a collected late pledge counts in the late totals and can never be canceled or changed; a
   * failed one counts nowhere (no retry window; the backer may pledge again). The command's instant is the pledge's.
   *
   * @param pledge the pledge, for a late reward or none; without add-ons
   * @param charge the outcome of charging it
   */
  record PlaceLatePledge(Pledge pledge, LateCharge charge) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public PlaceLatePledge {
      Objects.requireNonNull(pledge, "pledge");
      Objects.requireNonNull(charge, "charge");
    }

    @Override
    public Instant at() {
      return pledge.placedAt();
    }
  }

  /**
   * End late pledges, irreversibly: for one late reward, or for the whole campaign when {@code rewardId} is empty.
   *
   * @param at when
   * @param rewardId the late reward to end, or empty for all late pledges
   */
  record EndLatePledges(Instant at, Optional<String> rewardId) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public EndLatePledges {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(rewardId, "rewardId");
    }
  }

  /**
   * Offer pledges over time, before the deadline: backers whose pledge reaches the shape's minimum in the campaign
   * currency may then choose to pay it in that shape's payments. The rules must offer the shape
   * ({@link CampaignRules#paymentPlanShapes()}); a campaign offers one shape, once.
   *
   * @param at when
   * @param shape the plan shape offered, one of the rules' shapes (a creator's minimum included)
   */
  record EnablePaymentPlans(Instant at, PaymentPlanShape shape) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public EnablePaymentPlans {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(shape, "shape");
    }
  }

  /**
   * A backer with a pledge chooses to pay it over time, while the campaign is live: in {@code payments} payments of
   * the campaign's plan shape, scheduled from the deadline once the campaign succeeds. A plan chosen cannot be
   * chosen again, nor its pledge changed, unless the shape is {@link PaymentPlanShape#editable() editable}; the
   * pledge may still be canceled before the deadline, which ends the plan.
   *
   * @param at when, before the deadline
   * @param backer whose pledge
   * @param payments how many payments, within the shape's range
   */
  record ChoosePaymentPlan(Instant at, BackerId backer, int payments) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public ChoosePaymentPlan {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * Record the outcome of charging one payment of a backer's plan, after the pledges were charged: at or after the
   * payment is due, no later than its window's end (inclusive: a charge at exactly the end is the automatic retry at
   * the end), no sooner than its last failed attempt plus the shape's {@link PaymentPlanShape#attemptSpacing()}
   * (refused as {@code RETRY_TOO_SOON}), within the shape's attempts (an authentication request counts no attempt).
   * At the window's end, this and a {@link StopPaymentPlan} are both accepted; whichever comes first decides.
   *
   * @param at when the charge ran
   * @param backer whose plan
   * @param number the payment's number, from 1
   * @param charge what the charge gave
   */
  record ChargeInstallment(Instant at, BackerId backer, int number, InstallmentCharge charge)
      implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public ChargeInstallment {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Objects.requireNonNull(charge, "charge");
    }
  }

  /**
   * A backer stops paying a plan (canceled it, or abandoned it after a payment was not made within its window):
   * every payment still open is canceled, and what was already paid is kept or paid back as the shape says
   * ({@link PaymentPlanShape#keepsPaidOnStop()}).
   *
   * @param at when
   * @param backer whose plan
   */
  record StopPaymentPlan(Instant at, BackerId backer) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public StopPaymentPlan {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
    }
  }

  /**
   * Pay money back to a backer, in part or in whole, during or after payout: from a collected campaign pledge, the
   * collected payments of a payment plan, or a collected late pledge. The amount is at most what was collected from
   * the backer net of earlier refunds, lost chargebacks and any open dispute. A refund after the creator was paid is
   * debited from the creator's balance ({@link io.github.crowdfund.core.settlement.PayoutCalendar#ledger}).
   *
   * @param at when
   * @param backer to whom
   * @param amount how much, positive, in the campaign currency
   * @param reason why, from the platforms' list
   * @param kind what part of the pledge it pays back
   */
  record RefundBacker(Instant at, BackerId backer, Money amount, RefundReason reason, RefundKind kind)
      implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive, quoting it
     */
    public RefundBacker {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Definitions.requirePositive(amount, "refund");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * Record that a backer disputed a collected charge with their bank: the amount is held until the dispute ends
   * ({@link ResolveDispute}). A backer has at most one open dispute.
   *
   * @param at when
   * @param backer whose charge
   * @param amount the amount disputed, positive, at most what may still be refunded to the backer
   */
  record DisputeCharge(Instant at, BackerId backer, Money amount) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /**
     * Validates the command.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive, quoting it
     */
    public DisputeCharge {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Definitions.requirePositive(amount, "disputed amount");
    }
  }

  /**
   * Record how a backer's open dispute ended: won (the charge stands) or lost (a chargeback: the disputed amount
   * goes back to the backer and is debited from the creator).
   *
   * @param at when
   * @param backer whose dispute
   * @param outcome how it ended
   */
  record ResolveDispute(Instant at, BackerId backer, DisputeOutcome outcome) implements CampaignCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
      return handler.on(this);
    }

    /** Validates the arguments, which must not be null. */
    public ResolveDispute {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(backer, "backer");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
