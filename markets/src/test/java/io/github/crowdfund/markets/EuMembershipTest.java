package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EuMembershipTest {

  private static final EuMembership EU = EuMembership.bundled();

  @Test
  void theUnitedKingdomWasAMemberUntilThirtyFirstJanuary2020() {
    assertThat(EU.isMember(Country.of("GB"), LocalDate.of(2020, 1, 31))).isTrue();
    assertThat(EU.isMember(Country.of("GB"), LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(EU.isMember(Country.of("GB"), LocalDate.of(1972, 12, 31))).isFalse();
  }

  @Test
  void croatiaIsTheTwentyEighthMemberFromFirstJuly2013() {
    assertThat(EU.membersOn(LocalDate.of(2013, 6, 30))).hasSize(27).doesNotContain(Country.of("HR"));
    assertThat(EU.membersOn(LocalDate.of(2013, 7, 1))).hasSize(28).contains(Country.of("HR"));
    assertThat(EU.membersOn(LocalDate.of(2020, 2, 1))).hasSize(27).doesNotContain(Country.of("GB"));
  }

  @Test
  void nonMembersAreNotMembersAndUnknownCodesAreRejected() {
    assertThat(EU.isMember(Country.of("CH"), LocalDate.of(2020, 1, 1))).isFalse();
    assertThatThrownBy(() -> EU.isMember(Country.of("EU"), LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'EU'");
  }

  @Test
  void theBundledTableStatesItsSources() {
    assertThat(EU.provenance().sources()).hasSize(2);
    assertThat(EU.provenance().asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void aMembershipEndingBeforeItStartsIsRejectedAtLoad() {
    String csv = "# as-of: 2025-01-01\n# source: test\ncountry_code,country,member_from,member_until\n"
        + "GB,United Kingdom,1973-01-01,1972-01-01\nXX,Nowhere,1973-01-01,\n";
    assertThatThrownBy(() -> EuMembership.load(new StringReader(csv), "eu.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("eu.csv:4: row: membership ends on '1972-01-01'")
        .hasMessageContaining("eu.csv:5: country_code: \"XX\" is not an ISO 3166-1 alpha-2 country code");
  }
}
