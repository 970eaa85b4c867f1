package io.github.crowdfund.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.crowdfund.core.CampaignId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2 reports its own errors as checked exceptions: malformed JSON inside a crowdfund value is Jackson's parse
 * error, and an I/O error while a value is written or read reaches the caller as the {@link IOException} it was.
 */
class Jackson2IoErrorsTest {

  private final JsonMapper mapper = CrowdfundJackson2.mapper();

  @Test
  void malformedJsonInsideAValueIsJacksonsParseError() {
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1.00\" \"currency\":\"USD\"}", Money.class))
        .isInstanceOf(JsonParseException.class).hasMessageContaining("expecting comma");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1.00\",\"currency\":", Money.class))
        .isInstanceOf(JsonParseException.class);
  }

  @Test
  void anIoErrorWhileWritingReachesTheCallerAsItWas() {
    // longer than Jackson's buffer, so that the generator writes out while the codec is writing the value
    CampaignId id = CampaignId.of("x".repeat(100_000));
    Writer full = new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> mapper.writeValue(full, id)).isInstanceOf(IOException.class)
        .isNotInstanceOf(JsonMappingException.class).hasMessage("disk full");
  }

  @Test
  void anIoErrorWhileReadingReachesTheCallerAsItWas() {
    for (String start : new String[] {"{\"amount\":\"1.00\",", "\"" + "x".repeat(100_000)}) {
      Reader broken = new Reader() {
        private final Reader first = new StringReader(start);

        @Override
        public int read(char[] chars, int offset, int length) throws IOException {
          int read = first.read(chars, offset, length);
          if (read < 0) {
            throw new IOException("connection reset");
          }
          return read;
        }

        @Override
        public void close() {}
      };
      Class<?> type = start.startsWith("{") ? Money.class : CampaignId.class;

      assertThatThrownBy(() -> mapper.readValue(broken, type)).isInstanceOf(IOException.class)
          .isNotInstanceOf(JsonMappingException.class).hasMessage("connection reset");
    }
  }

  @Test
  void eachMapperIsNewAndRefusesTrailingTokens() throws IOException {
    assertThat(CrowdfundJackson2.mapper()).isNotSameAs(CrowdfundJackson2.mapper());
    assertThat(mapper.readValue("\"lamp\"", CampaignId.class)).isEqualTo(CampaignId.of("lamp"));
    assertThatThrownBy(() -> mapper.readValue("\"lamp\" \"mug\"", CampaignId.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("Trailing token");
  }
}
