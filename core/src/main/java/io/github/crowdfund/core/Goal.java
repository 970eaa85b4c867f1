package io.github.crowdfund.core;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What a campaign must reach: an amount of money under a {@link FundingModel}, or a number of pre-orders at a price
 * (Ulule's pre-sale goal, which counts orders, not money).
 *
 * <p>The goal's currency is the campaign's currency. This class is immutable and thread-safe.
 */
public sealed interface Goal {

  /**
   * Returns the campaign currency this goal is stated in.
   *
   * @return the currency, never null
   */
  CurrencyUnit currency();

  /**
   * An all-or-nothing money goal.
   *
   * @param target the amount to reach, positive
   * @return the goal
   * @throws IllegalArgumentException if {@code target} is not positive
   */
  static Goal allOrNothing(Money target) {
    return new MoneyGoal(target, FundingModel.ALL_OR_NOTHING);
  }

  /**
   * A keep-it-all (flexible) money goal.
   *
   * @param target the amount aimed at, positive
   * @return the goal
   * @throws IllegalArgumentException if {@code target} is not positive
   */
  static Goal keepItAll(Money target) {
    return new MoneyGoal(target, FundingModel.KEEP_IT_ALL);
  }

  /**
   * A pre-order goal: {@code orders} pledges with a reward, each at {@code price}.
   *
   * @param orders the number of orders to reach, positive
   * @param price the price of one order, positive
   * @return the goal
   * @throws IllegalArgumentException if {@code orders} or {@code price} is not positive
   */
  static Goal preOrders(int orders, Money price) {
    return new PreOrderGoal(orders, price);
  }

  /**
   * A goal of money: the campaign succeeds (all-or-nothing) when the total pledged at the deadline reaches
   * {@code target}, or (keep-it-all) when anything was raised.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param target the amount to reach, positive, in the campaign currency
   * @param model how the target decides the outcome
   */
  record MoneyGoal(Money target, FundingModel model) implements Goal {

    /**
     * Validates the goal.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code target} is not positive, quoting it
     */
    public MoneyGoal {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(model, "model");
      if (!target.isPositive()) {
        throw new IllegalArgumentException("goal target must be positive: " + target);
      }
    }

    @Override
    public CurrencyUnit currency() {
      return target.getCurrencyUnit();
    }
  }

  /**
   * A goal of pre-orders: the campaign succeeds when at least {@code orders} backers have pledged for a reward by
   * the deadline. Money still needed is counted as the missing orders times {@code price}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param orders the number of orders to reach, positive
   * @param price the price of one order, positive, in the campaign currency
   */
  record PreOrderGoal(int orders, Money price) implements Goal {

    /**
     * Validates the goal.
     *
     * @throws NullPointerException if {@code price} is null
     * @throws IllegalArgumentException if {@code orders} or {@code price} is not positive, quoting it
     */
    public PreOrderGoal {
      Objects.requireNonNull(price, "price");
      if (orders <= 0) {
        throw new IllegalArgumentException("pre-order goal must be at least 1 order: " + orders);
      }
      if (!price.isPositive()) {
        throw new IllegalArgumentException("pre-order price must be positive: " + price);
      }
    }

    @Override
    public CurrencyUnit currency() {
      return price.getCurrencyUnit();
    }
  }
}
