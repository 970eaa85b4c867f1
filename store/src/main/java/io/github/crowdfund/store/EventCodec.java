package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignEvent;

/**
 * Turns campaign events into their stored form and back. The JSON modules provide implementations; the store uses
 * no JSON library itself.
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
}
