package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A reward tier's availability window, its shipping countries and the check of each of its values. */
class RewardTierTest {

  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-03-08T00:00:00Z");

  /** A builder with every required value (the builder is strict: each value is set once). */
  private static RewardTier.Builder tier(String id, String title, Money price) {
    RewardTier.Builder builder = RewardTier.builder();
    builder.id(id).title(title).price(price).estimatedDelivery(YearMonth.of(2026, 12));
    return builder;
  }

  private static RewardTier.Builder tier() {
    return tier("early", "Early bird", Money.of(CurrencyUnit.USD, 25));
  }

  @Test
  void aWindowIncludesItsStartAndExcludesItsEnd() {
    RewardTier window = tier().availableFrom(FROM).availableUntil(UNTIL).build();
    assertThat(window.isAvailableAt(FROM.minusNanos(1))).isFalse();
    assertThat(window.isAvailableAt(FROM)).isTrue();
    assertThat(window.isAvailableAt(UNTIL.minusNanos(1))).isTrue();
    assertThat(window.isAvailableAt(UNTIL)).isFalse();
  }

  @Test
  void aWindowOpenAtOneEndIsBoundedOnlyAtTheOther() {
    RewardTier fromOnly = tier().availableFrom(FROM).build();
    assertThat(fromOnly.isAvailableAt(FROM.minusNanos(1))).isFalse();
    assertThat(fromOnly.isAvailableAt(Instant.MAX)).isTrue();
    RewardTier untilOnly = tier().availableUntil(UNTIL).build();
    assertThat(untilOnly.isAvailableAt(Instant.MIN)).isTrue();
    assertThat(untilOnly.isAvailableAt(UNTIL)).isFalse();
    RewardTier always = tier().build();
    assertThat(always.isAvailableAt(Instant.MIN)).isTrue();
    assertThat(always.isAvailableAt(Instant.MAX)).isTrue();
  }

  @Test
  void anEmptyShippingSetMeansEverywhere() {
    assertThat(tier().build().shipsTo(Country.of("JP"))).isTrue();
    RewardTier europe = tier().addShipsTo(Country.of("DE"), Country.of("FR")).build();
    assertThat(europe.shipsTo(Country.of("DE"))).isTrue();
    assertThat(europe.shipsTo(Country.of("JP"))).isFalse();
  }

  @Test
  void eachValueOutOfRangeIsRefusedQuotingIt() {
    assertThatThrownBy(() -> tier(" ", "Early bird", Money.of(CurrencyUnit.USD, 25)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reward tier id must not be blank: ' '");
    assertThatThrownBy(() -> tier("early", "", Money.of(CurrencyUnit.USD, 25)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reward tier title must not be blank: ''");
    assertThatThrownBy(() -> tier("early", "Early bird", Money.of(CurrencyUnit.USD, -0.01)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reward tier price must not be negative: USD -0.01");
    assertThat(tier("early", "Early bird", Money.zero(CurrencyUnit.USD)).build().price()).isEqualTo(Money.zero(CurrencyUnit.USD));
    assertThatThrownBy(() -> tier().limit(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reward tier limit must be at least 1: 0");
    assertThat(tier().limit(1).build().limit()).contains(1);
    assertThatThrownBy(() -> tier().availableFrom(UNTIL).availableUntil(UNTIL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reward tier window must end after it starts: from " + UNTIL + " until " + UNTIL);
    assertThat(tier().availableFrom(UNTIL.minusNanos(1)).availableUntil(UNTIL).build().isAvailableAt(
        UNTIL.minusNanos(1))).isTrue();
  }
}
