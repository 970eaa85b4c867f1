package io.github.crowdfund.core.installments;

import io.github.crowdfund.currency.Allocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.joda.money.Money;

/**
 * A pledge paid over time: the {@link PaymentPlanShape} it follows, the pledge, and its payments, whose amounts add
 * up exactly to the pledge (split with {@link Allocation#split}, the earlier payments taking the minor units that do
 * not divide evenly). Changes return a new plan; an illegal change throws and changes nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param shape the plan's shape
 * @param pledge the pledge paid over time
 * @param installments the payments, numbered from 1 in order
 */
public record PaymentPlan(PaymentPlanShape shape, Money pledge, List<Installment> installments) {

  /**
   * Validates the plan and copies the payments.
   *
   * @throws NullPointerException if an argument or a payment is null
   * @throws IllegalArgumentException if the payments are not numbered 1..n, their count is outside the shape's
   *     range, or their amounts do not add up to the pledge, quoting them
   */
  public PaymentPlan {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(pledge, "pledge");
    installments = List.copyOf(Objects.requireNonNull(installments, "installments"));
    shape.requirePayments(installments.size());
    Money sum = Money.zero(pledge.getCurrencyUnit());
    for (int i = 0; i < installments.size(); i++) {
      if (installments.get(i).number() != i + 1) {
        throw new IllegalArgumentException("payments must be numbered 1 to " + installments.size() + ": "
            + installments);
      }
      sum = sum.plus(installments.get(i).amount());
    }
    if (!sum.equals(pledge)) {
      throw new IllegalArgumentException("payments add up to " + sum + ", not the pledge " + pledge);
    }
  }

  /**
   * Splits a pledge into {@code payments} scheduled payments after a success at {@code success}.
   *
   * @param shape the shape
   * @param pledge the pledge, at or above the shape's minimum for its currency
   * @param payments how many payments, within the shape's range
   * @param success when the campaign succeeded
   * @return the plan, every payment scheduled
   * @throws IllegalArgumentException if the pledge is not eligible or {@code payments} is out of range, quoting it
   */
  public static PaymentPlan of(PaymentPlanShape shape, Money pledge, int payments, Instant success) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(pledge, "pledge");
    if (!shape.eligible(pledge)) {
      throw new IllegalArgumentException("pledge " + pledge + " cannot be paid with plan '" + shape.id()
          + "': its minimum is " + shape.minimum(pledge.getCurrencyUnit()).map(Money::toString)
          .orElse("not offered in " + pledge.getCurrencyUnit()));
    }
    List<Instant> due = shape.dueDates(success, payments);
    List<Money> amounts = Allocation.split(pledge, payments);
    List<Installment> all = new ArrayList<>(payments);
    for (int i = 0; i < payments; i++) {
      all.add(new Installment(i + 1, due.get(i), amounts.get(i), InstallmentState.SCHEDULED, 0,
          due.get(i).plus(shape.window(i + 1))));
    }
    return new PaymentPlan(shape, pledge, all);
  }

  /**
   * Returns a payment.
   *
   * @param number its number, from 1
   * @return the payment
   * @throws IllegalArgumentException if there is no such payment, quoting the number
   */
  public Installment installment(int number) {
    if (number < 1 || number > installments.size()) {
      throw new IllegalArgumentException("no payment " + number + "; the plan has " + installments.size());
    }
    return installments.get(number - 1);
  }

  /**
   * Returns the earliest instant at which a payment may next be tried: its due instant, or its last failed attempt
   * plus the shape's {@link PaymentPlanShape#attemptSpacing()} if later (see {@link Installment#earliestAttempt}).
   *
   * @param number the payment's number, from 1
   * @return the earliest next attempt
   * @throws IllegalArgumentException if there is no such payment, quoting the number
   */
  public Instant earliestAttempt(int number) {
    return installment(number).earliestAttempt(shape.attemptSpacing());
  }

  /**
   * Records a charge attempt of one payment (see {@link Installment#attempt}).
   *
   * @param number the payment's number
   * @param at when
   * @param succeeded whether the charge succeeded
   * @return the changed plan
   */
  public PaymentPlan attempt(int number, Instant at, boolean succeeded) {
    return change(number, p -> p.attempt(at, succeeded, shape.attempts()));
  }

  /**
   * Records that a payment needs the backer's authentication (3-D Secure) before it can be collected.
   *
   * @param number the payment's number
   * @return the changed plan
   */
  public PaymentPlan authenticationRequired(int number) {
    return change(number, Installment::authenticationRequired);
  }

  /**
   * Pays one collected payment back.
   *
   * @param number the payment's number
   * @return the changed plan
   */
  public PaymentPlan refund(int number) {
    return change(number, Installment::refund);
  }

  /**
   * Records a lost chargeback on one collected payment.
   *
   * @param number the payment's number
   * @return the changed plan
   */
  public PaymentPlan chargebackLost(int number) {
    return change(number, Installment::chargebackLost);
  }

  /**
   * The backer stops paying (canceled, or abandoned after failing to pay): every open payment is canceled; what
   * was paid is kept when the shape says so ({@link PaymentPlanShape#keepsPaidOnStop()}), refunded otherwise.
   *
   * @return the plan after the stop
   */
  public PaymentPlan stop() {
    List<Installment> all = new ArrayList<>(installments.size());
    for (Installment p : installments) {
      if (p.state().isOpen()) {
        all.add(p.cancel());
      } else if (p.state() == InstallmentState.COLLECTED && !shape.keepsPaidOnStop()) {
        all.add(p.refund());
      } else {
        all.add(p);
      }
    }
    return new PaymentPlan(shape, pledge, all);
  }

  /**
   * Chooses another number of payments, when the shape allows editing and nothing has been tried yet.
   *
   * @param payments the new number of payments
   * @param success when the campaign succeeded
   * @return the new plan
   * @throws IllegalArgumentException if the shape does not allow editing or a payment was already tried
   */
  public PaymentPlan edit(int payments, Instant success) {
    if (!shape.editable()) {
      throw new IllegalArgumentException("plan '" + shape.id() + "' cannot be edited once chosen");
    }
    if (installments.stream().anyMatch(p -> p.attempts() > 0 || p.state() != InstallmentState.SCHEDULED)) {
      throw new IllegalArgumentException("plan '" + shape.id() + "' cannot be edited after a payment was tried: "
          + installments);
    }
    return of(shape, pledge, payments, success);
  }

  /**
   * Returns what was collected and kept: the sum of the collected payments.
   *
   * @return the amount paid
   */
  public Money paid() {
    return sum(InstallmentState.COLLECTED);
  }

  /**
   * Returns what may still be collected: the sum of the open payments.
   *
   * @return the amount outstanding
   */
  public Money outstanding() {
    return sumWhere(InstallmentState::isOpen);
  }

  /**
   * Returns the sum of the payments in a state.
   *
   * @param state the state
   * @return the sum, zero when none
   */
  public Money sum(InstallmentState state) {
    Objects.requireNonNull(state, "state");
    return sumWhere(state::equals);
  }

  private Money sumWhere(Predicate<InstallmentState> which) {
    Money total = Money.zero(pledge.getCurrencyUnit());
    for (Installment p : installments) {
      if (which.test(p.state())) {
        total = total.plus(p.amount());
      }
    }
    return total;
  }

  private PaymentPlan change(int number, UnaryOperator<Installment> change) {
    Installment changed = change.apply(installment(number));
    List<Installment> all = new ArrayList<>(installments);
    all.set(number - 1, changed);
    return new PaymentPlan(shape, pledge, all);
  }
}
