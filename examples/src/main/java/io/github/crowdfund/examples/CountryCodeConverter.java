package io.github.crowdfund.examples;

import io.github.crowdfund.core.Country;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a country option ({@code --market JP}, {@code --residence fr}): an ISO 3166-1 alpha-2 code in either case,
 * checked by {@link Country#of}. Stateless and thread-safe.
 */
final class CountryCodeConverter implements ITypeConverter<Country> {

  @Override
  public Country convert(String value) {
    try {
      return Country.of(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not an ISO 3166-1 country code; give two letters, "
          + "e.g. US, JP, FR");
    }
  }
}
