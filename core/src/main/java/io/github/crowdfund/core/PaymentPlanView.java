package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.AuthenticationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A campaign's pledges paid over time, each split by the campaign's payment plan shape: reached with
 * {@link Campaign#paymentPlans()}. Amounts are in the campaign currency.
 *
 * <p>This class is immutable and thread-safe: it reads the campaign value it came from.
 */
public final class PaymentPlanView {

  private final Campaign campaign;
  private final PaymentPlans plans;

  PaymentPlanView(Campaign campaign) {
    this.campaign = campaign;
    this.plans = campaign.plans();
  }

  /**
   * Returns the payment plan shape the campaign offers its backers, once enabled.
   *
   * @return the shape, or empty when the campaign offers no payment plans
   */
  public Optional<PaymentPlanShape> shape() {
    return plans.shape();
  }

  /**
   * Returns a backer's payment plan: the pledge split by the campaign's shape and scheduled from the deadline, each
   * payment in its state (all scheduled until the pledges are charged). O(log n).
   *
   * @param backer the backer; not null
   * @return the plan, or empty when the backer has no pledge paid over time
   */
  public Optional<PaymentPlan> of(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    PaymentPlans.Payments payments = plans.get(backer.value());
    PledgeTrie.Entry entry = campaign.book().get(backer.value());
    if (payments == null || entry == null) {
      return Optional.empty();
    }
    return Optional.of(payments.toPlan(plans.shape().orElseThrow(),
        Money.ofMinor(campaign.currency(), entry.amountMinor()), campaign.deadlineOrNull()));
  }

  /**
   * Returns every request for a backer's authentication (3-D Secure) that a plan payment's charge made, by date, each
   * with the amount of the payment that awaited it. O(n) in the backers paying over time.
   *
   * @return a new list, empty when no charge asked for authentication
   */
  public List<AuthenticationRequest> authenticationRequests() {
    List<AuthenticationRequest> all = new ArrayList<>();
    plans.forEach((key, payments) -> {
      if (payments.asked().isEmpty()) {
        return;
      }
      BackerId backer = BackerId.of(key);
      of(backer).ifPresent(plan -> {
        for (PaymentPlans.AuthenticationAsked asked : payments.asked()) {
          all.add(new AuthenticationRequest(asked.at(), backer, asked.number(),
              plan.installment(asked.number()).amount()));
        }
      });
    });
    all.sort(Comparator.comparing(AuthenticationRequest::at).thenComparing(r -> r.backer().value()));
    return all;
  }

  /**
   * Returns when the last payment numbered 2 or later of any plan was collected: the instant of its collecting
   * charge. O(1).
   *
   * @return the instant, or empty when no such payment was collected
   */
  public Optional<Instant> lastLaterPaymentCollectedAt() {
    return plans.laterCollectedAt();
  }

  /**
   * Returns how many backers pay over time. O(1).
   *
   * @return the number of payment plans
   */
  public int count() {
    return plans.size();
  }

  /**
   * Returns how many payment plans still have a payment that may be collected. O(1).
   *
   * @return the number of open plans; zero when every plan is finished
   */
  public int openCount() {
    return plans.open();
  }
}
