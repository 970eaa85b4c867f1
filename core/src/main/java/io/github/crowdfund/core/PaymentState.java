package io.github.crowdfund.core;

/**
 * The payment state of one pledge, named after the states seen in Kickstarter's own apps.
 *
 * <p>Life cycle: {@link #PLEDGED} (card authorised) becomes {@link #COLLECTED} after the deadline, or
 * {@link #ERRORED} when the charge fails, or {@link #AUTHENTICATION_REQUIRED} when the card asks for the backer's
 * authentication (3-D Secure); an errored pledge fixed, or an authenticated one, within the retry window becomes
 * collected, otherwise it is {@link #DROPPED} at the end of the window. Before the deadline a backer may
 * {@link #CANCELED cancel}. A collected pledge may later be {@link #REFUNDED} (keep-it-all refunds, disputes). A
 * pledge paid over time is
 * {@link #PAYING_OVER_TIME} once the pledges are charged: each of its payments has its own
 * {@link io.github.crowdfund.core.installments.InstallmentState}.
 */
public enum PaymentState {
  /** Pledged and authorised, not charged yet. */
  PLEDGED,
  /** Charged successfully: the money is collected. */
  COLLECTED,
  /** The charge failed; the backer may still fix it within the retry window. */
  ERRORED,
  /** The charge failed and was not fixed within the retry window: nothing is collected. */
  DROPPED,
  /** Canceled by the backer before the deadline: not part of the total at the deadline. */
  CANCELED,
  /** Collected, then paid back to the backer (a refund or a dispute). */
  REFUNDED,
  /**
   * Paid over time in a payment plan: the campaign charge left it to its own payments, whose states
   * {@link PaymentPlanView#of(BackerId)} gives.
   */
  PAYING_OVER_TIME,
  /**
   * The charge needs the backer's authentication (3-D Secure) before it can be collected: nothing is collected yet;
   * collected when the backer authenticates within the retry window
   * ({@link CampaignCommand.AuthenticatePayment}), dropped when the window closes.
   */
  AUTHENTICATION_REQUIRED;

  /**
   * Tells whether a pledge in this state is settled, that is, no further payment attempt will change it.
   *
   * @return {@code true} for {@link #COLLECTED}, {@link #DROPPED}, {@link #CANCELED} and {@link #REFUNDED}
   */
  public boolean isFinal() {
    return this == COLLECTED || this == DROPPED || this == CANCELED || this == REFUNDED;
  }
}
