package io.github.crowdfund.markets;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.CreatorProfile.ThroughPartner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Generators for the markets module's property tests. */
final class MarketsGenerators {

  /** A country that is no Kickstarter market and no EU member: somewhere "abroad" for every market. */
  static final String ABROAD = "BR";

  private static final List<String> OTHER_COUNTRIES = List.of(ABROAD, "IN", "KR", "PT", "FI", "CZ", "HR", "TR");

  private MarketsGenerators() {}

  /** Days from 2005 to 2030, around the whole history of the bundled markets. */
  static Gen<LocalDate> dates() {
    return integers().between((int) LocalDate.of(2005, 1, 1).toEpochDay(), (int) LocalDate.of(2030, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** The bundled Kickstarter markets. */
  static Gen<Market> kickstarterMarkets() {
    return arbitrary().pick(MarketCatalog.kickstarter().markets());
  }

  /** Codes of the Kickstarter market countries and of some other countries, EU members and not. */
  static Gen<String> countries() {
    List<String> codes = new ArrayList<>(MarketCatalog.kickstarter().countryCodes());
    codes.addAll(OTHER_COUNTRIES);
    return arbitrary().pick(codes);
  }

  /** Bank accounts anywhere, in a market currency or another one; sometimes none. */
  static Gen<Optional<BankAccount>> bankAccounts() {
    List<String> currencies = List.of("USD", "EUR", "GBP", "JPY", "SEK", "DKK", "CHF", "PLN", "BRL");
    return countries().zip(arbitrary().pick(currencies), BankAccount::of).toOptionals(20);
  }

  /** Individuals of any age (born 1940 to 2015), perhaps with an adult-or-not guardian. */
  static Gen<Individual> individuals() {
    Gen<Individual> adults = person(Optional.empty());
    return adults.toOptionals(70).flatMap(MarketsGenerators::person);
  }

  private static Gen<Individual> person(Optional<Individual> guardian) {
    Gen<LocalDate> births = integers()
        .between((int) LocalDate.of(1940, 1, 1).toEpochDay(), (int) LocalDate.of(2015, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Gen<List<String>> ids = lists().of(countries()).ofSizeBetween(0, 2);
    return births.zip(countries(), ids, bankAccounts(), booleans().all(), (birth, residence, idList, bank, card) ->
        Individual.builder()
            .birthDate(birth)
            .residence(residence)
            .addAllIdCountries(idList)
            .bankAccount(bank)
            .hasCard(card)
            .guardian(guardian)
            .build());
  }

  /** Entities registered anywhere, with or without an authorised representative and a bank account. */
  static Gen<Entity> entities() {
    return countries().zip(booleans().all(), bankAccounts(), (country, authorised, bank) -> Entity.builder()
        .name("Studio " + country)
        .registeredIn(country)
        .representativeAuthorised(authorised)
        .bankAccount(bank)
        .build());
  }

  /** Any kind of profile: individuals, entities, and creators launching through a partner entity. */
  static Gen<CreatorProfile> profiles() {
    Gen<CreatorProfile> individuals = individuals().map(i -> i);
    Gen<CreatorProfile> entities = entities().map(e -> e);
    Gen<CreatorProfile> partnered = individuals().zip(entities(), ThroughPartner::new);
    return individuals.mix(entities, 30).mix(partnered, 25);
  }
}
