package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.crowdfund.json.JsonReader.Token;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The codecs read through any implementation of the token interface, not only through {@link TextReader}, whose
 * field names they may compare in place: here through a reader that only passes on a text reader's tokens, as a JSON
 * library's reader gives them.
 */
class AnyReaderTest {

  /** The token interface and nothing more. */
  private static final class Passing implements JsonReader {
    private final JsonReader in;

    Passing(JsonReader in) {
      this.in = in;
    }

    @Override
    public Token current() {
      return in.current();
    }

    @Override
    public Token next() {
      return in.next();
    }

    @Override
    public String text() {
      return in.text();
    }

    @Override
    public String path() {
      return in.path();
    }
  }

  private static Object read(JsonCodec<?> codec, String json) {
    JsonReader in = new Passing(new TextReader(json));
    in.next();
    Object value = codec.read(in);
    assertThat(in.next()).isEqualTo(Token.END_OF_INPUT);
    return value;
  }

  @Test
  void everyGoldenSampleReads() {
    for (GoldenSamples.Sample sample : GoldenSamples.all()) {
      assertThat(read(JsonCodecs.codec(sample.type()), JsonContractTest.golden(sample.name()))).as(sample.name())
          .isEqualTo(sample.value());
    }
  }

  @Test
  void fieldNamesAreComparedAsTheirText() {
    assertThat(read(CurrencyCodecs.MONEY, "{\"currency\":\"USD\",\"\\u0061mount\":\"1.00\"}"))
        .isEqualTo(Money.parse("USD 1.00"));
    JsonFormatException refused = catchThrowableOfType(JsonFormatException.class,
        () -> read(CurrencyCodecs.MONEY, "{\"amount\":\"1.00\",\"amounts\":\"1.00\"}"));
    assertThat(refused.path()).isEqualTo("$.amounts");
    assertThat(refused.reason()).startsWith("unknown field \"amounts\"");
  }
}
