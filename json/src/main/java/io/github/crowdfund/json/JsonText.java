package io.github.crowdfund.json;

import java.util.Objects;

/**
 * Writes and reads crowdfund's JSON as text with no JSON library: for an application that stores or sends events
 * and values but has no use for Jackson, such as the event store. The bytes are those the Jackson modules write,
 * checked against the same golden files; reading is strict JSON, read in place (no tree), and refuses what the
 * Jackson modules refuse, with the same JSON paths.
 *
 * <pre>{@code
 * JsonCodec<CampaignEvent> events = JsonCodecs.codec(CampaignEvent.class);
 * String json = JsonText.write(events, placed);       // {"type":"PledgePlaced","version":1,"pledge":{...}}
 * CampaignEvent back = JsonText.read(events, json);   // equals placed
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * Writes a value as compact JSON.
   *
   * @param codec the codec of the value's type, such as {@code JsonCodecs.codec(Money.class)}; not null
   * @param value the value, not null
   * @param <T> the type
   * @return the JSON text, not null
   */
  public static <T> String write(JsonCodec<? super T> codec, T value) {
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(value, "value");
    StringBuilder out = new StringBuilder(128);
    codec.write(value, new TextWriter(out));
    return out.toString();
  }

  /**
   * Reads a value from JSON text: one JSON value, with whitespace around it if any, and nothing after it.
   *
   * @param codec the codec of the type to read; not null
   * @param json the JSON text; not null
   * @param <T> the type
   * @return the value, not null
   * @throws JsonFormatException if the text is not JSON, has something after the value, or is not a valid value of
   *     the type; the message names the JSON path and the bad value (or, for malformed JSON, the character offset)
   */
  public static <T> T read(JsonCodec<T> codec, String json) {
    Objects.requireNonNull(codec, "codec");
    TextReader in = new TextReader(Objects.requireNonNull(json, "json"));
    in.next();
    T value = codec.read(in);
    in.next();
    return value;
  }
}
