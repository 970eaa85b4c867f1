package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentState;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.joda.money.Money;

/**
 * A campaign's pledges over time: the {@link PaymentPlanShape} the campaign offers (once enabled) and, per backer who
 * chose a plan, its payments in compact form (a state and an attempt count each, a few bytes, the instant of each
 * payment's last failed attempt once one failed, and the dates of any authentication requests), in a persistent map
 * keyed by backer number, and when the last payment numbered 2 or later of any plan was collected (the date of the
 * installments payout). The amounts and due dates are not stored: they follow from the pledge, the shape and the
 * deadline, so {@link PaymentPlan} values are rebuilt when asked for. Every change returns a new value in O(log n).
 *
 * <p>This class is immutable and thread-safe.
 */
final class PaymentPlans {

  /** Payment plans not enabled. */
  static final PaymentPlans NONE = new PaymentPlans(null, LongMap.empty(), 0, null);

  private static final InstallmentState[] STATES = InstallmentState.values();

  private final PaymentPlanShape shape;
  private final LongMap<Payments> plans;
  /** How many plans have a payment that may still be collected. */
  private final int open;
  /** When the last payment numbered 2 or later of any plan was collected, or null if none was. */
  private final Instant laterCollectedAt;

  private PaymentPlans(PaymentPlanShape shape, LongMap<Payments> plans, int open, Instant laterCollectedAt) {
    this.shape = shape;
    this.plans = plans;
    this.open = open;
    this.laterCollectedAt = laterCollectedAt;
  }

  /**
   * Payment plans rebuilt from their parts (a snapshot being read), the count of open plans recomputed.
   *
   * @param shape the shape offered, or null if plans were not enabled
   * @param laterCollectedAt when the last later payment was collected, or null
   */
  static PaymentPlans restored(PaymentPlanShape shape, LongMap<Payments> plans, Instant laterCollectedAt) {
    int[] open = {0};
    plans.forEach((backer, payments) -> open[0] += payments.open() ? 1 : 0);
    return new PaymentPlans(shape, plans, open[0], laterCollectedAt);
  }

  boolean enabled() {
    return shape != null;
  }

  Optional<PaymentPlanShape> shape() {
    return Optional.ofNullable(shape);
  }

  /** The chosen plan's payments of a backer, or null. */
  Payments get(long backer) {
    return plans.get(backer);
  }

  int size() {
    return plans.size();
  }

  /** Every chosen plan's payments, keyed by backer number. */
  LongMap<Payments> byBacker() {
    return plans;
  }

  /** How many plans have a payment that may still be collected. */
  int open() {
    return open;
  }

  /** When the last payment numbered 2 or later of any plan was collected, if one was. */
  Optional<Instant> laterCollectedAt() {
    return Optional.ofNullable(laterCollectedAt);
  }

  /** These plans after a payment numbered 2 or later was collected at {@code at}. */
  PaymentPlans laterCollected(Instant at) {
    Objects.requireNonNull(at, "at");
    Instant last = laterCollectedAt == null || at.isAfter(laterCollectedAt) ? at : laterCollectedAt;
    return new PaymentPlans(shape, plans, open, last);
  }

  void forEach(BiConsumer<Long, Payments> action) {
    plans.forEach(action);
  }

  PaymentPlans enable(PaymentPlanShape offered) {
    return new PaymentPlans(offered, plans, open, laterCollectedAt);
  }

  /** A backer chose (or, where the shape allows it, changed) a plan of {@code payments} payments. */
  PaymentPlans chosen(long backer, int payments) {
    return with(backer, Payments.scheduled(payments));
  }

  /** The plan of a backer after a change of its payments. */
  PaymentPlans with(long backer, Payments payments) {
    Payments old = plans.get(backer);
    int stillOpen = open - (old != null && old.open() ? 1 : 0) + (payments.open() ? 1 : 0);
    return new PaymentPlans(shape, plans.put(backer, payments), stillOpen, laterCollectedAt);
  }

  /** No plan for a backer (the pledge was canceled). */
  PaymentPlans without(long backer) {
    Payments old = plans.get(backer);
    return old == null ? this : new PaymentPlans(shape, plans.remove(backer), open - (old.open() ? 1 : 0),
        laterCollectedAt);
  }

  /** No plans at all (the pledges became void), the shape kept. */
  PaymentPlans cleared() {
    return new PaymentPlans(shape, LongMap.empty(), 0, null);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof PaymentPlans that
        && Objects.equals(shape, that.shape) && open == that.open && plans.equals(that.plans)
        && Objects.equals(laterCollectedAt, that.laterCollectedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, open, plans.size());
  }

  /**
   * When a payment of a plan asked for the backer's authentication (3-D Secure).
   *
   * @param number the payment's number, from 1
   * @param at when the charge asked for it; not null
   */
  record AuthenticationAsked(int number, Instant at) {
    AuthenticationAsked {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The payments of one plan: per payment its {@link InstallmentState} and how many charges were tried, one byte
   * each; the instant of each payment's last failed attempt (kept only once an attempt of the plan failed, so the
   * decider can space the next one); and the authentication requests in the order they came (none for most plans).
   *
   * <p>This class is immutable and thread-safe: the arrays are never changed nor handed out.
   */
  static final class Payments {
    private final byte[] states;
    private final byte[] attempts;
    /** Per payment, when its last attempt failed (null where none did); null when no attempt of the plan failed. */
    private final Instant[] failedAt;
    private final List<AuthenticationAsked> asked;

