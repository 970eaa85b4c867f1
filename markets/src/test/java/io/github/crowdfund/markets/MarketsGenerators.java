package io.github.crowdfund.markets;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.CreatorProfile.ThroughPartner;
import java.time.LocalDate;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.settlement.PledgePayment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Generators for the markets module's property tests. */
final class MarketsGenerators {

  /** A country that is no Kickstarter market and no EU member: somewhere "abroad" for every market. */
  static final Country ABROAD = Country.of("BR");

  private static final List<Country> OTHER_COUNTRIES =
      Stream.of("IN", "KR", "PT", "FI", "CZ", "HR", "TR").map(Country::of).toList();

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

  /**
   * The Kickstarter market countries and some other countries, EU members and not, nine times in ten; any country
   * the library knows the tenth time.
   */
  static Gen<Country> countries() {
    List<Country> chosen = new ArrayList<>(MarketCatalog.kickstarter().countries());
    chosen.add(ABROAD);
    chosen.addAll(OTHER_COUNTRIES);
    Gen<Country> anyCountry = arbitrary().pick(List.copyOf(Country.all()));
    Gen<Country> chosenCountry = arbitrary().pick(chosen);
    return integers().between(0, 9).flatMap(i -> i == 0 ? anyCountry : chosenCountry);
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
    Gen<List<Country>> ids = lists().of(countries()).ofSizeBetween(0, 2);
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

  /** A platform's rules for one campaign with every unknown fee fact supplied, an outcome, and its pledges. */
  record FeeCase(PlatformRules rules, FundingOutcome outcome, List<PledgePayment<Integer>> pledges) {}

  /** The fee facts a complete schedule needs, with how to make up a value for each from two random numbers. */
  private static final Map<Rule, BiFunction<Integer, Integer, String>> FEE_FACTS = Map.ofEntries(
      Map.entry(Rule.PLATFORM_FEE_PERCENT, (a, b) -> a + "." + b % 10),
      Map.entry(Rule.PLATFORM_FEE_ON_SUCCESS_ONLY, (a, b) -> String.valueOf(b % 2 == 0)),
      Map.entry(Rule.PROCESSING_PERCENT, (a, b) -> String.valueOf(b % 7)),
      Map.entry(Rule.PROCESSING_FIXED, (a, b) -> String.valueOf(a % 3)),
      Map.entry(Rule.TAX_PERCENT, (a, b) -> String.valueOf(a)),
      Map.entry(Rule.TAX_APPLIES_TO, (a, b) -> b % 2 == 0 ? "platform_fee" : "all_fees"),
      Map.entry(Rule.BACKER_FEE_PERCENT, (a, b) -> String.valueOf(b % 4)),
      Map.entry(Rule.BACKER_FEE_FIXED, (a, b) -> "0"),
      Map.entry(Rule.BACKER_FEE_REFUNDED_ON_FAILURE, (a, b) -> String.valueOf(a % 2 == 0)),
      Map.entry(Rule.BACKER_FEE_REFUNDED_WITH_PLEDGE, (a, b) -> String.valueOf(b % 3 == 0)));

  private static final Map<String, List<String>> HOMES = Map.of(
      "Indiegogo", List.of("US USD", "GB GBP", "FR EUR", "JP JPY"),
      "Ulule", List.of("FR EUR"),
      "KissKissBankBank", List.of("FR EUR"),
      "CAMPFIRE", List.of("JP JPY"),
      "READYFOR", List.of("JP JPY"),
      "Makuake", List.of("JP JPY"),
      "GoFundMe", List.of("US USD"));

  /**
   * Every bundled platform on a date from 2014 on, in one of its countries and currencies, with the fee facts its data
   * leaves unknown supplied at random (so every fee shape is exercised), a random outcome and random pledges.
   */
  static Gen<FeeCase> feeCases() {
    Gen<LocalDate> dates = integers()
        .between((int) LocalDate.of(2014, 1, 1).toEpochDay(), (int) LocalDate.of(2026, 11, 28).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Gen<PlatformRules> rules = arbitrary().pick(Platform.bundled()).zip(dates, integers().between(0, 20),
        integers().between(0, 99), integers().between(0, 1000), MarketsGenerators::completeRules);
    return rules.zip(arbitrary().enumValues(FundingOutcome.class), integers().between(0, Integer.MAX_VALUE),
        (r, outcome, seed) -> new FeeCase(r, outcome, pledges(r.currency(), outcome, new java.util.Random(seed))));
  }

  private static PlatformRules completeRules(Platform platform, LocalDate date, int a, int b, int pick) {
    List<String> homes = platform.markets()
        .map(catalog -> catalog.openOn(date).stream()
            .map(m -> m.country().code() + " " + m.projectCurrency().getCode()).toList())
        .orElseGet(() -> HOMES.get(platform.name()));
    String[] home = homes.get(pick % homes.size()).split(" ");
    CurrencyUnit currency = CurrencyUnit.of(home[1]);
    Platform complete = platform;
    for (Map.Entry<Rule, BiFunction<Integer, Integer, String>> fee : FEE_FACTS.entrySet()) {
      if (platform.fact(fee.getKey(), currency.getCode(), date).flatMap(RuleFact::value).isEmpty()) {
        complete = complete.withFact(RuleFact.of(fee.getKey(), currency.getCode(), fee.getValue().apply(a, b),
            Confidence.UNCONFIRMED, "generated for a property test"));
      }
    }
    if (platform.fact(Rule.PLATFORM_FEE_TIER_MODE, currency.getCode(), date).flatMap(RuleFact::value).isEmpty()) {
      complete = complete.withFact(RuleFact.of(Rule.PLATFORM_FEE_TIER_MODE, "*", b % 2 == 0 ? "marginal"
          : "whole_total", Confidence.UNCONFIRMED, "generated for a property test"));
    }
    return complete.rules(Country.of(home[0]), currency, date);
  }

  private static List<PledgePayment<Integer>> pledges(CurrencyUnit currency, FundingOutcome outcome,
      java.util.Random random) {
    List<PaymentState> settled = List.of(PaymentState.COLLECTED, PaymentState.COLLECTED, PaymentState.DROPPED,
        PaymentState.REFUNDED);
    int count = random.nextInt(40);
    List<PledgePayment<Integer>> pledges = new ArrayList<>();
    for (int backer = 0; backer < count; backer++) {
      Money amount = Money.ofMinor(currency, 100 + random.nextInt(2_000_000));
      PaymentState state = outcome == FundingOutcome.FAILED ? PaymentState.PLEDGED
          : settled.get(random.nextInt(settled.size()));
      pledges.add(new PledgePayment<>(backer, amount, state));
    }
    return pledges;
  }

  /** Any kind of profile: individuals, entities, and creators launching through a partner entity. */
  static Gen<CreatorProfile> profiles() {
    Gen<CreatorProfile> individuals = individuals().map(i -> i);
    Gen<CreatorProfile> entities = entities().map(e -> e);
    Gen<CreatorProfile> partnered = individuals().zip(entities(), ThroughPartner::new);
    return individuals.mix(entities, 30).mix(partnered, 25);
  }
}
