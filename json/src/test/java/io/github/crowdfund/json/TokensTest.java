package io.github.crowdfund.json;

import static io.github.crowdfund.json.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How an error message names what it found: the kind of a token that is not the expected one, a bad value quoted
 * whole up to 80 characters and by its beginning and length beyond, a path shown whole up to 200 characters.
 */
class TokensTest {

  private static String reason(JsonCodec<?> codec, String json) {
    return refusal(codec, json).reason();
  }

  @Test
  void aTokenOfAnotherKindIsNamedByItsKind() {
    assertThat(reason(Scalars.STRING, "true")).isEqualTo("expected a string, was true");
    assertThat(reason(Scalars.STRING, "false")).isEqualTo("expected a string, was false");
    assertThat(reason(Scalars.STRING, "null")).isEqualTo("expected a string, was null");
    assertThat(reason(Scalars.STRING, "{}")).isEqualTo("expected a string, was an object");
    assertThat(reason(Scalars.STRING, "[]")).isEqualTo("expected a string, was an array");
    assertThat(reason(Scalars.STRING, "-1.5e3")).isEqualTo("expected a string, was the number -1.5e3");
    assertThat(reason(Scalars.LONG, "\"a\\\"b\\\\c\\n\""))
        .isEqualTo("expected an integer, was the string \"a\\\"b\\\\c\\u000a\"");
  }

  @Test
  void aValueOfEightyCharactersIsQuotedWholeAndALongerOneByItsBeginning() {
    String eighty = "x".repeat(80);
    assertThat(reason(Scalars.LONG, "\"" + eighty + "\"")).isEqualTo("expected an integer, was the string \""
        + eighty + "\"");
    assertThat(reason(Scalars.LONG, "\"" + eighty + "y\"")).isEqualTo("expected an integer, was the string \""
        + eighty + "…\" (81 characters)");

    String digits = "1".repeat(80);
    assertThat(reason(Scalars.STRING, digits)).isEqualTo("expected a string, was the number " + digits);
    assertThat(reason(Scalars.STRING, digits + "2")).isEqualTo("expected a string, was the number " + digits
        + "… (81 characters)");
  }

  @Test
  void aPathOfTwoHundredCharactersIsShownWholeAndALongerOneByItsBeginning() {
    String path = "$." + "a".repeat(198);
    assertThat(new JsonFormatException(path, "bad").getMessage()).isEqualTo(path + ": bad");
    JsonFormatException longer = new JsonFormatException(path + "b", "bad");
    assertThat(longer.getMessage()).isEqualTo(path + "…: bad");
    assertThat(longer.path()).isEqualTo(path + "b");
  }
}
