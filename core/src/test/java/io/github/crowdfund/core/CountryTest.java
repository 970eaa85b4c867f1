package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.characters;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountryTest {

  @Test
  void aCodeGivesItsCountryWithItsEnglishName() {
    Country japan = Country.of("JP");

    assertThat(japan.code()).isEqualTo("JP");
    assertThat(japan.toString()).isEqualTo("JP");
    assertThat(japan.englishName()).isEqualTo("Japan");
    assertThat(japan.describe()).isEqualTo("Japan (JP)");
    assertThat(Country.of("US").describe()).isEqualTo("United States (US)");
  }

  @Test
  void oneInstancePerCode() {
    assertThat(Country.of("JP")).isSameAs(Country.of(new String(new char[] {'J', 'P'})));
    assertThat(Country.of("JP")).isNotEqualTo(Country.of("JE"));
  }

  @Test
  void kosovoReadsThoughItsCodeIsUserAssigned() {
    assertThat(Country.of("XK").describe()).isEqualTo("Kosovo (XK)");
  }

  @Test
  void anUnknownCodeIsRefusedQuotingIt() {
    for (String bad : List.of("XX", "AN", "ZZ", "USA", "U", "", "U1", "É1")) {
      assertThatThrownBy(() -> Country.of(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("country '" + bad + "' is not an ISO 3166-1 alpha-2 country code (two upper-case letters of an"
              + " assigned code, such as 'US' or 'JP')");
    }
  }

  @Test
  void aLowerCaseCodeIsRefusedNamingTheUpperCaseOne() {
    assertThatThrownBy(() -> Country.of("jp")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country 'jp' is not an ISO 3166-1 alpha-2 country code: codes are upper case, such as 'JP'");
    assertThatThrownBy(() -> Country.of("Jp")).hasMessageContaining("'Jp'").hasMessageContaining("'JP'");
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Country.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  @Test
  void theCountriesAreSortedByCodeAndIndexedInThatOrder() {
    List<Country> all = List.copyOf(Country.all());

    assertThat(all).hasSize(250).isSorted();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).index()).isEqualTo(i);
      assertThat(Country.ofIndex(i)).isSameAs(all.get(i));
      assertThat(Country.of(all.get(i).code())).isSameAs(all.get(i));
    }
    assertThat(Country.count()).isEqualTo(all.size());
    assertThat(Country.of("JP").compareTo(Country.of("US"))).isNegative();
    assertThat(Country.of("US").compareTo(Country.of("JP"))).isPositive();
    assertThat(Country.of("JP").compareTo(Country.of("JP"))).isZero();
  }

  /** The list shipped is the JDK's (on the JDKs the library is built and tested with) plus Kosovo. */
  @Test
  void theCodesAreTheIsoCodesOfTheJdkPlusKosovo() {
    List<String> jdk = List.of(Locale.getISOCountries());

    assertThat(Country.all().stream().map(Country::code).filter(code -> !code.equals("XK")))
        .containsExactlyElementsOf(jdk.stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void anyTwoCharactersGiveTheCountryOfThatCodeOrARefusalQuotingThem() {
    qt().withExamples(2_000).forAll(characters().ascii(), characters().ascii()).checkAssert((first, second) -> {
      String code = new String(new char[] {first, second});
      boolean known = Country.all().stream().anyMatch(country -> country.code().equals(code));
      if (known) {
        assertThat(Country.of(code).code()).isEqualTo(code);
      } else {
        assertThatThrownBy(() -> Country.of(code)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + code + "'");
      }
    });
  }

  @Test
  void everyCountryIsKeptWithAPledgeInTheCampaignsPledgeBook() {
    Campaign live = Fixtures.live(Goal.allOrNothing(Fixtures.usd(1_000)), List.of(Fixtures.tier("t", 1).build()),
        List.of());
    long backer = 1;
    for (Country country : Country.all()) {
      Pledge pledge = Pledge.forReward(Fixtures.backer(backer++), Fixtures.usd(5), "t",
          Fixtures.LAUNCH.plusSeconds(60)).shippingTo(country);
      live = live.apply(new CampaignCommand.PlacePledge(pledge), Fixtures.RULES).orElseThrow();
      assertThat(live.pledgeOf(pledge.backer()).orElseThrow().shippingCountry()).containsSame(country);
    }
  }
}
