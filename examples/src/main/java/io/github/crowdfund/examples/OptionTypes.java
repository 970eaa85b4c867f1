package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.statistics.Grouping;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read: dates, months, US dollar amounts, input files, groupings and layouts, each refused
 * with a message that quotes the value and shows what is expected. Every converter is stateless and thread-safe.
 */
final class OptionTypes {

  private OptionTypes() {}

  /**
   * Registers the converters of value types every command shares ({@link LocalDate}, {@link YearMonth},
   * {@link Money}) and makes enum values case-insensitive.
   *
   * @param cli the command line, with every subcommand added; not null
   * @return {@code cli}
   */
  static CommandLine register(CommandLine cli) {
    return cli.registerConverter(LocalDate.class, new Dates())
        .registerConverter(YearMonth.class, new Months())
        .registerConverter(Money.class, new UsdAmounts())
        .registerConverter(Long.class, new WholeNumbers())
        .registerConverter(long.class, new WholeNumbers())
        .registerConverter(Integer.class, value -> toInt(new WholeNumbers().convert(value), value))
        .registerConverter(int.class, value -> toInt(new WholeNumbers().convert(value), value))
        .registerConverter(Double.class, new Decimals())
        .registerConverter(double.class, new Decimals())
        .registerConverter(OutputFormat.class, byName(OutputFormat.class))
        .registerConverter(Engine.class, byName(Engine.class))
        .registerConverter(CampaignOptions.Arrivals.class, byName(CampaignOptions.Arrivals.class))
        .registerConverter(DatasetLayout.class, byName(DatasetLayout.class))
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  /**
   * Reads an enum constant by the name users type, its {@code toString()} ({@code u-shaped}, {@code csv}), in any
   * case; refuses others listing those names, as {@code --help} does.
   */
  static <E extends Enum<E>> ITypeConverter<E> byName(Class<E> type) {
    return value -> Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.toString().equalsIgnoreCase(value.strip())
            || constant.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + Arrays.stream(
            type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))));
  }

  /** A whole number, {@code 378661}. */
  static final class WholeNumbers implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number" + (value.strip().length() > 18
            ? " that fits in 64 bits" : "") + "; write it in digits, e.g. 2000");
      }
    }
  }

  private static int toInt(long number, String value) {
    if (number != (int) number) {
      throw new TypeConversionException("'" + value + "' is too large; give at most " + Integer.MAX_VALUE);
    }
    return (int) number;
  }

  /** A decimal number, {@code 10.5}; never NaN or infinite. */
  static final class Decimals implements ITypeConverter<Double> {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

    @Override
    public Double convert(String value) {
      if (!DECIMAL.matcher(value.strip()).matches()) {
        throw new TypeConversionException("'" + value + "' is not a decimal number; write it as 10 or 10.5");
      }
      return Double.parseDouble(value.strip());
    }
  }

  /** A day as {@code YYYY-MM-DD}. */
  static final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2017-09-13");
      }
    }
  }

  /** A month as {@code YYYY-MM}. */
  static final class Months implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM, e.g. 2015-01");
      }
    }
  }

  /**
   * An amount of US dollars, {@code 5000} or {@code 5000.50} ({@code $} and grouping commas allowed), from 0 to
   * {@value #MAX_DOLLARS} dollars.
   */
  static final class UsdAmounts implements ITypeConverter<Money> {
    /** The largest amount accepted, in dollars: more than any crowdfunding campaign has raised. */
    static final long MAX_DOLLARS = 1_000_000_000L;
    private static final Pattern AMOUNT = Pattern.compile("\\$?[0-9][0-9,]{0,15}(\\.[0-9]{1,2})?");

    @Override
    public Money convert(String value) {
      String text = value.strip();
      if (!AMOUNT.matcher(text).matches()) {
        throw new TypeConversionException("'" + value + "' is not an amount of US dollars; write it as 5000 or "
            + "5000.50");
      }
      BigDecimal amount = new BigDecimal(text.replace("$", "").replace(",", ""));
      if (amount.compareTo(BigDecimal.valueOf(MAX_DOLLARS)) > 0) {
        throw new TypeConversionException("'" + value + "' is more than USD " + String.format(Locale.ROOT, "%,d",
            MAX_DOLLARS) + ", the most this command takes");
      }
      return Money.of(CurrencyUnit.USD, amount);
    }
  }

  /**
   * An input file the library reads whole without checking it first (a model, a catalogue): it must exist and be a
   * regular file, so that a directory is refused and a FIFO or device never makes the command wait forever. Datasets
   * are checked by the library's readers themselves.
   */
  static final class RegularFiles implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path path = Path.of(value);
      if (Files.isRegularFile(path)) {
        return path;
      }
      throw new TypeConversionException("'" + value + "' " + (!Files.exists(path) ? "does not exist"
          : Files.isDirectory(path) ? "is a directory" : "is not a regular file (a FIFO, device or socket)")
          + "; give the path of a file");
    }
  }

  /** A grouping by the name {@code analyze --by} takes ({@code main_category}, {@code year}, ...). */
  static final class Groupings implements ITypeConverter<Grouping>, Iterable<String> {
    @Override
    public Grouping convert(String value) {
      return Grouping.ofLabel(value.strip()).orElseThrow(() -> new TypeConversionException("'" + value
          + "' is not one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Grouping.values()).map(Grouping::label).iterator();
    }
  }

  /** The layouts {@code generate} can write: every layout but the older Kaggle file's. */
  static final class WritableLayouts implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(DatasetLayout.values()).filter(layout -> layout != DatasetLayout.KAGGLE_201612)
          .map(DatasetLayout::label).iterator();
    }
  }
}
