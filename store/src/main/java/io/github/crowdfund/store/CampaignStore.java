package io.github.crowdfund.store;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Campaigns kept as their event logs in an {@link EventLog}: append what was decided on the version a writer last
 * saw, load and replay a campaign, follow all events in order.
 *
 * <p>Every event read is checked before it is used: its version follows the one before, it decodes, the first one
 * (and only it) creates this campaign, and it applies to the campaign. A row that breaks a check raises a
 * {@link CorruptEventException} naming the campaign, the position and the reason; nothing half-read is returned.
 *
 * <pre>{@code
 * CampaignStore store = CampaignStore.sqlite(Path.of("campaigns.db"));
 * VersionedCampaign lamp = store.create(Campaign.initial().decide(create, rules).orElseThrow()); // version 1
 * lamp = store.append(lamp, lamp.campaign().decide(submit, rules).orElseThrow());  // a stale writer: conflict
 * VersionedCampaign again = store.load(lamp.campaign().id()).orElseThrow();
 * }</pre>
 *
 * <p>This class is thread-safe when its codec is.
 */
public final class CampaignStore implements AutoCloseable {

  private final EventLog log;
  private final EventCodec codec;

  /**
   * Creates a store over a log, encoding events with a codec.
   *
   * @param log the rows
   * @param codec encodes and decodes the events; thread-safe
   */
  public CampaignStore(EventLog log, EventCodec codec) {
    this.log = Objects.requireNonNull(log, "log");
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /**
   * Opens a store in a SQLite database file, creating the file and table if absent, with events in crowdfund's JSON
   * form ({@link EventCodec#json()}).
   *
   * @param file the database file; its directory must exist
   * @return the store
   * @throws EventStoreException if the file cannot be opened or the table created
   */
  public static CampaignStore sqlite(Path file) {
    return sqlite(file, EventCodec.json());
  }

  /**
   * Opens a store on a PostgreSQL database, creating the table if absent, with events in crowdfund's JSON form
   * ({@link EventCodec#json()}); see {@link EventLog#postgresql(DataSource)}.
   *
   * @param database the database, preferably a pooling data source with {@code reWriteBatchedInserts=true}
   * @return the store
   * @throws EventStoreException if the table cannot be created
   */
  public static CampaignStore postgresql(DataSource database) {
    return new CampaignStore(EventLog.postgresql(database), EventCodec.json());
  }

  /**
   * Opens a store in a SQLite database file, creating the file and table if absent.
   *
   * @param file the database file; its directory must exist
   * @param codec encodes and decodes the events
   * @return the store
   * @throws EventStoreException if the file cannot be opened or the table created
   */
  public static CampaignStore sqlite(Path file, EventCodec codec) {
    return new CampaignStore(EventLog.sqlite(file), codec);
  }

  /** Closes the connections the log keeps for reuse; see {@link EventLog#close}. The store stays usable. */
  @Override
  public void close() {
    log.close();
  }

  /**
   * Returns the rows under this store, for reading events without decoding them.
   *
   * @return the log
   */
  public EventLog log() {
    return log;
  }

  /**
   * Stores a new campaign's first events, starting with its {@link Created} event.
   *
   * @param events the history so far: a {@link Created} event, then the events decided after it
   * @return the campaign replayed from the events, at version {@code events.size()}
   * @throws IllegalArgumentException if the list is empty, does not start with a {@link Created} event or holds
   *     another, or the codec cannot encode an event
   * @throws VersionConflictException if the campaign already has events; nothing was appended
   * @throws EventStoreException if the database fails; nothing was appended
   */
  public VersionedCampaign create(List<? extends CampaignEvent> events) {
    List<CampaignEvent> history = List.copyOf(events);
    if (history.isEmpty() || !(history.get(0) instanceof Created)) {
      throw new IllegalArgumentException("a campaign's history starts with a Created event: "
          + (history.isEmpty() ? "no events" : history.get(0)));
    }
    CampaignId campaign = campaignOf((Created) history.get(0));
    long version = append(campaign, 0, history);
    return new VersionedCampaign(Campaign.replay(history), version);
  }

  /**
   * Appends events decided on a campaign at the version it was read at.
   *
   * @param base the campaign the events were decided on, with its version
   * @param events the events, in order; empty appends nothing
   * @return the campaign after the events, at its new version
   * @throws IllegalArgumentException if an event is a {@link Created} event or the codec cannot encode one
   * @throws VersionConflictException if another writer appended since {@code base} was read; nothing was
   *     appended: {@link #refresh} it, decide again and append again
   * @throws EventStoreException if the database fails; nothing was appended
   */
  public VersionedCampaign append(VersionedCampaign base, List<? extends CampaignEvent> events) {
    Objects.requireNonNull(base, "base");
    List<CampaignEvent> batch = List.copyOf(events);
    long version = append(base.campaign().id(), base.version(), batch);
    return new VersionedCampaign(base.campaign().evolve(batch), version);
  }

  /**
   * Appends a campaign's events after the version its writer last saw.
   *
   * @param campaign the campaign
   * @param expectedVersion the campaign's version the events were decided on: 0 for a new campaign
   * @param events the events, in order: a new campaign's start with its {@link Created} event, and no other
   *     {@link Created} event may appear; empty appends nothing
   * @return the campaign's version after the append
   * @throws IllegalArgumentException if {@code expectedVersion} is negative, a {@link Created} event is missing,
   *     misplaced or names another campaign, or the codec cannot encode an event
   * @throws VersionConflictException if the campaign is at another version; nothing was appended
   * @throws EventStoreException if the database fails; nothing was appended
   */
  public long append(CampaignId campaign, long expectedVersion, List<? extends CampaignEvent> events) {
    Objects.requireNonNull(campaign, "campaign");
    List<EncodedEvent> encoded = new ArrayList<>(events.size());
    long version = expectedVersion;
    for (CampaignEvent event : events) {
      version++;
      requireFits(campaign, version, Objects.requireNonNull(event, "event"));
      encoded.add(Objects.requireNonNull(codec.encode(event), "the codec encoded nothing"));
    }
    return log.append(campaign, expectedVersion, encoded);
  }

  private static void requireFits(CampaignId campaign, long version, CampaignEvent event) {
    if (event instanceof Created) {
      if (version != 1) {
        throw new IllegalArgumentException("only a campaign's first event is Created, not event " + version
            + " of campaign " + campaign + ": " + event);
      }
      CampaignId named = campaignOf((Created) event);
      if (!named.equals(campaign)) {
        throw new IllegalArgumentException("the Created event of campaign " + campaign + " names campaign "
            + named);
      }
    } else if (version == 1) {
      throw new IllegalArgumentException("a campaign's first event is Created, not " + event);
    }
  }

  /**
   * Decides on a campaign and appends what was decided; if another writer appended first, reads the newer events,
   * decides again on the newer campaign and appends again, up to {@code maxAttempts} times in all.
   *
   * @param current the campaign as the caller last read it
   * @param decide the events to append for a campaign (none if the command is refused); called once per attempt,
   *     so it must not have side effects
   * @param maxAttempts how many times to try, at least 1
   * @return the campaign after the append (after the newer events too if there were conflicts)
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1
   * @throws VersionConflictException if every attempt met a conflict
   * @throws CorruptEventException if a newer event is corrupt
   * @throws EventStoreException if the database fails
   */
  public VersionedCampaign update(VersionedCampaign current,
      Function<? super Campaign, ? extends List<? extends CampaignEvent>> decide, int maxAttempts) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(decide, "decide");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
    }
    VersionedCampaign base = current;
    for (int attempt = 1; ; attempt++) {
      try {
        return append(base, decide.apply(base.campaign()));
      } catch (VersionConflictException e) {
        if (attempt == maxAttempts) {
          throw e;
        }
        base = refresh(base);
      }
    }
  }

  /**
   * Loads a campaign: reads its whole log, checking every event, and replays it.
   *
   * @param campaign the campaign
   * @return the campaign with its version, or empty if it has no events
   * @throws CorruptEventException if an event is corrupt, naming its position and the reason
   * @throws EventStoreException if the database fails
   */
  public Optional<VersionedCampaign> load(CampaignId campaign) {
    History history = read(campaign, 0);
    return history.isEmpty()
        ? Optional.empty()
        : Optional.of(new VersionedCampaign(history.replay(), history.version()));
  }

  /**
   * Brings a campaign up to date: applies the events appended after its version, checking each.
   *
   * @param campaign the campaign with the version it was read at
   * @return the campaign at the store's latest version; {@code campaign} itself if nothing was appended
   * @throws CorruptEventException if a newer event is corrupt
   * @throws EventStoreException if the database fails
   */
  public VersionedCampaign refresh(VersionedCampaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    History history = read(campaign.campaign().id(), campaign.version());
    return history.isEmpty()
        ? campaign
        : new VersionedCampaign(history.evolve(campaign.campaign()), history.version());
  }

  /**
   * Returns a campaign's whole history, checked as {@link #load} checks it, without replaying it.
   *
   * @param campaign the campaign
   * @return its events in order, empty if it has none
   * @throws CorruptEventException if an event is corrupt
   * @throws EventStoreException if the database fails
   */
  public List<CampaignEvent> events(CampaignId campaign) {
    return read(campaign, 0).events();
  }

  private History read(CampaignId campaign, long afterVersion) {
    History history = new History(campaign, codec, afterVersion);
    log.forEach(campaign, afterVersion, history::add);
    return history;
  }

  /**
   * Returns at most {@code limit} decoded events of all campaigns after a global position, in commit order; see
   * {@link EventLog#readAll}.
   *
   * @param afterPosition the position after which to start: 0 for the first event
   * @param limit the largest number of events to return, positive
   * @return the events, fewer than {@code limit} at the end of the log
   * @throws IllegalArgumentException if {@code afterPosition} is negative or {@code limit} not positive
   * @throws CorruptEventException if an event does not decode
   * @throws EventStoreException if the database fails
   */
  public List<RecordedEvent> readAll(long afterPosition, int limit) {
    List<RecordedEvent> events = new ArrayList<>();
    for (StoredEvent row : log.readAll(afterPosition, limit)) {
      events.add(new RecordedEvent(row.position(), row.campaign(), row.version(), History.decode(codec, row)));
    }
    return List.copyOf(events);
  }

  /**
   * Returns the campaign a {@link Created} event creates.
   *
   * @param created the event
   * @return its campaign id
   */
  static CampaignId campaignOf(Created created) {
    return created.definition().id();
  }
}
