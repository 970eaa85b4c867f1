package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of {@code synthetic-calibration.csv}: {@code table,key,value} rows, read once.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Calibration {

  private static final String RESOURCE = "synthetic-calibration.csv";

  private final Map<String, Map<String, String>> tables;

  private Calibration(Map<String, Map<String, String>> tables) {
    this.tables = tables;
  }

  static Calibration load() {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the outcomes module");
      }
      CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
          .ofCsvRecord(in, StandardCharsets.UTF_8);
      boolean header = true;
      for (CsvRecord row : csv) {
        if (header) {
          header = false;
          continue;
        }
        tables.computeIfAbsent(row.getField(0), name -> new LinkedHashMap<>()).put(row.getField(1), row.getField(2));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Calibration(tables);
  }

  /** Returns a table in file order; fails naming the tables when absent. */
  Map<String, String> table(String name) {
    Map<String, String> table = tables.get(name);
    if (table == null) {
      throw new IllegalStateException("calibration has no table '" + name + "'; has " + tables.keySet());
    }
    return table;
  }

  /** Returns a table of numbers. */
  Map<String, Double> numbers(String name) {
    Map<String, Double> numbers = new LinkedHashMap<>();
    table(name).forEach((key, value) -> numbers.put(key, Double.valueOf(value)));
    return numbers;
  }

  /** Returns a quantile table as a function. */
  QuantileFunction quantiles(String name) {
    List<double[]> points = new ArrayList<>();
    numbers(name).forEach((probability, value) -> points.add(new double[] {Double.parseDouble(probability), value}));
    return new QuantileFunction(points);
  }
}
