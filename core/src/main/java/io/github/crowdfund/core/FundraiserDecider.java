package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignCommand.Donate;
import io.github.crowdfund.core.CampaignCommand.LaunchFundraiser;
import io.github.crowdfund.core.CampaignDecider.Violations;
import io.github.crowdfund.core.CampaignEvent.DonationCharged;
import io.github.crowdfund.core.CampaignEvent.FundraiserLaunched;
import io.github.crowdfund.core.Goal.MoneyGoal;
import io.github.crowdfund.core.RuleViolation.Code;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Where the rules of fundraisers without a deadline (GoFundMe) are decided: launching one, and its donations, each
 * charged at once with the donor's tip kept apart; and which commands and events need a deadline, so do not apply to
 * a fundraiser. Deciding changes nothing.
 *
 * <p>Not thread-safe to share across commands; cheap to create.
 */
final class FundraiserDecider {

  /** The commands that need a deadline: a launched fundraiser refuses them. */
  private static final List<Class<? extends CampaignCommand>> NEED_A_DEADLINE = List.of(
      CampaignCommand.PlacePledge.class, CampaignCommand.CancelPledge.class, CampaignCommand.End.class,
      CampaignCommand.EnableLatePledges.class, CampaignCommand.EnablePaymentPlans.class);

  /** The events that need a deadline: a launched fundraiser's history never holds them. */
  private static final List<Class<? extends CampaignEvent>> EVENTS_NEEDING_A_DEADLINE = List.of(
      CampaignEvent.PledgePlaced.class, CampaignEvent.PledgeCanceled.class, CampaignEvent.Ended.class,
      CampaignEvent.LatePledgesEnabled.class, CampaignEvent.PaymentPlansEnabled.class);

  private final Campaign campaign;
  private final CampaignRules rules;

  FundraiserDecider(Campaign campaign, CampaignRules rules) {
    this.campaign = campaign;
    this.rules = rules;
  }

  /** The refusal of a command that needs a deadline on a launched fundraiser, if it is one. */
  static Optional<RuleViolation> needsDeadline(Campaign campaign, CampaignCommand command) {
    if (!isFundraiser(campaign) || NEED_A_DEADLINE.stream().noneMatch(type -> type.isInstance(command))) {
      return Optional.empty();
    }
    return Optional.of(new RuleViolation(Code.FUNDRAISER_HAS_NO_DEADLINE, "campaign " + campaign.id()
        + " is a fundraiser without a deadline: " + command.getClass().getSimpleName() + " does not apply; it takes"
        + " donations (Donate)"));
  }

  /** The problem of an event that needs a deadline in a launched fundraiser's history, or the empty string. */
  static String eventNeedsDeadline(Campaign campaign, CampaignEvent event) {
    return isFundraiser(campaign) && EVENTS_NEEDING_A_DEADLINE.stream().anyMatch(type -> type.isInstance(event))
        ? "a " + event.getClass().getSimpleName() + " event in a fundraiser without a deadline" : EventCheck.OK;
  }

  private static boolean isFundraiser(Campaign campaign) {
    return campaign.isCreated() && campaign.book().payments().fundraising().launched();
  }

  /** The problem that keeps a campaign from launching as a fundraiser, whatever the rules; empty when none. */
  static String launchProblem(Campaign campaign) {
    if (campaign.status() != CampaignStatus.SUBMITTED) {
      return "cannot launch a fundraiser that is " + campaign.status() + "; allowed from SUBMITTED";
    }
    if (!(campaign.goal() instanceof MoneyGoal money) || money.model() != FundingModel.KEEP_IT_ALL) {
      return "a fundraiser keeps whatever is given: its goal " + campaign.goal() + " is not a keep-it-all money goal";
    }
    if (campaign.late().enabled() || campaign.plans().shape().isPresent()) {
      return "a fundraiser has no deadline, so it offers neither late pledges nor payment plans, which this campaign"
          + " enabled";
    }
    return EventCheck.OK;
  }

  Decision launch(LaunchFundraiser command) {
    Violations v = new Violations();
    if (!campaign.isCreated()) {
      return v.add(Code.NOT_CREATED, "cannot launch a fundraiser that has not been created").rejection();
    }
    if (rules.hasDeadline()) {
      v.add(Code.DEADLINE_REQUIRED, "these rules end every campaign at a deadline (" + rules
          + "): launch with Launch");
    }
    if (campaign.status() != CampaignStatus.SUBMITTED) {
      v.add(Code.ILLEGAL_TRANSITION, launchProblem(campaign));
    } else if (!launchProblem(campaign).isEmpty()) {
      v.add(campaign.goal() instanceof MoneyGoal money && money.model() == FundingModel.KEEP_IT_ALL
          ? Code.FUNDRAISER_HAS_NO_DEADLINE : Code.FUNDRAISER_NOT_KEEP_IT_ALL, launchProblem(campaign));
    }
    return v.decide(() -> new FundraiserLaunched(command.at()));
  }

  Decision donate(Donate command) {
    Violations v = new Violations();
    Pledge donation = command.donation();
    if (!isFundraiser(campaign)) {
      return v.add(Code.NOT_A_FUNDRAISER, campaign.isCreated() ? "campaign " + campaign.id()
          + " did not launch as a fundraiser without a deadline, so it takes pledges, not donations"
          : "the campaign has not been created").rejection();
    }
    CampaignDecider.requireLiveBeforeDeadline(campaign, v, "donate", donation.placedAt());
    if (campaign.book().get(donation.backer().value()) != null) {
      v.add(Code.ALREADY_BACKED, donation.backer() + " already gave a donation, which is final");
    }
    if (donation.tierId().isPresent() || !donation.addOns().isEmpty()) {
      v.add(Code.FUNDRAISER_HAS_NO_REWARDS, "a fundraiser offers no rewards; the donation names "
          + donation.tierId().map(id -> "tier '" + id + "'").orElse("add-ons " + donation.addOns().keySet()));
    }
    Money amount = donation.amount();
    if (!CampaignDecider.inCurrencyAndHeld(campaign, amount, "donation", v)) {
      return v.rejection();
    }
    PaymentRun run = campaign.book().payments();
    if (!campaign.book().totalHolds(0, amount.getAmountMinorLong())
        || command.tip().getAmountMinorLong() > Long.MAX_VALUE - run.fundraising().tipsMinor()) {
      return v.add(Code.AMOUNT_TOO_LARGE, "donation " + amount + " with tip " + command.tip()
          + " takes a total beyond " + Long.MAX_VALUE + " minor units").rejection();
    }
    CampaignDecider.checkPledgeLimits(amount, rules, v, "donation");
    return v.decide(() -> new DonationCharged(donation, command.tip(), command.charge()));
  }
}
