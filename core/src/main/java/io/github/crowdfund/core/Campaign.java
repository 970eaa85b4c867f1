package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.Goal.MoneyGoal;
import io.github.crowdfund.core.Goal.PreOrderGoal;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentState;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.AuthenticationRequest;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
 * does both; {@link #replay(List)} folds a whole history into an equal campaign.
 *
 * <p>Where things live: the rules are decided in the package-private deciders ({@code CampaignDecider}, with
 * {@code LatePledgeDecider}, {@code PaymentPlanDecider} and {@code RefundDecider} for the time after the deadline);
 * events are checked in {@code EventCheck} and applied in {@code CampaignEvolution}; the pledges, running totals,
 * tier counts and payment states live in {@code PledgeBook}, next to its trie. This class holds the state and
 * answers the queries; the queries on late pledges, payment plans and refunds are in the views
 * {@link #latePledges()}, {@link #paymentPlans()} and {@link #refunds()}.
 *
 * <p>Scale: pledges live in a persistent hash trie keyed by backer number, in compact form (a few words each), with
 * running totals, so one command costs O(log n) time and a million pledges fit in tens of bytes each. Full
 * {@link Pledge} values are rebuilt when queried.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Campaign {

  private static final Campaign INITIAL = new Campaign(null, Lifecycle.NOT_CREATED, PledgeBook.empty(0, 0),
      AfterDeadline.NONE, LogPosition.START);

  /** What the campaign is; null on the initial campaign. */
  private final CampaignDefinition definition;
  private final Lifecycle lifecycle;
  private final PledgeBook book;
  private final AfterDeadline after;
  private final LogPosition position;

  private Campaign(CampaignDefinition definition, Lifecycle lifecycle, PledgeBook book, AfterDeadline after,
      LogPosition position) {
    this.definition = definition;
    this.lifecycle = lifecycle;
    this.book = book;
    this.after = after;
    this.position = position;
  }

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
   * Returns the largest amount a campaign holds in a currency: {@link Long#MAX_VALUE} minor units, the cap every
   * amount and running total is checked against (a larger one is refused as
   * {@link RuleViolation.Code#AMOUNT_TOO_LARGE}, never wrapped). Rules with no platform maximum pledge use it as
   * theirs.
   *
   * @param currency the currency; not null
   * @return {@link Long#MAX_VALUE} minor units of {@code currency}
   */
  public static Money largestAmount(CurrencyUnit currency) {
    return Money.ofMinor(Objects.requireNonNull(currency, "currency"), Long.MAX_VALUE);
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
          position.eventCount(), problem);
    }
    Campaign next = event.accept(new CampaignEvolution(this));
    return new Campaign(next.definition, next.lifecycle, next.book, next.after, position.next(event.at()));
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

  // ---------------------------------------------------------------------------------------------- for the deciders

  /** The campaign just created from its definition: a draft with no pledges. */
  static Campaign created(CampaignDefinition definition) {
    return new Campaign(definition, Lifecycle.DRAFT,
        PledgeBook.empty(definition.tiers().size(), definition.addOns().size()), AfterDeadline.NONE,
        LogPosition.START);
  }

  /** A campaign rebuilt from its parts (a snapshot being read); the parts are trusted to be consistent. */
  static Campaign restored(CampaignDefinition definition, Lifecycle lifecycle, PledgeBook book, AfterDeadline after,
      LogPosition position) {
    return new Campaign(definition, lifecycle, book, after, position);
  }

  /** Where events are applied, for the event checks that try a change before accepting it. */
  CampaignEvent.Handler<Campaign> evolution() {
    return new CampaignEvolution(this);
  }

  Campaign withLifecycle(Lifecycle newLifecycle) {
    return new Campaign(definition, newLifecycle, book, after, position);
  }

  Campaign withDefinition(CampaignDefinition newDefinition, PledgeBook newBook) {
    return new Campaign(newDefinition, lifecycle, newBook, after, position);
  }

  Campaign withBook(PledgeBook newBook) {
    return newBook == book ? this : new Campaign(definition, lifecycle, newBook, after, position);
  }

  Campaign withAfter(AfterDeadline newAfter) {
    return new Campaign(definition, lifecycle, book, newAfter, position);
  }

  Lifecycle lifecycle() {
    return lifecycle;
  }

  AfterDeadline after() {
    return after;
  }

  LatePledges late() {
    return after.late();
  }

  PaymentPlans plans() {
    return after.plans();
  }

  Reversals reversals() {
    return after.reversals();
  }

  PledgeBook book() {
    return book;
  }

  LogPosition position() {
    return position;
  }

  boolean isCreated() {
    return definition != null;
  }

  boolean isLaunched() {
    return lifecycle.launchedAt() != null;
  }

  /** The instant of the last event applied, or null on the initial campaign. */
  Instant lastEventAtOrNull() {
    return position.lastEventAt();
  }

  Instant deadlineOrNull() {
    return lifecycle.deadline();
  }

  Instant launchedAtOrNull() {
    return lifecycle.launchedAt();
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

  /** Returns the campaign's id. */
  public CampaignId id() {
    return definition().id();
  }

  /** Returns who created the campaign. */
  public CreatorId creator() {
    return definition().creator();
  }

  /** Returns the title. */
  public String title() {
    return definition().title();
  }

  /** Returns the goal. */
  public Goal goal() {
    return definition().goal();
  }

  /** Returns the campaign currency (the goal's). */
  public CurrencyUnit currency() {
    return goal().currency();
  }

  /** Returns how long the campaign runs from launch to deadline. */
  public Duration duration() {
    return definition().duration();
  }

  /** Returns the stretch goals, by increasing threshold. */
  public List<StretchGoal> stretchGoals() {
    return definition().stretchGoals();
  }

  /**
   * Returns how many events built this campaign: its version in a log that starts with its {@code Created} event.
   *
   * @return the number of events applied since {@link #initial()}, 0 for the initial campaign
   */
  public long eventCount() {
    return position.eventCount();
  }

  /** Returns the reward tiers, in the order they were added. */
  public List<RewardTier> tiers() {
    return definition().tiers();
  }

  /** Returns the add-ons, in the order they were added. */
  public List<AddOn> addOns() {
    return definition().addOns();
  }

  /** Returns the status. */
  public CampaignStatus status() {
    return lifecycle.status();
  }

  /** Returns when the campaign launched; empty before launch. */
  public Optional<Instant> launchedAt() {
    return Optional.ofNullable(lifecycle.launchedAt());
  }

  /** Returns the deadline, fixed at launch; empty before launch. */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(lifecycle.deadline());
  }

  /** Returns the total of the active pledges, in the campaign currency. O(1). */
  public Money totalPledged() {
    return Money.ofMinor(currency(), book.totalMinor());
  }

  /** Returns the number of backers with an active pledge. O(1). */
  public int backerCount() {
    return book.size();
  }

  /** Returns the number of orders: active pledges that chose a reward tier (what a pre-order goal counts). O(1). */
  public int orderCount() {
    return book.orders();
  }

  /** Whether the goal is reached now (money goal: total at or above the target; pre-order goal: enough orders). */
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

  /** Returns the stretch goals whose threshold the total pledged has reached. */
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
    if (book.payments().charged() && after.plans().get(backer.value()) != null) {
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
    return payments(true, 1, Integer.MAX_VALUE);
  }

  /**
   * Returns what the campaign charge collected or tried: every one-off pledge and the first payment of each payment
   * plan, with their payment states, the input of the campaign payout. The later payments of the plans are
   * {@link #laterPlanPayments()}; together they are {@link #pledgePayments()}. O(n).
   *
   * @return the pledges and first plan payments, in the trie's stable order; a new mutable list
   */
  public List<PledgePayment<BackerId>> campaignChargePayments() {
    return payments(true, 1, 1);
  }

  /**
   * Returns the payments numbered 2 and later of every payment plan, with their payment states (collected, dropped
   * when canceled, refunded); empty until the pledges are charged. O(n).
   *
   * @return the later plan payments, in the trie's stable order; a new mutable list
   */
  public List<PledgePayment<BackerId>> laterPlanPayments() {
    return payments(false, 2, Integer.MAX_VALUE);
  }

  /**
   * The one-off pledges if {@code oneOffs}, and the plan payments numbered {@code fromNumber} to {@code toNumber}
   * (inclusive) with positive amounts.
   */
  private List<PledgePayment<BackerId>> payments(boolean oneOffs, int fromNumber, int toNumber) {
    List<PledgePayment<BackerId>> all = new ArrayList<>((oneOffs ? backerCount() : 0) + after.plans().size() * 3);
    boolean charged = book.payments().charged();
    book.forEach(entry -> {
      BackerId backer = BackerId.of(entry.key());
      Money amount = Money.ofMinor(currency(), entry.amountMinor());
      PaymentPlans.Payments payments = charged ? after.plans().get(entry.key()) : null;
      if (payments == null) {
        if (oneOffs) {
          all.add(new PledgePayment<>(backer, amount, book.payments().effective(entry.payment())));
        }
        return;
      }
      PaymentPlanShape shape = after.plans().shape().orElseThrow();
      for (Installment payment : payments.toPlan(shape, amount, lifecycle.deadline()).installments()) {
        if (payment.number() >= fromNumber && payment.number() <= toNumber && payment.amount().isPositive()) {
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
   * Returns the requests for a backer's authentication (3-D Secure) that the campaign's one-off pledge charge made
   * ({@link CampaignCommand.ChargePledges#awaitingAuthentication()}), each dated at the charge with the pledge that
   * awaited it, kept after the backer authenticated or was dropped ({@link AuthenticationRequest#ofPledge}). Plan
   * payments' requests are in {@link PaymentPlanView#authenticationRequests()}. O(k log n) for k requests.
   *
   * @return a new list, in no particular order; empty when the charge asked for none
   */
  public List<AuthenticationRequest> pledgeChargeAuthenticationRequests() {
    return OneOffAuthentications.of(this);
  }

  /**
   * Tells whether every pledge has its final payment state, so the campaign can be settled: a FAILED campaign
   * (nothing is charged), a fundraiser (each donation is final once charged; it settles at any time), or a
   * SUCCESSFUL one whose payment retry window has closed and whose payment plans have no payment left open (each
   * collected, canceled, refunded or charged back).
   *
   * @return true if {@link Settlement#of(Campaign, FeeSchedule)} accepts this campaign
   */
  public boolean paymentsFinal() {
    CampaignStatus status = lifecycle.status();
    return status == CampaignStatus.FAILED || book.payments().fundraising().launched()
        || status == CampaignStatus.SUCCESSFUL && book.payments().closed() && after.plans().open() == 0;
  }

  /**
   * Returns this campaign as a fundraiser without a deadline, when it launched as one
   * ({@link CampaignCommand.LaunchFundraiser}): its donations, tips and outcome so far.
   *
   * @return the fundraiser view, or empty for a campaign with a deadline
   */
  public Optional<Fundraiser> fundraiser() {
    Fundraising state = book.payments().fundraising();
    return state.launched() ? Optional.of(new Fundraiser(this, state)) : Optional.empty();
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

  /** Returns the active pledges, in the order of {@link #forEachPledge}. O(n). */
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
    return Optional.ofNullable(lifecycle.outcome());
  }

  // ---------------------------------------------------------------------------------------------- after the deadline

  /** Returns the campaign's late pledges, kept apart from its locked totals: a view of this value. O(1). */
  public LatePledgeView latePledges() {
    return new LatePledgeView(this);
  }

  /** Returns the campaign's pledges paid over time: a view of this value. O(1). */
  public PaymentPlanView paymentPlans() {
    return new PaymentPlanView(this);
  }

  /**
   * Returns what was collected from each backer and what went back to them: refunds, disputes and chargebacks.
   *
   * @return a view of this campaign value; O(1)
   */
  public RefundView refunds() {
    return new RefundView(this);
  }


  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Campaign that
        && Objects.equals(definition, that.definition) && lifecycle.equals(that.lifecycle)
        && Objects.equals(position.lastEventAt(), that.position.lastEventAt()) && book.equals(that.book)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, lifecycle, book.totalMinor(), book.size());
  }

  @Override
  public String toString() {
    if (definition == null) {
      return "Campaign[NOT_CREATED]";
    }
    Instant deadline = lifecycle.deadline();
    return "Campaign[" + id() + " '" + title() + "' " + lifecycle.status() + ", " + totalPledged() + " from "
        + backerCount() + " backers, goal " + goal() + (deadline == null ? "" : ", deadline " + deadline) + "]";
  }

  /** The ids of {@code items}, for messages: [a, b]. */
  static <T> String ids(List<T> items, java.util.function.Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.joining(", ", "[", "]"));
  }
}