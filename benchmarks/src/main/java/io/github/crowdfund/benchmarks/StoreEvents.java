package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.store.EncodedEvent;
import java.util.ArrayList;
import java.util.List;

/** The campaign of the event store benchmarks, encoded for the store. */
final class StoreEvents {

  /** The id of {@link CampaignScale#history}'s campaign. */
  static final String CAMPAIGN = "scale";

  private StoreEvents() {}

  /** Encodes a history. */
  static List<EncodedEvent> encode(List<CampaignEvent> history) {
    List<EncodedEvent> encoded = new ArrayList<>(history.size());
    for (CampaignEvent event : history) {
      if (event instanceof CampaignEvent.PledgePlaced placed) {
        encoded.add(new EncodedEvent("PledgePlaced", 1, String.format(
            "{\"pledge\":{\"backer\":%d,\"amount\":{\"currency\":\"%s\",\"amount\":\"%s\"},\"placedAt\":\"%s\"}}",
            placed.pledge().backer().value(), placed.pledge().amount().getCurrencyUnit().getCode(),
            placed.pledge().amount().getAmount().toPlainString(), placed.pledge().placedAt())));
      } else {
        encoded.add(new EncodedEvent(event.getClass().getSimpleName(), 1,
            "{\"at\":\"" + event.at() + "\"}"));
      }
    }
    return encoded;
  }
}
