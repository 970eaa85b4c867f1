package io.github.crowdfund.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.joda.money.format.MoneyAmountStyle;
import org.joda.money.format.MoneyFormatter;
import org.joda.money.format.MoneyFormatterBuilder;

/** Readable text for the demo and the commands: money with grouped digits, and plain-text tables. */
final class Text {

  private static final MoneyFormatter MONEY = new MoneyFormatterBuilder()
      .appendCurrencyCode()
      .appendLiteral(" ")
      .appendAmount(MoneyAmountStyle.ASCII_DECIMAL_POINT_GROUP3_COMMA)
      .toFormatter(Locale.ENGLISH);

  private Text() {}

  /**
   * Formats an amount as its currency code and the amount with grouped digits: {@code USD 1,419,068.00},
   * {@code JPY 5,000}.
   */
  static String money(Money amount) {
    return MONEY.print(amount);
  }

  /** A plain-text table; columns whose every cell is a number or an amount are right-aligned. */
  static final class Table {
    private static final Pattern NUMBER = Pattern.compile("(([A-Z]{3} )?-?[0-9][0-9,.]*%?|-|—)");

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
      this.headers = headers;
    }

    /** Starts a table with the given column headers. */
    static Table of(String... headers) {
      return new Table(List.of(headers));
    }

    /** Adds a row; cells are turned into text with {@link String#valueOf(Object)}. */
    Table row(Object... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException("a row of " + headers.size() + " cells expected, got "
            + Arrays.toString(cells));
      }
      rows.add(Arrays.stream(cells).map(String::valueOf).toList());
      return this;
    }

    /** Renders the table, a header line, a rule and one line per row, each ending with a line break. */
    String render() {
      int columns = headers.size();
      int[] widths = new int[columns];
      boolean[] right = new boolean[columns];
      for (int c = 0; c < columns; c++) {
        widths[c] = headers.get(c).length();
        right[c] = !rows.isEmpty();
        for (List<String> row : rows) {
          widths[c] = Math.max(widths[c], row.get(c).length());
          right[c] &= NUMBER.matcher(row.get(c)).matches();
        }
      }
      StringBuilder out = new StringBuilder();
      line(out, headers, widths, right);
      line(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths, right);
      rows.forEach(row -> line(out, row, widths, right));
      return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] right) {
      List<String> padded = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        String cell = cells.get(c);
        String pad = " ".repeat(widths[c] - cell.length());
        padded.add(right[c] ? pad + cell : cell + pad);
      }
      out.append(padded.stream().collect(Collectors.joining("  ")).stripTrailing()).append('\n');
    }
  }
}
