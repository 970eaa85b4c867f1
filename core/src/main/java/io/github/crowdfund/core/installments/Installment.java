package io.github.crowdfund.core.installments;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One payment of a {@link PaymentPlan}: its number, due instant, amount, state, how many attempts were made, when
 * its window to be fixed ends and when its last attempt failed. Changes return a new value; an illegal change throws
 * and changes nothing.
 *
 * <p>The window's end is <em>inclusive</em> for a charge attempt: an attempt at exactly {@code windowEnd} is the
 * automatic retry at the end of the window (Kickstarter's "one automatic retry at the end" of its 7 days); after it,
 * the payment may no longer be tried. The spacing between attempts ({@link PaymentPlanShape#attemptSpacing()}) is a
 * rule of the decider, not of this value: {@link #attempt} records an attempt at any instant within the window, so a
 * log stored before the spacing was enforced still replays; {@link #earliestAttempt} tells when the next attempt may
 * be made.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the payment's number, from 1
 * @param due when it is first tried
 * @param amount how much, positive or zero, in the pledge's currency
 * @param state its state
 * @param attempts how many charges were tried, zero or more
 * @param windowEnd the end (inclusive for a charge attempt) of the time in which it may be tried or fixed
 * @param lastFailedAt when its last failed attempt was made; empty if no attempt failed
 */
public record Installment(int number, Instant due, Money amount, InstallmentState state, int attempts,
    Instant windowEnd, Optional<Instant> lastFailedAt) {

  /**
   * Validates the payment.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number is below 1, the attempts negative, the amount negative, the
   *     window ends before the due instant, or a failed attempt is given with no attempt made or before the due
   *     instant, quoting the value
   */
  public Installment {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(lastFailedAt, "lastFailedAt");
    if (number < 1 || attempts < 0 || amount.isNegative() || windowEnd.isBefore(due)
        || lastFailedAt.isPresent() && (attempts == 0 || lastFailedAt.get().isBefore(due))) {
      throw new IllegalArgumentException("not a payment: number " + number + ", attempts " + attempts + ", amount "
          + amount + ", due " + due + ", window end " + windowEnd + ", last failed attempt "
          + lastFailedAt.map(Instant::toString).orElse("none"));
    }
  }

  /**
   * A payment none of whose attempts failed (or whose failures are not known).
   *
   * @param number the payment's number, from 1
   * @param due when it is first tried
   * @param amount how much, positive or zero, in the pledge's currency
   * @param state its state
   * @param attempts how many charges were tried, zero or more
   * @param windowEnd the end (inclusive for a charge attempt) of the time in which it may be tried or fixed
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Installment(int number, Instant due, Money amount, InstallmentState state, int attempts,
      Instant windowEnd) {
    this(number, due, amount, state, attempts, windowEnd, Optional.empty());
  }

  /**
   * Returns the earliest instant at which this payment may next be tried: its due instant, or, once an attempt
   * failed, that attempt plus {@code spacing} if that is later. Says nothing of the window or of the attempts left.
   *
   * @param spacing the time between two attempts ({@link PaymentPlanShape#attemptSpacing()}), zero or positive
   * @return the earliest next attempt; {@link Instant#MAX} if the sum is beyond what an instant holds
   */
  public Instant earliestAttempt(Duration spacing) {
    Objects.requireNonNull(spacing, "spacing");
    if (lastFailedAt.isEmpty()) {
      return due;
    }
    Instant spaced;
    try {
      spaced = lastFailedAt.get().plus(spacing);
    } catch (DateTimeException | ArithmeticException beyond) {
      spaced = Instant.MAX;
    }
    return spaced.isAfter(due) ? spaced : due;
  }

  /**
   * Records one charge attempt at {@code at}: collected if it succeeded, errored (and {@code at} kept as the last
   * failed attempt) otherwise. The spacing between attempts is not checked here (see the class comment).
   *
   * @param at when, from the due instant to the window's end, both inclusive
   * @param succeeded whether the charge succeeded
   * @param maxAttempts the plan's attempts per payment
   * @return the payment after the attempt
   * @throws IllegalArgumentException if the payment is not open, not due yet, past its window, or out of attempts
   */
  public Installment attempt(Instant at, boolean succeeded, int maxAttempts) {
    Objects.requireNonNull(at, "at");
    requireOpen("attempt");
    if (at.isBefore(due) || at.isAfter(windowEnd)) {
      throw new IllegalArgumentException("payment " + number + " may be tried from " + due + " until " + windowEnd
          + " inclusive, not at " + at);
    }
    if (attempts >= maxAttempts) {
      throw new IllegalArgumentException("payment " + number + " was already tried " + attempts + " times, the most "
          + "the plan allows");
    }
    return new Installment(number, due, amount, succeeded ? InstallmentState.COLLECTED : InstallmentState.ERRORED,
        attempts + 1, windowEnd, succeeded ? lastFailedAt : Optional.of(at));
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
    return new Installment(number, due, amount, newState, attempts, windowEnd, lastFailedAt);
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
