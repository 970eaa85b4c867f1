package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** crowdfund's JSON contract through {@link JsonText}, and the strictness of its reader. */
class JsonTextContractTest extends JsonContractTest {

  private final JsonEngine engine = new JsonTextEngine();

  @Override
  protected JsonEngine engine() {
    return engine;
  }

  /** Malformed JSON, and where the reader stops: its path and character offset. */
  record Malformed(String json, String path, String at) {}

  @TestFactory
  Stream<DynamicTest> malformedJsonIsRefusedNamingWhereItStops() {
    String money = "{\"amount\":\"1.00\",\"currency\":\"USD\"}";
    return Stream.of(
        new Malformed("", "$", "character 0: expected a value, was the end of the input"),
        new Malformed("{\"amount\" \"1.00\"}", "$.amount", "character 10: expected ':' after a field name"),
        new Malformed("{\"amount\":\"1.00\" \"currency\":\"USD\"}", "$.amount",
            "character 17: expected ',' or '}' after a field's value"),
        new Malformed("{\"amount\":\"1.00\",\"currency\":\"USD\",}", "$.currency",
            "character 34: expected a field name in double quotes, was \"}\""),
        new Malformed("{amount:\"1.00\"}", "$", "character 1: expected a field name in double quotes"),
        new Malformed("{\"amount\":'1.00'}", "$.amount", "character 10: expected a value, was \"'\""),
        new Malformed("{\"amount\":\"1.00", "$.amount", "expected the closing '\"' of a string"),
        new Malformed("{\"amount\":\"1\n00\"}", "$.amount", "control characters must be escaped"),
        new Malformed("{\"amount\":\"1\\x00\"}", "$.amount", "character 13: expected an escape sequence"),
        new Malformed("{\"amount\":\"\\u12\"}", "$.amount", "expected four hexadecimal digits after \\u"),
        new Malformed("{\"amount\":\"1\\", "$.amount",
            "character 13: expected an escape sequence (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), "
            + "was the end of the input"),
        new Malformed("{\"amount\":\"\\u12", "$.amount",
            "character 15: expected four hexadecimal digits after \\u, was the end of the input"),
        new Malformed(money + " x", "$", "character 35: expected the end of the input after the value, was \"x\""),
        new Malformed(money + money, "$", "expected the end of the input after the value"),
        new Malformed("[" + money + ",]", "$[1]", "character 36: expected a value, was \"]\""),
        new Malformed("[" + money + " " + money + "]", "$[0]",
            "character 36: expected ',' or ']' after an array element, was \"{\""),
        new Malformed("[-]", "$[0]", "character 2: expected a digit"),
        new Malformed("[1.]", "$[0]", "character 3: expected a digit"),
        new Malformed("[1e]", "$[0]", "character 3: expected a digit"),
        new Malformed("[tru]", "$[0]", "character 1: expected a value"))
        .map(bad -> DynamicTest.dynamicTest("«" + bad.json() + "»", () -> assertThatThrownBy(
            () -> read(bad.json()))
            .isInstanceOfSatisfying(JsonFormatException.class, e -> {
              assertThat(e.path()).isEqualTo(bad.path());
              assertThat(e.reason()).startsWith("malformed JSON at ").contains(bad.at());
            })));
  }

  /** Reads an amount, or a bag of amounts if the text starts as an array. */
  private static Object read(String json) {
    return json.startsWith("[") ? JsonText.read(CurrencyCodecs.MONEY_BAG, json)
        : JsonText.read(CurrencyCodecs.MONEY, json);
  }

  @Test
  void whitespaceBetweenTokensAndEscapesInStringsRead() {
    assertThat(JsonText.read(CurrencyCodecs.MONEY, " {\r\n\t\"currency\" : \"\\u0055SD\" ,\"amount\":\"0.10\"} "))
        .isEqualTo(Money.parse("USD 0.10"));
    assertThat(JsonText.read(CoreCodecs.CAMPAIGN_ID, "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\""))
        .isEqualTo(CampaignId.of("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00"));
    assertThat(JsonText.read(CurrencyCodecs.MONEY_BAG, "[ ]")).isEqualTo(JsonText.read(CurrencyCodecs.MONEY_BAG, "[]"));
  }

  @Test
  void stringsAreEscapedAsJacksonEscapesThem() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    every.append("é€\uD83D\uDE00\u2028");
    String written = JsonText.write(CoreCodecs.CAMPAIGN_ID, CampaignId.of("x" + every));
    assertThat(written).startsWith("\"x\\u0000\\u0001").contains("\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E")
        .contains("\\u001F !\\\"#").contains("./0").contains("[\\\\]").endsWith("~\u007Fé€\uD83D\uDE00\u2028\"");
    assertThat(JsonText.read(CoreCodecs.CAMPAIGN_ID, written)).isEqualTo(CampaignId.of("x" + every));
  }

  @Test
  void aReaderIsAtNoTokenBeforeItsFirst() {
    assertThatThrownBy(() -> new TextReader("1").current()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writeAndReadRefuseNull() {
    assertThatThrownBy(() -> JsonText.write(CurrencyCodecs.CURRENCY, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonText.read(CurrencyCodecs.CURRENCY, null)).isInstanceOf(NullPointerException.class);
    assertThat(JsonText.read(CurrencyCodecs.CURRENCY, "\"EUR\"")).isEqualTo(CurrencyUnit.EUR);
    assertThat(JsonText.read(JsonCodecs.codec(CampaignEvent.class), golden("event-PledgePlaced")))
        .isEqualTo(new CampaignEvent.PledgePlaced(CampaignSamples.PLEDGE));
  }
}
