package io.github.crowdfund.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The tagged JSON codec reads type name and version from the JSON and checks them against the row. */
class TaggedJsonTest {

  private static final CampaignEvent SUBMITTED = new CampaignEvent.Submitted(Instant.parse("2026-03-02T15:01:00Z"));

  private final EventCodec codec = StoreFixtures.CODEC;

  @Test
  void theTypeNameAndVersionComeFromTheJson() {
    EncodedEvent encoded = codec.encode(SUBMITTED);

    assertThat(encoded).isEqualTo(new EncodedEvent("Submitted", 1,
        "{\"type\":\"Submitted\",\"version\":1,\"at\":\"2026-03-02T15:01:00Z\"}"));
    assertThat(codec.decode(encoded)).isEqualTo(SUBMITTED);
  }

  @Test
  void aRowWhoseVersionDisagreesWithItsJsonIsRefused() {
    EncodedEvent encoded = codec.encode(SUBMITTED);

    assertThatThrownBy(() -> codec.decode(new EncodedEvent("Submitted", 2, encoded.json())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the row says Submitted version 2 but its JSON says Submitted version 1");
  }

  @Test
  void jsonWithoutItsTypeAndVersionFirstIsRefused() {
    for (String json : new String[] {"{\"at\":\"x\",\"type\":\"Submitted\",\"version\":1}",
        "{\"type\":\"Submitted\"}", "{\"type\":\"Submitted\",\"version\":}", "{\"type\":\"Submitted\",\"version\":1",
        "{\"type\":\"\",\"version\":1}"}) {
      assertThatThrownBy(() -> codec.decode(new EncodedEvent("Submitted", 1, json)))
          .as(json).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the JSON does not start with its type name and version: ");
    }
    assertThatThrownBy(() -> EventCodec.taggedJson(event -> "{\"at\":1}", json -> SUBMITTED).encode(SUBMITTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the JSON does not start with its type name and version: {\"at\":1}");
  }

  @Test
  void aBadJsonIsQuotedWholeUpToSixtyCharactersAndCutAfter() {
    String sixty = "{\"at\":\"" + "x".repeat(51) + "\"}";
    String sixtyOne = "{\"at\":\"" + "x".repeat(52) + "\"}";
    assertThat(sixty).hasSize(60);
    assertThatThrownBy(() -> codec.decode(new EncodedEvent("Submitted", 1, sixty)))
        .hasMessage("the JSON does not start with its type name and version: " + sixty);
    assertThatThrownBy(() -> codec.decode(new EncodedEvent("Submitted", 1, sixtyOne)))
        .hasMessage("the JSON does not start with its type name and version: " + sixtyOne.substring(0, 60) + "…");
  }
}
