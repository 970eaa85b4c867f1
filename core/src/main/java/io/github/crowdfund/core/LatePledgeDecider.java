package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignCommand.EnableLatePledges;
import io.github.crowdfund.core.CampaignCommand.EndLatePledges;
import io.github.crowdfund.core.CampaignCommand.PlaceLatePledge;
import io.github.crowdfund.core.CampaignCommand.PutLateReward;
import io.github.crowdfund.core.CampaignDecider.Violations;
import io.github.crowdfund.core.CampaignEvent.LatePledgeCharged;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnabled;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnded;
import io.github.crowdfund.core.CampaignEvent.LateRewardPut;
import io.github.crowdfund.core.RuleViolation.Code;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules of the late-pledge phase, one method per late-pledge command, decided on one campaign under one rule
 * set. Kept apart from {@code CampaignDecider}, which dispatches to it; deciding changes nothing.
 *
 * <p>Not thread-safe to share; {@link Campaign#decide} makes one per command.
 */
final class LatePledgeDecider {

  private final Campaign campaign;
  private final CampaignRules rules;

  LatePledgeDecider(Campaign campaign, CampaignRules rules) {
    this.campaign = campaign;
    this.rules = rules;
  }

  Decision enable(EnableLatePledges command) {
    Violations v = new Violations();
    if (!campaign.isCreated()) {
      return v.add(Code.NOT_CREATED, "cannot enable late pledges: the campaign has not been created").rejection();
    }
    CampaignStatus status = campaign.status();
    if (status != CampaignStatus.DRAFT && status != CampaignStatus.SUBMITTED && status != CampaignStatus.LIVE) {
      v.add(Code.ILLEGAL_TRANSITION, "cannot enable late pledges on a campaign that is " + status
          + "; allowed from DRAFT, SUBMITTED or LIVE, before the deadline");
    }
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && !command.at().isBefore(deadline)) {
      v.add(Code.DEADLINE_PASSED, "late pledges are enabled before the deadline " + deadline + ", not at "
          + command.at());
    }
    if (campaign.late().enabled()) {
      v.add(Code.LATE_PLEDGES_ALREADY_ENABLED, "late pledges were already enabled");
    }
    if (deadline != null && command.plannedEnd().isPresent() && !command.plannedEnd().get().isAfter(deadline)) {
      v.add(Code.DEADLINE_NOT_REACHED, "the planned end of late pledges " + command.plannedEnd().get()
          + " is not after the deadline " + deadline);
    }
    Set<String> ids = new HashSet<>();
    for (LateReward reward : command.rewards()) {
      checkReward(reward, v);
      if (!ids.add(reward.id())) {
        v.add(Code.DUPLICATE_ID, "two late rewards have the id '" + reward.id() + "'");
      }
    }
    return v.decide(() -> new LatePledgesEnabled(command.at(), command.rewards(), command.plannedEnd()));
  }

  Decision putReward(PutLateReward command) {
    Violations v = new Violations();
    LatePledges late = campaign.late();
    if (requireEnabled(v, "offer a late reward")) {
      if (late.endedBy(command.at())) {
        v.add(Code.LATE_PLEDGES_ENDED, "late pledges ended; no late reward can be offered at " + command.at());
      }
      if (late.rewardEndedBy(command.reward().id(), command.at())) {
        v.add(Code.LATE_REWARD_ENDED, "late pledges for reward '" + command.reward().id()
            + "' ended and cannot be enabled again");
      }
      checkNotIneligible(v);
      checkReward(command.reward(), v);
    }
    return v.decide(() -> new LateRewardPut(command.at(), command.reward()));
  }

  Decision place(PlaceLatePledge command) {
    Violations v = new Violations();
    Pledge pledge = command.pledge();
    Instant at = pledge.placedAt();
    LatePledges late = campaign.late();
    if (!requireEnabled(v, "place a late pledge")) {
      return v.rejection();
    }
    CampaignStatus status = campaign.status();
    if (status == CampaignStatus.LIVE || status == CampaignStatus.DRAFT || status == CampaignStatus.SUBMITTED) {
      v.add(Code.LATE_PLEDGES_NOT_OPEN, "the late-pledge phase begins once the campaign ends successfully; it is "
          + status);
    }
    checkNotIneligible(v);
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && at.isBefore(deadline)) {
      v.add(Code.DEADLINE_NOT_REACHED, "a late pledge at " + at + " is before the deadline " + deadline);
    }
    if (late.endedBy(at)) {
      v.add(Code.LATE_PLEDGES_ENDED, "late pledges ended " + late.endedAt().or(late::plannedEnd).orElseThrow());
    }
    long backer = pledge.backer().value();
    if (late.book().get(backer) != null) {
      v.add(Code.LATE_PLEDGE_FINAL, pledge.backer() + " has a late pledge, which cannot be changed");
    }
    if (campaign.book().get(backer) != null) {
      v.add(Code.ALREADY_BACKED, pledge.backer() + " backed the campaign before its deadline");
    }
    if (!pledge.addOns().isEmpty()) {
      v.add(Code.LATE_ADD_ONS_NOT_OFFERED, "add-ons " + pledge.addOns().keySet()
          + " are not offered with late pledges");
    }
    Money amount = pledge.amount();
    if (!CampaignDecider.inCurrencyAndHeld(campaign, amount, "late pledge", v)) {
      return v.rejection();
    }
    if (!late.book().totalHolds(0, amount.getAmountMinorLong())) {
      return v.add(Code.AMOUNT_TOO_LARGE, "late pledge " + amount + " takes the late total beyond "
          + Long.MAX_VALUE + " minor units").rejection();
    }
    CampaignDecider.checkPledgeLimits(amount, rules, v, "late pledge");
    pledge.tierId().ifPresent(id -> checkRewardChoice(id, pledge, v));
    return v.decide(() -> new LatePledgeCharged(pledge, command.charge()));
  }

  private void checkRewardChoice(String id, Pledge pledge, Violations v) {
    LatePledges late = campaign.late();
    int index = late.rewardIndex(id);
    if (index < 0) {
      v.add(Code.LATE_REWARD_NOT_OFFERED, "reward '" + id + "' is not offered late; late rewards are "
          + Campaign.ids(late.rewards(), LateReward::id));
      return;
    }
    LateReward reward = late.rewards().get(index);
    RewardTier tier = reward.tier();
    if (late.rewardEndedBy(id, pledge.placedAt())) {
      v.add(Code.LATE_REWARD_ENDED, "late pledges for reward '" + id + "' ended");
    }
    if (pledge.amount().isLessThan(reward.latePrice())) {
      v.add(Code.PLEDGE_BELOW_REWARD_PRICE, "late pledge " + pledge.amount() + " is below the late price "
          + reward.latePrice() + " of reward '" + id + "'");
    }
    if (tier.limit().isPresent()) {
      int campaignIndex = campaign.definition().tierIndex(id);
      int taken = late.book().tierTaken(index) + (campaignIndex < 0 ? 0 : campaign.book().tierTaken(campaignIndex));
      if (taken >= tier.limit().get()) {
        v.add(Code.TIER_SOLD_OUT, "reward '" + id + "' is sold out (" + tier.limit().get() + ")");
      }
    }
    Optional<Country> country = pledge.shippingCountry();
    if (!tier.shipsTo().isEmpty() && (country.isEmpty() || !tier.shipsTo(country.get()))) {
      v.add(country.isEmpty() ? Code.SHIPPING_COUNTRY_REQUIRED : Code.SHIPPING_COUNTRY_NOT_SERVED, "reward '" + id
          + "' ships only to " + tier.shipsTo() + ", not to " + country.map(Country::code).orElse("an unnamed country"));
    }
  }

  Decision end(EndLatePledges command) {
    Violations v = new Violations();
    LatePledges late = campaign.late();
    if (requireEnabled(v, "end late pledges")) {
      if (late.endedAt().isPresent()) {
        v.add(Code.LATE_PLEDGES_ENDED, "late pledges already ended at " + late.endedAt().get());
      }
      if (command.rewardId().isPresent()) {
        String id = command.rewardId().get();
        if (late.rewardIndex(id) < 0) {
          v.add(Code.LATE_REWARD_NOT_OFFERED, "reward '" + id + "' is not offered late; late rewards are "
              + Campaign.ids(late.rewards(), LateReward::id));
        } else if (late.rewardEndedAt(id).isPresent()) {
          v.add(Code.LATE_REWARD_ENDED, "late pledges for reward '" + id + "' already ended at "
              + late.rewardEndedAt(id).get());
        }
      }
    }
    return v.decide(() -> new LatePledgesEnded(command.at(), command.rewardId()));
  }

  /** The violation a cancellation of a late backer's pledge breaks, if the backer has a collected late pledge. */
  static Optional<RuleViolation> cannotCancel(Campaign campaign, BackerId backer) {
    if (campaign.late().book().get(backer.value()) == null) {
      return Optional.empty();
    }
    return Optional.of(new RuleViolation(Code.LATE_PLEDGE_FINAL, "the late pledge of " + backer
        + " was charged at once and cannot be canceled"));
  }

  private boolean requireEnabled(Violations v, String action) {
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "cannot " + action + ": the campaign has not been created");
      return false;
    }
    if (!campaign.late().enabled()) {
      v.add(Code.LATE_PLEDGES_NOT_ENABLED, "cannot " + action + ": late pledges were not enabled before the "
          + "deadline");
      return false;
    }
    return true;
  }

  /** Whether a campaign in {@code status} can never take late pledges: it failed, was canceled or suspended. */
  static boolean ineligible(CampaignStatus status) {
    return status == CampaignStatus.FAILED || status == CampaignStatus.CANCELED || status == CampaignStatus.SUSPENDED;
  }

  private void checkNotIneligible(Violations v) {
    CampaignStatus status = campaign.status();
    if (ineligible(status)) {
      v.add(Code.CAMPAIGN_NOT_SUCCESSFUL, "only a campaign that ended successfully takes late pledges; this one is "
          + status);
    }
  }

  private void checkReward(LateReward reward, Violations v) {
    CurrencyUnit currency = campaign.currency();
    if (!reward.latePrice().getCurrencyUnit().equals(currency)) {
      v.add(Code.CURRENCY_MISMATCH, "late reward '" + reward.id() + "' is priced in "
          + reward.latePrice().getCurrencyUnit() + ", not the campaign currency " + currency);
    } else if (rules.currencyViolation(currency).isEmpty()
        && reward.latePrice().isGreaterThan(rules.maximumPledge(currency))) {
      v.add(Code.TIER_PRICE_ABOVE_MAXIMUM, "late reward '" + reward.id() + "' costs " + reward.latePrice()
          + ", above the maximum pledge " + rules.maximumPledge(currency));
    }
  }
}
