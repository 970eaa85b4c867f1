package io.github.crowdfund.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of a JSON text held in a string, read in place: no tree, and a string made only for the text a codec
 * asks for. Strict JSON (RFC 8259): no comments, no trailing commas, no single quotes, no leading zeros, no raw
 * control characters in strings. Malformed JSON is a {@link JsonFormatException} naming the path and the character
 * offset. Paths follow Jackson's: a field's name from its name token to the end of its value, an array element's
 * index from its first token to its last, and an object or array's end at the path of the object or array itself.
 *
 * <p>Not thread-safe: one reader reads one text.
 */
final class TextReader implements JsonReader {

  private static final byte IN_OBJECT = 1;
  private static final byte IN_ARRAY = 2;

  private final String json;
  private int pos;
  private Token current;
  private boolean started;

  /** The current token's text as offsets, made into a string on demand. */
  private int textStart;
  private int textEnd;
  private boolean escaped;
  private String text;

  /**
   * The open objects and arrays, outermost first: their kind, their current field name (where its text starts and
   * ends, and whether it has escapes: a name becomes a string only for a path) and their current element index.
   */
  private byte[] kinds = new byte[8];
  private int[] nameStarts = new int[8];
  private int[] nameEnds = new int[8];
  private boolean[] nameEscaped = new boolean[8];
  private int[] indexes = new int[8];
  private int depth;

  TextReader(String json) {
    this.json = json;
  }

  @Override
  public Token current() {
    if (!started) {
      throw new IllegalStateException("no token read yet: call next() first");
    }
    return current;
  }

  @Override
  public Token next() {
    Token before = current;
    boolean first = !started;
    started = true;
    text = null;
    skipWhitespace();
    if (depth == 0) {
      if (!first) {
        return end();
      }
      return value();
    }
    if (kinds[depth - 1] == IN_OBJECT) {
      if (before == Token.NAME) {
        expect(':', "':' after a field name");
        skipWhitespace();
        return value();
      }
      if (before == Token.BEGIN_OBJECT) {
        if (peek() == '}') {
          return endContainer(Token.END_OBJECT);
        }
        return name();
      }
      if (peek() == '}') {
        return endContainer(Token.END_OBJECT);
      }
      expect(',', "',' or '}' after a field's value");
      skipWhitespace();
      return name();
    }
    if (before == Token.BEGIN_ARRAY) {
      if (peek() == ']') {
        return endContainer(Token.END_ARRAY);
      }
      return element();
    }
    if (peek() == ']') {
      return endContainer(Token.END_ARRAY);
    }
    expect(',', "',' or ']' after an array element");
    skipWhitespace();
    return element();
  }

  /** After the root value: only whitespace may follow. */
  private Token end() {
    if (pos < json.length()) {
      throw malformed("the end of the input after the value");
    }
    current = Token.END_OF_INPUT;
    return current;
  }

  private Token element() {
    indexes[depth - 1]++;
    return value();
  }

  private Token name() {
    if (peek() != '"') {
      throw malformed("a field name in double quotes");
    }
    string();
    nameStarts[depth - 1] = textStart;
    nameEnds[depth - 1] = textEnd;
    nameEscaped[depth - 1] = escaped;
    current = Token.NAME;
    return current;
  }

  private Token endContainer(Token token) {
    punctuation();
    depth--;
    current = token;
    return current;
  }

  /** Reads the one character of a bracket or brace, which is its token's text. */
  private void punctuation() {
    textStart = pos++;
    textEnd = pos;
    escaped = false;
  }

  private Token value() {
    char c = peek();
    switch (c) {
      case '{':
        punctuation();
        push(IN_OBJECT);
        current = Token.BEGIN_OBJECT;
        return current;
      case '[':
        punctuation();
        push(IN_ARRAY);
        current = Token.BEGIN_ARRAY;
        return current;
      case '"':
        string();
        current = Token.STRING;
        return current;
      case 't':
        return literal("true", Token.TRUE);
      case 'f':
        return literal("false", Token.FALSE);
      case 'n':
        return literal("null", Token.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
          current = Token.NUMBER;
          return current;
        }
        throw malformed("a value");
    }
  }

