package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The form each rule's value must have, checked when a fact is made, and the bounds of the numbers in data files. */
class RuleFormsTest {

  private static RuleFact fact(Rule rule, String scope, String value) {
    return RuleFact.of(rule, scope, value, Confidence.CONFIRMED, "test");
  }

  @Test
  void anAmountOtherThanZeroNeedsACurrencyScope() {
    assertThatThrownBy(() -> fact(Rule.PROCESSING_FIXED, "*", "0.30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fee.processing.fixed: an amount other than 0 needs a currency scope, not '*'");
    assertThat(fact(Rule.PROCESSING_FIXED, "*", "0").value()).contains("0");
    assertThat(fact(Rule.PROCESSING_FIXED, "*", "0.00").value()).contains("0.00");
    assertThat(fact(Rule.PROCESSING_FIXED, "USD", "0.30").scope()).isEqualTo("USD");
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_TIERS, "*", "0:5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a currency scope");
    assertThatThrownBy(() -> fact(Rule.PROCESSING_FIXED, "*", "none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a currency scope");
  }

  @Test
  void aPercentageRunsFromZeroToOneHundredIncluded() {
    assertThat(fact(Rule.PLATFORM_FEE_PERCENT, "*", "0").value()).contains("0");
    assertThat(fact(Rule.PLATFORM_FEE_PERCENT, "*", "100").value()).contains("100");
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_PERCENT, "*", "100.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'100.01' is not a percentage from 0 to 100");
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_PERCENT, "*", "-0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'-0.5' is not a percentage from 0 to 100");
  }

  @Test
  void feeTiersStartAtZeroAndRise() {
    assertThat(Rule.tiers(CurrencyUnit.EUR, "0:8|10000:6")).extracting(Rule.Tier::from)
        .containsExactly(Money.zero(CurrencyUnit.EUR), Money.of(CurrencyUnit.EUR, 10000));
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_TIERS, "EUR", "0:8|0:6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers '0:8|0:6' must rise");
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_TIERS, "EUR", "0:8|5000:7|4000:6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers '0:8|5000:7|4000:6' must rise");
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_TIERS, "EUR", "100:8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers '100:8' must start at 0");
    assertThatThrownBy(() -> fact(Rule.PLATFORM_FEE_TIERS, "EUR", "0:8|5000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'5000' is not a tier 'from:percent'");
  }

  @Test
  void choicesBooleansCountsAndOrganisationsAreCheckedNamingTheRuleAndValue() {
    assertThatThrownBy(() -> fact(Rule.FUNDING_MODEL, "*", "flexible"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("funding_model: 'flexible' is not one of [all_or_nothing, keep_it_all]");
    assertThatThrownBy(() -> fact(Rule.DEADLINE_REQUIRED, "*", "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deadline.required: 'yes' is not true or false");
    assertThatThrownBy(() -> fact(Rule.RETRY_DAYS, "*", "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retry.days: '-1' is negative");
    assertThat(fact(Rule.RETRY_DAYS, "*", "0").value()).contains("0");
    assertThat(fact(Rule.KEEP_IT_ALL_ORGANISATIONS, "*", "public_body|university").value()).isPresent();
    assertThatThrownBy(() -> fact(Rule.KEEP_IT_ALL_ORGANISATIONS, "*", "public_body|club"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'club'");
  }

  @Test
  void aRuleReadsAsItsIdentifier() {
    assertThat(Rule.MAX_DURATION_DAYS).hasToString("duration.max_days");
    assertThat(Rule.ofId("fee.backer.percent")).isEqualTo(Rule.BACKER_FEE_PERCENT);
    assertThat(Confidence.MEDIUM).hasToString("medium");
    assertThat(DatePrecision.parse(" Month ")).isEqualTo(DatePrecision.MONTH);
    assertThat(DatePrecision.YEAR).hasToString("year");
  }

  @Test
  void aFactAppliesOnTheDaysOfItsPeriodBothIncluded() {
    RuleFact summer = new RuleFact(Rule.RETRY_DAYS, "*", Optional.of("7"), Optional.of(LocalDate.of(2020, 6, 1)),
        Optional.of(LocalDate.of(2020, 8, 31)), Optional.of(Confidence.MEDIUM), "test");
    assertThat(summer.appliesOn(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(summer.appliesOn(LocalDate.of(2020, 8, 31))).isTrue();
    assertThat(summer.appliesOn(LocalDate.of(2020, 5, 31))).isFalse();
    assertThat(summer.appliesOn(LocalDate.of(2020, 9, 1))).isFalse();
    RuleFact fromJune = new RuleFact(Rule.RETRY_DAYS, "*", Optional.of("7"), Optional.of(LocalDate.of(2020, 6, 1)),
        Optional.empty(), Optional.of(Confidence.MEDIUM), "test");
    assertThat(fromJune.appliesOn(LocalDate.of(2099, 1, 1))).isTrue();
    RuleFact untilJune = new RuleFact(Rule.RETRY_DAYS, "*", Optional.of("7"), Optional.empty(),
        Optional.of(LocalDate.of(2020, 6, 1)), Optional.of(Confidence.MEDIUM), "test");
    assertThat(untilJune.appliesOn(LocalDate.of(1999, 1, 1))).isTrue();
    assertThat(fromJune.overlaps(untilJune)).isTrue();
    assertThat(summer.overlaps(untilJune)).isTrue();
    assertThatThrownBy(() -> new RuleFact(Rule.RETRY_DAYS, "*", Optional.of("7"), Optional.empty(), Optional.empty(),
        Optional.of(Confidence.MEDIUM), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retry.days: a fact needs a source, got ' '");
  }

  @Test
  void anUnknownValueNamesItsRuleScopeAndSourceWhateverItIsMappedTo() {
    RuleValue.Unknown<Integer> unknown = new RuleValue.Unknown<>("Own", Rule.RETRY_DAYS, "EUR", "nobody says");
    RuleValue<String> mapped = unknown.map(String::valueOf);
    assertThat(mapped).isEqualTo(new RuleValue.Unknown<String>("Own", Rule.RETRY_DAYS, "EUR", "nobody says"));
    UnknownRuleException e = unknown.exception();
    assertThat(e.scope()).isEqualTo("EUR");
    assertThat(e.rule()).isEqualTo(Rule.RETRY_DAYS);
    assertThat(e).hasMessage("Own: retry.days in EUR is unknown (nobody says); supply your own with "
        + "Platform.withFact(RuleFact.of(Rule.RETRY_DAYS, \"EUR\", value, confidence, source))");
  }

  @Test
  void dataNumbersHaveAtMostNineteenDigitsBeforeThePointAndSixtyFourAfterIt() {
    assertThat(DataNumbers.parse("9999999999999999999")).isEqualByComparingTo("9999999999999999999");
    assertThatThrownBy(() -> DataNumbers.parse("10000000000000000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"10000000000000000000\" is beyond the numbers read: at most 19 digits before the decimal point "
            + "and 64 after it");
    assertThat(DataNumbers.parse("1E-64").scale()).isEqualTo(64);
    assertThatThrownBy(() -> DataNumbers.parse("1E-65"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"1E-65\" is beyond the numbers read");
    assertThatThrownBy(() -> DataNumbers.parse("twelve"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"twelve\" is not a decimal number");
  }

  @Test
  void theLargestAmountACampaignCanHoldIsAcceptedInAnyCurrency() {
    CurrencyUnit yen = CurrencyUnit.of("JPY");
    assertThat(DataNumbers.money(yen, new BigDecimal("9223372036854775807")))
        .isEqualTo(Money.ofMinor(yen, Long.MAX_VALUE));
    assertThatThrownBy(() -> DataNumbers.money(yen, new BigDecimal("9223372036854775808")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"9223372036854775808\" is beyond what a campaign can hold: at most 9223372036854775807 JPY");
    assertThat(DataNumbers.money(CurrencyUnit.USD, new BigDecimal("12.500"))).isEqualTo(Money.of(CurrencyUnit.USD,
        new BigDecimal("12.50")));
    assertThat(DataNumbers.money(CurrencyUnit.USD, new BigDecimal("0E+3"))).isEqualTo(Money.zero(CurrencyUnit.USD));
  }
}
