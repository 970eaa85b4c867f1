package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignCommand.AuthenticatePayment;
import io.github.crowdfund.core.CampaignCommand.Cancel;
import io.github.crowdfund.core.CampaignCommand.CancelPledge;
import io.github.crowdfund.core.CampaignCommand.ChangeDuration;
import io.github.crowdfund.core.CampaignCommand.ChangeGoal;
import io.github.crowdfund.core.CampaignCommand.ChargeInstallment;
import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.ChoosePaymentPlan;
import io.github.crowdfund.core.CampaignCommand.CloseRetryWindow;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.Donate;
import io.github.crowdfund.core.CampaignCommand.DisputeCharge;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.EnableLatePledges;
import io.github.crowdfund.core.CampaignCommand.EnablePaymentPlans;
import io.github.crowdfund.core.CampaignCommand.EndLatePledges;
import io.github.crowdfund.core.CampaignCommand.FixPayment;
import io.github.crowdfund.core.CampaignCommand.Launch;
import io.github.crowdfund.core.CampaignCommand.LaunchFundraiser;
import io.github.crowdfund.core.CampaignCommand.PlaceLatePledge;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand.PutAddOn;
import io.github.crowdfund.core.CampaignCommand.PutLateReward;
import io.github.crowdfund.core.CampaignCommand.PutRewardTier;
import io.github.crowdfund.core.CampaignCommand.RefundBacker;
import io.github.crowdfund.core.CampaignCommand.RefundPledge;
import io.github.crowdfund.core.CampaignCommand.ResolveDispute;
import io.github.crowdfund.core.CampaignCommand.StopPaymentPlan;
import io.github.crowdfund.core.CampaignCommand.Submit;
import io.github.crowdfund.core.CampaignCommand.Suspend;
import io.github.crowdfund.core.CampaignEvent.AddOnPut;
import io.github.crowdfund.core.CampaignEvent.Canceled;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignEvent.DurationChanged;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.GoalChanged;
import io.github.crowdfund.core.CampaignEvent.Launched;
import io.github.crowdfund.core.CampaignEvent.PaymentAuthenticated;
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
import io.github.crowdfund.core.RuleViolation.Code;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Where every rule is decided: one method per command, each returning the events the command causes on one
 * campaign under one rule set, or a {@link Rejection} listing every rule it breaks. Deciding changes nothing.
 *
 * <p>Not thread-safe to share across commands; {@link Campaign#decide} makes one per command.
 */
final class CampaignDecider implements CampaignCommand.Handler<Decision> {

  private final Campaign campaign;
  private final CampaignRules rules;
  private final PledgeBook book;

  CampaignDecider(Campaign campaign, CampaignRules rules) {
    this.campaign = campaign;
    this.rules = rules;
    this.book = campaign.book();
  }

  /**
   * Decides {@code command}: its handler's decision, refused with {@link Code#OUT_OF_ORDER} as well when the command
   * is dated before the campaign's last event (unless the handler already refused it as {@link Code#BEFORE_LAUNCH}).
   */
  Decision decide(CampaignCommand command) {
    Optional<RuleViolation> noDeadline = FundraiserDecider.needsDeadline(campaign, command);
    Decision decision = noDeadline.<Decision>map(violation -> new Rejection(List.of(violation)))
        .orElseGet(() -> command.accept(this));
    Instant last = campaign.lastEventAtOrNull();
    if (last == null || !command.at().isBefore(last)) {
      return decision;
    }
    List<RuleViolation> found = new ArrayList<>(decision.violations());
    if (found.stream().noneMatch(v -> v.code() == Code.BEFORE_LAUNCH)) {
      found.add(new RuleViolation(Code.OUT_OF_ORDER, "the command is dated " + command.at()
          + ", before the campaign's last event at " + last));
    }
    return new Rejection(found);
  }

  // ---------------------------------------------------------------------------------------------- definition

  @Override
  public Decision on(Create command) {
    if (campaign.isCreated()) {
      return new Violations().add(Code.ALREADY_CREATED, "campaign " + campaign.id() + " already exists")
          .rejection();
    }
    CampaignDefinition d = command.definition();
    Violations v = new Violations();
    checkGoal(d.goal(), v);
    checkDuration(d.duration(), v);
    CurrencyUnit currency = d.goal().currency();
    checkStretchGoals(d.stretchGoals(), currency, v);
    Set<String> tierIds = new HashSet<>();
    for (RewardTier tier : d.tiers()) {
      checkTierPrice(tier, currency, v);
      if (!tierIds.add(tier.id())) {
        v.add(Code.DUPLICATE_ID, "two reward tiers have the id '" + tier.id() + "'");
      }
    }
    Set<String> addOnIds = new HashSet<>();
    for (AddOn addOn : d.addOns()) {
      checkAddOn(addOn, currency, v);
      if (!addOnIds.add(addOn.id())) {
        v.add(Code.DUPLICATE_ID, "two add-ons have the id '" + addOn.id() + "'");
      }
    }
    return v.decide(() -> new Created(command.at(), d));
  }

  @Override
  public Decision on(Submit command) {
    Violations v = new Violations();
    requireStatus(v, "submit", CampaignStatus.DRAFT);
    return v.decide(() -> new Submitted(command.at()));
  }

  @Override
  public Decision on(Launch command) {
    Violations v = created();
    Instant deadline = null;
    if (v.found.isEmpty()) {
      requireStatus(v, "launch", CampaignStatus.SUBMITTED);
      if (!rules.hasDeadline()) {
        v.add(Code.NO_DEADLINE_UNDER_RULES, "these rules have no deadlines (" + rules + "): launch with"
            + " LaunchFundraiser");
      }
      checkDuration(campaign.duration(), v);
      deadline = plus(command.at(), campaign.duration(), v, "the deadline of a launch at " + command.at());
    }
    Instant end = deadline;
    return v.decide(() -> new Launched(command.at(), end));
  }

  @Override
  public Decision on(LaunchFundraiser command) {
    return new FundraiserDecider(campaign, rules).launch(command);
  }

  @Override
  public Decision on(Donate command) {
    return new FundraiserDecider(campaign, rules).donate(command);
  }

  @Override
  public Decision on(ChangeGoal command) {
    Violations v = created();
    if (!v.found.isEmpty()) {
      return v.rejection();
    }
    CurrencyUnit currency = command.goal().currency();
    if (campaign.isLaunched()) {
      v.add(Code.GOAL_LOCKED, "the goal cannot change after launch; campaign is " + campaign.status());
      if (!currency.equals(campaign.currency())) {
        v.add(Code.CURRENCY_LOCKED, "the currency " + campaign.currency() + " cannot change after launch");
      }
    }
    checkGoal(command.goal(), v);
    checkStretchGoals(campaign.stretchGoals(), currency, v);
    campaign.tiers().forEach(tier -> checkCurrency(tier.price(), currency, "reward tier '" + tier.id() + "'", v));
    campaign.addOns().forEach(addOn -> checkCurrency(addOn.price(), currency, "add-on '" + addOn.id() + "'", v));
    return v.decide(() -> new GoalChanged(command.at(), command.goal()));
  }

  @Override
  public Decision on(ChangeDuration command) {
    Violations v = created();
    if (campaign.isLaunched()) {
      v.add(Code.DEADLINE_LOCKED, "the deadline cannot change after launch; campaign is " + campaign.status());
    }
    checkDuration(command.duration(), v);
    return v.decide(() -> new DurationChanged(command.at(), command.duration()));
  }

  @Override
  public Decision on(PutRewardTier command) {
    Violations v = new Violations();
    requireStatus(v, "change reward tiers", CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.LIVE);
    if (!v.found.isEmpty()) {
      return v.rejection();
    }
    RewardTier tier = command.tier();
    checkTierPrice(tier, campaign.currency(), v);
    int index = campaign.definition().tierIndex(tier.id());
    if (index >= 0) {
      checkReplacement("reward tier '" + tier.id() + "'", campaign.tiers().get(index).price(), tier.price(),
          tier.limit(), book.tierTaken(index), v);
    }
    return v.decide(() -> new RewardTierPut(command.at(), tier));
  }

  @Override
  public Decision on(PutAddOn command) {
    Violations v = new Violations();
    requireStatus(v, "change add-ons", CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.LIVE);
    if (!v.found.isEmpty()) {
      return v.rejection();
    }
    AddOn addOn = command.addOn();
    checkAddOn(addOn, campaign.currency(), v);
    int index = campaign.definition().addOnIndex(addOn.id());
    if (index >= 0) {
      checkReplacement("add-on '" + addOn.id() + "'", campaign.addOns().get(index).price(), addOn.price(),
          addOn.limit(), book.addOnTaken(index), v);
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

  // ---------------------------------------------------------------------------------------------- lifecycle

  @Override
  public Decision on(Cancel command) {
    Violations v = new Violations();
    requireStatus(v, "cancel", CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.LIVE);
    return v.decide(() -> new Canceled(command.at()));
  }

  @Override
  public Decision on(Suspend command) {
    Violations v = new Violations();
    requireStatus(v, "suspend", CampaignStatus.LIVE);
    return v.decide(() -> new Suspended(command.at(), command.reason()));
  }

  @Override
  public Decision on(End command) {
    Violations v = new Violations();
    requireStatus(v, "end", CampaignStatus.LIVE);
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && command.at().isBefore(deadline)) {
      v.add(Code.DEADLINE_NOT_REACHED, "the campaign cannot end at " + command.at() + ", before its deadline "
          + deadline);
    }
    return v.decide(() -> new Ended(command.at(), outcome()));
  }

  /**
   * The funding outcome if the campaign ended now: all-or-nothing and pre-orders need the goal; keep-it-all keeps
   * anything raised, below the goal as {@link FundingOutcome#KEPT_BELOW_GOAL}, and fails with nothing raised.
   */
  private FundingOutcome outcome() {
    boolean reached = campaign.goalReached(book.totalMinor(), book.orders());
    if (campaign.goal() instanceof MoneyGoal money && money.model() == FundingModel.KEEP_IT_ALL) {
      if (reached) {
        return FundingOutcome.SUCCESSFUL;
      }
      return book.totalMinor() > 0 ? FundingOutcome.KEPT_BELOW_GOAL : FundingOutcome.FAILED;
    }
    return reached ? FundingOutcome.SUCCESSFUL : FundingOutcome.FAILED;
  }

  // ---------------------------------------------------------------------------------------------- pledges

  @Override
  public Decision on(PlacePledge command) {
    Pledge pledge = command.pledge();
    Violations v = new Violations();
    Instant at = pledge.placedAt();
    requireLiveBeforeDeadline(campaign, v, "pledge", at);
    if (!campaign.isCreated()) {
      return v.rejection();
    }
    Money amount = pledge.amount();
    CurrencyUnit currency = campaign.currency();
    if (!amount.getCurrencyUnit().equals(currency)) {
      return v.add(Code.CURRENCY_MISMATCH, "pledge is in " + amount.getCurrencyUnit() + " but the campaign is in "
          + currency).rejection();
    }
    if (!holds(amount, "the pledge", v)) {
      return v.rejection();
    }
    checkPledgeLimits(amount, rules, v, "pledge");
    PledgeTrie.Entry current = book.get(pledge.backer().value());
    Money required = Money.zero(currency);
    boolean withReward = false;
    if (pledge.tierId().isPresent()) {
      String tierId = pledge.tierId().get();
      int index = campaign.definition().tierIndex(tierId);
      if (index < 0) {
        v.add(Code.UNKNOWN_TIER, "no reward tier '" + tierId + "'; tiers are " + Campaign.ids(campaign.tiers(),
            RewardTier::id));
      } else {
        RewardTier tier = campaign.tiers().get(index);
        withReward = true;
        required = required.plus(tier.price());
        checkTierChoice(tier, index, current, pledge, v);
      }
    }
    for (Map.Entry<String, Integer> chosen : pledge.addOns().entrySet()) {
      int index = campaign.definition().addOnIndex(chosen.getKey());
      if (index < 0) {
        v.add(Code.UNKNOWN_ADD_ON, "no add-on '" + chosen.getKey() + "'; add-ons are " + Campaign.ids(campaign.addOns(),
            AddOn::id));
        continue;
      }
      AddOn addOn = campaign.addOns().get(index);
      int quantity = chosen.getValue();
      required = required.plus(addOn.price().multipliedBy(quantity));
      int maximum = Math.min(addOn.perBackerMaximum(), rules.addOnQuantityCap());
      if (quantity > maximum) {
        v.add(Code.ADD_ON_ABOVE_BACKER_MAXIMUM, quantity + " of add-on '" + addOn.id()
            + "' is above the per-backer maximum " + maximum);
      }
      if (addOn.limit().isPresent()) {
        int left = addOn.limit().get() - book.addOnTaken(index) + quantityOf(current, addOn.id());
        if (quantity > left) {
          v.add(Code.ADD_ON_SOLD_OUT, quantity + " of add-on '" + addOn.id() + "' asked, " + left + " left");
        }
      }
    }
    if (amount.isLessThan(required)) {
      v.add(Code.PLEDGE_BELOW_REWARD_PRICE, "pledge " + amount + " does not cover the reward and add-ons, "
          + required);
    }
    if (current != null) {
      PaymentPlanDecider.checkPledgeChange(campaign, pledge, v);
    }
    long currentMinor = current == null ? 0 : current.amountMinor();
    if (!book.totalHolds(currentMinor, amount.getAmountMinorLong())) {
      return v.add(Code.AMOUNT_TOO_LARGE, "pledge " + amount + " would take the total " + campaign.totalPledged()
          + " beyond what a campaign holds, " + Long.MAX_VALUE + " minor units").rejection();
    }
    long newTotal = book.totalMinor() - currentMinor + amount.getAmountMinorLong();
    int newOrders = book.orders() - (current != null && current.tier() >= 0 ? 1 : 0) + (withReward ? 1 : 0);
    boolean reduces = current != null && amount.getAmountMinorLong() < currentMinor;
    checkFinalWindow(at, newTotal, newOrders, reduces, v, "reduce the pledge of", pledge.backer());
    return v.decide(() -> new PledgePlaced(pledge));
  }

  /** The rules' minimum and maximum pledge for an amount in the campaign currency (or why that currency fails). */
  static void checkPledgeLimits(Money amount, CampaignRules rules, Violations v, String what) {
    CurrencyUnit currency = amount.getCurrencyUnit();
    Optional<RuleViolation> unsupported = rules.currencyViolation(currency);
    if (unsupported.isPresent()) {
      v.found.add(unsupported.get());
    } else {
      Money min = rules.minimumPledge(currency);
      Money max = rules.maximumPledge(currency);
      if (amount.isLessThan(min)) {
        v.add(Code.PLEDGE_BELOW_MINIMUM, what + " " + amount + " is below the minimum " + min);
      }
      if (amount.isGreaterThan(max)) {
        v.add(Code.PLEDGE_ABOVE_MAXIMUM, what + " " + amount + " is above the maximum " + max);
      }
    }
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
      if (book.tierTaken(index) - held >= tier.limit().get()) {
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

  @Override
  public Decision on(CancelPledge command) {
    Violations v = new Violations();
    requireLiveBeforeDeadline(campaign, v, "cancel a pledge", command.at());
    PledgeTrie.Entry current = book.get(command.backer().value());
    Optional<RuleViolation> latePledge = LatePledgeDecider.cannotCancel(campaign, command.backer());
    if (latePledge.isPresent()) {
      v.add(latePledge.get().code(), latePledge.get().message());
    } else if (current == null) {
      v.add(Code.NO_PLEDGE, command.backer() + " has no pledge to cancel");
    } else {
      checkFinalWindow(command.at(), book.totalMinor() - current.amountMinor(),
          book.orders() - (current.tier() >= 0 ? 1 : 0), true, v, "cancel the pledge of", command.backer());
    }
    return v.decide(() -> new PledgeCanceled(command.at(), command.backer()));
  }

  /**
   * Inside the final window: under {@link FinalWindowRule#NO_CANCEL_OR_REDUCE} no pledge may shrink; under
   * {@link FinalWindowRule#NO_DROP_BELOW_GOAL} none may take a campaign at its goal below it.
   */
  private void checkFinalWindow(Instant at, long newTotal, int newOrders, boolean shrinks, Violations v,
      String action, BackerId backer) {
    Instant deadline = campaign.deadlineOrNull();
    FinalWindowRule rule = rules.finalWindowRule();
    if (rule == FinalWindowRule.NONE || deadline == null) {
      return;
    }
    Instant opens = plus(deadline, rules.finalWindow().negated(), new Violations(), "the final window's start");
    if (opens != null && at.isBefore(opens)) {
      return; // before the final window (a window reaching before Instant.MIN holds every instant)
    }
    if (rule == FinalWindowRule.NO_CANCEL_OR_REDUCE && shrinks) {
      v.add(Code.FINAL_WINDOW_NO_CANCEL, "in the final " + rules.finalWindow().toHours() + " hours no one may "
          + action + " " + backer);
    } else if (rule == FinalWindowRule.NO_DROP_BELOW_GOAL
        && campaign.goalReached(book.totalMinor(), book.orders()) && !campaign.goalReached(newTotal, newOrders)) {
      v.add(Code.FINAL_WINDOW_BELOW_GOAL, "in the final " + rules.finalWindow().toHours()
          + " hours no one may " + action + " " + backer + " when that takes the campaign below its goal");
    }
  }

  // ---------------------------------------------------------------------------------------------- payments
  // After the deadline only payment states change: the total and the outcome stay as locked by End.

  @Override
  public Decision on(ChargePledges command) {
    Violations v = new Violations();
    requireStatus(v, "charge the pledges of", CampaignStatus.SUCCESSFUL);
    book.payments().chargedAt().ifPresent(at -> v.add(Code.ALREADY_CHARGED, "the pledges were charged at " + at));
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && command.at().isBefore(deadline)) {
      v.add(Code.DEADLINE_NOT_REACHED, "cannot charge at " + command.at() + ", before the deadline " + deadline);
    }
    for (BackerId backer : command.declined()) {
      if (book.get(backer.value()) == null) {
        v.add(Code.NO_PLEDGE, backer + " has no pledge to decline");
      }
      PaymentPlanDecider.chargedApart(campaign, backer).ifPresent(v.found::add);
    }
    for (BackerId backer : command.awaitingAuthentication()) {
      if (book.get(backer.value()) == null) {
        v.add(Code.NO_PLEDGE, backer + " has no pledge whose charge could await authentication");
      }
      if (command.declined().contains(backer)) {
        v.add(Code.CHARGE_OUTCOMES_OVERLAP, "the charge of " + backer + " is both declined and awaiting"
            + " authentication");
      }
      PaymentPlanDecider.chargedApart(campaign, backer).ifPresent(v.found::add);
    }
    Optional<Duration> window = rules.paymentRetryWindow();
    Optional<Instant> retryUntil = deadline == null || window.isEmpty() ? Optional.empty()
        : Optional.ofNullable(plus(deadline, window.get(), v, "the end of the payment retry window"));
    return v.decide(() -> new PledgesCharged(command.at(), command.declined(), command.awaitingAuthentication(),
        retryUntil));
  }

  @Override
  public Decision on(FixPayment command) {
    return collectWithinWindow(command.at(), command.backer(), PaymentState.ERRORED, Code.PAYMENT_NOT_ERRORED,
        () -> new PaymentFixed(command.at(), command.backer()));
  }

  @Override
  public Decision on(AuthenticatePayment command) {
    return collectWithinWindow(command.at(), command.backer(), PaymentState.AUTHENTICATION_REQUIRED,
        Code.PAYMENT_NOT_AWAITING_AUTHENTICATION, () -> new PaymentAuthenticated(command.at(), command.backer()));
  }

  /**
   * A payment collected after the charge (fixed, or authenticated): the pledges were charged, the retry window is
   * open at {@code at}, and the backer's payment is in the {@code expected} state.
   */
  private Decision collectWithinWindow(Instant at, BackerId backer, PaymentState expected, Code code,
      Supplier<CampaignEvent> event) {
    Violations v = new Violations();
    PaymentRun payments = book.payments();
    if (requireCharged(v)) {
      if (payments.closed()) {
        v.add(Code.RETRY_WINDOW_CLOSED, "the payment retry window closed at " + payments.closedAt().get());
      } else if (payments.retryUntil().isPresent() && !at.isBefore(payments.retryUntil().get())) {
        v.add(Code.RETRY_WINDOW_CLOSED, "cannot collect the payment of " + backer + " at " + at
            + ": the retry window ended at " + payments.retryUntil().get());
      }
      requirePayment(v, backer, expected, code);
    }
    return v.decide(event);
  }

  @Override
  public Decision on(CloseRetryWindow command) {
    Violations v = new Violations();
    PaymentRun payments = book.payments();
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
      book.forEach(entry -> {
        BackerId backer = BackerId.of(entry.key());
        boolean unpaid = entry.payment() == PaymentState.ERRORED || entry.payment()
            == PaymentState.AUTHENTICATION_REQUIRED;
        if (unpaid && !command.recovered().contains(backer)) {
          dropped.add(backer);
        }
      });
      return new RetryWindowClosed(command.at(), command.recovered(), dropped);
    });
  }

  @Override
  public Decision on(RefundPledge command) {
    Violations v = new Violations();
    if (requireCharged(v)) {
      requirePayment(v, command.backer(), PaymentState.COLLECTED, Code.PAYMENT_NOT_COLLECTED);
      RefundDecider.checkNoReversal(campaign, command.backer(), "refund the whole pledge", v);
    }
    return v.decide(() -> new PledgeRefunded(command.at(), command.backer(), command.reason()));
  }

  // ---------------------------------------------------------------------------------------------- late pledges

  @Override
  public Decision on(EnableLatePledges command) {
    return new LatePledgeDecider(campaign, rules).enable(command);
  }

  @Override
  public Decision on(PutLateReward command) {
    return new LatePledgeDecider(campaign, rules).putReward(command);
  }

  @Override
  public Decision on(PlaceLatePledge command) {
    return new LatePledgeDecider(campaign, rules).place(command);
  }

  @Override
  public Decision on(EndLatePledges command) {
    return new LatePledgeDecider(campaign, rules).end(command);
  }

  // ---------------------------------------------------------------------------------------------- payment plans

  @Override
  public Decision on(EnablePaymentPlans command) {
    return new PaymentPlanDecider(campaign, rules).enable(command);
  }

  @Override
  public Decision on(ChoosePaymentPlan command) {
    return new PaymentPlanDecider(campaign, rules).choose(command);
  }

  @Override
  public Decision on(ChargeInstallment command) {
    return new PaymentPlanDecider(campaign, rules).charge(command);
  }

  @Override
  public Decision on(StopPaymentPlan command) {
    return new PaymentPlanDecider(campaign, rules).stop(command);
  }

  // ---------------------------------------------------------------------------------------------- refunds, disputes

  @Override
  public Decision on(RefundBacker command) {
    return new RefundDecider(campaign).refund(command);
  }

  @Override
  public Decision on(DisputeCharge command) {
    return new RefundDecider(campaign).dispute(command);
  }

  @Override
  public Decision on(ResolveDispute command) {
    return new RefundDecider(campaign).resolve(command);
  }

  private boolean requireCharged(Violations v) {
    if (!book.payments().charged()) {
      v.add(Code.NOT_CHARGED, "the pledges of this " + campaign.status() + " campaign have not been charged");
    }
    return book.payments().charged();
  }

  private void requirePayment(Violations v, BackerId backer, PaymentState expected, Code code) {
    Optional<PaymentState> state = campaign.paymentStateOf(backer);
    if (state.isEmpty()) {
      v.add(Code.NO_PLEDGE, backer + " has no pledge");
    } else if (state.get() != expected) {
      v.add(code, "the payment of " + backer + " is " + state.get() + ", not " + expected);
    }
  }

  // ---------------------------------------------------------------------------------------------- shared checks

  /** No violation when the campaign exists; NOT_CREATED on the initial campaign. */
  private Violations created() {
    Violations v = new Violations();
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "the campaign has not been created: decide a Create command first");
    }
    return v;
  }

  private void requireStatus(Violations v, String action, CampaignStatus... allowed) {
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "cannot " + action + " a campaign that has not been created: decide a Create first");
    } else if (!Arrays.asList(allowed).contains(campaign.status())) {
      v.add(Code.ILLEGAL_TRANSITION, "cannot " + action + " a campaign that is " + campaign.status()
          + "; allowed from " + Arrays.toString(allowed));
    }
  }

  /** The checks of a backer's action on a live campaign: created, LIVE, after the launch, before the deadline. */
  static void requireLiveBeforeDeadline(Campaign campaign, Violations v, String action, Instant at) {
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "cannot " + action + ": the campaign has not been created");
      return;
    }
    if (campaign.status() != CampaignStatus.LIVE) {
      v.add(Code.NOT_LIVE, "cannot " + action + ": campaign is " + campaign.status() + ", not LIVE");
    }
    Instant launchedAt = campaign.launchedAtOrNull();
    if (launchedAt != null && at.isBefore(launchedAt)) {
      v.add(Code.BEFORE_LAUNCH, "cannot " + action + " at " + at + ": the campaign launched at " + launchedAt);
    }
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && !at.isBefore(deadline)) {
      v.add(Code.DEADLINE_PASSED, "cannot " + action + " at " + at + ": the deadline was " + deadline);
    }
  }

  private void checkGoal(Goal goal, Violations v) {
    rules.currencyViolation(goal.currency()).ifPresent(v.found::add);
    if (goal instanceof MoneyGoal money) {
      holds(money.target(), "the goal", v);
    } else {
      holds(((Goal.PreOrderGoal) goal).price(), "the order price", v);
    }
  }

  /**
   * Whether {@code amount}, the amount of a {@code what} (such as "late pledge"), is in the campaign currency
   * (CURRENCY_MISMATCH if not) and within what a campaign holds (AMOUNT_TOO_LARGE if not).
   */
  static boolean inCurrencyAndHeld(Campaign campaign, Money amount, String what, Violations v) {
    CurrencyUnit currency = campaign.currency();
    if (!amount.getCurrencyUnit().equals(currency)) {
      v.add(Code.CURRENCY_MISMATCH, what + " is in " + amount.getCurrencyUnit() + " but the campaign is in "
          + currency);
      return false;
    }
    return holds(amount, "the " + what, v);
  }

  /**
   * Whether a campaign can hold {@code amount} (at most {@link Long#MAX_VALUE} minor units); AMOUNT_TOO_LARGE if not.
   */
  static boolean holds(Money amount, String what, Violations v) {
    if (PledgeBook.holds(amount)) {
      return true;
    }
    v.add(Code.AMOUNT_TOO_LARGE, what + " " + amount + " is beyond what a campaign holds, " + Long.MAX_VALUE
        + " minor units of " + amount.getCurrencyUnit());
    return false;
  }

  /**
   * {@code at} plus {@code amount}, or null with INSTANT_OUT_OF_RANGE when the sum is beyond what an Instant holds
   * (instead of java.time's DateTimeException).
   */
  private static Instant plus(Instant at, Duration amount, Violations v, String what) {
    try {
      return at.plus(amount);
    } catch (DateTimeException | ArithmeticException beyond) {
      // reported as a rule violation below, never thrown from java.time
    }
    v.add(Code.INSTANT_OUT_OF_RANGE, what + " (" + at + " plus " + amount + ") is beyond the instants the library"
        + " can represent, " + Instant.MIN + " to " + Instant.MAX);
    return null;
  }

  /** Within the rules' durations; nothing to check under rules without deadlines, whose fundraisers use none. */
  private void checkDuration(Duration duration, Violations v) {
    if (!rules.hasDeadline()) {
      return;
    }
    if (duration.compareTo(rules.minimumDuration()) < 0 || duration.compareTo(rules.maximumDuration()) > 0) {
      v.add(Code.DURATION_OUT_OF_BOUNDS, "duration " + duration + " is outside " + rules.minimumDuration()
          + " to " + rules.maximumDuration());
    }
  }

  private static void checkStretchGoals(List<StretchGoal> goals, CurrencyUnit currency, Violations v) {
    Money previous = null;
    for (StretchGoal stretch : goals) {
      if (checkCurrency(stretch.threshold(), currency, "stretch goal '" + stretch.description() + "'", v)
          && holds(stretch.threshold(), "stretch goal '" + stretch.description() + "'", v)) {
        if (previous != null && !stretch.threshold().isGreaterThan(previous)) {
          v.add(Code.STRETCH_GOALS_NOT_ASCENDING, "stretch goal threshold " + stretch.threshold()
              + " does not exceed the previous " + previous);
        }
        previous = stretch.threshold();
      }
    }
  }

  private void checkTierPrice(RewardTier tier, CurrencyUnit currency, Violations v) {
    if (checkCurrency(tier.price(), currency, "reward tier '" + tier.id() + "'", v)
        && holds(tier.price(), "reward tier '" + tier.id() + "' price", v)
        && rules.currencyViolation(currency).isEmpty() && tier.price().isGreaterThan(rules.maximumPledge(currency))) {
      v.add(Code.TIER_PRICE_ABOVE_MAXIMUM, "reward tier '" + tier.id() + "' costs " + tier.price()
          + ", above the maximum pledge " + rules.maximumPledge(currency));
    }
  }

  private void checkAddOn(AddOn addOn, CurrencyUnit currency, Violations v) {
    if (checkCurrency(addOn.price(), currency, "add-on '" + addOn.id() + "'", v)) {
      holds(addOn.price(), "add-on '" + addOn.id() + "' price", v);
    }
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

  private static int quantityOf(PledgeTrie.Entry entry, String addOnId) {
    return entry == null || entry.addOns() == null ? 0 : entry.addOns().getOrDefault(addOnId, 0);
  }

  /** Collects the violations of one decision. */
  static final class Violations {
    private final List<RuleViolation> found = new ArrayList<>();

    Violations add(Code code, String message) {
      found.add(new RuleViolation(code, message));
      return this;
    }

    Rejection rejection() {
      return new Rejection(found);
    }

    /** The violations found so far, in order; empty when none. */
    List<RuleViolation> found() {
      return List.copyOf(found);
    }

    Decision decide(Supplier<CampaignEvent> event) {
      return found.isEmpty() ? new Decision.Accepted(List.of(event.get())) : rejection();
    }
  }
}