    private Payments(byte[] states, byte[] attempts, Instant[] failedAt, List<AuthenticationAsked> asked) {
      this.states = states;
      this.attempts = attempts;
      this.failedAt = failedAt;
      this.asked = asked;
    }

    /**
     * Payments rebuilt from their parts (a snapshot being read); the arrays are kept, not copied.
     *
     * @param states per payment, an {@link InstallmentState} ordinal
     * @param attempts per payment, the charges tried
     * @param failedAt per payment, when its last attempt failed (null where none did); null when none did
     * @throws IllegalArgumentException if the arrays differ in length, a state is not an ordinal or an attempt count
     *     is negative
     */
    static Payments restored(byte[] states, byte[] attempts, Instant[] failedAt, List<AuthenticationAsked> asked) {
      if (states.length != attempts.length || failedAt != null && failedAt.length != states.length) {
        throw new IllegalArgumentException("a plan's payments need one state, attempt count and failure date each");
      }
      for (int i = 0; i < states.length; i++) {
        if (states[i] < 0 || states[i] >= STATES.length) {
          throw new IllegalArgumentException("payment " + (i + 1) + " has no state " + states[i]);
        }
        if (attempts[i] < 0) {
          throw new IllegalArgumentException("payment " + (i + 1) + " has a negative attempt count " + attempts[i]);
        }
      }
      return new Payments(states, attempts, failedAt, List.copyOf(asked));
    }

    /** The state of payment {@code index} (from 0). */
    InstallmentState state(int index) {
      return STATES[states[index]];
    }

    /** The charges tried for payment {@code index} (from 0). */
    int attempts(int index) {
      return attempts[index];
    }

    /** Whether any attempt of the plan failed, so that failure dates are kept. */
    boolean keepsFailures() {
      return failedAt != null;
    }

    /** When the last attempt of payment {@code index} (from 0) failed, or null. */
    Instant failedAt(int index) {
      return failedAt == null ? null : failedAt[index];
    }

    static Payments scheduled(int payments) {
      return new Payments(new byte[payments], new byte[payments], null, List.of());
    }

    /** The authentication requests of the plan, in the order they came; unmodifiable. */
    List<AuthenticationAsked> asked() {
      return asked;
    }

    /** These payments with the authentication requests of {@code before} (null for none), and {@code more}. */
    Payments askedAs(Payments before, List<AuthenticationAsked> more) {
      List<AuthenticationAsked> all = new ArrayList<>(before == null ? List.of() : before.asked);
      all.addAll(more);
      return new Payments(states, attempts, failedAt, all.isEmpty() ? List.of() : List.copyOf(all));
    }

    /** The compact form of a plan's payments (its shape allows at most 127 attempts per payment). */
    static Payments of(PaymentPlan plan) {
      List<Installment> all = plan.installments();
      byte[] states = new byte[all.size()];
      byte[] attempts = new byte[all.size()];
      Instant[] failedAt = null;
      for (int i = 0; i < states.length; i++) {
        Installment payment = all.get(i);
        states[i] = (byte) payment.state().ordinal();
        attempts[i] = (byte) Math.min(payment.attempts(), Byte.MAX_VALUE);
        if (payment.lastFailedAt().isPresent()) {
          failedAt = failedAt == null ? new Instant[states.length] : failedAt;
          failedAt[i] = payment.lastFailedAt().get();
        }
      }
      return new Payments(states, attempts, failedAt, List.of());
    }

    int count() {
      return states.length;
    }

    boolean open() {
      for (byte state : states) {
        if (STATES[state].isOpen()) {
          return true;
        }
      }
      return false;
    }

    /**
     * The plan these payments belong to: the pledge split by the shape after a success at {@code success}, each
     * payment in its state.
     */
    PaymentPlan toPlan(PaymentPlanShape shape, Money pledge, Instant success) {
      PaymentPlan scheduled = PaymentPlan.of(shape, pledge, states.length, success);
      List<Installment> all = new ArrayList<>(states.length);
      for (Installment p : scheduled.installments()) {
        int i = p.number() - 1;
        all.add(new Installment(p.number(), p.due(), p.amount(), STATES[states[i]], attempts[i], p.windowEnd(),
            Optional.ofNullable(failedAt == null ? null : failedAt[i])));
      }
      return new PaymentPlan(shape, pledge, all);
    }

    @Override
    public boolean equals(Object other) {
      return other == this || other instanceof Payments that
          && Arrays.equals(states, that.states) && Arrays.equals(attempts, that.attempts)
          && Arrays.equals(failedAt, that.failedAt) && asked.equals(that.asked);
    }

    @Override
    public int hashCode() {
      return (Arrays.hashCode(states) * 31 + Arrays.hashCode(attempts)) * 31 + asked.hashCode();
    }
  }
}
