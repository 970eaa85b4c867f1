package io.github.crowdfund.markets;

import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The payment plan shapes (pledges over time) of the platforms, read from a data file with its sources and a
 * confidence per shape: Kickstarter's first version and its general version, Gamefound/Indiegogo Stretch Pay and
 * BackerKit Pay Over Time ship bundled ({@link #bundled()}); applications may load their own file.
 *
 * <p>Every bad row is reported with its line and reason ({@link DataFileException}), reading goes on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentPlanShapes {

  private static final List<String> COLUMNS = List.of("plan", "platform", "min_payments", "max_payments", "interval",
      "first_payment_after", "minimum", "attempts", "attempt_spacing", "first_window", "later_window", "editable",
      "keeps_paid_on_stop", "confidence", "source");

  private final Provenance provenance;
  private final Map<String, PaymentPlanShape> shapes;
  private final Map<String, Confidence> confidence;

  private PaymentPlanShapes(Provenance provenance, Map<String, PaymentPlanShape> shapes,
      Map<String, Confidence> confidence) {
    this.provenance = provenance;
    this.shapes = shapes;
    this.confidence = confidence;
  }

  /**
   * Returns the bundled shapes.
   *
   * @return the shapes
   */
  public static PaymentPlanShapes bundled() {
    return Bundled.SHAPES;
  }

  /**
   * Reads shapes from a UTF-8 CSV file in the bundled file's layout.
   *
   * @param file the file
   * @return the shapes
   * @throws IOException if the file cannot be read
   * @throws DataFileException listing every bad row with its line and reason
   */
  public static PaymentPlanShapes load(Path file) throws IOException {
    return load(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads shapes from CSV text in the bundled file's layout.
   *
   * @param reader the text, closed when read
   * @param fileName the name used in problem reports
   * @return the shapes
   * @throws DataFileException listing every bad row with its line and reason
   */
  public static PaymentPlanShapes load(Reader reader, String fileName) {
    return fromFile(DataFile.read(reader, fileName, COLUMNS));
  }

  private static PaymentPlanShapes fromFile(DataFile file) {
    Map<String, PaymentPlanShape> shapes = new LinkedHashMap<>();
    Map<String, Confidence> confidence = new HashMap<>();
    for (DataFile.Row row : file.rows()) {
      Optional<String> id = row.text("plan");
      row.text("platform");
      Optional<Integer> min = row.required("min_payments", Integer::valueOf, "a whole number");
      Optional<Integer> max = row.required("max_payments", Integer::valueOf, "a whole number");
      Optional<Period> interval = row.required("interval", Period::parse, "an ISO-8601 period such as P14D or P1M");
      Optional<Duration> first = row.required("first_payment_after", Duration::parse, "an ISO-8601 duration");
      Optional<Map<CurrencyUnit, Money>> minimums = Optional.of(
          row.optional("minimum", PaymentPlanShapes::minimums, "amounts such as 'USD 125;EUR 100'")
              .orElse(Map.of()));
      Optional<Integer> attempts = row.required("attempts", Integer::valueOf, "a whole number");
      Optional<Duration> spacing = row.required("attempt_spacing", Duration::parse, "an ISO-8601 duration");
      Optional<Duration> firstWindow = row.required("first_window", Duration::parse, "an ISO-8601 duration");
      Optional<Duration> laterWindow = row.required("later_window", Duration::parse, "an ISO-8601 duration");
      Optional<Boolean> editable = row.required("editable", PaymentPlanShapes::bool, "true or false");
      Optional<Boolean> keeps = row.required("keeps_paid_on_stop", PaymentPlanShapes::bool, "true or false");
      Optional<Confidence> rated = row.choice("confidence", Confidence.class);
      row.text("source");
      file.build(row, () -> {
        if (shapes.containsKey(id.orElseThrow())) {
          throw new IllegalArgumentException("plan '" + id.get() + "' appears twice");
        }
        return new PaymentPlanShape(id.orElseThrow(), min.orElseThrow(), max.orElseThrow(), interval.orElseThrow(),
            first.orElseThrow(), minimums.orElseThrow(), attempts.orElseThrow(), spacing.orElseThrow(),
            firstWindow.orElseThrow(), laterWindow.orElseThrow(), editable.orElseThrow(), keeps.orElseThrow());
      }).ifPresent(shape -> {
        shapes.put(shape.id(), shape);
        confidence.put(shape.id(), rated.orElseThrow());
      });
    }
    return new PaymentPlanShapes(file.finish(), Map.copyOf(shapes), Map.copyOf(confidence));
  }

  private static Map<CurrencyUnit, Money> minimums(String text) {
    Map<CurrencyUnit, Money> all = new HashMap<>();
    for (String part : text.split(";")) {
      Money minimum = Money.parse(part.trim());
      if (all.put(minimum.getCurrencyUnit(), minimum) != null) {
        throw new IllegalArgumentException("two minimums in " + minimum.getCurrencyUnit());
      }
    }
    return all;
  }

  private static boolean bool(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw new IllegalArgumentException("'" + text + "' is not true or false");
    }
    return Boolean.parseBoolean(t);
  }

  /**
   * Returns a shape by id.
   *
   * @param id for example {@code kickstarter-2025}
   * @return the shape
   * @throws IllegalArgumentException if no shape has that id, quoting it and the ids known
   */
  public PaymentPlanShape shape(String id) {
    Objects.requireNonNull(id, "id");
    PaymentPlanShape shape = shapes.get(id);
    if (shape == null) {
      throw new IllegalArgumentException("no payment plan '" + id + "'; known: " + new ArrayList<>(shapes.keySet()));
    }
    return shape;
  }

  /**
   * Returns how sure the shape's facts are, as rated in the file.
   *
   * @param id the shape's id
   * @return the confidence
   * @throws IllegalArgumentException if no shape has that id
   */
  public Confidence confidence(String id) {
    shape(id);
    return confidence.get(id);
  }

  /**
   * Returns every shape by id.
   *
   * @return an unmodifiable map
   */
  public Map<String, PaymentPlanShape> all() {
    return shapes;
  }

  /**
   * Returns where the shapes come from.
   *
   * @return the file's name, date and sources
   */
  public Provenance provenance() {
    return provenance;
  }

  private static final class Bundled {
    static final PaymentPlanShapes SHAPES =
        fromFile(DataFile.resource(PaymentPlanShapes.class, "payment-plans.csv", COLUMNS));

    private Bundled() {}
  }
}
