package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonCodecs;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for crowdfund: a serializer and a deserializer for each type of {@link JsonCodecs}
 * ({@code Money}, {@code FxRate}, the ids, the campaign definition, every command and event, decisions,
 * settlements, ...), writing the JSON that crowdfund-json defines.
 * Register it on a mapper, {@code JsonMapper.builder().addModule(new CrowdfundJackson3Module()).build()}, or use
 * {@link CrowdfundJackson3#mapper()}.
 *
 * <p>An event is written with its type name and schema version first, and read back as a {@code CampaignEvent}:
 * {@code mapper.readValue(json, CampaignEvent.class)}. {@link JsonCodecs#eventType} and
 * {@link JsonCodecs#eventSchemaVersion} give what a store may keep beside it.
 *
 * <p>Bad JSON is refused with a {@link tools.jackson.databind.exc.MismatchedInputException} whose message names
 * the JSON path and the bad value, and whose cause is the {@link io.github.crowdfund.json.JsonFormatException}.
 */
public final class CrowdfundJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CrowdfundJackson3Module() {
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
