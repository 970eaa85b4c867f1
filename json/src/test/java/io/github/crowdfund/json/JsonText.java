package io.github.crowdfund.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A strict JSON text (RFC 8259) as the {@link JsonReader} a codec reads, and a {@link JsonWriter} that writes compact
 * JSON: a JSON library's parser and generator in a few lines, for tests of the codecs without one. The text is split
 * into tokens up front; malformed JSON throws {@link MalformedJson}, the stand-in for a library's own parse error.
 * Nesting is limited to {@value #MAX_DEPTH} levels and numbers to {@value #MAX_NUMBER_LENGTH} chars, as Jackson's
 * default stream constraints limit them.
 *
 * <p>Not thread-safe.
 */
final class JsonText {

  /** How deep arrays and objects may nest. */
  static final int MAX_DEPTH = 500;
  /** The longest number, in chars. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private JsonText() {}

  /** Malformed JSON: what a JSON library's parser throws, not a codec's concern. */
  static final class MalformedJson extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedJson(int at, String reason) {
      super("malformed JSON at char " + at + ": " + reason);
    }
  }

  /** Returns a reader of the text, positioned before its first token. */
  static JsonReader reader(String text) {
    return new Reader(new Tokenizer(text).tokens());
  }

  /** Returns a writer into the builder. */
  static JsonWriter writer(StringBuilder out) {
    return new Writer(out);
  }

  private record Tok(JsonReader.Token token, String text, String path) {}

  private static final class Reader implements JsonReader {
    private final List<Tok> tokens;
    private int at = -1;

    Reader(List<Tok> tokens) {
      this.tokens = tokens;
    }

    private Tok tok() {
      return at < 0 ? new Tok(Token.END_OF_INPUT, "", "$") : tokens.get(Math.min(at, tokens.size() - 1));
    }

    @Override
    public Token current() {
      return tok().token();
    }

    @Override
    public Token next() {
      if (at < tokens.size() - 1) {
        at++;
      }
      return current();
    }

    @Override
    public String text() {
      return tok().text();
    }

    @Override
    public String path() {
      return tok().path();
    }
  }

  /** Splits a text into tokens, each with its JSON path, iteratively (no recursion, so no deep stack). */
  private static final class Tokenizer {
    private final String text;
    private final List<Tok> tokens = new ArrayList<>();
    /** The path steps of the open containers: a String field name or an Integer index, null before the first. */
    private final List<Object> steps = new ArrayList<>();
    /** For each open container, whether it is an object. */
    private final Deque<Boolean> objects = new ArrayDeque<>();
    private int i;

    Tokenizer(String text) {
      this.text = text;
    }

    List<Tok> tokens() {
      skipSpace();
      value();
      while (!objects.isEmpty()) {
        skipSpace();
        boolean object = objects.peek();
        char c = peek();
        if (c == (object ? '}' : ']')) {
          i++;
          objects.pop();
          steps.remove(steps.size() - 1);
          tokens.add(new Tok(object ? JsonReader.Token.END_OBJECT : JsonReader.Token.END_ARRAY,
              String.valueOf(c), JsonPath.of(steps)));
          continue;
        }
        Object last = steps.get(steps.size() - 1);
        if (last != null) {
          expect(',');
          skipSpace();
        }
        if (object) {
          expectNoEnd('"');
          String name = string();
          steps.set(steps.size() - 1, name);
          tokens.add(new Tok(JsonReader.Token.NAME, name, JsonPath.of(steps)));
          skipSpace();
          expect(':');
          skipSpace();
        } else {
          steps.set(steps.size() - 1, last == null ? 0 : (Integer) last + 1);
        }
        value();
      }
      skipSpace();
      if (i < text.length()) {
        throw new MalformedJson(i, "text after the value");
      }
      tokens.add(new Tok(JsonReader.Token.END_OF_INPUT, "", "$"));
      return tokens;
    }

    /** Reads a scalar, or opens a container. */
    private void value() {
      String path = JsonPath.of(nonNull());
      char c = peek();
      if (c == '{' || c == '[') {
        i++;
        if (objects.size() == MAX_DEPTH) {
          throw new MalformedJson(i, "nesting deeper than " + MAX_DEPTH);
        }
        objects.push(c == '{');
        steps.add(null);
        tokens.add(new Tok(c == '{' ? JsonReader.Token.BEGIN_OBJECT : JsonReader.Token.BEGIN_ARRAY,
            String.valueOf(c), path));
        skipSpace();
        if (peek() == (c == '{' ? '}' : ']')) {
          // empty container: the loop closes it
          return;
        }
        if (c == '{' && peek() != '"') {
          throw new MalformedJson(i, "expected a field name");
        }
        return;
      }
      if (c == '"') {
        tokens.add(new Tok(JsonReader.Token.STRING, string(), path));
      } else if (text.startsWith("true", i)) {
        i += 4;
        tokens.add(new Tok(JsonReader.Token.TRUE, "true", path));
      } else if (text.startsWith("false", i)) {
        i += 5;
        tokens.add(new Tok(JsonReader.Token.FALSE, "false", path));
      } else if (text.startsWith("null", i)) {
        i += 4;
        tokens.add(new Tok(JsonReader.Token.NULL, "null", path));
      } else if (c == '-' || c >= '0' && c <= '9') {
        tokens.add(new Tok(JsonReader.Token.NUMBER, number(), path));
      } else {
        throw new MalformedJson(i, "expected a value");
      }
    }

    /** The steps without the placeholder of a container whose first element is not read yet. */
    private List<Object> nonNull() {
      return steps.stream().filter(step -> step != null).toList();
    }

    private String number() {
      int start = i;
      if (peekOr('-')) {
        i++;
      }
      if (peekOr('0')) {
        i++;
      } else {
        digits();
      }
      if (peekOr('.')) {
        i++;
        digits();
      }
      if (peekOr('e') || peekOr('E')) {
        i++;
        if (peekOr('+') || peekOr('-')) {
          i++;
        }
        digits();
      }
      if (i - start > MAX_NUMBER_LENGTH) {
        throw new MalformedJson(start, "a number longer than " + MAX_NUMBER_LENGTH + " chars");
      }
      return text.substring(start, i);
    }

    private void digits() {
      int start = i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == start) {
        throw new MalformedJson(i, "expected a digit");
      }
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        if (i >= text.length()) {
          throw new MalformedJson(i, "a string left open");
        }
        char c = text.charAt(i++);
        if (c == '"') {
          return value.toString();
        }
        if (c < 0x20) {
          throw new MalformedJson(i - 1, "a control character in a string");
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        if (i >= text.length()) {
          throw new MalformedJson(i, "a string left open");
        }
        char e = text.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> value.append(e);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            if (i + 4 > text.length()) {
              throw new MalformedJson(i, "a short \\u escape");
            }
            try {
              value.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
            } catch (NumberFormatException bad) {
              throw new MalformedJson(i, "a bad \\u escape");
            }
            i += 4;
          }
          default -> throw new MalformedJson(i - 1, "a bad escape");
        }
      }
    }

    private void skipSpace() {
      while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
    }

    private char peek() {
      if (i >= text.length()) {
        throw new MalformedJson(i, "the end of the input");
      }
      return text.charAt(i);
    }

    private boolean peekOr(char c) {
      return i < text.length() && text.charAt(i) == c;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new MalformedJson(i, "expected '" + c + "'");
      }
      i++;
    }

    private void expectNoEnd(char c) {
      if (peek() != c) {
        throw new MalformedJson(i, "expected '" + c + "'");
      }
    }
  }

  /** Writes compact JSON, a comma before every value or name that is not first in its container. */
  private static final class Writer implements JsonWriter {
    private final StringBuilder out;
    /** Whether the next value or name in the current container needs a comma before it. */
    private final Deque<Boolean> comma = new ArrayDeque<>();
    private boolean afterName;

    Writer(StringBuilder out) {
      this.out = out;
    }

    private void separate() {
      if (afterName) {
        afterName = false;
        return;
      }
      if (!comma.isEmpty()) {
        if (comma.pop()) {
          out.append(',');
        }
        comma.push(true);
      }
    }

    @Override
    public void beginObject() {
      separate();
      out.append('{');
      comma.push(false);
    }

    @Override
    public void endObject() {
      comma.pop();
      out.append('}');
    }

    @Override
    public void beginArray() {
      separate();
      out.append('[');
      comma.push(false);
    }

    @Override
    public void endArray() {
      comma.pop();
      out.append(']');
    }

    @Override
    public void name(String name) {
      separate();
      out.append(Tokens.escaped(name)).append(':');
      afterName = true;
    }

    @Override
    public void string(String value) {
      separate();
      out.append(Tokens.escaped(value));
    }

    @Override
    public void number(long value) {
      separate();
      out.append(value);
    }

    @Override
    public void bool(boolean value) {
      separate();
      out.append(value);
    }
  }
}