  private void push(byte kind) {
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      nameStarts = Arrays.copyOf(nameStarts, depth * 2);
      nameEnds = Arrays.copyOf(nameEnds, depth * 2);
      nameEscaped = Arrays.copyOf(nameEscaped, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    kinds[depth] = kind;
    nameStarts[depth] = -1;
    indexes[depth] = -1;
    depth++;
  }

  private Token literal(String word, Token token) {
    if (!json.startsWith(word, pos)) {
      throw malformed("a value");
    }
    textStart = pos;
    pos += word.length();
    textEnd = pos;
    escaped = false;
    current = token;
    return current;
  }

  /** Reads a string from its opening quote to past its closing quote. */
  private void string() {
    int from = ++pos;
    boolean sawEscape = false;
    while (true) {
      if (pos >= json.length()) {
        throw malformed("the closing '\"' of a string");
      }
      char c = json.charAt(pos);
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw malformed("a character of a string (control characters must be escaped)");
      }
      if (c == '\\') {
        sawEscape = true;
        pos += escapeLength();
      } else {
        pos++;
      }
    }
    textStart = from;
    textEnd = pos;
    escaped = sawEscape;
    pos++;
  }

  /** Checks the escape sequence at the current position and returns its length. */
  private int escapeLength() {
    char kind = pos + 1 < json.length() ? json.charAt(pos + 1) : 0;
    switch (kind) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return 2;
      case 'u':
        for (int i = pos + 2; i < pos + 6; i++) {
          if (i >= json.length() || Character.digit(json.charAt(i), 16) < 0) {
            pos = Math.min(i, json.length());
            throw malformed("four hexadecimal digits after \\u");
          }
        }
        return 6;
      default:
        pos++;
        throw malformed("an escape sequence (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    }
  }

  /** Reads a number as JSON writes one: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private void number() {
    textStart = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else {
      digits();
    }
    if (peek() == '.') {
      pos++;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits();
    }
    textEnd = pos;
    escaped = false;
  }

  private void digits() {
    int from = pos;
    while (peek() >= '0' && peek() <= '9') {
      pos++;
    }
    if (pos == from) {
      throw malformed("a digit");
    }
  }

  /** The character at the current position, or 0 at the end of the input. */
  private char peek() {
    return pos < json.length() ? json.charAt(pos) : 0;
  }

  private void expect(char c, String what) {
    if (peek() != c) {
      throw malformed(what);
    }
    pos++;
  }

  private void skipWhitespace() {
    while (pos < json.length()) {
      char c = json.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private JsonFormatException malformed(String expected) {
    String found = pos >= json.length() ? "the end of the input"
        : Tokens.quote(String.valueOf(json.charAt(pos)));
    return new JsonFormatException(path(), "malformed JSON at character " + pos + ": expected " + expected
        + ", was " + found);
  }

  @Override
  public String text() {
    if (text == null) {
      text = escaped ? unescape(textStart, textEnd) : json.substring(textStart, textEnd);
    }
    return text;
  }

  /**
   * Tells whether the current token's text is a given text, comparing in place: what a codec asks of each field
   * name, without making a string of it.
   */
  boolean textIs(String expected) {
    if (escaped) {
      return text().equals(expected);
    }
    return textEnd - textStart == expected.length() && json.startsWith(expected, textStart);
  }

  /** The text of a string with escapes, which {@link #string()} has checked. */
  private String unescape(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char kind = json.charAt(++i);
      switch (kind) {
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          out.append((char) Integer.parseInt(json, i + 1, i + 5, 16));
          i += 4;
          break;
        default:
          out.append(kind);
      }
    }
    return out.toString();
  }

  @Override
  public String path() {
    List<Object> steps = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      if (kinds[i] == IN_OBJECT && nameStarts[i] >= 0) {
        steps.add(nameEscaped[i] ? unescape(nameStarts[i], nameEnds[i])
            : json.substring(nameStarts[i], nameEnds[i]));
      } else if (kinds[i] == IN_ARRAY && indexes[i] >= 0) {
        steps.add(indexes[i]);
      }
    }
    return JsonPath.of(steps);
  }
}
