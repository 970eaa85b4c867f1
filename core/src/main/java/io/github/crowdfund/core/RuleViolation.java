package io.github.crowdfund.core;

import java.util.Objects;

/**
 * One rule a command broke: a stable machine-readable {@link Code} and a sentence a person can read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code what was broken; stable across releases
 * @param message why, naming the values involved
 */
public record RuleViolation(Code code, String message) {

  /**
   * Validates the violation.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public RuleViolation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("rule violation message must not be blank: '" + message + "'");
    }
  }

  /** The stable codes of the rules a campaign command can break. */
  public enum Code {
    /** A campaign can be created only once. */
    ALREADY_CREATED,
    /** Only a create command is decided on a campaign not created yet. */
    NOT_CREATED,
    /** The rules lack a fact the command needs (for example pledge limits); the message names its source. */
    RULE_UNKNOWN,
    /** A pledge or cancellation dated before the campaign's launch. */
    BEFORE_LAUNCH,
    /** In the final window the rules forbid cancelling or reducing a pledge at all. */
    FINAL_WINDOW_NO_CANCEL,
    /** The command is not allowed in the campaign's current status. */
    ILLEGAL_TRANSITION,
    /** The rules do not accept the goal's currency. */
    CURRENCY_NOT_SUPPORTED,
    /** An amount is not in the campaign currency. */
    CURRENCY_MISMATCH,
    /** The campaign's duration is outside the rules' bounds. */
    DURATION_OUT_OF_BOUNDS,
    /** The goal cannot change after launch. */
    GOAL_LOCKED,
    /** The deadline (duration) cannot change after launch. */
    DEADLINE_LOCKED,
    /** The currency cannot change after launch. */
    CURRENCY_LOCKED,
    /** Two reward tiers or two add-ons share an id. */
    DUPLICATE_ID,
    /** Stretch goal thresholds must increase strictly. */
    STRETCH_GOALS_NOT_ASCENDING,
    /** A reward tier costs more than the maximum pledge. */
    TIER_PRICE_ABOVE_MAXIMUM,
    /** A reward tier or add-on that backers have chosen cannot be repriced. */
    TIER_HAS_BACKERS,
    /** A limit cannot go below the number already taken. */
    LIMIT_BELOW_TAKEN,
    /** Pledges are accepted only while the campaign is live. */
    NOT_LIVE,
    /** Pledges and cancellations are accepted only before the deadline. */
    DEADLINE_PASSED,
    /** The pledge is below the minimum pledge. */
    PLEDGE_BELOW_MINIMUM,
    /** The pledge is above the maximum pledge. */
    PLEDGE_ABOVE_MAXIMUM,
    /** The pledge does not cover the tier price plus the add-ons. */
    PLEDGE_BELOW_REWARD_PRICE,
    /** No reward tier has the given id. */
    UNKNOWN_TIER,
    /** The reward tier's availability window has not opened yet. */
    TIER_NOT_YET_AVAILABLE,
    /** The reward tier's availability window has closed. */
    TIER_NO_LONGER_AVAILABLE,
    /** The limited reward tier has no place left. */
    TIER_SOLD_OUT,
    /** The reward ships only to listed countries and no shipping country was given. */
    SHIPPING_COUNTRY_REQUIRED,
    /** The reward does not ship to the backer's country. */
    SHIPPING_COUNTRY_NOT_SERVED,
    /** No add-on has the given id. */
    UNKNOWN_ADD_ON,
    /** More units of an add-on than one backer may take. */
    ADD_ON_ABOVE_BACKER_MAXIMUM,
    /** An add-on's per-backer maximum is above the rules' cap. */
    ADD_ON_CAP_EXCEEDED,
    /** The limited add-on has not enough units left. */
    ADD_ON_SOLD_OUT,
    /** The backer has no pledge to cancel. */
    NO_PLEDGE,
    /** In the final window a cancellation or reduction may not take the campaign below its goal. */
    FINAL_WINDOW_BELOW_GOAL,
    /** The campaign cannot end before its deadline. */
    DEADLINE_NOT_REACHED,
    /** The pledges of this campaign have already been charged. */
    ALREADY_CHARGED,
    /** The pledges have not been charged yet, so no payment can be fixed, refunded or closed. */
    NOT_CHARGED,
    /** The pledge's payment is not errored, so it cannot be fixed or recovered. */
    PAYMENT_NOT_ERRORED,
    /** The pledge's payment is not collected, so it cannot be refunded. */
    PAYMENT_NOT_COLLECTED,
    /** The payment retry window is still open. */
    RETRY_WINDOW_OPEN,
    /** The payment retry window has closed. */
    RETRY_WINDOW_CLOSED,
    /**
     * An amount (goal, price, pledge) or the total a pledge would make is beyond what a campaign can hold: its
     * running totals are longs of minor units, so nothing may exceed {@link Long#MAX_VALUE} minor units.
     */
    AMOUNT_TOO_LARGE,
    /** The command is dated before the campaign's last event (for example a launch dated before the creation). */
    OUT_OF_ORDER,
    /** An instant the command implies (for example a launch's deadline) is beyond what an Instant can hold. */
    INSTANT_OUT_OF_RANGE,
    /** Late pledges were not enabled before the deadline. */
    LATE_PLEDGES_NOT_ENABLED,
    /** Late pledges are already enabled. */
    LATE_PLEDGES_ALREADY_ENABLED,
    /** The campaign has not ended successfully yet, so its late-pledge phase has not begun. */
    LATE_PLEDGES_NOT_OPEN,
    /** Only a campaign that ended successfully enters the late-pledge phase. */
    CAMPAIGN_NOT_SUCCESSFUL,
    /** Late pledges ended for the whole campaign, on command or at the planned date. */
    LATE_PLEDGES_ENDED,
    /** The reward is not offered in the late-pledge phase. */
    LATE_REWARD_NOT_OFFERED,
    /** Late pledges for the reward ended, irreversibly. */
    LATE_REWARD_ENDED,
    /** A collected late pledge cannot be canceled or changed. */
    LATE_PLEDGE_FINAL,
    /** The backer already has a campaign pledge. */
    ALREADY_BACKED,
    /** Add-ons are not offered with late pledges. */
    LATE_ADD_ONS_NOT_OFFERED,
    /** The rules do not offer the payment plan shape, or not in the campaign currency. */
    PAYMENT_PLAN_NOT_OFFERED,
    /** Payment plans are already offered by this campaign. */
    PAYMENT_PLANS_ALREADY_ENABLED,
    /** The campaign does not offer payment plans. */
    PAYMENT_PLANS_NOT_ENABLED,
    /** The pledge is below the plan's minimum for its currency. */
    PLEDGE_BELOW_PLAN_MINIMUM,
    /** The number of payments is outside the plan shape's range. */
    PAYMENTS_OUT_OF_RANGE,
    /** A plan once chosen (and its pledge) cannot change: the shape does not allow edits. */
    PAYMENT_PLAN_LOCKED,
    /** The backer has no payment plan. */
    NO_PAYMENT_PLAN,
    /** The backer pays over time: the campaign charge does not take the pledge; its payments are charged apart. */
    PAID_OVER_TIME,
    /** The plan has no payment with that number. */
    UNKNOWN_INSTALLMENT,
    /** The payment is no longer open: collected, canceled, refunded or charged back. */
    INSTALLMENT_NOT_OPEN,
    /** The payment is not due yet. */
    INSTALLMENT_NOT_DUE,
    /** The payment's window to be charged or fixed has ended (a charge at exactly its end is still accepted). */
    INSTALLMENT_WINDOW_CLOSED,
    /** The payment was already tried as many times as the plan allows. */
    INSTALLMENT_ATTEMPTS_USED,
    /**
     * A plan payment is tried again too soon: before its last failed attempt plus the plan shape's spacing between
     * attempts.
     */
    RETRY_TOO_SOON,
    /**
     * A refund or dispute asks for more than may still go back to the backer: what was collected from them net of
     * earlier refunds, lost chargebacks and any open dispute.
     */
    REFUND_ABOVE_COLLECTED,
    /** The backer already has an open dispute, or the money was refunded in part so the whole pledge cannot be. */
    REFUND_CONFLICT,
    /** The backer has no open dispute to resolve. */
    NO_DISPUTE,
    /** The pledge's charge is not waiting for the backer's authentication (3-D Secure). */
    PAYMENT_NOT_AWAITING_AUTHENTICATION,
    /** One backer's charge is given two outcomes at once (declined and waiting for authentication). */
    CHARGE_OUTCOMES_OVERLAP,
    /** The rules end every campaign at a deadline: a fundraiser without one cannot launch under them. */
    DEADLINE_REQUIRED,
    /** The rules have no deadlines (GoFundMe): a campaign launches as a fundraiser. */
    NO_DEADLINE_UNDER_RULES,
    /** A fundraiser keeps whatever is given: its goal must be a keep-it-all money goal. */
    FUNDRAISER_NOT_KEEP_IT_ALL,
    /** The campaign is not a live fundraiser, so it takes no donations. */
    NOT_A_FUNDRAISER,
    /**
     * The campaign is a fundraiser without a deadline: pledges, cancellations, an end, late pledges and payment
     * plans, which all need a deadline, do not apply; donations are charged at once.
     */
    FUNDRAISER_HAS_NO_DEADLINE,
    /** A fundraiser offers no rewards: a donation names no reward tier and no add-on. */
    FUNDRAISER_HAS_NO_REWARDS
  }
}
