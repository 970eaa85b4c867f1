package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The checks of an add-on's limits, at their lowest allowed values and just below. */
class AddOnTest {

  private static AddOn.Builder addOn() {
    AddOn.Builder builder = AddOn.builder();
    builder.id("stand").title("Lamp stand").price(Money.of(CurrencyUnit.USD, 15));
    return builder;
  }

  @Test
  void aLimitAndAPerBackerMaximumOfOneAreAllowedAndZeroIsRefusedQuotingIt() {
    AddOn one = addOn().limit(1).perBackerMaximum(1).build();
    assertThat(one.limit()).contains(1);
    assertThat(one.perBackerMaximum()).isEqualTo(1);
    assertThatThrownBy(() -> addOn().limit(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("add-on limit must be at least 1: 0");
    assertThatThrownBy(() -> addOn().perBackerMaximum(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("add-on per-backer maximum must be at least 1: 0");
  }
}
