package io.github.crowdfund.store;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One campaign's events as read from the log, checked one by one as they arrive and then applied: versions follow
 * each other without gap, the first event (and only it) is the {@link Created} event of this campaign, every row
 * decodes, and every event applies. A row that breaks a check is reported with its position and the reason.
 *
 * <p>Not thread-safe: one read fills one history.
 */
final class History {

  private final CampaignId campaign;
  private final EventCodec codec;
  private final List<CampaignEvent> events = new ArrayList<>();
  private long[] positions = new long[16];
  private final long firstVersion;
  private long version;

  /**
   * Starts a history after a version.
   *
   * @param campaign the campaign read
   * @param codec decodes the rows
   * @param afterVersion the version already known: 0 to read the whole history
   */
  History(CampaignId campaign, EventCodec codec, long afterVersion) {
    this.campaign = campaign;
    this.codec = codec;
    this.firstVersion = afterVersion + 1;
    this.version = afterVersion;
  }

  /**
   * Checks and decodes the next row.
   *
   * @param row the row, of this history's campaign
   * @throws CorruptEventException if the row breaks the sequence, does not decode or does not fit the campaign
   */
  void add(StoredEvent row) {
    if (row.version() != version + 1) {
      throw new CorruptEventException(campaign, row.position(), row.version(),
          "version " + row.version() + " follows version " + version + "; versions must follow each other", null);
    }
    CampaignEvent event = decode(codec, row);
    if (event instanceof Created) {
      if (row.version() != 1) {
        throw new CorruptEventException(campaign, row.position(), row.version(),
            "a Created event after the first would start the campaign afresh", null);
      }
      CampaignId named = CampaignStore.campaignOf((Created) event);
      if (!named.equals(campaign)) {
        throw new CorruptEventException(campaign, row.position(), row.version(),
            "the Created event names campaign " + named, null);
      }
    } else if (row.version() == 1) {
      throw new CorruptEventException(campaign, row.position(), row.version(),
          "a campaign's first event is Created, not " + row.event().type(), null);
    }
    if (events.size() == positions.length) {
      positions = Arrays.copyOf(positions, positions.length * 2);
    }
    positions[events.size()] = row.position();
    events.add(event);
    version = row.version();
  }

  /**
   * Decodes a row, naming it if it does not decode.
   *
   * @param codec the codec
   * @param row the row
   * @return the event
   * @throws CorruptEventException if the codec refuses the row
   */
  static CampaignEvent decode(EventCodec codec, StoredEvent row) {
    EncodedEvent encoded = row.event();
    try {
      return Objects.requireNonNull(codec.decode(encoded), "the codec decoded nothing");
    } catch (RuntimeException e) {
      throw new CorruptEventException(row.campaign(), row.position(), row.version(),
          "cannot decode " + encoded.type() + " (schema version " + encoded.schemaVersion() + "): " + e.getMessage(),
          e);
    }
  }

  boolean isEmpty() {
    return events.isEmpty();
  }

  long version() {
    return version;
  }

  List<CampaignEvent> events() {
    return List.copyOf(events);
  }

  /**
   * Replays the whole history, which must start at version 1.
   *
   * @return the campaign
   * @throws CorruptEventException naming the first event that does not apply
   */
  Campaign replay() {
    try {
      return Campaign.replay(events);
    } catch (RuntimeException e) {
      // Find the event that failed, applying one at a time: only on this path, which costs more.
      return evolve(Campaign.initial().evolve(events.get(0)), 1);
    }
  }

  /**
   * Applies the history to the campaign it follows.
   *
   * @param base the campaign at version {@code afterVersion}
   * @return the campaign after the history
   * @throws CorruptEventException naming the first event that does not apply
   */
  Campaign evolve(Campaign base) {
    return evolve(base, 0);
  }

  private Campaign evolve(Campaign base, int from) {
    Campaign state = base;
    for (int i = from; i < events.size(); i++) {
      try {
        state = state.evolve(events.get(i));
      } catch (RuntimeException e) {
        throw new CorruptEventException(campaign, positions[i], firstVersion + i,
            "the event does not apply to the campaign: " + e.getMessage(), e);
      }
    }
    return state;
  }
}
