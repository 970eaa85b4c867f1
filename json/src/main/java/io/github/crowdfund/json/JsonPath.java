package io.github.crowdfund.json;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the JSON paths that {@link JsonReader#path()} returns: {@code $} for the root, {@code .name} for a field
 * ({@code ['odd name']} when the name is not a plain identifier) and {@code [2]} for an array element.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonPath {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPath() {}

  /**
   * Returns the path made of some steps from the root.
   *
   * @param steps the steps from the root: a {@link String} for a field name, an {@link Integer} for an array index;
   *     not null, none null
   * @return the path, such as {@code $.entries[2].amount}; not null
   * @throws IllegalArgumentException if a step is neither a string nor an integer
   */
  public static String of(List<?> steps) {
    Objects.requireNonNull(steps, "steps");
    StringBuilder path = new StringBuilder("$");
    for (Object step : steps) {
      if (step instanceof Integer) {
        path.append('[').append(step).append(']');
      } else if (step instanceof String) {
        appendName(path, (String) step);
      } else {
        throw new IllegalArgumentException("A JSON path step is a field name or an array index, was \"" + step + "\"");
      }
    }
    return path.toString();
  }

  /** The path of a field of the object at a path. */
  static String child(String path, String name) {
    StringBuilder child = new StringBuilder(path);
    appendName(child, name);
    return child.toString();
  }

  private static void appendName(StringBuilder path, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }
}
