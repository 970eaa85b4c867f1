package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Country;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every country code in the data files bundled with this module is one {@link Country} knows. */
class DataFileCountriesTest {

  private static final Path DATA = Path.of("src/main/resources/io/github/crowdfund/markets");

  @Test
  void everyCountryCodeInTheBundledDataFilesParses() throws IOException {
    List<String> codes = new ArrayList<>();
    try (Stream<Path> files = Files.list(DATA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        codes.addAll(countryCodes(file));
      }
    }

    assertThat(codes).hasSizeGreaterThan(25);
    codes.forEach(code -> assertThat(Country.of(code).code()).isEqualTo(code));
  }

  @Test
  void theCataloguesCountriesAreTheCountriesOfItsFile() throws IOException {
    assertThat(MarketCatalog.kickstarter().countries()).extracting(Country::code)
        .containsExactlyInAnyOrderElementsOf(countryCodes(DATA.resolve("kickstarter-markets.csv")));
  }

  /** The values of the file's {@code country_code} column, if it has one. */
  private static List<String> countryCodes(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    int column = List.of(lines.get(0).split(",")).indexOf("country_code");
    if (column < 0) {
      return List.of();
    }
    return lines.subList(1, lines.size()).stream().map(line -> line.split(",")[column]).toList();
  }
}
