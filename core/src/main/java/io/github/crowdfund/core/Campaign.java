package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignCommand.Cancel;
import io.github.crowdfund.core.CampaignCommand.CancelPledge;
import io.github.crowdfund.core.CampaignCommand.ChangeDuration;
import io.github.crowdfund.core.CampaignCommand.ChangeGoal;
import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.CloseRetryWindow;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.FixPayment;
import io.github.crowdfund.core.CampaignCommand.Launch;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand.PutAddOn;
import io.github.crowdfund.core.CampaignCommand.PutRewardTier;
import io.github.crowdfund.core.CampaignCommand.RefundPledge;
import io.github.crowdfund.core.CampaignCommand.Submit;
import io.github.crowdfund.core.CampaignCommand.Suspend;
import io.github.crowdfund.core.CampaignEvent.AddOnPut;
import io.github.crowdfund.core.CampaignEvent.Canceled;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignEvent.DurationChanged;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.GoalChanged;
import io.github.crowdfund.core.CampaignEvent.Launched;
import io.github.crowdfund.core.CampaignEvent.PaymentFixed;
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
import io.github.crowdfund.core.RuleViolation.Code;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A crowdfunding campaign: an immutable value changed only by {@link CampaignEvent}s, whose commands are decided
 * against {@link CampaignRules}.
 *
 * <p>The decider: {@link #create(Create, CampaignRules)} and {@link #decide(CampaignCommand, CampaignRules)} return
 * the events a command causes or a {@link Rejection} listing every rule it breaks; {@link #evolve(CampaignEvent)}
 * applies one event (pure and total); {@link #replay(List)} folds a whole history into an equal campaign.
 *
 * <p>Scale: pledges live in a persistent hash trie keyed by backer number, in compact form (a few words each), with
 * running totals, so one command costs O(log n) time and a million pledges fit in tens of bytes each. Full
 * {@link Pledge} values are rebuilt when queried.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Campaign {

  private final CampaignId id;
  private final CreatorId creator;
  private final String title;
  private final Goal goal;
  private final Duration duration;
  private final List<StretchGoal> stretchGoals;
  private final List<RewardTier> tiers;
  private final List<AddOn> addOns;
  private final CampaignStatus status;
  private final Instant launchedAt;
  private final Instant deadline;
  private final PledgeTrie pledges;
  private final long totalMinor;
  private final int orders;
  private final int[] tierTaken;
  private final int[] addOnTaken;
  private final PaymentRun payments;

  private Campaign(Created created) {
    this(created.id(), created.creator(), created.title(), created.goal(), created.duration(),
        created.stretchGoals(), created.tiers(), created.addOns(), CampaignStatus.DRAFT, null, null,
        PledgeTrie.EMPTY, 0, 0, new int[created.tiers().size()], new int[created.addOns().size()],
        PaymentRun.NOT_CHARGED);
  }

  private Campaign(CampaignId id, CreatorId creator, String title, Goal goal, Duration duration,
      List<StretchGoal> stretchGoals, List<RewardTier> tiers, List<AddOn> addOns, CampaignStatus status,
      Instant launchedAt, Instant deadline, PledgeTrie pledges, long totalMinor, int orders, int[] tierTaken,
      int[] addOnTaken, PaymentRun payments) {
    this.id = id;
    this.creator = creator;
    this.title = title;
    this.goal = goal;
    this.duration = duration;
    this.stretchGoals = stretchGoals;
    this.tiers = tiers;
    this.addOns = addOns;
    this.status = status;
    this.launchedAt = launchedAt;
    this.deadline = deadline;
    this.pledges = pledges;
    this.totalMinor = totalMinor;
    this.orders = orders;
    this.tierTaken = tierTaken;
    this.addOnTaken = addOnTaken;
    this.payments = payments;
  }

  // ---------------------------------------------------------------------------------------------- decider

  /**
   * Decides a {@link Create} command: a {@link Created} event, or the rules the definition breaks (currency not
   * accepted, duration out of bounds, prices in another currency or above the maximum pledge, duplicate ids,
   * stretch goals not ascending, add-on cap exceeded).
   *
   * @param command the command
   * @param rules the rules to apply
   * @return the decision, never null
   */
  public static Decision create(Create command, CampaignRules rules) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(rules, "rules");
    Violations v = new Violations();
    checkGoal(command.goal(), rules, v);
    checkDuration(command.duration(), rules, v);
    CurrencyUnit currency = command.goal().currency();
    checkStretchGoals(command.stretchGoals(), currency, v);
    Set<String> tierIds = new HashSet<>();
    for (RewardTier tier : command.tiers()) {
      checkTierPrice(tier, currency, rules, v);
      if (!tierIds.add(tier.id())) {
        v.add(Code.DUPLICATE_ID, "two reward tiers have the id '" + tier.id() + "'");
      }
    }
    Set<String> addOnIds = new HashSet<>();
    for (AddOn addOn : command.addOns()) {
      checkAddOn(addOn, currency, rules, v);
      if (!addOnIds.add(addOn.id())) {
        v.add(Code.DUPLICATE_ID, "two add-ons have the id '" + addOn.id() + "'");
      }
    }
    return v.decide(() -> new Created(command.at(), command.id(), command.creator(), command.title(),
        command.goal(), command.duration(), command.stretchGoals(), command.tiers(), command.addOns()));
  }

  /**
   * Returns the campaign a {@link Created} event starts: in DRAFT, with no pledges.
   *
   * @param created the event
   * @return the new campaign
   */
  public static Campaign of(Created created) {
    return new Campaign(Objects.requireNonNull(created, "created"));
  }

  /**
   * Rebuilds a campaign from its whole history, equal to the campaign that produced the events.
   *
   * <p>Runs in O(n log n) for n events, editing one private copy of the pledge trie in place instead of copying
   * it per event.
   *
   * @param events the history, starting with a {@link Created} event
   * @return the campaign
   * @throws IllegalArgumentException if the history is empty or does not start with {@link Created}
   */
  public static Campaign replay(List<? extends CampaignEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof Created created)) {
      throw new IllegalArgumentException("a campaign's history starts with a Created event: "
          + (events.isEmpty() ? "no events" : events.get(0)));
    }
    Campaign campaign = of(created).withPledges(PledgeTrie.EMPTY.toTransient());
    for (CampaignEvent event : events.subList(1, events.size())) {
      campaign = campaign.evolve(event);
    }
    return campaign.withPledges(campaign.pledges.persistent());
  }

  /**
   * Decides a command against this campaign: the events it causes, or a {@link Rejection} listing every rule it
   * breaks. Deciding changes nothing; apply accepted events with {@link #evolve(List)}.
   *
   * @param command the command, carrying its instant
   * @param rules the rules to apply
   * @return the decision, never null
   */
  public Decision decide(CampaignCommand command, CampaignRules rules) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(rules, "rules");
    if (command instanceof PlacePledge c) {
      return decidePledge(c.pledge(), rules);
    } else if (command instanceof CancelPledge c) {
      return decideCancelPledge(c, rules);
    } else if (command instanceof Create) {
      return new Violations().add(Code.ALREADY_CREATED, "campaign " + id + " already exists").rejection();
    } else if (command instanceof Submit c) {
      Violations v = new Violations();
      requireStatus(v, "submit", CampaignStatus.DRAFT);
      return v.decide(() -> new Submitted(c.at()));
    } else if (command instanceof Launch c) {
      Violations v = new Violations();
      requireStatus(v, "launch", CampaignStatus.SUBMITTED);
      checkDuration(duration, rules, v);
      return v.decide(() -> new Launched(c.at(), c.at().plus(duration)));
    } else if (command instanceof ChangeGoal c) {
      return decideChangeGoal(c, rules);
    } else if (command instanceof ChangeDuration c) {
      Violations v = new Violations();
      if (isLaunched()) {
        v.add(Code.DEADLINE_LOCKED, "the deadline cannot change after launch; campaign is " + status);
      }
      checkDuration(c.duration(), rules, v);
      return v.decide(() -> new DurationChanged(c.at(), c.duration()));
    } else if (command instanceof PutRewardTier c) {
      return decidePutTier(c, rules);
    } else if (command instanceof PutAddOn c) {
      return decidePutAddOn(c, rules);
    } else if (command instanceof Cancel c) {
      Violations v = new Violations();
      requireStatus(v, "cancel", CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.LIVE);
      return v.decide(() -> new Canceled(c.at()));
    } else if (command instanceof Suspend c) {
      Violations v = new Violations();
      requireStatus(v, "suspend", CampaignStatus.LIVE);
      return v.decide(() -> new Suspended(c.at(), c.reason()));
    } else if (command instanceof ChargePledges c) {
      return decideCharge(c, rules);
    } else if (command instanceof FixPayment c) {
      return decideFixPayment(c);
    } else if (command instanceof CloseRetryWindow c) {
      return decideCloseRetryWindow(c);
    } else if (command instanceof RefundPledge c) {
      return decideRefund(c);
    } else {
      return decideEnd((End) command);
    }
  }

  /**
   * Applies one event. Pure and total: every event yields a campaign, never an exception (a {@link Created} event
   * starts afresh, a cancellation of a pledge that does not exist changes nothing, and a pledge naming a tier or
   * add-on the campaign does not have, which no decision accepts, is kept without them).
   *
   * @param event the event
   * @return the campaign after the event
   */
  public Campaign evolve(CampaignEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof PledgePlaced e) {
      return withPledge(e.pledge());
    } else if (event instanceof PledgeCanceled e) {
      return withoutPledge(e.backer().value());
    } else if (event instanceof Created e) {
      return of(e);
    } else if (event instanceof Submitted) {
      return withStatus(CampaignStatus.SUBMITTED, launchedAt, deadline);
    } else if (event instanceof Launched e) {
      return withStatus(CampaignStatus.LIVE, e.at(), e.deadline());
    } else if (event instanceof GoalChanged e) {
      return new Campaign(id, creator, title, e.goal(), duration, stretchGoals, tiers, addOns, status, launchedAt,
          deadline, pledges, totalMinor, orders, tierTaken, addOnTaken, payments);
    } else if (event instanceof DurationChanged e) {
      return new Campaign(id, creator, title, goal, e.duration(), stretchGoals, tiers, addOns, status, launchedAt,
          deadline, pledges, totalMinor, orders, tierTaken, addOnTaken, payments);
    } else if (event instanceof RewardTierPut e) {
      int at = tierIndex(e.tier().id());
      List<RewardTier> updated = replaceOrAppend(tiers, at, e.tier());
      int[] taken = at >= 0 ? tierTaken : Arrays.copyOf(tierTaken, tierTaken.length + 1);
      return new Campaign(id, creator, title, goal, duration, stretchGoals, updated, addOns, status, launchedAt,
          deadline, pledges, totalMinor, orders, taken, addOnTaken, payments);
    } else if (event instanceof AddOnPut e) {
      int at = addOnIndex(e.addOn().id());
      List<AddOn> updated = replaceOrAppend(addOns, at, e.addOn());
      int[] taken = at >= 0 ? addOnTaken : Arrays.copyOf(addOnTaken, addOnTaken.length + 1);
      return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, updated, status, launchedAt,
          deadline, pledges, totalMinor, orders, tierTaken, taken, payments);
    } else if (event instanceof Canceled) {
      return withStatus(CampaignStatus.CANCELED, launchedAt, deadline);
    } else if (event instanceof Suspended) {
      return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, addOns, CampaignStatus.SUSPENDED,
          launchedAt, deadline, PledgeTrie.EMPTY, 0, 0, new int[tiers.size()], new int[addOns.size()], payments);
    } else if (event instanceof PledgesCharged e) {
      return withPayments(setPayment(pledges, e.declined(), PaymentState.ERRORED),
          new PaymentRun(Optional.of(e.at()), e.retryUntil(), Optional.empty()));
    } else if (event instanceof PaymentFixed e) {
      return withPayments(setPayment(pledges, Set.of(e.backer()), PaymentState.COLLECTED), payments);
    } else if (event instanceof RetryWindowClosed e) {
      PledgeTrie recovered = setPayment(pledges, e.recovered(), PaymentState.COLLECTED);
      return withPayments(setPayment(recovered, e.dropped(), PaymentState.DROPPED),
          new PaymentRun(payments.chargedAt(), payments.retryUntil(), Optional.of(e.at())));
    } else if (event instanceof PledgeRefunded e) {
      return withPayments(setPayment(pledges, Set.of(e.backer()), PaymentState.REFUNDED), payments);
    } else {
      return withStatus(((Ended) event).outcome(), launchedAt, deadline);
    }
  }

  /**
   * Applies events in order.
   *
   * @param events the events, for example those of an accepted {@link Decision}
   * @return the campaign after the events
   */
  public Campaign evolve(List<? extends CampaignEvent> events) {
    Campaign campaign = this;
    for (CampaignEvent event : events) {
      campaign = campaign.evolve(event);
    }
    return campaign;
  }

  // ---------------------------------------------------------------------------------------------- decisions

  private Decision decidePledge(Pledge pledge, CampaignRules rules) {
    Violations v = new Violations();
    Instant at = pledge.placedAt();
    requireLiveBeforeDeadline(v, "pledge", at);
    Money amount = pledge.amount();
    CurrencyUnit currency = currency();
    if (!amount.getCurrencyUnit().equals(currency)) {
      return v.add(Code.CURRENCY_MISMATCH, "pledge is in " + amount.getCurrencyUnit() + " but the campaign is in "
          + currency).rejection();
    }
    if (rules.acceptsCurrency(currency)) {
      Money min = rules.minimumPledge(currency);
      Money max = rules.maximumPledge(currency);
      if (amount.isLessThan(min)) {
        v.add(Code.PLEDGE_BELOW_MINIMUM, "pledge " + amount + " is below the minimum " + min);
      }
      if (amount.isGreaterThan(max)) {
        v.add(Code.PLEDGE_ABOVE_MAXIMUM, "pledge " + amount + " is above the maximum " + max);
      }
    } else {
      v.add(Code.CURRENCY_NOT_SUPPORTED, "the rules accept no pledges in " + currency);
    }
    long backer = pledge.backer().value();
    PledgeTrie.Entry current = pledges.get(backer);
    Money required = Money.zero(currency);
    boolean withReward = false;
    if (pledge.tierId().isPresent()) {
      String tierId = pledge.tierId().get();
      int index = tierIndex(tierId);
      if (index < 0) {
        v.add(Code.UNKNOWN_TIER, "no reward tier '" + tierId + "'; tiers are " + ids(tiers, RewardTier::id));
      } else {
        RewardTier tier = tiers.get(index);
        withReward = true;
        required = required.plus(tier.price());
        checkTierChoice(tier, index, current, pledge, v);
      }
    }
    for (Map.Entry<String, Integer> chosen : pledge.addOns().entrySet()) {
      int index = addOnIndex(chosen.getKey());
      if (index < 0) {
        v.add(Code.UNKNOWN_ADD_ON, "no add-on '" + chosen.getKey() + "'; add-ons are " + ids(addOns, AddOn::id));
        continue;
      }
      AddOn addOn = addOns.get(index);
      int quantity = chosen.getValue();
      required = required.plus(addOn.price().multipliedBy(quantity));
      int maximum = Math.min(addOn.perBackerMaximum(), rules.addOnQuantityCap());
      if (quantity > maximum) {
        v.add(Code.ADD_ON_ABOVE_BACKER_MAXIMUM, quantity + " of add-on '" + addOn.id()
            + "' is above the per-backer maximum " + maximum);
      }
      if (addOn.limit().isPresent()) {
        int left = addOn.limit().get() - addOnTaken[index] + quantityOf(current, addOn.id());
        if (quantity > left) {
          v.add(Code.ADD_ON_SOLD_OUT, quantity + " of add-on '" + addOn.id() + "' asked, " + left + " left");
        }
      }
    }
    if (amount.isLessThan(required)) {
      v.add(Code.PLEDGE_BELOW_REWARD_PRICE, "pledge " + amount + " does not cover the reward and add-ons, "
          + required);
    }
    long newTotal = totalMinor - (current == null ? 0 : current.amountMinor()) + amount.getAmountMinorLong();
    int newOrders = orders - (current != null && current.tier() >= 0 ? 1 : 0) + (withReward ? 1 : 0);
    checkFinalWindow(at, newTotal, newOrders, rules, v, "reduce the pledge of", pledge.backer());
    return v.decide(() -> new PledgePlaced(pledge));
  }

  private void checkTierChoice(RewardTier tier, int index, PledgeTrie.Entry current, Pledge pledge, Violations v) {
    Instant at = pledge.placedAt();
    if (tier.availableFrom().isPresent() && at.isBefore(tier.availableFrom().get())) {
      v.add(Code.TIER_NOT_YET_AVAILABLE, "reward tier '" + tier.id() + "' opens at " + tier.availableFrom().get());
    }
    if (tier.availableUntil().isPresent() && !at.isBefore(tier.availableUntil().get())) {
      v.add(Code.TIER_NO_LONGER_AVAILABLE, "reward tier '" + tier.id() + "' closed at "
          + tier.availableUntil().get());
    }
    if (tier.limit().isPresent()) {
      int held = current != null && current.tier() == index ? 1 : 0;
      if (tierTaken[index] - held >= tier.limit().get()) {
        v.add(Code.TIER_SOLD_OUT, "reward tier '" + tier.id() + "' is sold out (" + tier.limit().get() + ")");
      }
    }
    if (!tier.shipsTo().isEmpty()) {
      if (pledge.shippingCountry().isEmpty()) {
        v.add(Code.SHIPPING_COUNTRY_REQUIRED, "reward tier '" + tier.id() + "' ships only to " + tier.shipsTo()
            + "; give a shipping country");
      } else if (!tier.shipsTo(pledge.shippingCountry().get())) {
        v.add(Code.SHIPPING_COUNTRY_NOT_SERVED, "reward tier '" + tier.id() + "' does not ship to "
            + pledge.shippingCountry().get() + "; it ships to " + tier.shipsTo());
      }
    }
  }

  private Decision decideCancelPledge(CancelPledge command, CampaignRules rules) {
    Violations v = new Violations();
    requireLiveBeforeDeadline(v, "cancel a pledge", command.at());
    PledgeTrie.Entry current = pledges.get(command.backer().value());
    if (current == null) {
      v.add(Code.NO_PLEDGE, command.backer() + " has no pledge to cancel");
    } else {
      checkFinalWindow(command.at(), totalMinor - current.amountMinor(), orders - (current.tier() >= 0 ? 1 : 0),
          rules, v, "cancel the pledge of", command.backer());
    }
    return v.decide(() -> new PledgeCanceled(command.at(), command.backer()));
  }

  private Decision decideChangeGoal(ChangeGoal command, CampaignRules rules) {
    Violations v = new Violations();
    CurrencyUnit currency = command.goal().currency();
    if (isLaunched()) {
      v.add(Code.GOAL_LOCKED, "the goal cannot change after launch; campaign is " + status);
      if (!currency.equals(currency())) {
        v.add(Code.CURRENCY_LOCKED, "the currency " + currency() + " cannot change after launch");
      }
    }
    checkGoal(command.goal(), rules, v);
    checkStretchGoals(stretchGoals, currency, v);
    tiers.forEach(tier -> checkCurrency(tier.price(), currency, "reward tier '" + tier.id() + "'", v));
    addOns.forEach(addOn -> checkCurrency(addOn.price(), currency, "add-on '" + addOn.id() + "'", v));
    return v.decide(() -> new GoalChanged(command.at(), command.goal()));
  }

  private Decision decidePutTier(PutRewardTier command, CampaignRules rules) {
    Violations v = new Violations();
    RewardTier tier = command.tier();
    requireStatus(v, "change reward tiers", CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.LIVE);
    checkTierPrice(tier, currency(), rules, v);
    int index = tierIndex(tier.id());
    if (index >= 0) {
      checkReplacement("reward tier '" + tier.id() + "'", tiers.get(index).price(), tier.price(), tier.limit(),
          tierTaken[index], v);
    }
    return v.decide(() -> new RewardTierPut(command.at(), tier));
  }

  private Decision decidePutAddOn(PutAddOn command, CampaignRules rules) {
    Violations v = new Violations();
    AddOn addOn = command.addOn();
    requireStatus(v, "change add-ons", CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.LIVE);
    checkAddOn(addOn, currency(), rules, v);
    int index = addOnIndex(addOn.id());
    if (index >= 0) {
      checkReplacement("add-on '" + addOn.id() + "'", addOns.get(index).price(), addOn.price(), addOn.limit(),
          addOnTaken[index], v);
    }
    return v.decide(() -> new AddOnPut(command.at(), addOn));
  }

  /** A tier or add-on replacing one that {@code taken} backers (or units) hold: same price, limit not below. */
  private static void checkReplacement(String what, Money oldPrice, Money newPrice, Optional<Integer> newLimit,
      int taken, Violations v) {
    if (taken > 0 && !newPrice.equals(oldPrice)) {
      v.add(Code.TIER_HAS_BACKERS, what + " has " + taken + " taken and cannot be repriced from " + oldPrice + " to "
          + newPrice);
    }
    if (newLimit.isPresent() && newLimit.get() < taken) {
      v.add(Code.LIMIT_BELOW_TAKEN, what + " limit " + newLimit.get() + " is below the " + taken + " already taken");
    }
  }

  private Decision decideEnd(End command) {
    Violations v = new Violations();
    requireStatus(v, "end", CampaignStatus.LIVE);
    if (deadline != null && command.at().isBefore(deadline)) {
      v.add(Code.DEADLINE_NOT_REACHED, "the campaign cannot end at " + command.at() + ", before its deadline "
          + deadline);
    }
    return v.decide(() -> new Ended(command.at(), outcome()));
  }

  // ---------------------------------------------------------------------------------------------- payments
  // After the deadline only payment states change: the total and the outcome stay as locked by End.

  private Decision decideCharge(ChargePledges command, CampaignRules rules) {
    Violations v = new Violations();
    requireStatus(v, "charge the pledges of", CampaignStatus.SUCCESSFUL);
    payments.chargedAt().ifPresent(at -> v.add(Code.ALREADY_CHARGED, "the pledges were charged at " + at));
    if (deadline != null && command.at().isBefore(deadline)) {
      v.add(Code.DEADLINE_NOT_REACHED, "cannot charge at " + command.at() + ", before the deadline " + deadline);
    }
    for (BackerId backer : command.declined()) {
      if (pledges.get(backer.value()) == null) {
        v.add(Code.NO_PLEDGE, backer + " has no pledge to decline");
      }
    }
    Optional<Instant> retryUntil = deadline == null ? Optional.empty() : rules.paymentRetryWindow().map(deadline::plus);
    return v.decide(() -> new PledgesCharged(command.at(), command.declined(), retryUntil));
  }

  private Decision decideFixPayment(FixPayment command) {
    Violations v = new Violations();
    if (requireCharged(v)) {
      if (payments.closed()) {
        v.add(Code.RETRY_WINDOW_CLOSED, "the payment retry window closed at " + payments.closedAt().get());
      } else if (payments.retryUntil().isPresent() && !command.at().isBefore(payments.retryUntil().get())) {
        v.add(Code.RETRY_WINDOW_CLOSED, "cannot fix a payment at " + command.at() + ": the retry window ended at "
            + payments.retryUntil().get());
      }
      requirePayment(v, command.backer(), PaymentState.ERRORED, Code.PAYMENT_NOT_ERRORED);
    }
    return v.decide(() -> new PaymentFixed(command.at(), command.backer()));
  }

  private Decision decideCloseRetryWindow(CloseRetryWindow command) {
    Violations v = new Violations();
    if (requireCharged(v)) {
      payments.closedAt().ifPresent(at -> v.add(Code.RETRY_WINDOW_CLOSED, "the retry window already closed at " + at));
      payments.retryUntil().filter(end -> command.at().isBefore(end)).ifPresent(end -> v.add(Code.RETRY_WINDOW_OPEN,
          "cannot close the retry window at " + command.at() + ": it stays open until " + end));
      for (BackerId backer : command.recovered()) {
        requirePayment(v, backer, PaymentState.ERRORED, Code.PAYMENT_NOT_ERRORED);
      }
    }
    return v.decide(() -> {
      Set<BackerId> dropped = new HashSet<>();
      pledges.forEach(entry -> {
        BackerId backer = BackerId.of(entry.key());
        if (entry.payment() == PaymentState.ERRORED && !command.recovered().contains(backer)) {
          dropped.add(backer);
        }
      });
      return new RetryWindowClosed(command.at(), command.recovered(), dropped);
    });
  }

  private Decision decideRefund(RefundPledge command) {
    Violations v = new Violations();
    if (requireCharged(v)) {
      requirePayment(v, command.backer(), PaymentState.COLLECTED, Code.PAYMENT_NOT_COLLECTED);
    }
    return v.decide(() -> new PledgeRefunded(command.at(), command.backer(), command.reason()));
  }

  private boolean requireCharged(Violations v) {
    if (!payments.charged()) {
      v.add(Code.NOT_CHARGED, "the pledges of this " + status + " campaign have not been charged");
    }
    return payments.charged();
  }

  private void requirePayment(Violations v, BackerId backer, PaymentState expected, Code code) {
    Optional<PaymentState> state = paymentStateOf(backer);
    if (state.isEmpty()) {
      v.add(Code.NO_PLEDGE, backer + " has no pledge");
    } else if (state.get() != expected) {
      v.add(code, "the payment of " + backer + " is " + state.get() + ", not " + expected);
    }
  }

  private static PledgeTrie setPayment(PledgeTrie trie, Set<BackerId> backers, PaymentState state) {
    PledgeTrie updated = trie;
    for (BackerId backer : backers) {
      PledgeTrie.Entry entry = updated.get(backer.value());
      if (entry != null) {
        updated = updated.put(entry.withPayment(state));
      }
    }
    return updated;
  }

  private Campaign withPayments(PledgeTrie trie, PaymentRun run) {
    return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, addOns, status, launchedAt,
        deadline, trie, totalMinor, orders, tierTaken, addOnTaken, run);
  }

  /** The outcome if the campaign ended now: all-or-nothing needs the goal, keep-it-all anything, pre-orders count. */
  private CampaignStatus outcome() {
    boolean success = goal instanceof MoneyGoal money && money.model() == FundingModel.KEEP_IT_ALL
        ? totalMinor > 0
        : goalReached(totalMinor, orders);
    return success ? CampaignStatus.SUCCESSFUL : CampaignStatus.FAILED;
  }

  private boolean goalReached(long total, int orderCount) {
    if (goal instanceof MoneyGoal money) {
      return total >= money.target().getAmountMinorLong();
    }
    return orderCount >= ((PreOrderGoal) goal).orders();
  }

  private void checkFinalWindow(Instant at, long newTotal, int newOrders, CampaignRules rules, Violations v,
      String action, BackerId backer) {
    if (rules.finalWindowForbidsDroppingBelowGoal() && deadline != null
        && !at.isBefore(deadline.minus(rules.finalWindow()))
        && goalReached(totalMinor, orders) && !goalReached(newTotal, newOrders)) {
      v.add(Code.FINAL_WINDOW_BELOW_GOAL, "in the final " + rules.finalWindow().toHours()
          + " hours no one may " + action + " " + backer + " when that takes the campaign below its goal");
    }
  }

  private void requireStatus(Violations v, String action, CampaignStatus... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      v.add(Code.ILLEGAL_TRANSITION, "cannot " + action + " a campaign that is " + status + "; allowed from "
          + Arrays.toString(allowed));
    }
  }

  private void requireLiveBeforeDeadline(Violations v, String action, Instant at) {
    if (status != CampaignStatus.LIVE) {
      v.add(Code.NOT_LIVE, "cannot " + action + ": campaign is " + status + ", not LIVE");
    }
    if (deadline != null && !at.isBefore(deadline)) {
      v.add(Code.DEADLINE_PASSED, "cannot " + action + " at " + at + ": the deadline was " + deadline);
    }
  }

  private static void checkGoal(Goal goal, CampaignRules rules, Violations v) {
    if (!rules.acceptsCurrency(goal.currency())) {
      v.add(Code.CURRENCY_NOT_SUPPORTED, "the rules accept no campaigns in " + goal.currency());
    }
  }

  private static void checkDuration(Duration duration, CampaignRules rules, Violations v) {
    if (duration.compareTo(rules.minimumDuration()) < 0 || duration.compareTo(rules.maximumDuration()) > 0) {
      v.add(Code.DURATION_OUT_OF_BOUNDS, "duration " + duration + " is outside " + rules.minimumDuration()
          + " to " + rules.maximumDuration());
    }
  }

  private static void checkStretchGoals(List<StretchGoal> goals, CurrencyUnit currency, Violations v) {
    Money previous = null;
    for (StretchGoal stretch : goals) {
      if (checkCurrency(stretch.threshold(), currency, "stretch goal '" + stretch.description() + "'", v)) {
        if (previous != null && !stretch.threshold().isGreaterThan(previous)) {
          v.add(Code.STRETCH_GOALS_NOT_ASCENDING, "stretch goal threshold " + stretch.threshold()
              + " does not exceed the previous " + previous);
        }
        previous = stretch.threshold();
      }
    }
  }

  private static void checkTierPrice(RewardTier tier, CurrencyUnit currency, CampaignRules rules, Violations v) {
    if (checkCurrency(tier.price(), currency, "reward tier '" + tier.id() + "'", v)
        && rules.acceptsCurrency(currency) && tier.price().isGreaterThan(rules.maximumPledge(currency))) {
      v.add(Code.TIER_PRICE_ABOVE_MAXIMUM, "reward tier '" + tier.id() + "' costs " + tier.price()
          + ", above the maximum pledge " + rules.maximumPledge(currency));
    }
  }

  private static void checkAddOn(AddOn addOn, CurrencyUnit currency, CampaignRules rules, Violations v) {
    checkCurrency(addOn.price(), currency, "add-on '" + addOn.id() + "'", v);
    if (addOn.perBackerMaximum() > rules.addOnQuantityCap()) {
      v.add(Code.ADD_ON_CAP_EXCEEDED, "add-on '" + addOn.id() + "' allows " + addOn.perBackerMaximum()
          + " per backer, above the cap " + rules.addOnQuantityCap());
    }
  }

  private static boolean checkCurrency(Money price, CurrencyUnit currency, String what, Violations v) {
    if (price.getCurrencyUnit().equals(currency)) {
      return true;
    }
    v.add(Code.CURRENCY_MISMATCH, what + " is priced in " + price.getCurrencyUnit() + ", not the campaign currency "
        + currency);
    return false;
  }

  // ---------------------------------------------------------------------------------------------- evolution

  private Campaign withStatus(CampaignStatus newStatus, Instant newLaunchedAt, Instant newDeadline) {
    return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, addOns, newStatus, newLaunchedAt,
        newDeadline, pledges, totalMinor, orders, tierTaken, addOnTaken, payments);
  }

  private Campaign withPledges(PledgeTrie trie) {
    return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, addOns, status, launchedAt,
        deadline, trie, totalMinor, orders, tierTaken, addOnTaken, payments);
  }

  private Campaign withPledge(Pledge pledge) {
    long backer = pledge.backer().value();
    PledgeTrie.Entry current = pledges.get(backer);
    PledgeTrie.Entry entry = toEntry(pledge);
    Counts counts = new Counts().remove(current).add(entry);
    return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, addOns, status, launchedAt,
        deadline, pledges.put(entry), counts.total, counts.orders, counts.tierTaken, counts.addOnTaken, payments);
  }

  private Campaign withoutPledge(long backer) {
    PledgeTrie.Entry current = pledges.get(backer);
    if (current == null) {
      return this;
    }
    Counts counts = new Counts().remove(current);
    return new Campaign(id, creator, title, goal, duration, stretchGoals, tiers, addOns, status, launchedAt,
        deadline, pledges.remove(backer), counts.total, counts.orders, counts.tierTaken, counts.addOnTaken, payments);
  }

  /** The running totals, copied only where an entry touches them. */
  private final class Counts {
    long total = totalMinor;
    int orders = Campaign.this.orders;
    int[] tierTaken = Campaign.this.tierTaken;
    int[] addOnTaken = Campaign.this.addOnTaken;

    Counts() {
      if (tierTaken.length > 0) {
        tierTaken = tierTaken.clone();
      }
      if (addOnTaken.length > 0) {
        addOnTaken = addOnTaken.clone();
      }
    }

    Counts remove(PledgeTrie.Entry entry) {
      return change(entry, -1);
    }

    Counts add(PledgeTrie.Entry entry) {
      return change(entry, 1);
    }

    private Counts change(PledgeTrie.Entry entry, int sign) {
      if (entry == null) {
        return this;
      }
      total += sign * entry.amountMinor();
      if (entry.tier() >= 0) {
        orders += sign;
        tierTaken[entry.tier()] += sign;
      }
      if (entry.addOns() != null) {
        entry.addOns().forEach((addOnId, quantity) -> {
          int index = addOnIndex(addOnId);
          if (index >= 0) {
            addOnTaken[index] += sign * quantity;
          }
        });
      }
      return this;
    }
  }

  private PledgeTrie.Entry toEntry(Pledge pledge) {
    Instant at = pledge.placedAt();
    return new PledgeTrie.Entry(pledge.backer().value(), pledge.amount().getAmountMinorLong(), at.getEpochSecond(),
        at.getNano(), pledge.tierId().map(this::tierIndex).orElse(-1),
        pledge.shippingCountry().map(CountryCodes::encode).orElse(-1),
        pledge.addOns().isEmpty() ? null : pledge.addOns());
  }

  private Pledge toPledge(PledgeTrie.Entry entry) {
    return new Pledge(BackerId.of(entry.key()), Money.ofMinor(currency(), entry.amountMinor()),
        entry.tier() < 0 ? Optional.empty() : Optional.of(tiers.get(entry.tier()).id()),
        entry.addOns() == null ? Map.of() : entry.addOns(),
        entry.country() < 0 ? Optional.empty() : Optional.of(CountryCodes.decode(entry.country())),
        Instant.ofEpochSecond(entry.epochSecond(), entry.nano()));
  }

  private int tierIndex(String tierId) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).id().equals(tierId)) {
        return i;
      }
    }
    return -1;
  }

  private int addOnIndex(String addOnId) {
    for (int i = 0; i < addOns.size(); i++) {
      if (addOns.get(i).id().equals(addOnId)) {
        return i;
      }
    }
    return -1;
  }

  private static int quantityOf(PledgeTrie.Entry entry, String addOnId) {
    return entry == null || entry.addOns() == null ? 0 : entry.addOns().getOrDefault(addOnId, 0);
  }

  private static <T> List<T> replaceOrAppend(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    if (index >= 0) {
      copy.set(index, element);
    } else {
      copy.add(element);
    }
    return List.copyOf(copy);
  }

  private static <T> String ids(List<T> items, java.util.function.Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.joining(", ", "[", "]"));
  }

  private boolean isLaunched() {
    return launchedAt != null;
  }

  // ---------------------------------------------------------------------------------------------- queries

  /**
   * Returns the campaign's id.
   *
   * @return the id
   */
  public CampaignId id() {
    return id;
  }

  /**
   * Returns who created the campaign.
   *
   * @return the creator
   */
  public CreatorId creator() {
    return creator;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the goal.
   *
   * @return the goal
   */
  public Goal goal() {
    return goal;
  }

  /**
   * Returns the campaign currency (the goal's).
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return goal.currency();
  }

  /**
   * Returns how long the campaign runs from launch to deadline.
   *
   * @return the duration
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Returns the stretch goals, by increasing threshold.
   *
   * @return an unmodifiable list
   */
  public List<StretchGoal> stretchGoals() {
    return stretchGoals;
  }

  /**
   * Returns the reward tiers, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<RewardTier> tiers() {
    return tiers;
  }

  /**
   * Returns the add-ons, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<AddOn> addOns() {
    return addOns;
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
    return Money.ofMinor(currency(), totalMinor);
  }

  /**
   * Returns the number of backers with an active pledge. O(1).
   *
   * @return the count
   */
  public int backerCount() {
    return pledges.size();
  }

  /**
   * Returns the number of orders: active pledges that chose a reward tier (what a pre-order goal counts). O(1).
   *
   * @return the count
   */
  public int orderCount() {
    return orders;
  }

  /**
   * Whether the goal is reached now (money goal: total at or above the target; pre-order goal: enough orders).
   *
   * @return true if reached
   */
  public boolean goalReached() {
    return goalReached(totalMinor, orders);
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
    if (goal instanceof MoneyGoal money) {
      reached = BigDecimal.valueOf(totalMinor);
      needed = BigDecimal.valueOf(money.target().getAmountMinorLong());
    } else {
      reached = BigDecimal.valueOf(orders);
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
    if (goal instanceof MoneyGoal money) {
      Money missing = money.target().minus(totalPledged());
      return missing.isNegative() ? Money.zero(currency()) : missing;
    }
    PreOrderGoal preOrders = (PreOrderGoal) goal;
    return preOrders.price().multipliedBy(Math.max(0, preOrders.orders() - orders));
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
    return tiers.get(index).limit().map(limit -> limit - tierTaken[index]);
  }

  /**
   * Returns how many backers chose a reward tier.
   *
   * @param tierId the tier's id
   * @return the number of active pledges for it
   * @throws IllegalArgumentException if no tier has that id, listing the ids
   */
  public int backersOf(String tierId) {
    return tierTaken[requireTierIndex(tierId)];
  }

  private int requireTierIndex(String tierId) {
    Objects.requireNonNull(tierId, "tierId");
    int index = tierIndex(tierId);
    if (index < 0) {
      throw new IllegalArgumentException("no reward tier '" + tierId + "'; tiers are " + ids(tiers, RewardTier::id));
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
    return stretchGoals.stream().filter(s -> !s.threshold().isGreaterThan(total)).collect(Collectors.toList());
  }

  /**
   * Returns a backer's active pledge. O(log n).
   *
   * @param backer the backer
   * @return the pledge, or empty if the backer has none
   */
  public Optional<Pledge> pledgeOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PledgeTrie.Entry entry = pledges.get(backer.value());
    return entry == null ? Optional.empty() : Optional.of(toPledge(entry));
  }

  /**
   * Calls {@code action} with every active pledge, in an order that depends only on the set of backers. O(n).
   *
   * @param action what to do with each pledge
   */
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
    PledgeTrie.Entry entry = pledges.get(backer.value());
    return entry == null ? Optional.empty() : Optional.of(payments.effective(entry.payment()));
  }

  /**
   * Returns every pledge with its amount and payment state, the input of a {@link Settlement}. The amounts are
   * those locked at the deadline; O(n).
   *
   * @return the pledges with their payment states, in the trie's stable order; a new mutable list
   */
  public List<PledgePayment<BackerId>> pledgePayments() {
    List<PledgePayment<BackerId>> all = new ArrayList<>(backerCount());
    pledges.forEach(entry -> all.add(new PledgePayment<>(BackerId.of(entry.key()),
        Money.ofMinor(currency(), entry.amountMinor()), payments.effective(entry.payment()))));
    return all;
  }

  /**
   * Returns when failed payments can no longer be fixed: the deadline plus the rules' payment retry window, set
   * when the pledges are charged.
   *
   * @return the end of the retry window, or empty before the charge or when the rules do not know the window
   */
  public Optional<Instant> retryWindowEnd() {
    return payments.retryUntil();
  }

  /**
   * Tells whether every pledge has its final payment state, so the campaign can be settled: a FAILED campaign
   * (nothing is charged), or a SUCCESSFUL one whose payment retry window has closed.
   *
   * @return true if {@link Settlement#of(Campaign, FeeSchedule)} accepts this campaign
   */
  public boolean paymentsFinal() {
    return status == CampaignStatus.FAILED || status == CampaignStatus.SUCCESSFUL && payments.closed();
  }

  public void forEachPledge(Consumer<Pledge> action) {
    Objects.requireNonNull(action, "action");
    pledges.forEach(entry -> action.accept(toPledge(entry)));
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

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Campaign that
        && id.equals(that.id) && creator.equals(that.creator) && title.equals(that.title)
        && goal.equals(that.goal) && duration.equals(that.duration) && stretchGoals.equals(that.stretchGoals)
        && tiers.equals(that.tiers) && addOns.equals(that.addOns) && status == that.status
        && Objects.equals(launchedAt, that.launchedAt) && Objects.equals(deadline, that.deadline)
        && totalMinor == that.totalMinor && orders == that.orders && Arrays.equals(tierTaken, that.tierTaken)
        && Arrays.equals(addOnTaken, that.addOnTaken) && pledges.equals(that.pledges)
        && payments.equals(that.payments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, goal, launchedAt, deadline, totalMinor, pledges.size());
  }

  @Override
  public String toString() {
    return "Campaign[" + id + " '" + title + "' " + status + ", " + totalPledged() + " from " + backerCount()
        + " backers, goal " + goal + (deadline == null ? "" : ", deadline " + deadline) + "]";
  }

  /** Collects the violations of one decision. */
  private static final class Violations {
    private final List<RuleViolation> found = new ArrayList<>();

    Violations add(Code code, String message) {
      found.add(new RuleViolation(code, message));
      return this;
    }

    Rejection rejection() {
      return new Rejection(found);
    }

    Decision decide(java.util.function.Supplier<CampaignEvent> event) {
      return found.isEmpty() ? new Decision.Accepted(List.of(event.get())) : rejection();
    }
  }
}
