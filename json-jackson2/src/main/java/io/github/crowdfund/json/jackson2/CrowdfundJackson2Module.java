package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.crowdfund.json.JsonCodecs;

/**
 * The Jackson 2 module for crowdfund: a serializer and a deserializer for each type of {@link JsonCodecs}
 * ({@code Money}, {@code FxRate}, the ids, the campaign definition, every command and event, decisions,
 * settlements, ...), writing the JSON that crowdfund-json defines, byte
 * for byte as the Jackson 3 module does. Register it on a mapper,
 * {@code JsonMapper.builder().addModule(new CrowdfundJackson2Module()).build()}, or use
 * {@link CrowdfundJackson2#mapper()}.
 *
 * <p>An event is written with its type name and schema version first, and read back as a {@code CampaignEvent}:
 * {@code mapper.readValue(json, CampaignEvent.class)}. {@link JsonCodecs#eventType} and
 * {@link JsonCodecs#eventSchemaVersion} give what a store may keep beside it.
 *
 * <p>Bad JSON is refused with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} whose message
 * names the JSON path and the bad value, and whose cause is the {@link io.github.crowdfund.json.JsonFormatException}.
 */
public final class CrowdfundJackson2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CrowdfundJackson2Module() {
    super("crowdfund");
    for (JsonCodecs.Entry<?> entry : JsonCodecs.all()) {
      add(entry);
    }
  }

  private <T> void add(JsonCodecs.Entry<T> entry) {
    addSerializer(entry.type(), new CodecSerializer<>(entry.codec()));
    addDeserializer(entry.type(), new CodecDeserializer<>(entry.type(), entry.codec()));
  }
}
