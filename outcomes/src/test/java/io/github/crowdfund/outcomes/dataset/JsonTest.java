package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void readsTheValuesOfAProjectObject() throws Exception {
    Map<String, Object> object = Json.parseObject(
        "{\"id\":23,\"name\":\"Caf\\u00e9 \\\"x\\\"\\n\",\"goal\":-1.5e3,\"ok\":true,\"no\":false,\"none\":null,"
            + "\"list\":[1,[2],{}],\"urls\":{\"web\":{\"discover\":\"http:\\/\\/x\"}}}");
    assertThat(Json.scalar(object, "id")).contains("23");
    assertThat(Json.scalar(object, "name")).contains("Café \"x\"\n");
    assertThat(Json.scalar(object, "goal")).contains("-1.5e3");
    assertThat(Json.scalar(object, "ok")).contains("true");
    assertThat(Json.scalar(object, "none")).isEmpty();
    assertThat(Json.scalar(object, "absent")).isEmpty();
    assertThat(object.get("list")).isEqualTo(List.of(new Json.JsonNumber("1"), List.of(new Json.JsonNumber("2")),
        Map.of()));
    assertThat(Json.object(object, "urls").orElseThrow()).containsKey("web");
    assertThat(object.keySet()).containsExactly("id", "name", "goal", "ok", "no", "none", "list", "urls");
  }

  @Test
  void acceptsRawLineBreaksInStringsAsRealScrapesHaveThem() throws Exception {
    assertThat(Json.scalar(Json.parseObject("{\"blurb\":\"one\ntwo\"}"), "blurb")).contains("one\ntwo");
  }

  @Test
  void refusesWhatIsNotJson() {
    for (String text : List.of("", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{\"a\":01}", "{\"a\":1.}",
        "{\"a\":tru}", "{a:1}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"name\":\"Zachary \"Ziggy\" Z\"}",
        "{} {}", "\"open")) {
      assertThatThrownBy(() -> Json.parse(text)).as(text).isInstanceOf(Json.JsonException.class)
          .hasMessageStartingWith("not JSON at char");
    }
  }

  @Test
  void deepNestingIsRefusedNotOverflowed() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(Json.JsonException.class)
        .hasMessageContaining("at most 64 levels of nesting");
  }

  @Test
  void anyTextEitherParsesOrIsRefusedWithAJsonException() {
    qt().withExamples(2_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .checkAssert(text -> parseOrRefuse(text));
    qt().withExamples(500).forAll(integers().between(0, 30), strings().betweenCodePoints(0, 0x7f)
            .ofLengthBetween(0, 30))
        .checkAssert((depth, tail) -> parseOrRefuse("{\"a\":".repeat(depth) + tail));
  }

  private static void parseOrRefuse(String text) {
    try {
      assertThat(Json.parse(text)).isNotNull();
    } catch (Json.JsonException e) {
      assertThat(e.getMessage()).startsWith("not JSON at char");
    }
  }
}
