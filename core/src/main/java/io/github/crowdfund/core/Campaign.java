package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignEvent.AddOnPut;
import io.github.crowdfund.core.CampaignEvent.BackerRefunded;
import io.github.crowdfund.core.CampaignEvent.ChargeDisputed;
import io.github.crowdfund.core.CampaignEvent.DisputeResolved;
import io.github.crowdfund.core.CampaignEvent.Canceled;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignEvent.DurationChanged;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.GoalChanged;
import io.github.crowdfund.core.CampaignEvent.InstallmentCharged;
import io.github.crowdfund.core.CampaignEvent.LatePledgeCharged;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnabled;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnded;
import io.github.crowdfund.core.CampaignEvent.LateRewardPut;
import io.github.crowdfund.core.CampaignEvent.Launched;
import io.github.crowdfund.core.CampaignEvent.PaymentFixed;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanChosen;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanStopped;
import io.github.crowdfund.core.CampaignEvent.PaymentPlansEnabled;
import io.github.crowdfund.core.CampaignEvent.PledgeCanceled;
import io.github.crowdfund.core.CampaignEvent.PledgePlaced;
import io.github.crowdfund.core.CampaignEvent.PledgeRefunded;
import io.github.crowdfund.core.CampaignEvent.PledgesCharged;
import io.github.crowdfund.core.CampaignEvent.RetryWindowClosed;
import io.github.crowdfund.core.CampaignEvent.RewardTierPut;
import io.github.crowdfund.core.CampaignEvent.Submitted;
import io.github.crowdfund.core.CampaignEvent.Suspended;
import io.github.crowdfund.core.Goal.MoneyGoal;
import io.github.crowdfund.core.Goal.PreOrderGoal;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.InstallmentState;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.AuthenticationRequest;
import io.github.crowdfund.core.settlement.ChargeReversal;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A crowdfunding campaign: an immutable value changed only by {@link CampaignEvent}s, whose commands are decided
 * against {@link CampaignRules}.
 *
 * <p>The decider: every campaign starts as {@link #initial()}; {@link #decide(CampaignCommand, CampaignRules)}
 * returns the events a command causes (a {@link CampaignCommand.Create} on the initial campaign causes the
 * {@link Created} event every history starts with) or a {@link Rejection} listing every rule it breaks;
 * {@link #evolve(CampaignEvent)} applies one event (pure and total); {@link #apply(CampaignCommand, CampaignRules)}
 * does both; {@link #replay(List)} folds a whole history into an equal campaign. The decisions live in
 * {@code CampaignDecider}; the pledges and their running totals in {@code PledgeBook}.
 *
 * <p>Scale: pledges live in a persistent hash trie keyed by backer number, in compact form (a few words each), with
 * running totals, so one command costs O(log n) time and a million pledges fit in tens of bytes each. Full
 * {@link Pledge} values are rebuilt when queried.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Campaign {

  private static final Campaign INITIAL = new Campaign(null, CampaignStatus.NOT_CREATED, null, null, null,
      PledgeBook.empty(0, 0), LatePledges.NONE, PaymentPlans.NONE, Reversals.NONE);

  private final CampaignDefinition definition;
  private final CampaignStatus status;
  private final Instant launchedAt;
  private final Instant deadline;
  private final FundingOutcome outcome;
  private final PledgeBook book;
  private final LatePledges late;
  private final PaymentPlans plans;
  private final Reversals reversals;
  /** The instant of the last event applied, or null on the initial campaign. */
  private final Instant lastEventAt;
  /** How many events were applied: the position in the log of the next one. */
  private final long eventCount;

  private Campaign(CampaignDefinition definition, CampaignStatus status, Instant launchedAt, Instant deadline,
      FundingOutcome outcome, PledgeBook book, LatePledges late, PaymentPlans plans, Reversals reversals) {
    this(definition, status, launchedAt, deadline, outcome, book, late, plans, reversals, null, 0);
  }

  private Campaign(CampaignDefinition definition, CampaignStatus status, Instant launchedAt, Instant deadline,
      FundingOutcome outcome, PledgeBook book, LatePledges late, PaymentPlans plans, Reversals reversals,
      Instant lastEventAt, long eventCount) {
    this.definition = definition;
    this.status = status;
    this.launchedAt = launchedAt;
    this.deadline = deadline;
    this.outcome = outcome;
    this.book = book;
    this.late = late;
    this.plans = plans;
    this.reversals = reversals;
    this.lastEventAt = lastEventAt;
    this.eventCount = eventCount;
  }

  // ---------------------------------------------------------------------------------------------- decider

  /**
   * Returns the campaign before anything happened: status {@link CampaignStatus#NOT_CREATED}, on which only a
   * {@link CampaignCommand.Create} is accepted. Its definition queries ({@link #id()}, {@link #goal()}, ...) throw
   * {@link IllegalStateException}.
   *
   * @return the initial campaign
   */
  public static Campaign initial() {
    return INITIAL;
  }

  /**
   * Rebuilds a campaign from its whole history, equal to the campaign that produced the events.
   *
   * <p>Runs in O(n log n) for n events, editing one private copy of the pledge trie in place instead of copying
   * it per event.
   *
   * <p>Each event is checked as it is applied (see {@link #evolve(CampaignEvent)}), in O(1).
   *
   * @param events the history, starting with a {@link Created} event
   * @return the campaign
   * @throws IllegalArgumentException if the history is empty or does not start with {@link Created}
   * @throws InvalidEventException if an event could not have been decided on the campaign at its position
   */
  public static Campaign replay(List<? extends CampaignEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof Created)) {
      throw new IllegalArgumentException("a campaign's history starts with a Created event: "
          + (events.isEmpty() ? "no events" : events.get(0)));
    }
    Campaign campaign = INITIAL.evolve(events.get(0));
    campaign = campaign.withBook(campaign.book.toTransient());
    for (CampaignEvent event : events.subList(1, events.size())) {
      campaign = campaign.evolve(event);
    }
    return campaign.withBook(campaign.book.persistent());
  }

  /**
   * Decides a command against this campaign: the events it causes, or a {@link Rejection} listing every rule it
   * breaks. Deciding changes nothing; apply accepted events with {@link #evolve(List)}, or use
   * {@link #apply(CampaignCommand, CampaignRules)}.
   *
   * @param command the command, carrying its instant
   * @param rules the rules to apply
   * @return the decision, never null
   */
  public Decision decide(CampaignCommand command, CampaignRules rules) {
    Objects.requireNonNull(command, "command");
    return new CampaignDecider(this, Objects.requireNonNull(rules, "rules")).decide(command);
  }

  /**
   * Decides a command and applies its events: the campaign after them and the decision. A rejected command leaves
   * the campaign unchanged, and {@link Applied#orElseThrow()} throws for it.
   *
   * @param command the command, carrying its instant
   * @param rules the rules to apply
   * @return the campaign after the command, with the decision
   */
  public Applied apply(CampaignCommand command, CampaignRules rules) {
    Decision decision = decide(command, rules);
    return new Applied(evolve(decision.events()), decision);
  }

  /**
   * Applies one event, checking first that it could have been decided on this campaign, in O(1): it is not dated
   * before the campaign's last event; it follows the lifecycle (one {@link Created} first, a submission from DRAFT, a
   * launch from SUBMITTED with its deadline after it, no pledge before the launch, an end from LIVE, late pledges
   * enabled once before the deadline, charged only after a successful end and not before the deadline); its amounts are
   * in the campaign currency and within what a campaign holds ({@link Long#MAX_VALUE} minor units, the total
   * included); a cancellation, payment fix or refund names a backer with a pledge. A pledge naming a tier or add-on
   * the campaign does not have, which no decision accepts, is kept without them. Pure: this campaign is unchanged.
   *
   * @param event the event
   * @return the campaign after the event
   * @throws InvalidEventException if the event could not have been decided on this campaign, naming the campaign,
   *     the event's position in the log (0 for {@link Created}) and the problem
   */
  public Campaign evolve(CampaignEvent event) {
    Objects.requireNonNull(event, "event");
    String problem = new EventCheck(this).problemOf(event);
    if (!problem.isEmpty()) {
      throw new InvalidEventException(definition == null ? Optional.empty() : Optional.of(definition.id()),
          eventCount, problem);
    }
    Campaign next = event.accept(new Evolution());
    return new Campaign(next.definition, next.status, next.launchedAt, next.deadline, next.outcome, next.book,
        next.late, next.plans, next.reversals, event.at(), eventCount + 1);
  }

  /**
   * Applies events in order, each checked as by {@link #evolve(CampaignEvent)}.
   *
   * @param events the events, for example those of an accepted {@link Decision}
   * @return the campaign after the events
   * @throws InvalidEventException if an event could not have been decided, naming its position in the log
   */
  public Campaign evolve(List<? extends CampaignEvent> events) {
    Campaign campaign = this;
    for (CampaignEvent event : events) {
      campaign = campaign.evolve(event);
    }
    return campaign;
  }

  /** Where each event is applied: one method per event, so a new event that is not handled fails the build. */
  private final class Evolution implements CampaignEvent.Handler<Campaign> {

    @Override
    public Campaign on(Created e) {
      CampaignDefinition d = e.definition();
      return new Campaign(d, CampaignStatus.DRAFT, null, null, null,
          PledgeBook.empty(d.tiers().size(), d.addOns().size()), LatePledges.NONE, PaymentPlans.NONE,
          Reversals.NONE);
    }

    @Override
    public Campaign on(Submitted e) {
      return withStatus(CampaignStatus.SUBMITTED, launchedAt, deadline);
    }

    @Override
    public Campaign on(Launched e) {
      return withStatus(CampaignStatus.LIVE, e.at(), e.deadline());
    }

    @Override
    public Campaign on(GoalChanged e) {
      return withDefinition(definition.withGoal(e.goal()), book);
    }

    @Override
    public Campaign on(DurationChanged e) {
      return withDefinition(definition.withDuration(e.duration()), book);
    }

    @Override
    public Campaign on(RewardTierPut e) {
      return withDefinition(definition.withTier(e.tier()), book.withTierAt(definition.tierIndex(e.tier().id())));
    }

    @Override
    public Campaign on(AddOnPut e) {
      return withDefinition(definition.withAddOn(e.addOn()),
          book.withAddOnAt(definition.addOnIndex(e.addOn().id())));
    }

    @Override
    public Campaign on(PledgePlaced e) {
      return withBook(book.with(e.pledge(), definition));
    }

    @Override
    public Campaign on(PledgeCanceled e) {
      return withBook(book.without(e.backer().value(), definition)).withPlans(plans.without(e.backer().value()));
    }

    @Override
    public Campaign on(Canceled e) {
      return withStatus(CampaignStatus.CANCELED, launchedAt, deadline);
    }

    @Override
    public Campaign on(Suspended e) {
      return new Campaign(definition, CampaignStatus.SUSPENDED, launchedAt, deadline, outcome, book.voided(), late,
          plans.cleared(), reversals);
    }

    @Override
    public Campaign on(Ended e) {
      CampaignStatus ended = e.outcome() == FundingOutcome.FAILED ? CampaignStatus.FAILED : CampaignStatus.SUCCESSFUL;
      return new Campaign(definition, ended, launchedAt, deadline, e.outcome(), book, late, plans, reversals);
    }

    @Override
    public Campaign on(PledgesCharged e) {
      return withBook(book.withPayment(e.declined(), PaymentState.ERRORED)
          .withPayments(new PaymentRun(Optional.of(e.at()), e.retryUntil(), Optional.empty())));
    }

    @Override
    public Campaign on(PaymentFixed e) {
      return withBook(book.withPayment(Set.of(e.backer()), PaymentState.COLLECTED));
    }

    @Override
    public Campaign on(RetryWindowClosed e) {
      PaymentRun run = book.payments();
      return withBook(book.withPayment(e.recovered(), PaymentState.COLLECTED)
          .withPayment(e.dropped(), PaymentState.DROPPED)
          .withPayments(new PaymentRun(run.chargedAt(), run.retryUntil(), Optional.of(e.at()))));
    }

    @Override
    public Campaign on(PledgeRefunded e) {
      return withBook(book.withPayment(Set.of(e.backer()), PaymentState.REFUNDED));
    }

    @Override
    public Campaign on(LatePledgesEnabled e) {
      return withLate(late.enable(e.at(), e.rewards(), e.plannedEnd()));
    }

    @Override
    public Campaign on(LateRewardPut e) {
      return withLate(late.withReward(e.reward()));
    }

    @Override
    public Campaign on(LatePledgeCharged e) {
      return withLate(late.charged(e.pledge(), e.charge(), definition));
    }

    @Override
    public Campaign on(LatePledgesEnded e) {
      return withLate(late.ended(e.at(), e.rewardId()));
    }

    @Override
    public Campaign on(PaymentPlansEnabled e) {
      return withPlans(plans.enable(e.shape()));
    }

    @Override
    public Campaign on(PaymentPlanChosen e) {
      return withPlans(plans.chosen(e.backer().value(), e.payments()));
    }

    @Override
    public Campaign on(InstallmentCharged e) {
      return changePlan(e.backer(), plan -> switch (e.charge()) {
        case COLLECTED -> plan.attempt(e.number(), e.at(), true);
        case FAILED -> plan.attempt(e.number(), e.at(), false);
        case AUTHENTICATION_REQUIRED -> plan.authenticationRequired(e.number());
      }, e.charge() == InstallmentCharge.AUTHENTICATION_REQUIRED
          ? List.of(new PaymentPlans.AuthenticationAsked(e.number(), e.at())) : List.of());
    }

    @Override
    public Campaign on(PaymentPlanStopped e) {
      return changePlan(e.backer(), PaymentPlan::stop, List.of());
    }

    @Override
    public Campaign on(BackerRefunded e) {
      return withReversals(ChargeReversal.refund(e.at(), e.backer(), e.amount(), e.reason(), e.kind()));
    }

    @Override
    public Campaign on(ChargeDisputed e) {
      return withReversals(ChargeReversal.dispute(e.at(), e.backer(), ChargeReversal.Kind.DISPUTE_OPENED, e.amount()));
    }

    @Override
    public Campaign on(DisputeResolved e) {
      Money disputed = reversals.get(e.backer().value()).disputed(currency());
      return withReversals(ChargeReversal.dispute(e.at(), e.backer(), e.outcome() == DisputeOutcome.WON
          ? ChargeReversal.Kind.DISPUTE_WON : ChargeReversal.Kind.CHARGEBACK_LOST, disputed));
    }
  }

  /** Where events are applied, for the event checks that try a change before accepting it. */
  CampaignEvent.Handler<Campaign> evolution() {
    return new Evolution();
  }

  /** The campaign after a change of a backer's plan, which must exist, and the authentication requests it adds. */
  private Campaign changePlan(BackerId backer, UnaryOperator<PaymentPlan> change,
      List<PaymentPlans.AuthenticationAsked> asked) {
    PaymentPlan changed = change.apply(paymentPlanOf(backer).orElseThrow());
    PaymentPlans.Payments payments = PaymentPlans.Payments.of(changed).askedAs(plans.get(backer.value()), asked);
    return withPlans(plans.with(backer.value(), payments));
  }

  private Campaign withPlans(PaymentPlans newPlans) {
    return new Campaign(definition, status, launchedAt, deadline, outcome, book, late, newPlans, reversals,
        lastEventAt, eventCount);
  }

  private Campaign withStatus(CampaignStatus newStatus, Instant newLaunchedAt, Instant newDeadline) {
    return new Campaign(definition, newStatus, newLaunchedAt, newDeadline, outcome, book, late, plans, reversals,
        lastEventAt, eventCount);
  }

  private Campaign withDefinition(CampaignDefinition newDefinition, PledgeBook newBook) {
    return new Campaign(newDefinition, status, launchedAt, deadline, outcome, newBook, late, plans, reversals,
        lastEventAt, eventCount);
  }

  private Campaign withBook(PledgeBook newBook) {
    return newBook == book ? this
        : new Campaign(definition, status, launchedAt, deadline, outcome, newBook, late, plans, reversals,
            lastEventAt, eventCount);
  }

  private Campaign withLate(LatePledges newLate) {
    return new Campaign(definition, status, launchedAt, deadline, outcome, book, newLate, plans, reversals,
        lastEventAt, eventCount);
  }

  private Campaign withReversals(ChargeReversal reversal) {
    return new Campaign(definition, status, launchedAt, deadline, outcome, book, late, plans, reversals.with(reversal),
        lastEventAt, eventCount);
  }

  // ---------------------------------------------------------------------------------------------- for the decider

  LatePledges late() {
    return late;
  }

  PaymentPlans plans() {
    return plans;
  }

  Reversals reversals() {
    return reversals;
  }

  PledgeBook book() {
    return book;
  }

  boolean isCreated() {
    return definition != null;
  }

  boolean isLaunched() {
    return launchedAt != null;
  }

  /** The instant of the last event applied, or null on the initial campaign. */
  Instant lastEventAtOrNull() {
    return lastEventAt;
  }

  Instant deadlineOrNull() {
    return deadline;
  }

  Instant launchedAtOrNull() {
    return launchedAt;
  }

  /** Whether a money goal's target, or a pre-order goal's orders, are met by these totals. */
  boolean goalReached(long total, int orderCount) {
    Goal goal = goal();
    if (goal instanceof MoneyGoal money) {
      return total >= money.target().getAmountMinorLong();
    }
    return orderCount >= ((PreOrderGoal) goal).orders();
  }

  // ---------------------------------------------------------------------------------------------- queries

  /**
   * Returns the campaign's id.
   *
   * @return the id
   */
  public CampaignId id() {
    return definition().id();
  }

  /**
   * Returns who created the campaign.
   *
   * @return the creator
   */
  public CreatorId creator() {
    return definition().creator();
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return definition().title();
  }

  /**
   * Returns the goal.
   *
   * @return the goal
   */
  public Goal goal() {
    return definition().goal();
  }

  /**
   * Returns the campaign currency (the goal's).
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return goal().currency();
  }

  /**
   * Returns how long the campaign runs from launch to deadline.
   *
   * @return the duration
   */
  public Duration duration() {
    return definition().duration();
  }

  /**
   * Returns the stretch goals, by increasing threshold.
   *
   * @return an unmodifiable list
   */
  public List<StretchGoal> stretchGoals() {
    return definition().stretchGoals();
  }

  /**
   * Returns the reward tiers, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<RewardTier> tiers() {
    return definition().tiers();
  }

  /**
   * Returns the add-ons, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<AddOn> addOns() {
    return definition().addOns();
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public CampaignStatus status() {
    return status;
  }

  /**
   * Returns when the campaign launched.
   *
   * @return the launch instant, or empty before launch
   */
  public Optional<Instant> launchedAt() {
    return Optional.ofNullable(launchedAt);
  }

  /**
   * Returns the deadline, fixed at launch.
   *
   * @return the deadline, or empty before launch
   */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Returns the total of the active pledges. O(1).
   *
   * @return the total, in the campaign currency
   */
  public Money totalPledged() {
    return Money.ofMinor(currency(), book.totalMinor());
  }

  /**
   * Returns the number of backers with an active pledge. O(1).
   *
   * @return the count
   */
  public int backerCount() {
    return book.size();
  }

  /**
   * Returns the number of orders: active pledges that chose a reward tier (what a pre-order goal counts). O(1).
   *
   * @return the count
   */
  public int orderCount() {
    return book.orders();
  }

  /**
   * Whether the goal is reached now (money goal: total at or above the target; pre-order goal: enough orders).
   *
   * @return true if reached
   */
  public boolean goalReached() {
    return goalReached(book.totalMinor(), book.orders());
  }

  /**
   * Returns the percentage of the goal reached: total × 100 / target, or orders × 100 / orders needed. Computed
   * exactly and rounded once.
   *
   * @param scale digits after the decimal point
   * @param rounding how to round the exact quotient
   * @return the percentage, for example 150.00 when half as much again as the goal was pledged
   */
  public BigDecimal percentFunded(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal reached;
    BigDecimal needed;
    Goal goal = goal();
    if (goal instanceof MoneyGoal money) {
      reached = BigDecimal.valueOf(book.totalMinor());
      needed = BigDecimal.valueOf(money.target().getAmountMinorLong());
    } else {
      reached = BigDecimal.valueOf(book.orders());
      needed = BigDecimal.valueOf(((PreOrderGoal) goal).orders());
    }
    return reached.multiply(BigDecimal.valueOf(100)).divide(needed, scale, rounding);
  }

  /**
   * Returns how much more must be pledged to reach the goal: target minus total, or the missing orders times the
   * order price; zero once reached.
   *
   * @return the amount still needed, zero or positive, in the campaign currency
   */
  public Money amountStillNeeded() {
    Goal goal = goal();
    if (goal instanceof MoneyGoal money) {
      Money missing = money.target().minus(totalPledged());
      return missing.isNegative() ? Money.zero(currency()) : missing;
    }
    PreOrderGoal preOrders = (PreOrderGoal) goal;
    return preOrders.price().multipliedBy(Math.max(0, preOrders.orders() - book.orders()));
  }

  /**
   * Returns the time left before the deadline at {@code at}.
   *
   * @param at the instant to measure from
   * @return the time left (zero at or after the deadline), or empty before launch
   */
  public Optional<Duration> timeLeft(Instant at) {
    Objects.requireNonNull(at, "at");
    return deadline().map(end -> at.isBefore(end) ? Duration.between(at, end) : Duration.ZERO);
  }

  /**
   * Returns how many more backers can choose a reward tier.
   *
   * @param tierId the tier's id
   * @return the places left, or empty when the tier is unlimited
   * @throws IllegalArgumentException if no tier has that id, listing the ids
   */
  public Optional<Integer> remainingQuantity(String tierId) {
    int index = requireTierIndex(tierId);
    return tiers().get(index).limit().map(limit -> limit - book.tierTaken(index));
  }

  /**
   * Returns how many backers chose a reward tier.
   *
   * @param tierId the tier's id
   * @return the number of active pledges for it
   * @throws IllegalArgumentException if no tier has that id, listing the ids
   */
  public int backersOf(String tierId) {
    return book.tierTaken(requireTierIndex(tierId));
  }

  private int requireTierIndex(String tierId) {
    Objects.requireNonNull(tierId, "tierId");
    int index = definition().tierIndex(tierId);
    if (index < 0) {
      throw new IllegalArgumentException("no reward tier '" + tierId + "'; tiers are " + ids(tiers(), RewardTier::id));
    }
    return index;
  }

  /**
   * Returns the stretch goals whose threshold the total pledged has reached.
   *
   * @return the reached stretch goals, by increasing threshold
   */
  public List<StretchGoal> stretchGoalsReached() {
    Money total = totalPledged();
    return stretchGoals().stream().filter(s -> !s.threshold().isGreaterThan(total)).collect(Collectors.toList());
  }

  /**
   * Returns a backer's active pledge. O(log n).
   *
   * @param backer the backer
   * @return the pledge, or empty if the backer has none
   */
  public Optional<Pledge> pledgeOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PledgeTrie.Entry entry = book.get(backer.value());
    return entry == null ? Optional.empty() : Optional.of(book.toPledge(entry, definition));
  }

  /**
   * Returns the payment state of a backer's pledge: {@link PaymentState#PLEDGED} until the pledges are charged
   * after a successful deadline, then collected, errored, dropped or refunded. A canceled pledge is no longer
   * part of the campaign, so it has no state here. O(log n).
   *
   * @param backer the backer; not null
   * @return the payment state, or empty if the backer has no pledge
   */
  public Optional<PaymentState> paymentStateOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PledgeTrie.Entry entry = book.get(backer.value());
    if (entry == null) {
      return Optional.empty();
    }
    if (book.payments().charged() && plans.get(backer.value()) != null) {
      return Optional.of(PaymentState.PAYING_OVER_TIME);
    }
    return Optional.of(book.payments().effective(entry.payment()));
  }

  /**
   * Returns every pledge with its amount and payment state, the input of a {@link Settlement}. The amounts are
   * those locked at the deadline; O(n).
   *
   * @return the pledges with their payment states, in the trie's stable order; a new mutable list
   */
  public List<PledgePayment<BackerId>> pledgePayments() {
    List<PledgePayment<BackerId>> all = new ArrayList<>(backerCount() + plans.size() * 3);
    boolean charged = book.payments().charged();
    book.forEach(entry -> {
      BackerId backer = BackerId.of(entry.key());
      Money amount = Money.ofMinor(currency(), entry.amountMinor());
      PaymentPlans.Payments payments = charged ? plans.get(entry.key()) : null;
      if (payments == null) {
        all.add(new PledgePayment<>(backer, amount, book.payments().effective(entry.payment())));
        return;
      }
      for (Installment payment : payments.toPlan(plans.shape().orElseThrow(), amount, deadline).installments()) {
        if (payment.amount().isPositive()) {
          all.add(new PledgePayment<>(backer, payment.amount(), settledAs(payment.state())));
        }
      }
    });
    return all;
  }

  /** How a payment of a plan settles: collected, dropped (never collected) or refunded; open ones as still due. */
  private static PaymentState settledAs(InstallmentState state) {
    return switch (state) {
      case COLLECTED -> PaymentState.COLLECTED;
      case CANCELED -> PaymentState.DROPPED;
      case REFUNDED, CHARGEBACK_LOST -> PaymentState.REFUNDED;
      case ERRORED -> PaymentState.ERRORED;
      case SCHEDULED, AUTHENTICATION_REQUIRED -> PaymentState.PLEDGED;
    };
  }

  /**
   * Returns when failed payments can no longer be fixed: the deadline plus the rules' payment retry window, set
   * when the pledges are charged.
   *
   * @return the end of the retry window, or empty before the charge or when the rules do not know the window
   */
  public Optional<Instant> retryWindowEnd() {
    return book.payments().retryUntil();
  }

  /**
   * Tells whether every pledge has its final payment state, so the campaign can be settled: a FAILED campaign
   * (nothing is charged), or a SUCCESSFUL one whose payment retry window has closed and whose payment plans have no
   * payment left open (each collected, canceled, refunded or charged back).
   *
   * @return true if {@link Settlement#of(Campaign, FeeSchedule)} accepts this campaign
   */
  public boolean paymentsFinal() {
    return status == CampaignStatus.FAILED
        || status == CampaignStatus.SUCCESSFUL && book.payments().closed() && plans.open() == 0;
  }

  // ---------------------------------------------------------------------------------------------- payment plans

  /**
   * Returns the payment plan shape the campaign offers its backers, once enabled.
   *
   * @return the shape, or empty when the campaign offers no payment plans
   */
  public Optional<PaymentPlanShape> paymentPlanShape() {
    return plans.shape();
  }

  /**
   * Returns a backer's payment plan: the pledge split by the campaign's shape and scheduled from the deadline, each
   * payment in its state (all scheduled until the pledges are charged). O(log n).
   *
   * @param backer the backer; not null
   * @return the plan, or empty when the backer has no pledge paid over time
   */
  public Optional<PaymentPlan> paymentPlanOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PaymentPlans.Payments payments = plans.get(backer.value());
    PledgeTrie.Entry entry = book.get(backer.value());
    if (payments == null || entry == null) {
      return Optional.empty();
    }
    return Optional.of(payments.toPlan(plans.shape().orElseThrow(), Money.ofMinor(currency(), entry.amountMinor()),
        deadline));
  }

  /**
   * Returns every request for a backer's authentication (3-D Secure) that a plan payment's charge made, by date, each
   * with the amount of the payment that awaited it. O(n) in the backers paying over time.
   *
   * @return a new list, empty when no charge asked for authentication
   */
  public List<AuthenticationRequest> authenticationRequests() {
    List<AuthenticationRequest> all = new ArrayList<>();
    plans.forEach((key, payments) -> {
      if (payments.asked().isEmpty()) {
        return;
      }
      BackerId backer = BackerId.of(key);
      paymentPlanOf(backer).ifPresent(plan -> {
        for (PaymentPlans.AuthenticationAsked asked : payments.asked()) {
          all.add(new AuthenticationRequest(asked.at(), backer, asked.number(),
              plan.installment(asked.number()).amount()));
        }
      });
    });
    all.sort(Comparator.comparing(AuthenticationRequest::at).thenComparing(r -> r.backer().value()));
    return all;
  }

  /**
   * Returns how many backers pay over time. O(1).
   *
   * @return the number of payment plans
   */
  public int paymentPlanCount() {
    return plans.size();
  }

  /**
   * Returns how many payment plans still have a payment that may be collected. O(1).
   *
   * @return the number of open plans; zero when every plan is finished
   */
  public int openPaymentPlanCount() {
    return plans.open();
  }

  // ---------------------------------------------------------------------------------------------- refunds, disputes

  /**
   * Returns what was collected from a backer: their collected campaign pledge (or its collected payments when they
   * pay over time) or their collected late pledge, including what later went back to them. O(log n).
   *
   * @param backer the backer; not null
   * @return the amount, zero when nothing was collected, in the campaign currency
   */
  public Money collectedFrom(BackerId backer) {
    return Money.ofMinor(currency(), collectedMinor(backer, false));
  }

  /**
   * Returns what went back to a backer: refunds (of the whole pledge or in part), payments paid back when a plan
   * stopped, and lost chargebacks. O(log n).
   *
   * @param backer the backer; not null
   * @return the amount, zero when nothing went back, in the campaign currency
   */
  public Money returnedTo(BackerId backer) {
    Reversals.Account account = reversals.get(backer.value());
    return Money.ofMinor(currency(), collectedMinor(backer, true) + (account == null ? 0 : account.returnedMinor()));
  }

  /**
   * Returns what may still be refunded to (or disputed by) a backer: {@link #collectedFrom} minus
   * {@link #returnedTo} minus the amount of an open dispute. O(log n).
   *
   * @param backer the backer; not null
   * @return the amount, zero or more, in the campaign currency
   */
  public Money refundableTo(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    Reversals.Account account = reversals.get(backer.value());
    return collectedFrom(backer).minus(returnedTo(backer))
        .minus(Money.ofMinor(currency(), account == null ? 0 : account.disputedMinor()));
  }

  /**
   * Returns the amount of a backer's open dispute. O(log n).
   *
   * @param backer the backer; not null
   * @return the disputed amount, or empty when no dispute is open
   */
  public Optional<Money> openDisputeOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    Reversals.Account account = reversals.get(backer.value());
    return account == null || !account.disputeOpen() ? Optional.empty() : Optional.of(account.disputed(currency()));
  }

  /**
   * Returns a backer's refunds and dispute steps, in the order they happened. O(log n).
   *
   * @param backer the backer; not null
   * @return an unmodifiable list, empty when there are none
   */
  public List<ChargeReversal> chargeReversalsOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    Reversals.Account account = reversals.get(backer.value());
    return account == null ? List.of() : account.entries();
  }

  /**
   * Returns every refund and dispute step of the campaign, by date. O(n) in the backers with one.
   *
   * @return a new list
   */
  public List<ChargeReversal> chargeReversals() {
    return reversals.all();
  }

  /**
   * Collected from a backer in minor units, or (when {@code returnedOnly}) the part of it that a whole-pledge refund,
   * a plan paid back on stop or a plan payment's chargeback returned: the states the payments carry themselves.
   */
  private long collectedMinor(BackerId backer, boolean returnedOnly) {
    long key = Objects.requireNonNull(backer, "backer").value();
    PledgeTrie.Entry latePledge = late.book().get(key);
    if (latePledge != null) {
      return returnedOnly ? 0 : latePledge.amountMinor();
    }
    PledgeTrie.Entry entry = book.get(key);
    if (entry == null || !book.payments().charged()) {
      return 0;
    }
    PaymentPlans.Payments payments = plans.get(key);
    if (payments == null) {
      PaymentState state = book.payments().effective(entry.payment());
      return state == PaymentState.REFUNDED || !returnedOnly && state == PaymentState.COLLECTED
          ? entry.amountMinor() : 0;
    }
    long sum = 0;
    for (Installment payment : paymentPlanOf(backer).orElseThrow().installments()) {
      InstallmentState state = payment.state();
      boolean returned = state == InstallmentState.REFUNDED || state == InstallmentState.CHARGEBACK_LOST;
      if (returned || !returnedOnly && state == InstallmentState.COLLECTED) {
        sum += payment.amount().getAmountMinorLong();
      }
    }
    return sum;
  }

  /**
   * Calls {@code action} with every active pledge, in an order that depends only on the set of backers. O(n).
   *
   * @param action what to do with each pledge
   */
  public void forEachPledge(Consumer<Pledge> action) {
    Objects.requireNonNull(action, "action");
    book.forEach(entry -> action.accept(book.toPledge(entry, definition)));
  }

  /**
   * Returns the active pledges, in the order of {@link #forEachPledge}. O(n).
   *
   * @return a stream of the pledges
   */
  public Stream<Pledge> pledges() {
    List<Pledge> all = new ArrayList<>(backerCount());
    forEachPledge(all::add);
    return all.stream();
  }

  /**
   * Returns what the campaign is: id, creator, title, goal, duration, stretch goals, tiers and add-ons.
   *
   * @return the definition
   * @throws IllegalStateException if the campaign is {@link #initial()} (not created yet)
   */
  public CampaignDefinition definition() {
    if (definition == null) {
      throw new IllegalStateException("the campaign has not been created yet: decide a Create command first");
    }
    return definition;
  }

  /**
   * Returns the funding outcome the decider locked at the deadline, which settlement reads.
   *
   * @return the outcome, or empty until the campaign ended
   */
  public Optional<FundingOutcome> fundingOutcome() {
    return Optional.ofNullable(outcome);
  }

  // ---------------------------------------------------------------------------------------------- late pledges

  /**
   * Returns where the campaign stands with late pledges at {@code at}: OPEN only after a successful end, when late
   * pledges were enabled before the deadline and have not ended (on command or at the planned date).
   *
   * @param at the instant asked about
   * @return the phase
   */
  public LatePledgePhase latePledgePhase(Instant at) {
    Objects.requireNonNull(at, "at");
    if (!late.enabled()) {
      return LatePledgePhase.NOT_ENABLED;
    }
    if (status == CampaignStatus.FAILED || status == CampaignStatus.CANCELED || status == CampaignStatus.SUSPENDED) {
      return LatePledgePhase.NOT_ELIGIBLE;
    }
    if (status != CampaignStatus.SUCCESSFUL || at.isBefore(deadline)) {
      return LatePledgePhase.WAITING;
    }
    return late.endedBy(at) ? LatePledgePhase.ENDED : LatePledgePhase.OPEN;
  }

  /**
   * Returns the rewards offered in the late-pledge phase, in the order they were offered (ended ones included).
   *
   * @return an unmodifiable list, empty when late pledges are not enabled
   */
  public List<LateReward> lateRewards() {
    return late.rewards();
  }

  /**
   * Whether a late pledge for the reward would be accepted at {@code at} as far as the phase and the reward go: the
   * phase is OPEN, the reward is offered late and has not ended.
   *
   * @param rewardId the reward's id
   * @param at the instant asked about
   * @return true if open
   */
  public boolean lateRewardOpen(String rewardId, Instant at) {
    Objects.requireNonNull(rewardId, "rewardId");
    return latePledgePhase(at) == LatePledgePhase.OPEN && late.rewardIndex(rewardId) >= 0
        && !late.rewardEndedBy(rewardId, at);
  }

  /**
   * Returns the total of the collected late pledges, kept apart from {@link #totalPledged()}. O(1).
   *
   * @return the late total, in the campaign currency; zero before any
   */
  public Money latePledgeTotal() {
    return Money.ofMinor(currency(), late.book().totalMinor());
  }

  /**
   * Returns the number of backers with a collected late pledge, kept apart from {@link #backerCount()}. O(1).
   *
   * @return the count
   */
  public int latePledgeBackerCount() {
    return late.book().size();
  }

  /**
   * Returns how many late charges failed (each counts nowhere). O(1).
   *
   * @return the count
   */
  public long failedLateCharges() {
    return late.failedCharges();
  }

  /**
   * Returns the number of late backers of a late reward. O(1).
   *
   * @param rewardId the reward's id
   * @return the count
   * @throws IllegalArgumentException if no late reward has that id, quoting it
   */
  public int lateBackersOf(String rewardId) {
    Objects.requireNonNull(rewardId, "rewardId");
    int index = late.rewardIndex(rewardId);
    if (index < 0) {
      throw new IllegalArgumentException("no late reward '" + rewardId + "'; late rewards are "
          + ids(late.rewards(), LateReward::id));
    }
    return late.book().tierTaken(index);
  }

  /**
   * Returns a backer's collected late pledge. O(log n).
   *
   * @param backer the backer
   * @return the late pledge, or empty
   */
  public Optional<Pledge> latePledgeOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PledgeTrie.Entry entry = late.book().get(backer.value());
    return entry == null ? Optional.empty()
        : Optional.of(late.book().toPledge(entry, LatePledges.lateDefinition(definition(), late.rewards())));
  }

  /**
   * Passes every collected late pledge to {@code action}, in no particular order.
   *
   * @param action what to do with each
   */
  public void forEachLatePledge(Consumer<Pledge> action) {
    Objects.requireNonNull(action, "action");
    if (late.book().size() == 0) {
      return;
    }
    CampaignDefinition lateDefinition = LatePledges.lateDefinition(definition(), late.rewards());
    late.book().forEach(entry -> action.accept(late.book().toPledge(entry, lateDefinition)));
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Campaign that
        && Objects.equals(definition, that.definition) && status == that.status
        && Objects.equals(launchedAt, that.launchedAt) && Objects.equals(deadline, that.deadline)
        && outcome == that.outcome && Objects.equals(lastEventAt, that.lastEventAt) && book.equals(that.book)
        && late.equals(that.late) && plans.equals(that.plans) && reversals.equals(that.reversals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, status, launchedAt, deadline, outcome, book.totalMinor(), book.size());
  }

  @Override
  public String toString() {
    if (definition == null) {
      return "Campaign[NOT_CREATED]";
    }
    return "Campaign[" + id() + " '" + title() + "' " + status + ", " + totalPledged() + " from " + backerCount()
        + " backers, goal " + goal() + (deadline == null ? "" : ", deadline " + deadline) + "]";
  }

  /** The ids of {@code items}, for messages: [a, b]. */
  static <T> String ids(List<T> items, java.util.function.Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.joining(", ", "[", "]"));
  }
}
