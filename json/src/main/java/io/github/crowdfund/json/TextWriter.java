package io.github.crowdfund.json;

import java.util.Arrays;

/**
 * Compact JSON text in a {@link StringBuilder}, byte for byte as Jackson's default generator writes it: no
 * whitespace; in strings {@code "} and {@code \} escaped with a backslash, the control characters backspace, tab,
 * line feed, form feed and carriage return as {@code \b \t \n \f \r}, the other control characters as a
 * backslash, {@code u00} and two upper-case hexadecimal digits, every other character as it is.
 *
 * <p>Not thread-safe: one writer writes one text.
 */
final class TextWriter implements JsonWriter {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out;

  /** For each open object or array, outermost first: whether a field or element was written in it. */
  private boolean[] filled = new boolean[8];
  private int depth;
  private boolean afterName;

  TextWriter(StringBuilder out) {
    this.out = out;
  }

  @Override
  public void beginObject() {
    beforeValue();
    out.append('{');
    push();
  }

  @Override
  public void endObject() {
    depth--;
    out.append('}');
  }

  @Override
  public void beginArray() {
    beforeValue();
    out.append('[');
    push();
  }

  @Override
  public void endArray() {
    depth--;
    out.append(']');
  }

  @Override
  public void name(String name) {
    separate();
    quoted(name);
    out.append(':');
    afterName = true;
  }

  @Override
  public void string(String value) {
    beforeValue();
    quoted(value);
  }

  @Override
  public void number(long value) {
    beforeValue();
    out.append(value);
  }

  @Override
  public void bool(boolean value) {
    beforeValue();
    out.append(value);
  }

  /** A value follows its field name directly; in an array, a comma separates it from the element before. */
  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      separate();
    }
  }

  private void separate() {
    if (depth > 0) {
      if (filled[depth - 1]) {
        out.append(',');
      }
      filled[depth - 1] = true;
    }
  }

  private void push() {
    if (depth == filled.length) {
      filled = Arrays.copyOf(filled, depth * 2);
    }
    filled[depth++] = false;
  }

  private void quoted(String text) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"':
        case '\\':
          out.append('\\').append(c);
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(text, plain, text.length()).append('"');
  }
}
