package io.github.crowdfund.store;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.json.JsonCodec;
import io.github.crowdfund.json.JsonCodecs;
import io.github.crowdfund.json.JsonText;
import java.util.Objects;
import java.util.function.Function;

/**
 * An {@link EventCodec} over JSON whose objects start with their type name and schema version, as the JSON modules
 * write events: {@code {"type":"PledgePlaced","version":1,...}}. The JSON library is the caller's; this class only
 * reads the two leading fields, to fill the store's type and version columns and to check, when decoding, that a
 * row's columns and its JSON agree.
 *
 * <p>This class is immutable and thread-safe if the two functions are.
 */
final class TaggedJson implements EventCodec {

  private static final String TYPE = "{\"type\":\"";
  private static final String VERSION = "\",\"version\":";

  private static final JsonCodec<CampaignEvent> EVENTS = JsonCodecs.codec(CampaignEvent.class);

  /** crowdfund's JSON form of events, through {@link JsonText}: {@link EventCodec#json()}. */
  static final TaggedJson CROWDFUND =
      new TaggedJson(event -> JsonText.write(EVENTS, event), json -> JsonText.read(EVENTS, json));

  private final Function<? super CampaignEvent, String> write;
  private final Function<? super String, ? extends CampaignEvent> read;

  TaggedJson(Function<? super CampaignEvent, String> write, Function<? super String, ? extends CampaignEvent> read) {
    this.write = Objects.requireNonNull(write, "write");
    this.read = Objects.requireNonNull(read, "read");
  }

  @Override
  public EncodedEvent encode(CampaignEvent event) {
    String json = Objects.requireNonNull(write.apply(Objects.requireNonNull(event, "event")), "written JSON");
    int versionAt = versionAt(json);
    return new EncodedEvent(json.substring(TYPE.length(), versionAt), version(json, versionAt), json);
  }

  @Override
  public CampaignEvent decode(EncodedEvent event) {
    String json = event.json();
    int versionAt = versionAt(json);
    String type = json.substring(TYPE.length(), versionAt);
    int version = version(json, versionAt);
    if (!type.equals(event.type()) || version != event.schemaVersion()) {
      throw new IllegalArgumentException("the row says " + event.type() + " version " + event.schemaVersion()
          + " but its JSON says " + type + " version " + version);
    }
    return Objects.requireNonNull(read.apply(json), "read event");
  }

  /** Returns where the version field starts, after the type name. */
  private static int versionAt(String json) {
    int end = json.startsWith(TYPE) ? json.indexOf('"', TYPE.length()) : -1;
    if (end <= TYPE.length() || !json.startsWith(VERSION, end)) {
      throw new IllegalArgumentException("the JSON does not start with its type name and version: "
          + abbreviate(json));
    }
    return end;
  }

  private static int version(String json, int versionAt) {
    int from = versionAt + VERSION.length();
    int to = from;
    while (to < json.length() && to - from < 9 && Character.isDigit(json.charAt(to))) {
      to++;
    }
    if (to == from || to == json.length() || (json.charAt(to) != ',' && json.charAt(to) != '}')) {
      throw new IllegalArgumentException("the JSON does not start with its type name and version: "
          + abbreviate(json));
    }
    return Integer.parseInt(json, from, to, 10);
  }

  private static String abbreviate(String json) {
    return json.length() <= 60 ? json : json.substring(0, 60) + "…";
  }
}
