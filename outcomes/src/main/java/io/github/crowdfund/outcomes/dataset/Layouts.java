package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a {@link DatasetLayout} from a file's first line, and refuses a file that fits none (or not the one a
 * user named) with the columns it found.
 */
final class Layouts {

  private Layouts() {}

  /**
   * Recognises the layout of a first line.
   *
   * @param name the file's name, for messages
   * @param first the first non-blank line, byte-order mark removed
   * @param wanted the layout a user named, if any
   * @throws IllegalArgumentException if the line fits no layout, or not the one wanted
   */
  static DatasetLayout recognise(String name, String first, Optional<DatasetLayout> wanted) {
    String line = first.strip();
    Optional<DatasetLayout> found;
    String foundText;
    List<String> missing;
    if (line.startsWith("{")) {
      Map<String, Object> project;
      try {
        project = project(Json.parseObject(line));
      } catch (Json.JsonException e) {
        throw new IllegalArgumentException(name + ": the first line starts like JSON but is " + e.getMessage());
      }
      foundText = "JSON keys " + project.keySet();
      missing = WebRobotsRows.REQUIRED.stream().filter(key -> !project.containsKey(key)).toList();
      found = missing.isEmpty() ? Optional.of(DatasetLayout.WEB_ROBOTS_JSON) : Optional.empty();
    } else {
      boolean tabs = line.indexOf('\t') >= 0;
      Columns columns;
      try {
        columns = new Columns(tabs ? IcpsrRows.split(line, new ArrayList<>())
            : CsvReader.builder().ofSingleCsvRecord(line).getFields());
      } catch (CsvParseException e) {
        throw new IllegalArgumentException(name + ": the first line cannot be split into fields: " + e.getMessage());
      }
      foundText = "columns " + columns.names();
      Optional<KaggleLayout> kaggle = tabs ? Optional.empty() : KaggleLayout.detect(columns.names());
      if (kaggle.isPresent()) {
        found = Optional.of(kaggle.get() == KaggleLayout.KS_201801 ? DatasetLayout.KAGGLE_201801
            : DatasetLayout.KAGGLE_201612);
        missing = List.of();
      } else if (tabs) {
        missing = columns.missing(IcpsrRows.REQUIRED);
        found = missing.isEmpty() ? Optional.of(DatasetLayout.ICPSR_38050) : Optional.empty();
      } else {
        missing = columns.missing(WebRobotsRows.REQUIRED);
        found = missing.isEmpty() ? Optional.of(DatasetLayout.WEB_ROBOTS_CSV) : Optional.empty();
      }
    }
    if (wanted.isPresent() && !found.equals(wanted)) {
      throw new IllegalArgumentException(name + ": not the " + wanted.get() + " layout: "
          + found.map(layout -> "it is " + layout).orElse("it lacks " + missing) + "; found " + foundText);
    }
    return found.orElseThrow(() -> new IllegalArgumentException(name + ": unknown layout; found " + foundText
        + ". Known layouts: " + describe()));
  }

  /** Returns the project of a Web Robots JSON line: the {@code "data"} object, or the line itself without one. */
  static Map<String, Object> project(Map<String, Object> line) throws Json.JsonException {
    return Json.object(line, "data").orElse(line);
  }

  /** Describes what each layout's first line must hold. */
  static String describe() {
    return DatasetLayout.KAGGLE_201801 + " and " + DatasetLayout.KAGGLE_201612 + " (the Kaggle headers), "
        + DatasetLayout.ICPSR_38050 + " (a tab-separated header with " + String.join(", ", IcpsrRows.REQUIRED)
        + "), " + DatasetLayout.WEB_ROBOTS_CSV + " (a comma-separated header with "
        + String.join(", ", WebRobotsRows.REQUIRED) + "), " + DatasetLayout.WEB_ROBOTS_JSON
        + " (a JSON object whose \"data\" has those keys)";
  }
}
