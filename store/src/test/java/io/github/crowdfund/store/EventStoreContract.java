package io.github.crowdfund.store;

import static io.github.crowdfund.store.StoreFixtures.CODEC;
import static io.github.crowdfund.store.StoreFixtures.accepted;
import static io.github.crowdfund.store.StoreFixtures.liveHistory;
import static io.github.crowdfund.store.StoreFixtures.pledge;
import static io.github.crowdfund.store.StoreFixtures.pledges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignEvent.PledgePlaced;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CampaignSnapshot;
import io.github.crowdfund.core.InvalidSnapshotException;
import io.github.crowdfund.core.Pledge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database under the store must do; one subclass per database supplies connections to an empty
 * database for each test.
 */
abstract class EventStoreContract {

  EventLog log;
  CampaignStore store;

  /** Returns connections (perhaps pooled) to an empty database: no event table. */
  abstract EventLog.Connections emptyDatabase() throws Exception;

  abstract Dialect dialect();

  /** Ends the server side of a writer's connection, as if its process died, from outside that connection. */
  abstract void kill(Connection writer) throws SQLException;

  /** Returns how many idle connections the log keeps, as its factory sets it for this database. */
  int idleConnections() {
    return 0;
  }

  @BeforeEach
  void openStore() throws Exception {
    log = new EventLog(emptyDatabase(), dialect(), idleConnections());
    store = new CampaignStore(log, CODEC);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  // ------------------------------------------------------------------------------------------- append and load

  @Test
  void aLoadedCampaignEqualsTheReplayOfEverythingAppended() {
    List<CampaignEvent> history = new ArrayList<>(liveHistory("lamp"));
    VersionedCampaign lamp = store.create(history);
    List<CampaignEvent> more = pledges(lamp.campaign(), 1, 5);
    lamp = store.append(lamp, more);
    history.addAll(more);

    VersionedCampaign loaded = store.load(CampaignId.of("lamp")).orElseThrow();

    assertThat(loaded.version()).isEqualTo(history.size()).isEqualTo(lamp.version());
    assertThat(loaded.campaign()).isEqualTo(Campaign.replay(history)).isEqualTo(lamp.campaign());
    assertThat(loaded.campaign().backerCount()).isEqualTo(5);
    assertThat(store.events(CampaignId.of("lamp"))).isEqualTo(history);
    assertThat(log.read(CampaignId.of("lamp"), 0)).extracting(StoredEvent::version)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, history.size()).boxed().collect(Collectors.toList()));
  }

  @Test
  void theStoredJsonIsTheCodecsTextByteForByte() {
    List<CampaignEvent> history = liveHistory("lamp");
    store.create(history);

    assertThat(log.read(CampaignId.of("lamp"), 0)).extracting(StoredEvent::event)
        .containsExactlyElementsOf(history.stream().map(CODEC::encode).collect(Collectors.toList()));
  }

  @Test
  void anUnknownCampaignLoadsAsEmpty() {
    assertThat(store.load(CampaignId.of("nothing"))).isEmpty();
    assertThat(store.events(CampaignId.of("nothing"))).isEmpty();
    assertThat(log.version(CampaignId.of("nothing"))).isZero();
  }

  @Test
  void aStaleWriterGetsAConflictAndNothingOfItsBatchIsStored() {
    VersionedCampaign seen = store.create(liveHistory("lamp"));
    List<CampaignEvent> first = pledges(seen.campaign(), 1, 2);
    List<CampaignEvent> stale = pledges(seen.campaign(), 3, 5);
    store.append(seen, first);

    assertThatThrownBy(() -> store.append(seen, stale))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.campaign()).isEqualTo(CampaignId.of("lamp"));
          assertThat(e.expectedVersion()).isEqualTo(3);
          assertThat(e.actualVersion()).isEqualTo(5);
        })
        .hasMessageContaining("campaign lamp is at version 5, not at version 3");

    List<CampaignEvent> expected = new ArrayList<>(liveHistory("lamp"));
    expected.addAll(first);
    assertThat(store.events(CampaignId.of("lamp"))).isEqualTo(expected);
  }

  @Test
  void creatingACampaignTwiceConflicts() {
    store.create(liveHistory("lamp"));

    assertThatThrownBy(() -> store.create(liveHistory("lamp")))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(3);
        });
    assertThat(log.version(CampaignId.of("lamp"))).isEqualTo(3);
  }

  @Test
  void aWriterAheadOfTheStoreConflictsInsteadOfLeavingAGap() {
    store.create(liveHistory("lamp"));
    List<EncodedEvent> one = List.of(CODEC.encode(accepted(store.load(CampaignId.of("lamp")).orElseThrow()
        .campaign(), pledge(1, 10)).get(0)));

    assertThatThrownBy(() -> log.append(CampaignId.of("lamp"), 7, one))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(3));
    assertThat(log.version(CampaignId.of("lamp"))).isEqualTo(3);
  }

  @Test
  void eventsThatCannotStartOrContinueTheCampaignAreRefusedBeforeTheDatabase() {
    List<CampaignEvent> history = liveHistory("lamp");
    assertThatThrownBy(() -> store.append(CampaignId.of("lamp"), 0, history.subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first event is Created");
    assertThatThrownBy(() -> store.append(CampaignId.of("other"), 0, history))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names campaign lamp");
    VersionedCampaign lamp = store.create(history);
    assertThatThrownBy(() -> store.append(lamp, history.subList(0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a campaign's first event");
    assertThat(log.version(CampaignId.of("lamp"))).isEqualTo(3);
    assertThat(log.version(CampaignId.of("other"))).isZero();
  }

  @Test
  void refreshAppliesTheEventsOtherWritersAppended() {
    VersionedCampaign mine = store.create(liveHistory("lamp"));
    VersionedCampaign theirs = store.load(CampaignId.of("lamp")).orElseThrow();
    theirs = store.append(theirs, pledges(theirs.campaign(), 1, 3));

    VersionedCampaign refreshed = store.refresh(mine);

    assertThat(refreshed).isEqualTo(theirs);
    assertThat(store.refresh(refreshed)).isSameAs(refreshed);
  }

  @Test
  void updateDecidesAgainOnTheNewerCampaignAfterAConflict() {
    VersionedCampaign stale = store.create(liveHistory("lamp"));
    store.append(stale, pledges(stale.campaign(), 1, 1));
    AtomicInteger decisions = new AtomicInteger();

    VersionedCampaign updated = store.update(stale, c -> {
      decisions.incrementAndGet();
      return accepted(c, pledge(2, 50));
    }, 3);

    assertThat(decisions).hasValue(2);
    assertThat(updated.version()).isEqualTo(5);
    assertThat(updated.campaign().backerCount()).isEqualTo(2);
    assertThat(store.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(updated);
  }

  // ------------------------------------------------------------------------------------------- the global feed

  @Test
  void readAllReturnsEveryEventOfEveryCampaignInCommitOrderPageByPage() {
    VersionedCampaign a = store.create(liveHistory("a"));
    VersionedCampaign b = store.create(liveHistory("b"));
    a = store.append(a, pledges(a.campaign(), 1, 2));
    store.append(b, pledges(b.campaign(), 1, 1));
    store.append(a, pledges(a.campaign(), 3, 3));

    List<RecordedEvent> all = new ArrayList<>();
    long after = 0;
    for (List<RecordedEvent> page = store.readAll(after, 4); !page.isEmpty(); page = store.readAll(after, 4)) {
      assertThat(page).hasSizeLessThanOrEqualTo(4);
      all.addAll(page);
      after = page.get(page.size() - 1).position();
    }

    assertThat(all).extracting(e -> e.campaign().value() + e.version())
        .containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "a4", "a5", "b4", "a6");
    assertThat(all).extracting(RecordedEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(all.stream().filter(e -> e.campaign().value().equals("a")).map(RecordedEvent::event))
        .containsExactlyElementsOf(store.events(CampaignId.of("a")));
    assertThat(store.readAll(all.get(6).position(), 100)).containsExactlyElementsOf(all.subList(7, 10));
  }

  // ------------------------------------------------------------------------------------------- faults

  @Test
  void aTransactionAbortedMidBatchLeavesNoEventOfTheBatch() {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    List<CampaignEvent> big = pledges(lamp.campaign(), 1, 1_200);
    CampaignStore failing = new CampaignStore(new EventLog(faultyAfterFirstBatch(writer -> {
      throw new SQLException("writer stopped after its first 500 rows");
    }), dialect()), CODEC);

    assertThatThrownBy(() -> failing.append(lamp, big))
        .isInstanceOf(EventStoreException.class).isNotInstanceOf(VersionConflictException.class)
        .hasMessageContaining("cannot append 1200 events to campaign lamp after version 3")
        .hasMessageContaining("writer stopped");

    assertNothingAfterTheLiveHistory(lamp);
    assertThat(store.append(lamp, big).version()).isEqualTo(1_203);
  }

  @Test
  void aWriterKilledMidAppendLeavesNoEventOfItsBatch() {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    List<CampaignEvent> big = pledges(lamp.campaign(), 1, 1_200);
    CampaignStore killed = new CampaignStore(new EventLog(faultyAfterFirstBatch(this::kill), dialect()), CODEC);

    assertThatThrownBy(() -> killed.append(lamp, big)).isInstanceOf(EventStoreException.class)
        .isNotInstanceOf(VersionConflictException.class);

    assertNothingAfterTheLiveHistory(lamp);
    assertThat(store.append(lamp, big).campaign().backerCount()).isEqualTo(1_200);
  }

  private EventLog.Connections faultyAfterFirstBatch(StoreFixtures.Fault fault) throws RuntimeException {
    try {
      return StoreFixtures.faultAfterBatch(currentDatabase(), 1, fault);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns connections to the database of the running test (as {@link #emptyDatabase} gave, now filled). */
  abstract EventLog.Connections currentDatabase() throws Exception;

  private void assertNothingAfterTheLiveHistory(VersionedCampaign lamp) {
    assertThat(log.version(CampaignId.of("lamp"))).isEqualTo(3);
    assertThat(log.readAll(0, 10_000)).hasSize(3);
    assertThat(store.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);
  }

  @Test
  void corruptJsonIsReportedWithTheCampaignThePositionAndTheReason() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 3));
    StoredEvent victim = log.read(CampaignId.of("lamp"), 4).get(0);
    execute("UPDATE crowdfund_events SET payload = ? WHERE position = ?",
        victim.event().json().replace("\"backer\":", "\"backer\""), victim.position());

    assertThatThrownBy(() -> store.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.campaign()).isEqualTo(CampaignId.of("lamp"));
          assertThat(e.position()).isEqualTo(victim.position());
          assertThat(e.version()).isEqualTo(5);
          assertThat(e.reason()).startsWith("cannot decode PledgePlaced (schema version 1): $.pledge.backer: "
              + "malformed JSON at character ").contains("expected ':' after a field name, was \"2\"");
        })
        .hasMessageStartingWith("corrupt event in campaign lamp at position " + victim.position() + " (version 5)");
    assertThatThrownBy(() -> store.readAll(0, 100)).isInstanceOf(CorruptEventException.class)
        .hasMessageContaining("position " + victim.position());
    // The rows before it still read.
    assertThat(store.readAll(0, 4)).hasSize(4);
  }

  @Test
  void wellFormedJsonThatIsNoValidEventIsReportedWithItsJsonPathAndValue() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 1));
    StoredEvent pledged = log.read(CampaignId.of("lamp"), 3).get(0);
    execute("UPDATE crowdfund_events SET payload = ? WHERE position = ?",
        pledged.event().json().replace(".00\"", ".001\""), pledged.position());

    assertThatThrownBy(() -> store.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.position()).isEqualTo(pledged.position());
          assertThat(e.version()).isEqualTo(4);
          assertThat(e.reason()).isEqualTo("cannot decode PledgePlaced (schema version 1): $.pledge.amount.amount: "
              + "the amount \"11.001\" has more than the 2 decimal places of USD");
        });
  }

  @Test
  void everyKindOfEventOfAFullHistoryLoadsBackEqual() {
    List<CampaignEvent> history = StoreFixtures.fullHistory("lantern");

    store.create(history);

    assertThat(store.events(CampaignId.of("lantern"))).isEqualTo(history);
    assertThat(store.load(CampaignId.of("lantern")).orElseThrow())
        .isEqualTo(new VersionedCampaign(Campaign.replay(history), history.size()));
    assertThat(log.read(CampaignId.of("lantern"), 0)).extracting(row -> row.event().type())
        .contains("Created", "PledgePlaced", "PledgeCanceled", "Ended", "PledgesCharged", "PaymentFixed");
  }

  @Test
  void aRowWhoseColumnsAndJsonDisagreeIsReported() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    long launched = log.read(CampaignId.of("lamp"), 2).get(0).position();
    execute("UPDATE crowdfund_events SET event_type = ? WHERE position = ?", "Canceled", launched);

    assertThatThrownBy(() -> store.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.position()).isEqualTo(launched);
          assertThat(e.reason()).isEqualTo("cannot decode Canceled (schema version 1): "
              + "the row says Canceled version 1 but its JSON says Launched version 1");
        });
    assertThat(lamp.version()).isEqualTo(3);
  }

  @Test
  void aMissingEventIsReportedAsABreakInTheVersions() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 3));
    long fifth = log.read(CampaignId.of("lamp"), 4).get(0).position();
    execute("DELETE FROM crowdfund_events WHERE position = ?", fifth);

    assertThatThrownBy(() -> store.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.position()).isEqualTo(fifth + 1);
          assertThat(e.reason()).isEqualTo("version 6 follows version 4; versions must follow each other");
        });
  }

  @Test
  void eventsThatDoNotFitTheCampaignAreReportedAsTheyAreApplied() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    List<StoredEvent> rows = log.read(CampaignId.of("lamp"), 0);
    execute("UPDATE crowdfund_events SET payload = ? WHERE position = ?",
        rows.get(0).event().json().replace("\"id\":\"lamp\"", "\"id\":\"desk\""), rows.get(0).position());

    assertThatThrownBy(() -> store.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.position()).isEqualTo(rows.get(0).position());
          assertThat(e.reason()).isEqualTo("the Created event names campaign desk");
        });

    execute("UPDATE crowdfund_events SET event_type = ?, schema_version = ?, payload = ? WHERE position = ?",
        "Submitted", rows.get(1).event().schemaVersion(), rows.get(1).event().json(), rows.get(0).position());
    assertThatThrownBy(() -> store.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class,
            e -> assertThat(e.reason()).isEqualTo("a campaign's first event is Created, not Submitted"));

    store.append(lamp, pledges(lamp.campaign(), 1, 1));
    long fourth = log.read(CampaignId.of("lamp"), 3).get(0).position();
    EncodedEvent created = CODEC.encode(liveHistory("lamp").get(0));
    execute("UPDATE crowdfund_events SET event_type = ?, schema_version = ?, payload = ? WHERE position = ?",
        created.type(), created.schemaVersion(), created.json(), fourth);
    assertThatThrownBy(() -> store.refresh(lamp))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.position()).isEqualTo(fourth);
          assertThat(e.reason()).isEqualTo("a Created event after the first would start the campaign afresh");
        });
  }

  @Test
  void anEventThatDoesNotApplyIsReportedWithItsPlaceWhenLoadedAndWhenRefreshed() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 3));
    StoredEvent fifth = log.read(CampaignId.of("lamp"), 4).get(0);
    // A pledge in euros on a campaign in dollars: it decodes, but no decision on this campaign could have made it.
    execute("UPDATE crowdfund_events SET payload = ? WHERE position = ?",
        fifth.event().json().replace("USD", "EUR"), fifth.position());

    for (ThrowingCallable read : List.<ThrowingCallable>of(() -> store.load(CampaignId.of("lamp")),
        () -> store.refresh(lamp))) {
      assertThatThrownBy(read).isInstanceOfSatisfying(CorruptEventException.class, e -> {
        assertThat(e.position()).isEqualTo(fifth.position());
        assertThat(e.version()).isEqualTo(5);
        assertThat(e.reason()).startsWith("the event does not apply to the campaign: ").contains("EUR");
      });
    }
  }

  void execute(String sql, Object... parameters) throws Exception {
    try (Connection connection = currentDatabase().open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  // ------------------------------------------------------------------------------------------- snapshots

  private final List<SnapshotProblem> snapshotProblems = new CopyOnWriteArrayList<>();

  private CampaignStore snapshotting(long every) {
    return store.withSnapshots(every, snapshotProblems::add);
  }

  /** A campaign of 3 events then 5 pledges, snapshotted at version 8, then 3 more pledges: version 11. */
  private VersionedCampaign snapshottedLamp(CampaignStore snapshots) {
    VersionedCampaign lamp = snapshots.create(liveHistory("lamp"));
    lamp = snapshots.append(lamp, pledges(lamp.campaign(), 1, 5));
    assertThat(snapshots.saveSnapshot(lamp)).isTrue();
    return snapshots.append(lamp, pledges(lamp.campaign(), 6, 8));
  }

  @Test
  void aSnapshotLoadsWithOnlyTheEventsAfterIt() throws Exception {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign lamp = snapshottedLamp(snapshots);
    assertThat(log.snapshot(CampaignId.of("lamp")).orElseThrow().version()).isEqualTo(8);

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp)
        .isEqualTo(snapshots.loadFromLog(CampaignId.of("lamp")).orElseThrow());
    // The events up to the snapshot are not read: a corrupt one among them goes unseen by load, not by the log.
    execute("UPDATE crowdfund_events SET payload = ? WHERE campaign_id = ? AND version = ?", "{", "lamp", 5);
    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);
    assertThatThrownBy(() -> snapshots.loadFromLog(CampaignId.of("lamp"))).isInstanceOf(CorruptEventException.class);
    assertThat(snapshotProblems).isEmpty();
  }

  @Test
  void snapshotsAreSavedWhenTheVersionPassesAMultipleOfTheInterval() {
    CampaignStore snapshots = snapshotting(5);
    VersionedCampaign lamp = snapshots.create(liveHistory("lamp"));
    assertThat(log.snapshot(CampaignId.of("lamp"))).isEmpty();

    lamp = snapshots.append(lamp, pledges(lamp.campaign(), 1, 1));
    assertThat(log.snapshot(CampaignId.of("lamp"))).isEmpty();
    lamp = snapshots.append(lamp, pledges(lamp.campaign(), 2, 4));
    assertThat(log.snapshot(CampaignId.of("lamp")).orElseThrow().version()).isEqualTo(7);
    VersionedCampaign last = snapshots.update(lamp, campaign -> pledges(campaign, 5, 11), 1);

    StoredSnapshot saved = log.snapshot(CampaignId.of("lamp")).orElseThrow();
    assertThat(saved.version()).isEqualTo(14);
    assertThat(saved.matchesLog()).isTrue();
    assertThat(saved.formatVersion()).isEqualTo(CampaignSnapshot.FORMAT_VERSION);
    assertThat(CampaignSnapshot.read(saved.state())).isEqualTo(last.campaign());
    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(last);
  }

  @Test
  void aCampaignJustCreatedSnapshotsAtVersionOne() {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    List<CampaignEvent> created = liveHistory("lamp").subList(0, 1);
    VersionedCampaign lamp = snapshots.create(created);

    assertThat(snapshots.saveSnapshot(lamp)).isTrue();

    assertThat(log.snapshot(CampaignId.of("lamp")).orElseThrow().version()).isEqualTo(1);
    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);
    assertThat(snapshotProblems).isEmpty();
  }

  @Test
  void anOlderSnapshotNeverReplacesANewerOne() {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign older = snapshots.create(liveHistory("lamp"));
    VersionedCampaign newer = snapshots.append(older, pledges(older.campaign(), 1, 2));
    assertThat(snapshots.saveSnapshot(newer)).isTrue();

    assertThat(snapshots.saveSnapshot(older)).isFalse();
    assertThat(snapshots.saveSnapshot(newer)).isTrue();

    assertThat(log.snapshot(CampaignId.of("lamp")).orElseThrow().version()).isEqualTo(5);
  }

  @Test
  void aSnapshotOfAVersionTheLogLacksIsRefusedAndNothingIsSaved() {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));

    assertThatThrownBy(() -> log.saveSnapshot(CampaignId.of("lamp"), 4,
        CampaignSnapshot.FORMAT_VERSION,
        CampaignSnapshot.write(lamp.campaign())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign lamp has no event at version 4 to snapshot: its version is 3");
    assertThatThrownBy(() -> log.saveSnapshot(CampaignId.of("lamp"), 0, 1, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1: 0");
    assertThat(log.snapshot(CampaignId.of("lamp"))).isEmpty();
  }

  @Test
  void aSnapshotThatDoesNotDecodeIsReportedAndTheLogLoadsInstead() throws Exception {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign lamp = snapshottedLamp(snapshots);
    execute("UPDATE crowdfund_snapshots SET state = ? WHERE campaign_id = ?", new byte[] {1, 2, 3}, "lamp");

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);

    assertThat(snapshotProblems).singleElement().satisfies(problem -> {
      assertThat(problem.campaign()).isEqualTo(CampaignId.of("lamp"));
      assertThat(problem.version()).isEqualTo(8);
      assertThat(problem.reason()).startsWith("refused: it does not decode: ");
      assertThat(problem.cause()).isInstanceOf(InvalidSnapshotException.class);
    });
  }

  @Test
  void aSnapshotInAnotherFormatVersionIsReportedAndTheLogLoadsInstead() throws Exception {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign lamp = snapshottedLamp(snapshots);
    execute("UPDATE crowdfund_snapshots SET format_version = ? WHERE campaign_id = ?", 99, "lamp");

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);

    assertThat(snapshotProblems).extracting(SnapshotProblem::reason).containsExactly(
        "refused: its format version is 99; this library reads "
            + CampaignSnapshot.FORMAT_VERSION);
  }

  @Test
  void aSnapshotThatNoLongerStandsOnTheLogIsReportedAndTheLogLoadsInstead() throws Exception {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign lamp = snapshottedLamp(snapshots);
    long position = log.snapshot(CampaignId.of("lamp")).orElseThrow().position();
    execute("UPDATE crowdfund_snapshots SET position = ? WHERE campaign_id = ?", position + 1000, "lamp");

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);

    assertThat(snapshotProblems).extracting(SnapshotProblem::reason).containsExactly("refused: it was saved after "
        + "the event at position " + (position + 1000) + ", but the log's event at version 8 is at position "
        + position);
  }

  @Test
  void aSnapshotOfAnotherCampaignIsReportedAndTheLogLoadsInstead() throws Exception {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign lamp = snapshottedLamp(snapshots);
    VersionedCampaign kettle = snapshots.create(liveHistory("kettle"));
    snapshots.saveSnapshot(kettle);
    execute("UPDATE crowdfund_snapshots SET state = (SELECT state FROM crowdfund_snapshots WHERE campaign_id = ?)"
        + " WHERE campaign_id = ?", "kettle", "lamp");

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);

    assertThat(snapshotProblems).extracting(SnapshotProblem::reason)
        .containsExactly("refused: it holds campaign kettle");
  }

  @Test
  void aSnapshotOfAnotherVersionIsNeitherSavedNorUsed() throws Exception {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    List<CampaignEvent> live = liveHistory("lamp");
    VersionedCampaign lamp = snapshots.create(live);
    Campaign draft = Campaign.replay(live.subList(0, 1));

    assertThatThrownBy(() -> snapshots.saveSnapshot(new VersionedCampaign(draft, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign lamp was built from 1 events, so it is not the campaign at version 3");
    log.saveSnapshot(CampaignId.of("lamp"), 3, CampaignSnapshot.FORMAT_VERSION,
        CampaignSnapshot.write(draft));

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);
    assertThat(snapshotProblems).extracting(SnapshotProblem::reason)
        .containsExactly("refused: it holds the campaign after 1 events, not 3");
  }

  @Test
  void aSnapshotTheLaterEventsDoNotApplyToIsReportedAndTheLogLoadsInstead() {
    CampaignStore snapshots = snapshotting(Long.MAX_VALUE);
    VersionedCampaign lamp = snapshots.create(liveHistory("lamp"));
    // Three events of another life of the campaign: created, submitted, canceled. Pledges cannot apply to it.
    List<CampaignEvent> canceled = new ArrayList<>(liveHistory("lamp").subList(0, 2));
    canceled.addAll(accepted(Campaign.replay(canceled), new CampaignCommand.Cancel(StoreFixtures.LAUNCH)));
    log.saveSnapshot(CampaignId.of("lamp"), 3, CampaignSnapshot.FORMAT_VERSION,
        CampaignSnapshot.write(Campaign.replay(canceled)));
    lamp = snapshots.append(lamp, pledges(lamp.campaign(), 1, 2));

    assertThat(snapshots.load(CampaignId.of("lamp")).orElseThrow()).isEqualTo(lamp);

    assertThat(snapshotProblems).singleElement().satisfies(problem -> {
      assertThat(problem.version()).isEqualTo(3);
      assertThat(problem.reason()).startsWith("refused: the events after it do not apply to it: ");
      assertThat(problem.cause()).isInstanceOf(CorruptEventException.class);
    });
  }

  @Test
  void aSnapshotThatCannotBeSavedIsReportedAndTheAppendStands() throws Exception {
    CampaignStore snapshots = snapshotting(1);
    VersionedCampaign lamp = snapshots.create(liveHistory("lamp"));
    execute("DROP TABLE crowdfund_snapshots");

    VersionedCampaign pledged = snapshots.append(lamp, pledges(lamp.campaign(), 1, 1));

    assertThat(log.version(CampaignId.of("lamp"))).isEqualTo(4);
    assertThat(pledged.version()).isEqualTo(4);
    assertThat(snapshotProblems).singleElement().satisfies(problem -> {
      assertThat(problem.version()).isEqualTo(4);
      assertThat(problem.reason()).startsWith("not saved: cannot save the snapshot of campaign lamp at version 4");
      assertThat(problem.cause()).isInstanceOf(EventStoreException.class);
    });
  }

  @Test
  void everyKindOfStateOfAFullHistorySnapshotsAndLoadsBackEqual() {
    CampaignStore snapshots = snapshotting(1);
    List<CampaignEvent> history = StoreFixtures.fullHistory("lantern");

    VersionedCampaign lantern = snapshots.create(history);

    assertThat(log.snapshot(CampaignId.of("lantern")).orElseThrow().version()).isEqualTo(history.size());
    assertThat(snapshots.load(CampaignId.of("lantern")).orElseThrow()).isEqualTo(lantern)
        .isEqualTo(new VersionedCampaign(Campaign.replay(history), history.size()));
    assertThat(snapshotProblems).isEmpty();
  }

  // ------------------------------------------------------------------------------------------- under load

  @Test
  void eightWritersPledgingOnOneCampaignLoseAndDoubleNothing() throws Exception {
    int writers = 8;
    int pledgesEach = 10;
    // Snapshots every 7 events: writers refresh from the log and load from snapshots saved by the others.
    store = snapshotting(7);
    store.create(liveHistory("lamp"));
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    AtomicInteger conflicts = new AtomicInteger();
    AtomicLong clock = new AtomicLong();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        long first = w * 1_000L + 1;
        done.add(pool.submit(() -> {
          VersionedCampaign mine = store.load(CampaignId.of("lamp")).orElseThrow();
          for (long backer = first; backer < first + pledgesEach; backer++) {
            long b = backer;
            mine = store.update(mine, c -> {
              conflicts.incrementAndGet();
              // Each decision reads the writers' shared clock, as an application reads its own: a decision redone
              // after a conflict is dated after every event already stored, so it is never OUT_OF_ORDER.
              Instant at = StoreFixtures.LAUNCH.plusSeconds(clock.incrementAndGet());
              return accepted(c, new PlacePledge(Pledge.of(BackerId.of(b), StoreFixtures.usd(b % 97 + 1), at)));
            }, 1_000);
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Long> backers = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      for (long b = w * 1_000L + 1; b <= w * 1_000L + pledgesEach; b++) {
        backers.add(b);
      }
    }
    Money expectedTotal = backers.stream().map(b -> StoreFixtures.usd(b % 97 + 1)).reduce(Money::plus).orElseThrow();

    VersionedCampaign loaded = store.load(CampaignId.of("lamp")).orElseThrow();
    List<CampaignEvent> stored = store.events(CampaignId.of("lamp"));
    List<Long> storedBackers = stored.stream().filter(PledgePlaced.class::isInstance)
        .map(e -> ((PledgePlaced) e).pledge().backer().value()).sorted().collect(Collectors.toList());

    assertThat(storedBackers).containsExactlyElementsOf(backers);
    assertThat(loaded.version()).isEqualTo(3 + writers * pledgesEach);
    assertThat(loaded.campaign().backerCount()).isEqualTo(writers * pledgesEach);
    assertThat(loaded.campaign().totalPledged()).isEqualTo(expectedTotal);
    assertThat(loaded.campaign()).isEqualTo(Campaign.replay(stored));
    assertThat(stored.subList(0, 3)).isEqualTo(liveHistory("lamp"));
    assertThat(loaded.campaign().pledgeOf(BackerId.of(1))).isPresent();
    assertThat(conflicts.get()).as("decisions, counting those redone after a conflict")
        .isGreaterThanOrEqualTo(writers * pledgesEach);
    assertThat(log.readAll(0, 10_000)).hasSize(3 + writers * pledgesEach)
        .extracting(StoredEvent::position).isSorted();
    assertThat(log.snapshot(CampaignId.of("lamp")).orElseThrow().version()).isGreaterThanOrEqualTo(77);
    assertThat(loaded).isEqualTo(store.loadFromLog(CampaignId.of("lamp")).orElseThrow());
    assertThat(snapshotProblems).isEmpty();
  }
}
