package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.crowdfund.core.CampaignEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Coverage-guided fuzz tests of the codecs' reading side, through the library's own strict reader ({@link JsonText}). In {@code mvn verify} each replays its corpus, the files in
 * {@code src/test/resources/io/github/crowdfund/json/JsonReadersFuzzTestInputs/<method>/} (raw UTF-8 bytes). {@code
 * JAZZER_FUZZ=1} makes one target fuzz for its time budget; see the README.
 *
 * <p>The contract each target checks: reading gives a value, which writes back to JSON that reads as an equal value,
 * or throws a {@link JsonFormatException} (malformed JSON included) whose path starts at the root {@code $} and whose
 * message is short. Nothing else: no other exception, no hang (libFuzzer's time-out).
 */
class JsonReadersFuzzTest {

  /** Long enough for any message, which quotes at most the beginning of a bad value. */
  private static final int MAX_MESSAGE_LENGTH = 2_000;

  /** An event, as read back from an event store: {@code {"type":"PledgePlaced","version":1,...}}. */
  @FuzzTest(maxDuration = "30s")
  void eventRead(byte[] input) {
    readsOrRefuses(CampaignEvent.class, new String(input, StandardCharsets.UTF_8));
  }

  /**
   * A value of any type with a JSON form: the input's first line names the type by its simple name (as in
   * {@code Money} or {@code PlacePledge}), the rest is the JSON.
   */
  @FuzzTest(maxDuration = "30s")
  void valueRead(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    if (newline < 0) {
      return;
    }
    String name = text.substring(0, newline).strip();
    Optional<JsonCodecs.Entry<?>> entry = JsonCodecs.all().stream()
        .filter(candidate -> candidate.type().getSimpleName().equals(name))
        .findFirst();
    entry.ifPresent(found -> readsOrRefuses(found.type(), text.substring(newline + 1)));
  }

  private static <T> void readsOrRefuses(Class<T> type, String json) {
    JsonCodec<T> codec = JsonCodecs.codec(type);
    T value;
    try {
      value = JsonText.read(codec, json);
    } catch (JsonFormatException refused) {
      assertThat(refused.path()).startsWith("$");
      assertThat(refused.reason()).isNotBlank();
      assertThat(refused.getMessage()).hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
      return;
    }
    assertThat(value).as("a codec's value").isNotNull();
    String written = JsonText.write(codec, value);
    assertThat(JsonText.read(codec, written)).as("%s read back from %s", type.getSimpleName(), written)
        .isEqualTo(value);
  }
}
