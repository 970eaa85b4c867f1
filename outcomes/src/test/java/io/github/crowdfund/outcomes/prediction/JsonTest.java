package io.github.crowdfund.outcomes.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of model files: what it reads, what it writes, and the offset and expectation of every refusal. */
class JsonTest {

  private static String written(String value) {
    StringBuilder out = new StringBuilder();
    Json.string(out, value);
    return out.toString();
  }

  @Test
  @SuppressWarnings("unchecked")
  void readsObjectsInFileOrderArraysStringsNumbersAndBooleans() {
    Object parsed = Json.parse(" {\"z\" : [1, -2.5e1, 3E2] ,\n\"a\":{}, \"t\":true,\"f\":false, \"e\":[], \"s\":\"x\"}\t");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("z", List.of(1.0, -25.0, 300.0));
    expected.put("a", Map.of());
    expected.put("t", true);
    expected.put("f", false);
    expected.put("e", List.of());
    expected.put("s", "x");
    assertThat(parsed).isEqualTo(expected);
    assertThat(String.join(",", ((Map<String, ?>) parsed).keySet())).isEqualTo("z,a,t,f,e,s");
    assertThat(Json.parse("[[],[true,[false]],{\"k\":[\"v\"]}]"))
        .isEqualTo(List.of(List.of(), List.of(true, List.of(false)), Map.of("k", List.of("v"))));
    assertThat(Json.parse("-0.125")).isEqualTo(-0.125);
    assertThat(Json.parse("[1e+2,2.5E-1]")).isEqualTo(List.of(100.0, 0.25));
    assertThat(Json.parse("{ }")).isEqualTo(Map.of());
    assertThat(Json.parse("[ ]")).isEqualTo(List.of());
    assertThat(Json.parse("{ \"o\" : { } , \"a\" : [ ] }")).isEqualTo(Map.of("o", Map.of(), "a", List.of()));
    assertThat(Json.parse("\"\"")).isEqualTo("");
  }

  @Test
  void readsEveryEscape() {
    assertThat(Json.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u20AC\""))
        .isEqualTo("q\" b\\ s/ \b\f\n\r\t é€");
  }

  @Test
  void writesStringsThatReadBackEscapingQuotesBackslashesAndControlCharacters() {
    assertThat(written("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(written("\u0000\n\u001f ~\u007f")).isEqualTo("\"\\u0000\\u000a\\u001f ~\u007f\"");
    qt().withExamples(300).forAll(strings().betweenCodePoints(0, 0x2ff).ofLengthBetween(0, 20))
        .checkAssert(value -> assertThat(Json.parse(written(value))).isEqualTo(value));
  }

  @Test
  void writesFiniteNumbersThatReadBackToTheSameBitsAndRefusesOthersQuotingThem() {
    qt().withExamples(300).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(value -> {
      StringBuilder out = new StringBuilder();
      Json.number(out, value);
      assertThat(Double.doubleToLongBits((Double) Json.parse(out.toString())))
          .isEqualTo(Double.doubleToLongBits(value));
    });
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Json.number(new StringBuilder(), value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("JSON numbers must be finite, was '" + value + "'");
    }
  }

  @Test
  void refusesWhatIsNotJsonNamingTheOffsetAndWhatWasExpected() {
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("", "expected a value at offset 0, found the end");
    refusals.put("   ", "expected a value at offset 3, found the end");
    refusals.put("{} x", "expected end of document at offset 3, found 'x'");
    refusals.put("nul", "expected a value at offset 0, found 'n'");
    refusals.put("1.2.3", "expected a number at offset 0, found '1'");
    refusals.put("{\"a\" 1}", "expected ':' at offset 5, found '1'");
    refusals.put("{\"a\":1 \"b\":2}", "expected '}' at offset 7, found '\"'");
    refusals.put("{\"a\":1,}", "expected a member name at offset 7, found '}'");
    refusals.put("{1:2}", "expected a member name at offset 1, found '1'");
    refusals.put("{\"a\":", "expected a value at offset 5, found the end");
    refusals.put("{\"a\":1", "expected '}' at offset 6, found the end");
    refusals.put("[1 2]", "expected ']' at offset 3, found '2'");
    refusals.put("[1,", "expected a value at offset 3, found the end");
    refusals.put("\"open", "expected the end of a string at offset 5, found the end");
    refusals.put("\"a\\", "expected an escape at offset 3, found the end");
    refusals.put("\"\\x\"", "expected an escape at offset 3, found '\"'");
    refusals.put("\"\\u12\"", "expected four hex digits at offset 3, found '1'");
    refusals.put("\"\\u0041", "expected the end of a string at offset 7, found the end");
    refusals.put("\"\\u12g4\"", "expected four hex digits at offset 3, found '1'");
    refusals.forEach((text, message) -> assertThatThrownBy(() -> Json.parse(text)).as(text)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not JSON: " + message));
  }

  @Test
  void aMemberTwiceIsRefusedNamingItAndWhereItEnds() {
    assertThatThrownBy(() -> Json.parse("{\"w\":1,\"w\":2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JSON object has member 'w' twice (offset 12)");
  }
}
