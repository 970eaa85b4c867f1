package io.github.crowdfund.store;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CampaignSnapshot;
import io.github.crowdfund.core.InvalidSnapshotException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
 * <p><b>Snapshots.</b> The store may also keep each campaign's latest {@link CampaignSnapshot snapshot}: its state
 * at a version, saved by {@link #saveSnapshot} or, with {@link #withSnapshots}, every so many events. {@link #load}
 * then reads the snapshot and only the events after it, so a campaign of a million events loads in a fraction of
 * the time its whole log takes. A snapshot is a cache, never the truth: one that does not decode, is in another
 * format version, no longer stands on the log, or that the events after it do not apply to, is refused, reported
 * as a {@link SnapshotProblem}, and the campaign is loaded from its whole log instead.
 *
 * <p>This class is thread-safe when its codec and snapshot listener are.
 */
public final class CampaignStore implements AutoCloseable {

  private final EventLog log;
  private final EventCodec codec;
  private final long snapshotEvery;
  private final Consumer<? super SnapshotProblem> snapshotProblems;

  /**
   * Creates a store over a log, encoding events with a codec. It uses the snapshots it finds, reports none of
   * their problems and saves snapshots only when asked ({@link #saveSnapshot}); see {@link #withSnapshots}.
   *
   * @param log the rows
   * @param codec encodes and decodes the events; thread-safe
   */
  public CampaignStore(EventLog log, EventCodec codec) {
    this(log, codec, 0, problem -> { });
  }

  private CampaignStore(EventLog log, EventCodec codec, long snapshotEvery,
      Consumer<? super SnapshotProblem> snapshotProblems) {
    this.log = Objects.requireNonNull(log, "log");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.snapshotEvery = snapshotEvery;
    this.snapshotProblems = Objects.requireNonNull(snapshotProblems, "snapshotProblems");
  }

  /**
   * Returns this store saving a campaign's snapshot whenever {@link #create}, {@link #append(VersionedCampaign, List)}
   * or {@link #update} takes its version past a multiple of {@code every}, and reporting every snapshot it refuses
   * or fails to save. Saving happens after the events are committed: a snapshot that cannot be saved is reported,
   * and the append still stands.
   *
   * @param every how many events apart snapshots are saved, at least 1; {@code Long.MAX_VALUE} for never
   * @param problems called with each snapshot refused or not saved; must be thread-safe and should not throw
   * @return a store on the same log and codec
   * @throws IllegalArgumentException if {@code every} is below 1
   */
  public CampaignStore withSnapshots(long every, Consumer<? super SnapshotProblem> problems) {
    if (every < 1) {
      throw new IllegalArgumentException("snapshots are at least 1 event apart: " + every);
    }
    return new CampaignStore(log, codec, every, problems);
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
    return snapshotted(0, new VersionedCampaign(Campaign.replay(history), version));
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
    return snapshotted(base.version(), new VersionedCampaign(base.campaign().evolve(batch), version));
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
   * Loads a campaign: from its snapshot and the events after it if it has a snapshot this store can use, else from
   * its whole log; every event read is checked. A snapshot refused is reported (see {@link #withSnapshots}).
   *
   * @param campaign the campaign
   * @return the campaign with its version, or empty if it has no events
   * @throws CorruptEventException if an event is corrupt, naming its position and the reason
   * @throws EventStoreException if the database fails
   */
  public Optional<VersionedCampaign> load(CampaignId campaign) {
    Optional<VersionedCampaign> snapshot = fromSnapshot(campaign);
    if (snapshot.isPresent()) {
      try {
        return Optional.of(refresh(snapshot.get()));
      } catch (CorruptEventException e) {
        Optional<VersionedCampaign> fromLog = loadFromLog(campaign);
        refused(campaign, snapshot.get().version(), "the events after it do not apply to it: " + e.getMessage(), e);
        return fromLog;
      }
    }
    return loadFromLog(campaign);
  }

  /**
   * Loads a campaign from its whole log, never from a snapshot: reads every event, checking it, and replays them.
   *
   * @param campaign the campaign
   * @return the campaign with its version, or empty if it has no events
   * @throws CorruptEventException if an event is corrupt, naming its position and the reason
   * @throws EventStoreException if the database fails
   */
  public Optional<VersionedCampaign> loadFromLog(CampaignId campaign) {
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

  /**
   * Saves a campaign's snapshot at its version, unless the store holds one at a later version already.
   *
   * @param campaign a campaign as this store returned it (by {@link #load}, {@link #create}, {@link #append} or
   *     {@link #update}), so that its state is the one its events give
   * @return true if saved, false if a later snapshot stays
   * @throws IllegalArgumentException if the campaign was built from another number of events than its version, or
   *     the log holds no event of the campaign at its version
   * @throws EventStoreException if the database fails
   */
  public boolean saveSnapshot(VersionedCampaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    if (campaign.campaign().eventCount() != campaign.version()) {
      throw new IllegalArgumentException("campaign " + campaign.campaign().id() + " was built from "
          + campaign.campaign().eventCount() + " events, so it is not the campaign at version " + campaign.version());
    }
    return log.saveSnapshot(campaign.campaign().id(), campaign.version(), CampaignSnapshot.FORMAT_VERSION,
        CampaignSnapshot.write(campaign.campaign()));
  }

  private VersionedCampaign snapshotted(long before, VersionedCampaign after) {
    if (snapshotEvery > 0 && after.version() / snapshotEvery > before / snapshotEvery) {
      try {
        saveSnapshot(after);
      } catch (RuntimeException e) {
        snapshotProblems.accept(new SnapshotProblem(after.campaign().id(), after.version(),
            "not saved: " + e.getMessage(), e));
      }
    }
    return after;
  }

  private Optional<VersionedCampaign> fromSnapshot(CampaignId campaign) {
    Optional<StoredSnapshot> stored = log.snapshot(campaign);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    StoredSnapshot snapshot = stored.get();
    String refusal;
    Exception cause = null;
    if (!snapshot.matchesLog()) {
      refusal = "it was saved after the event at position " + snapshot.position() + ", but the log's event at version "
          + snapshot.version() + (snapshot.logPosition() == 0 ? " is missing" : " is at position "
          + snapshot.logPosition());
    } else if (snapshot.formatVersion() != CampaignSnapshot.FORMAT_VERSION) {
      refusal = "its format version is " + snapshot.formatVersion() + "; this library reads "
          + CampaignSnapshot.FORMAT_VERSION;
    } else {
      try {
        Campaign state = CampaignSnapshot.read(snapshot.state());
        if (!state.id().equals(campaign)) {
          refusal = "it holds campaign " + state.id();
        } else if (state.eventCount() != snapshot.version()) {
          refusal = "it holds the campaign after " + state.eventCount() + " events, not " + snapshot.version();
        } else {
          return Optional.of(new VersionedCampaign(state, snapshot.version()));
        }
      } catch (InvalidSnapshotException e) {
        refusal = "it does not decode: " + e.getMessage();
        cause = e;
      }
    }
    refused(campaign, snapshot.version(), refusal, cause);
    return Optional.empty();
  }

  private void refused(CampaignId campaign, long version, String reason, Exception cause) {
    snapshotProblems.accept(new SnapshotProblem(campaign, version, "refused: " + reason, cause));
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
