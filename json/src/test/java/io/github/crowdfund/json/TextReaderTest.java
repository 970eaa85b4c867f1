package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.json.JsonReader.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token interface as {@link TextReader} implements it: each token, its text and the path it is at. */
class TextReaderTest {

  /** Reads every token, checking that {@code next()} returns the token {@code current()} then gives. */
  private static List<String> tokens(String json) {
    TextReader in = new TextReader(json);
    List<String> seen = new ArrayList<>();
    Token token;
    do {
      token = in.next();
      assertThat(token).as("next() after %s", seen).isSameAs(in.current());
      boolean hasText = token == Token.NAME || token == Token.STRING || token == Token.NUMBER;
      seen.add(token + (hasText ? " " + in.text() : "") + " at " + in.path());
    } while (token != Token.END_OF_INPUT);
    return seen;
  }

  @Test
  void everyKindOfTokenIsReturnedByNextWithItsTextAndPath() {
    assertThat(tokens(" {\"a\" : [1, -2.5e3 ,true,false,null,\"x\"], \"b\":{}, \"c\":[]} ")).containsExactly(
        "BEGIN_OBJECT at $",
        "NAME a at $.a",
        "BEGIN_ARRAY at $.a",
        "NUMBER 1 at $.a[0]",
        "NUMBER -2.5e3 at $.a[1]",
        "TRUE at $.a[2]",
        "FALSE at $.a[3]",
        "NULL at $.a[4]",
        "STRING x at $.a[5]",
        "END_ARRAY at $.a",
        "NAME b at $.b",
        "BEGIN_OBJECT at $.b",
        "END_OBJECT at $.b",
        "NAME c at $.c",
        "BEGIN_ARRAY at $.c",
        "END_ARRAY at $.c",
        "END_OBJECT at $",
        "END_OF_INPUT at $");
  }

  @Test
  void aScalarAloneIsADocument() {
    assertThat(tokens("\"lamp\"")).containsExactly("STRING lamp at $", "END_OF_INPUT at $");
    assertThat(tokens("-0.5E+2")).containsExactly("NUMBER -0.5E+2 at $", "END_OF_INPUT at $");
  }

  @Test
  void escapedFieldNamesAreUnescapedInThePath() {
    assertThat(tokens("{\"a\\u0062\":{\"c\\\"d\":1}}")).contains("NAME ab at $.ab", "NUMBER 1 at $.ab['c\"d']");
  }

  @Test
  void nestingDeeperThanTheFirstArraysReadsAndNamesItsPath() {
    int depth = 100;
    String json = "[".repeat(depth) + "{\"x\":7}" + "]".repeat(depth);
    List<String> seen = tokens(json);
    assertThat(seen).hasSize(2 * depth + 5);
    assertThat(seen.get(depth + 2)).isEqualTo("NUMBER 7 at $" + "[0]".repeat(depth) + ".x");
    assertThat(seen.get(seen.size() - 1)).isEqualTo("END_OF_INPUT at $");
  }

  @Test
  void theTextOfABracketOrALiteralIsItsJsonText() {
    TextReader in = new TextReader("{\"a\":[\"x\",true,null],\"b\":{}}");
    List<String> texts = new ArrayList<>();
    for (Token token = in.next(); token != Token.END_OF_INPUT; token = in.next()) {
      texts.add(in.text());
    }
    assertThat(texts).containsExactly("{", "a", "[", "x", "true", "null", "]", "b", "{", "}", "}");
  }
}
