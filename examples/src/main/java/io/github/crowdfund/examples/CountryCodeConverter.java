package io.github.crowdfund.examples;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a country option ({@code --market JP}, {@code --residence fr}): an ISO 3166-1 alpha-2 code in either case,
 * returned in upper case. Stateless and thread-safe.
 */
final class CountryCodeConverter implements ITypeConverter<String> {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  @Override
  public String convert(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!CODES.contains(code)) {
      throw new TypeConversionException("'" + value + "' is not an ISO 3166-1 country code; give two letters, "
          + "e.g. US, JP, FR");
    }
    return code;
  }
}
