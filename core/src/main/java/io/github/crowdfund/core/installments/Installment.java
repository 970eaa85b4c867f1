package io.github.crowdfund.core.installments;

import java.time.Instant;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One payment of a {@link PaymentPlan}: its number, due instant, amount, state, how many attempts were made and when
 * its window to be fixed ends. Changes return a new value; an illegal change throws and changes nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the payment's number, from 1
 * @param due when it is first tried
 * @param amount how much, positive or zero, in the pledge's currency
 * @param state its state
 * @param attempts how many charges were tried, zero or more
 * @param windowEnd the end (exclusive) of the time in which it may be tried or fixed
 */
public record Installment(int number, Instant due, Money amount, InstallmentState state, int attempts,
    Instant windowEnd) {

  /**
   * Validates the payment.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is below 1, the attempts negative, the amount negative or the
   *     window ends before the due instant, quoting the value
   */
  public Installment {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(windowEnd, "windowEnd");
    if (number < 1 || attempts < 0 || amount.isNegative() || windowEnd.isBefore(due)) {
      throw new IllegalArgumentException("not a payment: number " + number + ", attempts " + attempts + ", amount "
          + amount + ", due " + due + ", window end " + windowEnd);
    }
  }

  /**
   * Records one charge attempt at {@code at}: collected if it succeeded, errored otherwise.
   *
   * @param at when, at or after the due instant and before the window ends
   * @param succeeded whether the charge succeeded
   * @param maxAttempts the plan's attempts per payment
   * @return the payment after the attempt
   * @throws IllegalArgumentException if the payment is not open, not due yet, past its window, or out of attempts
   */
  public Installment attempt(Instant at, boolean succeeded, int maxAttempts) {
    Objects.requireNonNull(at, "at");
    requireOpen("attempt");
    if (at.isBefore(due) || !at.isBefore(windowEnd)) {
      throw new IllegalArgumentException("payment " + number + " may be tried from " + due + " until " + windowEnd
          + ", not at " + at);
    }
    if (attempts >= maxAttempts) {
      throw new IllegalArgumentException("payment " + number + " was already tried " + attempts + " times, the most "
          + "the plan allows");
    }
    return new Installment(number, due, amount, succeeded ? InstallmentState.COLLECTED : InstallmentState.ERRORED,
        attempts + 1, windowEnd);
  }

  /**
   * Records that the charge needs the backer's authentication (3-D Secure) before it can be collected; a later
   * successful {@link #attempt} collects it.
   *
   * @return the payment awaiting authentication
   * @throws IllegalArgumentException if the payment is not open
   */
  public Installment authenticationRequired() {
    requireOpen("ask authentication for");
    return with(InstallmentState.AUTHENTICATION_REQUIRED);
  }

  /**
   * Cancels an open payment: it will never be collected.
   *
   * @return the canceled payment
   * @throws IllegalArgumentException if the payment is not open
   */
  public Installment cancel() {
    requireOpen("cancel");
    return with(InstallmentState.CANCELED);
  }

  /**
   * Pays a collected payment back.
   *
   * @return the refunded payment
   * @throws IllegalArgumentException if the payment is not collected
   */
  public Installment refund() {
    requireCollected("refund");
    return with(InstallmentState.REFUNDED);
  }

  /**
   * Records a chargeback the creator lost on a collected payment.
   *
   * @return the payment, chargeback lost
   * @throws IllegalArgumentException if the payment is not collected
   */
  public Installment chargebackLost() {
    requireCollected("charge back");
    return with(InstallmentState.CHARGEBACK_LOST);
  }

  private Installment with(InstallmentState newState) {
    return new Installment(number, due, amount, newState, attempts, windowEnd);
  }

  private void requireOpen(String action) {
    if (!state.isOpen()) {
      throw new IllegalArgumentException("cannot " + action + " payment " + number + ": it is " + state);
    }
  }

  private void requireCollected(String action) {
    if (state != InstallmentState.COLLECTED) {
      throw new IllegalArgumentException("cannot " + action + " payment " + number + ": it is " + state
          + ", not COLLECTED");
    }
  }
}
