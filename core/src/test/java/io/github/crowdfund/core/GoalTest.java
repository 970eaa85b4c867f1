package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The checks of money and pre-order goals, at their lowest allowed values and just below. */
class GoalTest {

  @Test
  void aMoneyGoalMustBePositiveAndQuotesTheTarget() {
    assertThat(Goal.allOrNothing(Money.ofMajor(CurrencyUnit.JPY, 1)).currency()).isEqualTo(CurrencyUnit.JPY);
    assertThat(Goal.keepItAll(Money.of(CurrencyUnit.USD, 0.01))).isEqualTo(
        new Goal.MoneyGoal(Money.of(CurrencyUnit.USD, 0.01), FundingModel.KEEP_IT_ALL));
    assertThatThrownBy(() -> Goal.allOrNothing(Money.zero(CurrencyUnit.USD)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("goal target must be positive: USD 0.00");
  }

  @Test
  void aPreOrderGoalNeedsOneOrderOrMoreAtAPositivePrice() {
    Goal one = Goal.preOrders(1, Money.of(CurrencyUnit.EUR, 20));
    assertThat(one).isEqualTo(new Goal.PreOrderGoal(1, Money.of(CurrencyUnit.EUR, 20)));
    assertThat(one.currency()).isEqualTo(CurrencyUnit.EUR);
    assertThatThrownBy(() -> Goal.preOrders(0, Money.of(CurrencyUnit.EUR, 20)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pre-order goal must be at least 1 order: 0");
    assertThatThrownBy(() -> Goal.preOrders(5, Money.zero(CurrencyUnit.EUR)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pre-order price must be positive: EUR 0.00");
  }
}
