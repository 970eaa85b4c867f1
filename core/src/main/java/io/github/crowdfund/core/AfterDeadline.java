package io.github.crowdfund.core;

/**
 * What a campaign holds for the time after its deadline: its late pledges, its payment plans, and its refunds and
 * disputes.
 *
 * <p>This record is immutable and thread-safe.
 */
record AfterDeadline(LatePledges late, PaymentPlans plans, Reversals reversals) {

  /** Nothing after the deadline yet. */
  static final AfterDeadline NONE = new AfterDeadline(LatePledges.NONE, PaymentPlans.NONE, Reversals.NONE);

  AfterDeadline withLate(LatePledges newLate) {
    return new AfterDeadline(newLate, plans, reversals);
  }

  AfterDeadline withPlans(PaymentPlans newPlans) {
    return new AfterDeadline(late, newPlans, reversals);
  }

  AfterDeadline withReversals(Reversals newReversals) {
    return new AfterDeadline(late, plans, newReversals);
  }
}
