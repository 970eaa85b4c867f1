package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.markets.BankAccount;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The parts the scenarios share: creators, reward tiers and the settlement table. */
final class Stories {

  private Stories() {}

  /** A person who lives in {@code country}, holds its ID and a card, and banks there in {@code currency}. */
  static Individual residentOf(Country country, String currency, LocalDate born) {
    return Individual.builder()
        .birthDate(born)
        .residence(country)
        .addIdCountries(country)
        .bankAccount(BankAccount.of(country, currency))
        .hasCard(true)
        .build();
  }

  /** A company registered in the United States with a US dollar account, set up by an authorised executive. */
  static Entity usCompany(String name) {
    return Entity.builder()
        .name(name)
        .registeredIn(Country.of("US"))
        .representativeAuthorised(true)
        .bankAccount(BankAccount.of(Country.of("US"), "USD"))
        .build();
  }

  /** A reward tier at a whole amount of {@code currency}; {@code limit} 0 means unlimited. */
  static RewardTier tier(CurrencyUnit currency, String id, String title, long price, int limit, YearMonth delivery) {
    RewardTier.Builder tier = RewardTier.builder().id(id).title(title).price(Money.ofMajor(currency, price))
        .estimatedDelivery(delivery);
    if (limit > 0) {
      tier.limit(limit);
    }
    return tier.build();
  }

  /** Where the money went, as a two-column table. */
  static String settlementTable(Settlement<BackerId> settlement) {
    return Text.Table.of("", "amount")
        .row("pledged at the deadline", Text.money(settlement.pledgedAtDeadline()))
        .row("dropped", Text.money(settlement.dropped()))
        .row("collected", Text.money(settlement.collected()))
        .row("platform fee", Text.money(settlement.platformFee()))
        .row("processing fees", Text.money(settlement.processingFees()))
        .row("payout to the creator", Text.money(settlement.payout()))
        .render();
  }
}
