package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Data files an application loads itself (platform rules, payment plans, EU membership, a market catalogue): what
 * they may state, and every rule that refuses a row, with the line and field it names.
 */
class OwnDataFilesTest {

  private static final String RULES = "# platform: Own\n# as-of: 2025-01-01\n# source: our research\n"
      + "rule,scope,value,from,until,confidence,source\n";
  private static final String CATALOGUE = "# as-of: 2025-01-01\n# source: our own research\n"
      + "country_code,country,currency,optional_currency,optional_currency_from,announced_on,drafting_from,"
      + "creators_from,date_precision,min_pledge,max_pledge,earlier_max_pledge,confidence\n";
  private static final String PLANS = "# as-of: 2026-12-02\n# source: test\n"
      + "plan,platform,min_payments,max_payments,interval,first_payment_after,minimum,attempts,attempt_spacing,"
      + "first_window,later_window,editable,keeps_paid_on_stop,confidence,source\n";
  private static final String EU = "# as-of: 2026-11-28\n# source: test\ncountry_code,country,member_from,member_until\n";

  private static Platform platform(String rows) {
    return Platform.load(new StringReader(RULES + rows), "own-rules.csv");
  }

  private static List<DataProblem> platformProblems(String rows) {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> platform(rows));
    assertThat(e).as("the file is refused").isNotNull();
    return e.problems();
  }

  private static List<DataProblem> catalogueProblems(String rows) {
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> MarketCatalog.load(new StringReader(CATALOGUE + rows), "own.csv"));
    assertThat(e).as("the catalogue is refused").isNotNull();
    return e.problems();
  }

  @Test
  void aLoadedPlatformKeepsItsFactsWithTheirPeriodsAndUnknowns() {
    Platform own = platform("duration.max_days,*,90,,2011-05-31,confirmed,old terms\n"
        + "duration.max_days,*,60,2011-06-01,,confirmed,new terms\n"
        + "duration.min_days,*,unknown,,,,nobody says\n");
    assertThat(own.name()).isEqualTo("Own");
    assertThat(own.toString()).isEqualTo("Own (as of 2025-01-01)");
    assertThat(own.facts(Rule.MAX_DURATION_DAYS, LocalDate.of(2011, 5, 31))).extracting(RuleFact::value)
        .containsExactly(Optional.of("90"));
    assertThat(own.facts(Rule.MAX_DURATION_DAYS, LocalDate.of(2011, 6, 1))).extracting(RuleFact::source)
        .containsExactly("new terms");
    RuleFact minimum = own.fact(Rule.MIN_DURATION_DAYS, "USD", LocalDate.of(2020, 1, 1)).orElseThrow();
    assertThat(minimum.value()).isEmpty();
    assertThat(minimum.confidence()).isEmpty();
  }

  @Test
  void factsOfTheSameRuleAndScopeMayFollowEachOtherButNotShareADay() {
    assertThat(platform("duration.max_days,*,90,,2011-05-31,confirmed,a\n"
        + "duration.max_days,*,60,2011-06-01,,confirmed,b\n").facts()).hasSize(2);
    List<DataProblem> sharedDay = platformProblems("duration.max_days,*,90,,2011-06-01,confirmed,a\n"
        + "duration.max_days,*,60,2011-06-01,,confirmed,b\n");
    assertThat(sharedDay).extracting(DataProblem::line, DataProblem::field).containsExactly(tuple(6L, "from"));
    assertThat(sharedDay.get(0).message()).isEqualTo("duration.max_days for * overlaps line 5");
    List<DataProblem> inside = platformProblems("duration.max_days,*,90,2010-01-01,2010-12-31,confirmed,a\n"
        + "duration.max_days,*,60,2010-06-01,2010-06-30,confirmed,b\n");
    assertThat(inside).extracting(DataProblem::line).containsExactly(6L);
    List<DataProblem> later = platformProblems("duration.max_days,*,90,2010-06-01,2010-06-30,confirmed,a\n"
        + "duration.max_days,*,60,2010-01-01,2010-12-31,confirmed,b\n");
    assertThat(later).extracting(DataProblem::line).containsExactly(6L);
  }

  @Test
  void factsForDifferentScopesOrRulesNeverConflict() {
    Platform own = platform("pledge.minimum,USD,1,,,confirmed,a\n"
        + "pledge.minimum,EUR,1,,,confirmed,b\n"
        + "pledge.maximum,USD,1000,,,confirmed,c\n");
    assertThat(own.facts()).hasSize(3);
    assertThat(own.fact(Rule.PLEDGE_MINIMUM, "EUR", LocalDate.of(2025, 1, 1)).orElseThrow().source()).isEqualTo("b");
  }

  @Test
  void aPlatformMayOfferSeveralFundingModelsAndGoalKindsAtOnceButNoOtherChoiceTwice() {
    Platform own = platform("funding_model,*,all_or_nothing,,,confirmed,a\n"
        + "funding_model,*,keep_it_all,2020-01-01,,confirmed,b\n"
        + "goal.kind,*,money,,,confirmed,c\n"
        + "goal.kind,*,pre_orders,,,confirmed,d\n");
    assertThat(own.rules(Country.of("FR"), CurrencyUnit.EUR, LocalDate.of(2019, 12, 31)).fundingModels())
        .containsExactly(FundingModel.ALL_OR_NOTHING);
    assertThat(own.rules(Country.of("FR"), CurrencyUnit.EUR, LocalDate.of(2020, 1, 1)).fundingModels())
        .containsExactlyInAnyOrder(FundingModel.ALL_OR_NOTHING, FundingModel.KEEP_IT_ALL);
    assertThat(own.facts(Rule.GOAL_KIND, LocalDate.of(2020, 1, 1))).hasSize(2);
    assertThat(platformProblems("funding_model,*,keep_it_all,,,confirmed,a\n"
        + "funding_model,*,keep_it_all,,,medium,b\n")).extracting(DataProblem::line).containsExactly(6L);
    assertThat(platformProblems("fee.platform.tier_mode,*,whole_total,,,confirmed,a\n"
        + "fee.platform.tier_mode,*,marginal,,,confirmed,b\n")).extracting(DataProblem::line).containsExactly(6L);
  }

  @Test
  void aRowWithABadPeriodOrConfidenceIsRefusedNamingTheValues() {
    List<DataProblem> problems = platformProblems("duration.max_days,*,60,2012-01-01,2011-12-31,confirmed,a\n"
        + "duration.max_days,USD,60,,,sure,b\n"
        + "duration.max_days,EUR,60,,,,c\n");
    assertThat(problems).extracting(DataProblem::line, DataProblem::field).containsExactly(
        tuple(5L, "row"), tuple(6L, "confidence"), tuple(7L, "row"));
    assertThat(problems.get(0).message())
        .isEqualTo("duration.max_days: the period ends on '2011-12-31', before it starts on '2012-01-01'");
    assertThat(problems.get(1).message()).isEqualTo("\"sure\" is not one of: confirmed, medium, unconfirmed");
    assertThat(problems.get(2).message()).isEqualTo("duration.max_days: a known value needs a confidence and an "
        + "unknown one has none, got 60 with no confidence");
    assertThat(platform("duration.max_days,*,60,2012-01-01,2012-01-01,confirmed,one day\n")
        .fact(Rule.MAX_DURATION_DAYS, "*", LocalDate.of(2012, 1, 1))).isPresent();
  }

  @Test
  void aPlatformGetsTheMarketsGiven() {
    MarketCatalog catalogue = MarketCatalog.load(new StringReader(CATALOGUE
        + "US,United States,USD,,,,,2009-04-28,day,1,10000,,confirmed\n"), "own.csv");
    Platform own = platform("duration.max_days,*,60,,,confirmed,a\n").withMarkets(catalogue);
    assertThat(own.markets()).containsSame(catalogue);
    PlatformRules rules = own.rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2020, 1, 1));
    assertThat(rules.market()).map(Market::country).contains(Country.of("US"));
    assertThat(rules.platform()).isSameAs(own);
    assertThat(rules.maximumPledge(CurrencyUnit.USD)).isEqualTo(Money.of(CurrencyUnit.USD, 10000));
    assertThat(rules.toString()).isEqualTo("Own rules for United States (US) in USD launched on 2020-01-01");
  }

  @Test
  void loadedPaymentPlansKeepEveryColumn() {
    PaymentPlanShapes shapes = PaymentPlanShapes.load(new StringReader(PLANS
        + "flex,Own,2,6,P1M,PT0S,USD 100;EUR 90,2,P1D,P7D,P14D,TRUE,false,medium,s\n"
        + "fixed,Own,3,3,P14D,PT24H,,1,PT0S,P7D,P7D,false,True,unconfirmed,s\n"), "plans.csv");
    PaymentPlanShape flex = shapes.shape("flex");
    assertThat(flex.editable()).isTrue();
    assertThat(flex.keepsPaidOnStop()).isFalse();
    assertThat(flex.minimums()).containsOnlyKeys(CurrencyUnit.USD, CurrencyUnit.EUR);
    assertThat(flex.minimum(CurrencyUnit.EUR)).contains(Money.of(CurrencyUnit.EUR, 90));
    assertThat(shapes.confidence("flex")).isEqualTo(Confidence.MEDIUM);
    PaymentPlanShape fixed = shapes.shape("fixed");
    assertThat(fixed.editable()).isFalse();
    assertThat(fixed.keepsPaidOnStop()).isTrue();
    assertThat(fixed.minimums()).isEmpty();
    assertThat(shapes.confidence("fixed")).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(shapes.provenance().asOf()).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void aPaymentPlanFileMayNotRepeatAPlanOrAMinimumCurrency() {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> PaymentPlanShapes.load(
        new StringReader(PLANS
            + "a,Own,3,3,P1M,PT0S,USD 100,1,PT0S,P7D,P7D,false,true,confirmed,s\n"
            + "a,Own,4,4,P1M,PT0S,USD 100,1,PT0S,P7D,P7D,false,true,confirmed,s\n"
            + "b,Own,3,3,P1M,PT0S,USD 100;USD 120,1,PT0S,P7D,P7D,false,true,confirmed,s\n"), "plans.csv"));
    assertThat(e.problems()).extracting(DataProblem::line, DataProblem::field)
        .containsExactly(tuple(5L, "row"), tuple(6L, "minimum"));
    assertThat(e.problems().get(0).message()).isEqualTo("plan 'a' appears twice");
  }

  @Test
  void aLoadedMembershipTableAnswersByDate() {
    EuMembership own = EuMembership.load(new StringReader(EU
        + "FR,France,1958-01-01,\n"
        + "GB,United Kingdom,1973-01-01,2020-01-31\n"), "eu.csv");
    assertThat(own.isMember(Country.of("GB"), LocalDate.of(2020, 1, 31))).isTrue();
    assertThat(own.isMember(Country.of("GB"), LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(own.membersOn(LocalDate.of(1990, 1, 1))).containsExactly(Country.of("FR"), Country.of("GB"));
    assertThat(own.membersOn(LocalDate.of(1960, 1, 1))).containsExactly(Country.of("FR"));
    assertThat(own.provenance().file()).isEqualTo("eu.csv");
  }

  @Test
  void anOptionalCurrencyNeedsItsDateAndIsUsedFromThen() {
    MarketCatalog own = MarketCatalog.load(new StringReader(CATALOGUE
        + "SE,Sweden,SEK,EUR,2020-10-06,,,2014-10-21,day,10,100000,,confirmed\n"), "own.csv");
    Market sweden = own.market(Country.of("SE"));
    assertThat(sweden.currenciesOn(LocalDate.of(2020, 10, 5))).containsExactly(CurrencyUnit.of("SEK"));
    assertThat(sweden.currenciesOn(LocalDate.of(2020, 10, 6))).contains(CurrencyUnit.EUR);
    List<DataProblem> problems = catalogueProblems(
        "SE,Sweden,SEK,EUR,,,,2014-10-21,day,10,100000,,confirmed\n"
        + "DK,Denmark,DKK,,2020-10-06,,,2014-10-21,day,10,100000,,confirmed\n");
    assertThat(problems).extracting(DataProblem::line, DataProblem::field).containsExactly(
        tuple(4L, "optional_currency_from"), tuple(5L, "optional_currency_from"));
    assertThat(problems.get(0).message())
        .isEqualTo("optional_currency and optional_currency_from go together; one is empty");
  }

  @Test
  void pledgeLimitsComeAsAPairWithAnEarlierMaximumOnlyBesideThem() {
    MarketCatalog none = MarketCatalog.load(new StringReader(CATALOGUE
        + "US,United States,USD,,,,,2009-04-28,day,,,,confirmed\n"), "own.csv");
    assertThat(none.market(Country.of("US")).pledgeLimits(CurrencyUnit.USD)).isEmpty();
    List<DataProblem> problems = catalogueProblems(
        "US,United States,USD,,,,,2009-04-28,day,1,,,confirmed\n"
        + "CA,Canada,CAD,,,,,2013-09-09,day,,10000,,confirmed\n"
        + "GB,United Kingdom,GBP,,,,,2012-10-31,day,,,5000,confirmed\n");
    assertThat(problems).extracting(DataProblem::line, DataProblem::field).containsExactly(
        tuple(4L, "max_pledge"), tuple(5L, "max_pledge"), tuple(6L, "earlier_max_pledge"));
    assertThat(problems.get(2).message()).isEqualTo("an earlier maximum needs min_pledge and max_pledge");
  }

  @Test
  void aMarketsStagesFollowEachOtherAndItsOptionalCurrencyDiffersFromItsOwn() {
    List<DataProblem> problems = catalogueProblems(
        "NO,Norway,NOK,,,2014-09-15,2014-09-14,2014-11-01,day,10,100000,,confirmed\n"
        + "DK,Denmark,DKK,,,,2014-09-15,2014-09-14,day,10,100000,,confirmed\n"
        + "IE,Ireland,EUR,,,2014-09-15,,2014-09-14,day,1,10000,,confirmed\n"
        + "SE,Sweden,SEK,SEK,2020-10-06,,,2014-10-21,day,10,100000,,confirmed\n"
        + "FR,France,EUR,,,2015-01-01,2015-01-01,2015-01-01,day,1,10000,,confirmed\n");
    assertThat(problems).extracting(DataProblem::line).containsExactly(4L, 5L, 6L, 7L);
    assertThat(problems).extracting(DataProblem::message).containsExactly(
        "market NO: drafting on '2014-09-14' is before announced on '2014-09-15'",
        "market DK: open to creators on '2014-09-14' is before drafting on '2014-09-15'",
        "market IE: open to creators on '2014-09-14' is before announced on '2014-09-15'",
        "market SE: the optional currency 'SEK' is already its project currency");
  }

  @Test
  void aMarketBuiltInCodeFilesLimitsOnlyUnderTheirOwnCurrency() {
    PledgeLimits dollars = PledgeLimits.ofMajor(CurrencyUnit.USD, BigDecimal.ONE, BigDecimal.TEN, Optional.empty());
    assertThatThrownBy(() -> Market.builder().country(Country.of("CA")).countryName("Canada")
        .projectCurrency(CurrencyUnit.CAD).confidence(Confidence.CONFIRMED)
        .putPledgeLimits(CurrencyUnit.CAD, dollars).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("are filed under CAD");
    assertThatThrownBy(() -> Market.builder().country(Country.of("CA")).countryName(" ")
        .projectCurrency(CurrencyUnit.CAD).confidence(Confidence.CONFIRMED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("market CA needs a country name, got ' '");
  }

  @Test
  void pledgeLimitsRefuseAMaximumBelowTheMinimumOrInAnotherCurrency() {
    assertThatThrownBy(() -> PledgeLimits.ofMajor(CurrencyUnit.USD, BigDecimal.TEN, BigDecimal.ONE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the maximum 'USD 1.00' is below the minimum 'USD 10.00'");
    assertThatThrownBy(() -> PledgeLimits.ofMajor(CurrencyUnit.USD, BigDecimal.TEN, BigDecimal.valueOf(100),
        Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the earlier maximum 'USD 1.00' is below the minimum 'USD 10.00'");
    assertThatThrownBy(() -> new PledgeLimits(Money.of(CurrencyUnit.USD, 1), Money.of(CurrencyUnit.EUR, 10),
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the maximum 'EUR 10.00' is not in the minimum's currency USD");
    PledgeLimits equal = PledgeLimits.ofMajor(CurrencyUnit.USD, BigDecimal.TEN, BigDecimal.TEN,
        Optional.of(BigDecimal.TEN));
    assertThat(equal.earlierMaximum()).contains(Money.of(CurrencyUnit.USD, 10));
    assertThat(equal.allows(Money.of(CurrencyUnit.USD, 10))).isTrue();
  }

  @Test
  void aFileWithoutAHeaderOrWithABadAsOfDateIsRefused() {
    DataFileException noHeader = catchThrowableOfType(DataFileException.class,
        () -> Platform.load(new StringReader("# platform: Own\n# as-of: 2025-01-01\n# source: s\n"), "empty.csv"));
    assertThat(noHeader.problems()).extracting(DataProblem::line, DataProblem::field)
        .containsExactly(tuple(1L, "header"));
    assertThat(noHeader.problems().get(0).message()).startsWith("the file has no header line; expected the columns");
    DataFileException badDate = catchThrowableOfType(DataFileException.class, () -> Platform.load(
        new StringReader("# platform: Own\n# as-of: last week\n# source: s\nrule,scope,value,from,until,confidence,source\n"),
        "dated.csv"));
    assertThat(badDate.problems()).extracting(DataProblem::line, DataProblem::field)
        .contains(tuple(2L, "as-of"));
    assertThat(badDate).hasMessageContaining("dated.csv:2: as-of: \"last week\" is not a date (yyyy-mm-dd)");
    assertThat(badDate).hasMessageStartingWith("2 problems in data file:");
  }

  @Test
  void aHeaderLackingAColumnNamesTheColumnsItHas() {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> Platform.load(
        new StringReader(RULES.replace(",source\n", "\n")), "short.csv"));
    assertThat(e.problems()).extracting(DataProblem::line, DataProblem::field).containsExactly(tuple(4L, "source"));
    assertThat(e.problems().get(0).message())
        .isEqualTo("the header lacks this column; it has \"rule, scope, value, from, until, confidence\"");
  }

  @Test
  void aReaderThatFailsIsAnUncheckedIoExceptionNamingTheFile() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> Platform.load(failing, "lost.csv"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot read data file lost.csv");
  }

  @Test
  void aMissingBundledFileIsABrokenBuildNamed() {
    assertThatThrownBy(() -> DataFile.resource(Platform.class, "no-such-rules.csv", List.of("rule")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bundled data file no-such-rules.csv is missing beside io.github.crowdfund.markets.Platform");
    assertThat(DataFile.resource(Platform.class, "kickstarter-rules.csv", List.of("rule")).rows()).isNotEmpty();
  }
  @Test
  void aPlatformWithoutDeadlinesNeedsNoMaximumDuration() {
    Platform openEnded = platform("deadline.required,*,false,,,confirmed,a\n");
    PlatformRules rules = openEnded.rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2025, 1, 1));
    assertThat(rules.hasDeadline()).isFalse();
    assertThat(rules.unknowns()).extracting(RuleValue.Unknown::rule).doesNotContain(Rule.MAX_DURATION_DAYS);
    assertThatThrownBy(rules::maximumDuration)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Own campaigns have no deadline, hence no maximum duration");
    PlatformRules withDeadline = platform("deadline.required,*,true,,,confirmed,a\n")
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2025, 1, 1));
    assertThat(withDeadline.unknowns()).extracting(RuleValue.Unknown::rule).contains(Rule.MAX_DURATION_DAYS);
  }

  @Test
  void unknownPledgeLimitsAreTheReasonACurrencyIsNotDecided() {
    PlatformRules rules = platform("pledge.maximum,USD,unknown,,,,the terms say nothing\n")
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2025, 1, 1));
    assertThat(rules.acceptsCurrency(CurrencyUnit.USD)).isFalse();
    assertThat(rules.currencyViolation(CurrencyUnit.USD)).hasValueSatisfying(violation -> {
      assertThat(violation.code()).isEqualTo(io.github.crowdfund.core.RuleViolation.Code.RULE_UNKNOWN);
      assertThat(violation.message()).startsWith("Own: pledge.minimum in USD is unknown (the data says nothing "
          + "about it on 2025-01-01)");
    });
    PlatformRules known = platform("pledge.minimum,USD,1,,,confirmed,a\npledge.maximum,USD,unknown,,,,the terms\n")
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2025, 1, 1));
    assertThat(known.currencyViolation(CurrencyUnit.USD)).map(v -> v.message())
        .hasValueSatisfying(m -> assertThat(m).startsWith("Own: pledge.maximum in USD is unknown (the terms)"));
  }
  @Test
  void feePartsTheDataDoesNotGiveAreUnknownNamingTheRuleNeverZero() {
    PlatformRules rules = platform("fee.platform.percent,*,5,,,confirmed,a\n")
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2025, 1, 1));
    Money ten = Money.of(CurrencyUnit.USD, 10);
    assertThatThrownBy(() -> rules.taxOnFees().taxOn(ten, ten))
        .isInstanceOf(io.github.crowdfund.core.fees.UnknownFeeException.class)
        .hasMessageContaining("fee.tax.percent");
    assertThatThrownBy(() -> rules.backerFee().fee().on(ten))
        .isInstanceOf(io.github.crowdfund.core.fees.UnknownFeeException.class)
        .hasMessageContaining("fee.backer.percent");
    assertThat(rules.backerFee().refundedOnFailure()).isTrue();
  }
  @Test
  void textThatIsNotUtf8IsAProblemAtTheLineAfterTheLastOneRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    StringBuilder rows = new StringBuilder(EU);
    for (int i = 0; i < 1_000; i++) {
      rows.append("FR,France,1958-01-01,\n");
    }
    java.nio.file.Path file = dir.resolve("eu.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.writeBytes("AT,\u00d6sterreich,1995-01-01,\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    java.nio.file.Files.write(file, bytes.toByteArray());
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> EuMembership.load(file));
    assertThat(e.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("encoding");
      assertThat(problem.line()).isBetween(5L, 1_004L);
      assertThat(problem.message()).startsWith("the text after line " + (problem.line() - 1) + " is not UTF-8");
    });
  }
}
