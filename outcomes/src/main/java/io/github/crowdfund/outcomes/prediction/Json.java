package io.github.crowdfund.outcomes.prediction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small part of JSON that model files need: objects (kept in file order), arrays, strings, numbers and
 * booleans; numbers are read as {@code double} with {@link Double#parseDouble}, so a number written with
 * {@link Double#toString(double)} reads back to the same bits.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Json {

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses a JSON document.
   *
   * @param text the document; not null
   * @return a {@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code Double} or {@code Boolean}
   * @throws IllegalArgumentException naming the offset and what was expected, when the text is not JSON
   */
  static Object parse(String text) {
    Json json = new Json(text);
    json.skipSpace();
    Object value = json.value();
    json.skipSpace();
    if (json.at != text.length()) {
      throw json.error("end of document");
    }
    return value;
  }

  /** Appends a string literal, escaped. */
  static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Appends a finite number so that it reads back to the same double. */
  static void number(StringBuilder out, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON numbers must be finite, was '" + value + "'");
    }
    out.append(Double.toString(value));
  }

  private Object value() {
    if (at >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(at);
    if (c == '{') {
      return object();
    } else if (c == '[') {
      return array();
    } else if (c == '"') {
      return stringValue();
    } else if (text.startsWith("true", at)) {
      at += 4;
      return Boolean.TRUE;
    } else if (text.startsWith("false", at)) {
      at += 5;
      return Boolean.FALSE;
    }
    return numberValue();
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek('}')) {
      at++;
      return object;
    }
    while (true) {
      skipSpace();
      if (!peek('"')) {
        throw error("a member name");
      }
      String name = stringValue();
      skipSpace();
      expect(':');
      skipSpace();
      if (object.put(name, value()) != null) {
        throw new IllegalArgumentException("JSON object has member '" + name + "' twice (offset " + at + ")");
      }
      skipSpace();
      if (peek(',')) {
        at++;
        continue;
      }
      expect('}');
      return object;
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    at++;
    skipSpace();
    if (peek(']')) {
      at++;
      return array;
    }
    while (true) {
      skipSpace();
      array.add(value());
      skipSpace();
      if (peek(',')) {
        at++;
        continue;
      }
      expect(']');
      return array;
    }
  }

  private String stringValue() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("the end of a string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("an escape");
      }
      char escape = text.charAt(at++);
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("four hex digits");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException e) {
            throw error("four hex digits");
          }
          at += 4;
        }
        default -> throw error("an escape");
      }
    }
  }

  private Double numberValue() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw error("a value");
    }
    try {
      return Double.valueOf(text.substring(start, at));
    } catch (NumberFormatException e) {
      at = start;
      throw error("a number");
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "'");
    }
    at++;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String expected) {
    String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end";
    return new IllegalArgumentException("not JSON: expected " + expected + " at offset " + at + ", found " + found);
  }
}
