package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignEvent;
import java.util.function.Function;

/**
 * Turns campaign events into their stored form and back. {@link #json()} is the default: crowdfund's JSON form of
 * events, with no JSON library; {@link #taggedJson} builds one over the JSON library of your choice.
 *
 * <p>Implementations must be thread-safe: one codec serves every thread of a {@link CampaignStore}.
 */
public interface EventCodec {

  /**
   * Encodes an event.
   *
   * @param event the event, not null
   * @return its type name, schema version and JSON text, never null
   * @throws IllegalArgumentException if the codec cannot encode this event
   */
  EncodedEvent encode(CampaignEvent event);

  /**
   * Decodes an event, reading older schema versions of its type too.
   *
   * @param event the stored form, not null
   * @return the event, never null
   * @throws IllegalArgumentException if the type is unknown or the JSON does not describe a valid event of that
   *     type and version; the message says what is wrong and where
   */
  CampaignEvent decode(EncodedEvent event);

  /**
   * Returns the default codec: each event in crowdfund's JSON form, its stable type name and schema version first
   * ({@code {"type":"PledgePlaced","version":1,"pledge":{...}}}), byte for byte what the Jackson modules
   * ({@code crowdfund-jackson3}, {@code crowdfund-jackson2}) write, written and read by {@code crowdfund-json}'s
   * {@code JsonText} with no JSON library. Older schema versions of an event still decode, into today's value.
   * Decoding refuses a row whose columns and JSON disagree, and JSON that is malformed or not a valid event, naming
   * the JSON path and the bad value ({@code $.pledge.amount.amount: the amount "25.001" has more than the 2 decimal
   * places of USD}).
   *
   * @return the codec, thread-safe
   */
  static EventCodec json() {
    return TaggedJson.CROWDFUND;
  }

  /**
   * Returns a codec over JSON whose objects start with their type name and schema version, as the crowdfund JSON
   * modules write events ({@code {"type":"PledgePlaced","version":1,...}}), with the JSON library of your choice:
   * <pre>{@code
   * JsonMapper json = CrowdfundJackson3.mapper();
   * EventCodec codec = EventCodec.taggedJson(
   *     event -> json.writerFor(CampaignEvent.class).writeValueAsString(event),
   *     text -> json.readValue(text, CampaignEvent.class));
   * }</pre>
   * The codec takes the row's type name and schema version from the JSON, and refuses to decode a row whose
   * columns and JSON disagree.
   *
   * @param write writes an event as JSON, type name and version first; thread-safe
   * @param read reads such JSON back, of any version the library reads; thread-safe
   * @return the codec
   */
  static EventCodec taggedJson(Function<? super CampaignEvent, String> write,
      Function<? super String, ? extends CampaignEvent> read) {
    return new TaggedJson(write, read);
  }
}
