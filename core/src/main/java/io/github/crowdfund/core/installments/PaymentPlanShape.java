package io.github.crowdfund.core.installments;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * How a platform lets a backer pay a pledge over time: between {@code minPayments} and {@code maxPayments} payments
 * {@code interval} apart (days count from the first payment, in UTC), the first {@code firstPaymentAfter} the
 * campaign's success; a minimum pledge per currency; each payment tried up to {@code attempts} times
 * {@code attemptSpacing} apart within a window ({@code firstWindow} for the first payment, {@code laterWindow} for
 * the others); whether the plan may be edited once chosen, and whether a backer who stops paying keeps what was
 * already paid.
 *
 * <p>A window's end is inclusive for a charge attempt (an attempt at exactly the end is the automatic retry at the
 * end, as Kickstarter's "one automatic retry at the end" of its 7 days); after a failed attempt the next one comes
 * no sooner than {@code attemptSpacing} later. The campaign's decider enforces both; see
 * {@link Installment#earliestAttempt}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the shape's id, for example {@code kickstarter-2025}; not blank
 * @param minPayments the fewest payments, at least 2
 * @param maxPayments the most payments, at least {@code minPayments}
 * @param interval the time between two payments, positive (days or months)
 * @param firstPaymentAfter from the campaign's success to the first payment, zero or positive
 * @param minimums the minimum pledge per currency; a currency without one is not eligible (the creator's minimum
 *     goes here when the platform leaves it to the creator)
 * @param attempts how many times one payment is tried, at least 1
 * @param attemptSpacing the least time from a failed attempt to the next attempt of the same payment, zero or
 *     positive
 * @param firstWindow how long the first payment may be fixed after it is due
 * @param laterWindow how long a later payment may be fixed after it is due
 * @param editable whether the plan may change once chosen
 * @param keepsPaidOnStop whether a backer who stops paying keeps what was paid (the earlier payments are not
 *     refunded and the backer is released)
 */
public record PaymentPlanShape(String id, int minPayments, int maxPayments, Period interval,
    Duration firstPaymentAfter, Map<CurrencyUnit, Money> minimums, int attempts, Duration attemptSpacing,
    Duration firstWindow, Duration laterWindow, boolean editable, boolean keepsPaidOnStop) {

  /**
   * Validates the shape.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range, quoting it
   */
  public PaymentPlanShape {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("payment plan id must not be blank: '" + id + "'");
    }
    if (minPayments < 2 || maxPayments < minPayments) {
      throw new IllegalArgumentException("payments must be at least 2 and min <= max: " + minPayments + " to "
          + maxPayments);
    }
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    requireNotNegative(firstPaymentAfter, "firstPaymentAfter");
    requireNotNegative(attemptSpacing, "attemptSpacing");
    requireNotNegative(firstWindow, "firstWindow");
    requireNotNegative(laterWindow, "laterWindow");
    minimums = Map.copyOf(Objects.requireNonNull(minimums, "minimums"));
    minimums.forEach((currency, minimum) -> {
      if (!minimum.getCurrencyUnit().equals(currency) || minimum.isNegative()) {
        throw new IllegalArgumentException("minimum for " + currency + " must be a non-negative amount in "
            + currency + ": " + minimum);
      }
    });
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
  }

  /**
   * Returns the minimum pledge for a currency.
   *
   * @param currency the pledge's currency
   * @return the minimum, or empty when plans are not offered in that currency
   */
  public Optional<Money> minimum(CurrencyUnit currency) {
    return Optional.ofNullable(minimums.get(Objects.requireNonNull(currency, "currency")));
  }

  /**
   * Whether a pledge may be paid with this shape: a minimum is known for its currency and the pledge reaches it.
   *
   * @param pledge the pledge amount
   * @return true if eligible
   */
  public boolean eligible(Money pledge) {
    return minimum(pledge.getCurrencyUnit()).map(min -> !pledge.isLessThan(min)).orElse(false);
  }

  /**
   * Returns this shape with a minimum for a currency (the creator's minimum, or a platform's localized one).
   *
   * @param minimum the minimum pledge
   * @return the changed shape
   */
  public PaymentPlanShape withMinimum(Money minimum) {
    Map<CurrencyUnit, Money> copy = new java.util.HashMap<>(minimums);
    copy.put(minimum.getCurrencyUnit(), minimum);
    return new PaymentPlanShape(id, minPayments, maxPayments, interval, firstPaymentAfter, copy, attempts,
        attemptSpacing, firstWindow, laterWindow, editable, keepsPaidOnStop);
  }

  /**
   * When each payment is due after a success at {@code success}: the first {@link #firstPaymentAfter()} later, the
   * others {@link #interval()} apart, counted in UTC.
   *
   * @param success when the campaign succeeded
   * @param payments how many payments
   * @return the due instants, {@code payments} long
   * @throws IllegalArgumentException if {@code payments} is outside {@code minPayments..maxPayments}
   */
  public List<Instant> dueDates(Instant success, int payments) {
    Objects.requireNonNull(success, "success");
    requirePayments(payments);
    List<Instant> due = new ArrayList<>(payments);
    var first = success.plus(firstPaymentAfter).atZone(ZoneOffset.UTC);
    for (int i = 0; i < payments; i++) {
      due.add(first.plus(interval.multipliedBy(i)).toInstant());
    }
    return due;
  }

  /**
   * How long a payment may be fixed after it is due.
   *
   * @param number the payment's number, from 1
   * @return {@link #firstWindow()} for the first payment, {@link #laterWindow()} for the others
   */
  public Duration window(int number) {
    return number == 1 ? firstWindow : laterWindow;
  }

  void requirePayments(int payments) {
    if (payments < minPayments || payments > maxPayments) {
      throw new IllegalArgumentException("plan '" + id + "' takes " + minPayments + " to " + maxPayments
          + " payments, not " + payments);
    }
  }
}
