package io.github.crowdfund.outcomes.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small strict JSON reader (RFC 8259) for the flat project objects of the Web Robots scrapes, so that reading them
 * needs no JSON library.
 *
 * <p>Values become: objects {@code Map<String, Object>} (keys in file order; a repeated key keeps its last value),
 * arrays {@code List<Object>}, strings {@code String}, numbers {@link JsonNumber} (the text as written, checked against the
 * JSON grammar, so that amounts are converted exactly later), {@code true}/{@code false} {@code Boolean}, and
 * {@code null} the {@link #NULL} marker. Two departures from the standard, both found in real scrapes and both
 * harmless: raw control characters (line feeds) inside strings are accepted, and a UTF-8 byte-order mark before the
 * value is skipped.
 *
 * <p>Fuzz-safe: one pass over the text, each char looked at a bounded number of times (linear time), nesting limited
 * to {@value #MAX_DEPTH} levels (so no stack overflow), and the text's length bounded by the caller (the line readers
 * refuse over-long lines). Anything else is a {@link JsonException} naming the offset and what was expected.
 *
 * <p>This class is immutable and thread-safe; each {@link #parse} call uses its own state.
 */
final class Json {

  /** The deepest nesting accepted. */
  static final int MAX_DEPTH = 64;

  /** The JSON {@code null}. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /**
   * A JSON number, as written.
   *
   * @param text the number's text, valid by the JSON grammar; never null
   */
  record JsonNumber(String text) {
    JsonNumber {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Why a text is not JSON: the message names the offset and what was expected there. */
  static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message) {
      super(message, null, false, false);
    }
  }

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses a whole text as one JSON value; white space may surround it.
   *
   * @param text the text; not null
   * @return the value (see the class comment for the types); never null
   * @throws JsonException if the text is not one JSON value
   */
  static Object parse(String text) throws JsonException {
    Json json = new Json(Objects.requireNonNull(text, "text"));
    if (text.startsWith("\uFEFF")) {
      json.at = 1;
    }
    json.skipSpace();
    Object value = json.value(0);
    json.skipSpace();
    if (json.at != text.length()) {
      throw json.error("end of text");
    }
    return value;
  }

  /**
   * Parses a text that must be a JSON object.
   *
   * @param text the text; not null
   * @return the object's members in file order; never null
   * @throws JsonException if the text is not one JSON object
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String text) throws JsonException {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new JsonException("expected a JSON object, found " + describe(value));
    }
    return (Map<String, Object>) value;
  }

  /**
   * Returns a member that is an object.
   *
   * @return the member, or empty when it is absent or {@code null}
   * @throws JsonException if the member is something else than an object
   */
  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> object(Map<String, Object> object, String key) throws JsonException {
    Object value = object.get(key);
    if (value == null || value == NULL) {
      return Optional.empty();
    }
    if (value instanceof Map) {
      return Optional.of((Map<String, Object>) value);
    }
    throw new JsonException(key + " is " + describe(value) + ", not an object");
  }

  /**
   * Returns a scalar member as text: a string as it is, a number as written, a boolean as {@code true}/{@code false}.
   *
   * @return the text, or empty when the member is absent or {@code null}
   * @throws JsonException if the member is an object or an array
   */
  static Optional<String> scalar(Map<String, Object> object, String key) throws JsonException {
    Object value = object.get(key);
    if (value == null || value == NULL) {
      return Optional.empty();
    }
    if (value instanceof String string) {
      return Optional.of(string);
    }
    if (value instanceof JsonNumber number) {
      return Optional.of(number.text());
    }
    if (value instanceof Boolean bool) {
      return Optional.of(bool.toString());
    }
    throw new JsonException(key + " is " + describe(value) + ", not a single value");
  }

  /**
   * Writes a string as a JSON string literal, escaping quotes, backslashes and control characters.
   *
   * @param text the text; not null
   * @return the literal, with its double quotes; never null
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** Describes a value's kind for messages. */
  static String describe(Object value) {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof JsonNumber) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "null";
  }

  private Object value(int depth) throws JsonException {
    if (at >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return NULL;
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error("a value");
    }
  }

  private Map<String, Object> object(int depth) throws JsonException {
    checkDepth(depth);
    at++;
    Map<String, Object> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      at++;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("a member name in double quotes");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      members.put(key, value(depth));
      skipSpace();
      char next = peek();
      at++;
      if (next == '}') {
        return Collections.unmodifiableMap(members);
      }
      if (next != ',') {
        at--;
        throw error("',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws JsonException {
    checkDepth(depth);
    at++;
    List<Object> elements = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      at++;
      return Collections.unmodifiableList(elements);
    }
    while (true) {
      skipSpace();
      elements.add(value(depth));
      skipSpace();
      char next = peek();
      at++;
      if (next == ']') {
        return Collections.unmodifiableList(elements);
      }
      if (next != ',') {
        at--;
        throw error("',' or ']'");
      }
    }
  }

  private void checkDepth(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("at most " + MAX_DEPTH + " levels of nesting");
    }
  }

  private String string() throws JsonException {
    at++;
    StringBuilder out = null;
    int start = at;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        String value = out == null ? text.substring(start, at) : out.append(text, start, at).toString();
        at++;
        return value;
      }
      if (c == '\\') {
        if (out == null) {
          out = new StringBuilder();
        }
        out.append(text, start, at);
        at++;
        out.append(escape());
        start = at;
      } else {
        at++;
      }
    }
    throw error("a closing double quote");
  }

  private char escape() throws JsonException {
    if (at >= text.length()) {
      throw error("an escape");
    }
    char c = text.charAt(at++);
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (at + 4 > text.length()) {
          throw error("four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(text.charAt(at), 16);
          if (digit < 0) {
            throw error("a hex digit");
          }
          code = code * 16 + digit;
          at++;
        }
        return (char) code;
      default:
        at--;
        throw error("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
    }
  }

  private JsonNumber number() throws JsonException {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("a digit");
    }
    if (peek() == '.') {
      at++;
      if (!isDigit(peek())) {
        throw error("a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!isDigit(peek())) {
        throw error("a digit in the exponent");
      }
      digits();
    }
    return new JsonNumber(text.substring(start, at));
  }

  private void digits() {
    while (isDigit(peek())) {
      at++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) throws JsonException {
    if (!text.startsWith(word, at)) {
      throw error("'" + word + "'");
    }
    at += word.length();
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    at++;
  }

  /** Returns the char at the cursor, or 0 at the end of the text (never valid where a char is looked for). */
  private char peek() {
    return at < text.length() ? text.charAt(at) : 0;
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private JsonException error(String expected) {
    String found = at >= text.length() ? "the end of the text"
        : "'" + text.substring(at, Math.min(text.length(), at + 20)) + "'";
    return new JsonException("not JSON at char " + (at + 1) + ": expected " + expected + ", found " + found);
  }
}
