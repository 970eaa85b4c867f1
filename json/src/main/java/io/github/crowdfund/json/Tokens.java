package io.github.crowdfund.json;

import io.github.crowdfund.json.JsonReader.Token;

/** Reading helpers shared by the codecs: expected tokens and errors that name the JSON path and the bad value. */
final class Tokens {

  /** How many characters of a bad value an error message quotes. */
  static final int MAX_QUOTED_LENGTH = 80;

  private Tokens() {}

  /**
   * Tells whether the current token's text is a given text, such as an expected field name; in place when the
   * reader reads text itself.
   */
  static boolean textIs(JsonReader in, String expected) {
    return in instanceof TextReader ? ((TextReader) in).textIs(expected) : in.text().equals(expected);
  }

  /** An error at the reader's current token. */
  static JsonFormatException error(JsonReader in, String reason) {
    return new JsonFormatException(in.path(), reason);
  }

  /** Checks that the current token is of a kind, or throws "expected WHAT, was VALUE". */
  static void expect(JsonReader in, Token token, String what) {
    if (in.current() != token) {
      throw wrongType(in, what);
    }
  }

  /** The error for a current token that is not what the codec reads. */
  static JsonFormatException wrongType(JsonReader in, String what) {
    return error(in, "expected " + what + ", was " + describe(in));
  }

  /** The current token as an error message names it: {@code the string "x"}, {@code the number 12}, {@code null}. */
  static String describe(JsonReader in) {
    switch (in.current()) {
      case STRING:
        return "the string " + quote(in.text());
      case NUMBER:
        String number = in.text();
        return "the number " + (number.length() <= MAX_QUOTED_LENGTH ? number
            : number.substring(0, MAX_QUOTED_LENGTH) + "… (" + number.length() + " characters)");
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case END_OF_INPUT:
        return "the end of the input";
      default:
        return quote(in.text());
    }
  }

  /**
   * A text for an error message: in double quotes, with quotes, backslashes and control characters escaped as in
   * JSON; a text longer than {@value #MAX_QUOTED_LENGTH} characters by its beginning, an ellipsis and its length, such
   * as {@code "12345…" (200000 characters)}, so that no message grows with the input.
   */
  static String quote(String text) {
    if (text.length() <= MAX_QUOTED_LENGTH) {
      return escaped(text);
    }
    String beginning = escaped(text.substring(0, MAX_QUOTED_LENGTH));
    return beginning.substring(0, beginning.length() - 1) + "…\" (" + text.length() + " characters)";
  }

  /** A whole text in double quotes, with quotes, backslashes and control characters escaped as in JSON. */
  static String escaped(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
