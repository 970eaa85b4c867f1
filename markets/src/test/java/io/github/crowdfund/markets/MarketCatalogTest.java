package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crowdfund.core.Country;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MarketCatalogTest {

  private static final MarketCatalog KICKSTARTER = MarketCatalog.kickstarter();
  private static final String HEADER = "country_code,country,currency,optional_currency,optional_currency_from,"
      + "announced_on,drafting_from,creators_from,date_precision,min_pledge,max_pledge,earlier_max_pledge,confidence\n";
  private static final String PROVENANCE = "# as-of: 2025-01-01\n# source: our own research\n";

  private static List<String> openCodes(LocalDate date) {
    return KICKSTARTER.openOn(date).stream().map(market -> market.country().code()).toList();
  }

  @Test
  void twentyOneMarketsAreOpenOnFirstJanuary2017WithFranceInAndJapanOut() {
    assertThat(openCodes(LocalDate.of(2017, 1, 1))).hasSize(21).contains("FR").doesNotContain("JP");
  }

  @Test
  void japanBecomesTheTwentySecondMarketOnThirteenthSeptember2017() {
    assertThat(openCodes(LocalDate.of(2017, 9, 12))).hasSize(21);
    assertThat(openCodes(LocalDate.of(2017, 9, 13))).hasSize(22).contains("JP");
  }

  @Test
  void polandGreeceAndSloveniaMakeTwentyFiveOnSixthOctober2020() {
    assertThat(openCodes(LocalDate.of(2020, 10, 5))).hasSize(22);
    assertThat(openCodes(LocalDate.of(2020, 10, 6))).hasSize(25).contains("PL", "GR", "SI");
  }

  @Test
  void eighteenMarketsAreOpenInAugust2016BeforeHongKongAndSingapore() {
    assertThat(openCodes(LocalDate.of(2016, 8, 1))).hasSize(18).doesNotContain("HK", "SG");
  }

  @Test
  void noMarketIsOpenBeforeTheUnitedStatesOpenedOnTwentyEighthApril2009() {
    assertThat(KICKSTARTER.openOn(LocalDate.of(2009, 4, 27))).isEmpty();
    assertThat(KICKSTARTER.openOn(LocalDate.of(1990, 1, 1))).isEmpty();
    assertThat(openCodes(LocalDate.of(2009, 4, 28))).containsExactly("US");
    assertThat(KICKSTARTER.statusOn(Country.of("US"), LocalDate.of(2009, 4, 27))).isEmpty();
  }

  @Test
  void japanIsAnnouncedFromSeventeenthMayAndOpenFromThirteenthSeptember2017() {
    assertThat(KICKSTARTER.statusOn(Country.of("JP"), LocalDate.of(2017, 5, 16))).isEmpty();
    assertThat(KICKSTARTER.statusOn(Country.of("JP"), LocalDate.of(2017, 5, 17))).contains(MarketStatus.ANNOUNCED);
    assertThat(KICKSTARTER.statusOn(Country.of("JP"), LocalDate.of(2017, 9, 13))).contains(MarketStatus.OPEN);
  }

  @Test
  void nordicMarketsAndIrelandAreDraftingFromFifteenthSeptember2014UntilTheyOpen() {
    LocalDate drafting = LocalDate.of(2014, 9, 15);
    for (String code : List.of("DK", "IE", "NO", "SE")) {
      Country country = Country.of(code);
      assertThat(KICKSTARTER.statusOn(country, drafting.minusDays(1))).isEmpty();
      assertThat(KICKSTARTER.statusOn(country, drafting)).contains(MarketStatus.DRAFTING);
      assertThat(KICKSTARTER.statusOn(country, LocalDate.of(2014, 10, 21))).contains(MarketStatus.OPEN);
    }
    assertThat(KICKSTARTER.statusOn(Country.of("DE"), LocalDate.of(2015, 4, 28))).contains(MarketStatus.DRAFTING);
  }

  @Test
  void unknownStageDatesStayUnknown() {
    Market france = KICKSTARTER.market(Country.of("FR"));
    assertThat(france.announcedOn()).isEmpty();
    assertThat(france.draftingFrom()).isEmpty();
    assertThat(france.statusOn(LocalDate.of(2015, 5, 26))).isEmpty();
  }

  @Test
  void upcomingListsAnnouncedJapanWithItsOpeningOnFirstJune2017() {
    List<UpcomingMarket> upcoming = KICKSTARTER.upcoming(LocalDate.of(2017, 6, 1));
    assertThat(upcoming).singleElement().satisfies(u -> {
      assertThat(u.market().country()).isEqualTo(Country.of("JP"));
      assertThat(u.status()).isEqualTo(MarketStatus.ANNOUNCED);
      assertThat(u.since()).isEqualTo(LocalDate.of(2017, 5, 17));
      assertThat(u.opening()).contains(OpeningDate.onDay(LocalDate.of(2017, 9, 13)));
    });
  }

  @Test
  void upcomingListsTheDraftingMarketsInSeptember2014() {
    assertThat(KICKSTARTER.upcoming(LocalDate.of(2014, 9, 20)))
        .extracting(u -> u.market().country().code(), UpcomingMarket::status)
        .containsExactly(
            tuple("DK", MarketStatus.DRAFTING),
            tuple("IE", MarketStatus.DRAFTING),
            tuple("NO", MarketStatus.DRAFTING),
            tuple("SE", MarketStatus.DRAFTING));
  }

  @Test
  void japanRunsInYenWithPledgesFromOneHundredToOnePointTwoMillion() {
    Market japan = KICKSTARTER.market(Country.of("JP"));
    CurrencyUnit yen = CurrencyUnit.of("JPY");
    assertThat(japan.projectCurrency()).isEqualTo(yen);
    PledgeLimits limits = japan.pledgeLimits(yen).orElseThrow();
    assertThat(limits.minimum()).isEqualTo(Money.ofMajor(yen, 100));
    assertThat(limits.maximum()).isEqualTo(Money.ofMajor(yen, 1_200_000));
    assertThat(limits.allows(Money.ofMajor(yen, 99))).isFalse();
    assertThat(limits.allows(Money.ofMajor(yen, 1_200_000))).isTrue();
  }

  @Test
  void theUnitedKingdomKeepsItsEarlierLowerMaximum() {
    PledgeLimits limits = KICKSTARTER.market(Country.of("GB")).pledgeLimits(CurrencyUnit.GBP).orElseThrow();
    assertThat(limits.maximum()).isEqualTo(Money.of(CurrencyUnit.GBP, 8000));
    assertThat(limits.earlierMaximum()).contains(Money.of(CurrencyUnit.GBP, 5000));
    assertThat(KICKSTARTER.market(Country.of("PL")).pledgeLimits(CurrencyUnit.of("PLN")).orElseThrow().earlierMaximum())
        .isEmpty();
  }

  @Test
  void swedenAllowsEuroFromSixthOctober2020AndItsEuroLimitsAreUnknown() {
    Market sweden = KICKSTARTER.market(Country.of("SE"));
    assertThat(sweden.currenciesOn(LocalDate.of(2020, 10, 5))).containsExactly(CurrencyUnit.of("SEK"));
    assertThat(sweden.currenciesOn(LocalDate.of(2020, 10, 6)))
        .containsExactly(CurrencyUnit.of("SEK"), CurrencyUnit.EUR);
    assertThat(sweden.pledgeLimits(CurrencyUnit.EUR)).isEmpty();
  }

  @Test
  void hongKongsOpeningIsKnownOnlyToTheMonth() {
    OpeningDate opening = KICKSTARTER.market(Country.of("HK")).creatorsFrom().orElseThrow();
    assertThat(opening.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(opening.describe()).isEqualTo("in August 2016");
    assertThat(KICKSTARTER.market(Country.of("HK")).confidence()).isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void theBundledCatalogueStatesItsSourceAndAsOfDate() {
    Provenance provenance = KICKSTARTER.provenance();
    assertThat(provenance.file()).isEqualTo("kickstarter-markets.csv");
    assertThat(provenance.asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(provenance.sources()).singleElement().asString().contains("Kickstarter help centre");
    assertThat(KICKSTARTER.markets()).hasSize(25);
  }

  @Test
  void aCountryWithoutAMarketIsRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> KICKSTARTER.market(Country.of("BR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no market in Brazil (BR); known: AT, AU, BE, CA, CH, DE, DK, ES, FR, GB, GR, HK, IE, IT, JP, LU,"
            + " MX, NL, NO, NZ, PL, SE, SG, SI, US");
    assertThatThrownBy(() -> KICKSTARTER.statusOn(Country.of("BR"), LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Brazil (BR)");
  }

  @Test
  void applicationsLoadTheirOwnCatalogue() {
    String csv = PROVENANCE + HEADER
        + "PT,Portugal,EUR,,,2030-01-10,,,day,1,8500,,unconfirmed\n"
        + "US,United States,USD,,,,,2009-04-28,day,1,10000,,confirmed\n";
    MarketCatalog own = MarketCatalog.load(new StringReader(csv), "own.csv");
    assertThat(own.provenance()).isEqualTo(
        new Provenance("own.csv", LocalDate.of(2025, 1, 1), List.of("our own research")));
    assertThat(own.statusOn(Country.of("PT"), LocalDate.of(2030, 2, 1))).contains(MarketStatus.ANNOUNCED);
    assertThat(own.upcoming(LocalDate.of(2030, 2, 1))).singleElement()
        .satisfies(u -> assertThat(u.opening()).isEmpty());
    assertThat(own.market(Country.of("PT")).pledgeLimits(CurrencyUnit.EUR).orElseThrow().minimum())
        .isEqualTo(Money.of(CurrencyUnit.EUR, BigDecimal.ONE));
  }

  @Test
  void malformedCatalogueDataFailsAtLoadNamingFileLineAndFieldOfEveryProblem() {
    String csv = PROVENANCE + HEADER
        + "US,United States,USD,,,,,2009-04-28,day,1,10000,,confirmed\n"
        + "JP,Japan,JPY,,,,,2017-13-01,day,100.5,1200000,,sure\n"
        + "FR,France,EUR,,,,,2015-05-27,day,1,8500\n";
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> MarketCatalog.load(new StringReader(csv), "bad.csv"));
    assertThat(e.problems()).extracting(DataProblem::line, DataProblem::field).containsExactly(
        tuple(5L, "creators_from"),
        tuple(5L, "confidence"),
        tuple(6L, "row"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.csv"));
    assertThat(e).hasMessageContaining("bad.csv:5: creators_from: \"2017-13-01\" is not a date");
  }

  @Test
  void amountsWithMoreDecimalsThanTheCurrencyAllowsAreRejectedAtLoad() {
    String csv = PROVENANCE + HEADER + "JP,Japan,JPY,,,,,2017-09-13,day,100.5,1200000,,confirmed\n";
    assertThatThrownBy(() -> MarketCatalog.load(new StringReader(csv), "yen.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("yen.csv:4: row: \"100.5\" has more decimals than JPY allows (0)");
  }

  @Test
  void aCatalogueWithoutProvenanceOrWithAMissingColumnIsRejected() {
    String noProvenance = HEADER + "US,United States,USD,,,,,2009-04-28,day,1,10000,,confirmed\n";
    assertThatThrownBy(() -> MarketCatalog.load(new StringReader(noProvenance), "plain.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("as-of")
        .hasMessageContaining("source");
    String missingColumn = PROVENANCE + "country_code,country\nUS,United States\n";
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> MarketCatalog.load(new StringReader(missingColumn), "short.csv"));
    assertThat(e.problems()).extracting(DataProblem::field).contains("currency", "confidence");
  }

  @Test
  void stageDatesOutOfOrderAndDuplicateCountriesAreRejectedAtLoad() {
    String csv = PROVENANCE + HEADER
        + "US,United States,USD,,,2010-01-01,,2009-04-28,day,1,10000,,confirmed\n"
        + "GB,United Kingdom,GBP,,,,,2012-10-31,day,1,8000,5000,confirmed\n"
        + "GB,United Kingdom,GBP,,,,,2012-10-31,day,1,8000,5000,confirmed\n";
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> MarketCatalog.load(new StringReader(csv), "order.csv"));
    assertThat(e.problems()).extracting(DataProblem::line, DataProblem::field).containsExactly(
        tuple(4L, "row"),
        tuple(6L, "country_code"));
    assertThat(e.problems().get(0).message()).contains("'2009-04-28' is before announced on '2010-01-01'");
  }

  @Test
  void aMarketBuiltInCodeChecksItsCountryCode() {
    assertThatThrownBy(() -> Market.builder().country(Country.of("UK")).countryName("United Kingdom")
        .projectCurrency(CurrencyUnit.GBP).confidence(Confidence.CONFIRMED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UK'");
    assertThat(Market.builder().country(Country.of("GB")).countryName("United Kingdom").projectCurrency(CurrencyUnit.GBP)
        .confidence(Confidence.CONFIRMED).build().creatorsFrom()).isEqualTo(Optional.empty());
  }
}
