package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.store.EncodedEvent;
import io.github.crowdfund.store.EventCodec;
import java.util.ArrayList;
import java.util.List;

/** The campaign of the event store benchmarks, encoded for the store by its default codec. */
final class StoreEvents {

  /** The id of {@link CampaignScale#history}'s campaign. */
  static final String CAMPAIGN = "scale";

  /** The store's default codec: crowdfund's JSON form of events. */
  static final EventCodec CODEC = EventCodec.json();

  private StoreEvents() {}

  /** Encodes a history. */
  static List<EncodedEvent> encode(List<CampaignEvent> history) {
    List<EncodedEvent> encoded = new ArrayList<>(history.size());
    for (CampaignEvent event : history) {
      encoded.add(CODEC.encode(event));
    }
    return encoded;
  }

  /** Decodes encoded events. */
  static List<CampaignEvent> decode(List<EncodedEvent> encoded) {
    List<CampaignEvent> events = new ArrayList<>(encoded.size());
    for (EncodedEvent event : encoded) {
      events.add(CODEC.decode(event));
    }
    return events;
  }
}
