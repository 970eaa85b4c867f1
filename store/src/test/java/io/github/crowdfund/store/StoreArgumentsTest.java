package io.github.crowdfund.store;

import static io.github.crowdfund.store.StoreFixtures.liveHistory;
import static io.github.crowdfund.store.StoreFixtures.pledges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places, versions, read bounds and retry counts the store refuses, each quoting the bad value. */
class StoreArgumentsTest {

  @TempDir
  Path dir;

  @Test
  void positionsAndVersionsStartAtOne() {
    CampaignEvent created = liveHistory("lamp").get(0);
    CampaignId lamp = CampaignId.of("lamp");
    EncodedEvent encoded = EventCodec.json().encode(created);
    assertThat(new StoredEvent(1, lamp, 1, encoded).position()).isEqualTo(1);
    assertThatThrownBy(() -> new StoredEvent(0, lamp, 1, encoded))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("position must be at least 1: 0");
    assertThatThrownBy(() -> new StoredEvent(1, lamp, 0, encoded))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("version must be at least 1: 0");
    assertThat(new RecordedEvent(1, lamp, 1, created).version()).isEqualTo(1);
    assertThatThrownBy(() -> new RecordedEvent(0, lamp, 1, created))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("position must be at least 1: 0");
    Campaign campaign = Campaign.replay(liveHistory("lamp"));
    assertThat(new VersionedCampaign(campaign, 1).version()).isEqualTo(1);
    assertThatThrownBy(() -> new VersionedCampaign(campaign, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a stored campaign's version is at least 1: 0");
  }

  @Test
  void readsRefuseNegativeStartsAndEmptyPages() {
    try (CampaignStore store = CampaignStore.sqlite(dir.resolve("events.db"))) {
      EventLog log = store.log();
      assertThatThrownBy(() -> log.readAll(-1, 10))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("position must not be negative: -1");
      assertThatThrownBy(() -> log.readAll(0, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be positive: 0");
      assertThatThrownBy(() -> log.forEach(CampaignId.of("lamp"), -1, event -> { }))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("version must not be negative: -1");
      assertThat(log.readAll(0, 1)).isEmpty();
    }
  }

  @Test
  void anUpdateTriesExactlyAsOftenAsAskedThenGivesUp() {
    try (CampaignStore store = CampaignStore.sqlite(dir.resolve("events.db"))) {
      VersionedCampaign lamp = store.create(liveHistory("lamp"));
      assertThatThrownBy(() -> store.update(lamp, campaign -> pledges(campaign, 1, 1), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("at least one attempt: 0");
      AtomicInteger decisions = new AtomicInteger();
      assertThatThrownBy(() -> store.update(lamp, campaign -> {
        decisions.incrementAndGet();
        // another writer gets in first every time
        VersionedCampaign current = store.refresh(lamp);
        store.append(current, pledges(current.campaign(), 100 + decisions.get(), 100 + decisions.get()));
        return pledges(campaign, 300 + decisions.get(), 300 + decisions.get());
      }, 2)).isInstanceOf(VersionConflictException.class);
      assertThat(decisions).hasValue(2);
    }
  }

  @Test
  void aNewCampaignsHistoryMustStartWithItsCreatedEvent() {
    try (CampaignStore store = CampaignStore.sqlite(dir.resolve("events.db"))) {
      List<CampaignEvent> history = liveHistory("lamp");
      assertThatThrownBy(() -> store.create(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a campaign's history starts with a Created event: no events");
      assertThatThrownBy(() -> store.create(history.subList(1, 3)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a campaign's history starts with a Created event: " + history.get(1));
      assertThat(store.readAll(0, 10)).isEmpty();
    }
  }

  @Test
  void anUpdateOfOneAttemptAppendsWhenNoOtherWriterGotInFirst() {
    try (CampaignStore store = CampaignStore.sqlite(dir.resolve("events.db"))) {
      VersionedCampaign lamp = store.create(liveHistory("lamp"));
      VersionedCampaign updated = store.update(lamp, campaign -> pledges(campaign, 1, 1), 1);
      assertThat(updated.version()).isEqualTo(4);
      assertThat(store.load(CampaignId.of("lamp"))).contains(updated);
    }
  }

  @Test
  void aSchemaVersionOfMoreThanNineDigitsIsRefused() {
    EventCodec codec = EventCodec.json();
    String json = "{\"type\":\"Submitted\",\"version\":1234567890,\"at\":\"2026-03-02T15:01:00Z\"}";
    assertThatThrownBy(() -> codec.decode(new EncodedEvent("Submitted", 1, json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the JSON does not start with its type name and version: ");
  }
}
