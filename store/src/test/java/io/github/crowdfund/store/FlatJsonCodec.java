package io.github.crowdfund.store;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.Launched;
import io.github.crowdfund.core.CampaignEvent.PledgeCanceled;
import io.github.crowdfund.core.CampaignEvent.PledgePlaced;
import io.github.crowdfund.core.CampaignEvent.Submitted;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.Money;

/**
 * A small JSON form for the store's tests only, until the JSON modules provide the real one: the events the tests
 * use, each as a flat JSON object of string fields after its type name and version, as the JSON modules lay events
 * out ({@code {"type":"Submitted","version":1,"at":"..."}}). Refuses anything else.
 */
final class FlatJsonCodec {

  private FlatJsonCodec() {}

  /** The codec the store's tests use. */
  static EventCodec codec() {
    return EventCodec.taggedJson(FlatJsonCodec::write, FlatJsonCodec::read);
  }

  static String write(CampaignEvent event) {
    Map<String, String> f = new LinkedHashMap<>();
    String type;
    if (event instanceof Created e) {
      CampaignDefinition d = e.definition();
      if (!d.stretchGoals().isEmpty() || !d.tiers().isEmpty() || !d.addOns().isEmpty()
          || !(d.goal() instanceof Goal.MoneyGoal)) {
        throw new IllegalArgumentException("the test codec writes only money goals without tiers: " + e);
      }
      Goal.MoneyGoal goal = (Goal.MoneyGoal) d.goal();
      type = "Created";
      f.put("at", e.at().toString());
      f.put("id", d.id().value());
      f.put("creator", d.creator().value());
      f.put("title", d.title());
      f.put("target", goal.target().toString());
      f.put("model", goal.model().name());
      f.put("duration", d.duration().toString());
    } else if (event instanceof Submitted e) {
      type = "Submitted";
      f.put("at", e.at().toString());
    } else if (event instanceof Launched e) {
      type = "Launched";
      f.put("at", e.at().toString());
      f.put("deadline", e.deadline().toString());
    } else if (event instanceof PledgePlaced e) {
      Pledge p = e.pledge();
      if (p.tierId().isPresent() || !p.addOns().isEmpty() || p.shippingCountry().isPresent()) {
        throw new IllegalArgumentException("the test codec writes only pledges without reward: " + p);
      }
      type = "PledgePlaced";
      f.put("backer", Long.toString(p.backer().value()));
      f.put("amount", p.amount().toString());
      f.put("placedAt", p.placedAt().toString());
    } else if (event instanceof PledgeCanceled e) {
      type = "PledgeCanceled";
      f.put("at", e.at().toString());
      f.put("backer", Long.toString(e.backer().value()));
    } else if (event instanceof Ended e) {
      type = "Ended";
      f.put("at", e.at().toString());
      f.put("outcome", e.outcome().name());
    } else {
      throw new IllegalArgumentException("the test codec cannot write " + event);
    }
    StringBuilder json = new StringBuilder("{\"type\":\"").append(type).append("\",\"version\":1");
    f.forEach((key, value) -> json.append(",\"").append(key).append("\":\"")
        .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
    return json.append('}').toString();
  }

  static CampaignEvent read(String json) {
    Map<String, String> f = parse(json);
    if (!"1".equals(f.get("version"))) {
      throw new IllegalArgumentException("unknown schema version " + f.get("version") + " of " + f.get("type"));
    }
    String type = get(f, "type");
    switch (type) {
      case "Created":
        return new Created(instant(f, "at"), CampaignDefinition.builder().id(get(f, "id"))
            .creator(get(f, "creator")).title(get(f, "title"))
            .goal(new Goal.MoneyGoal(Money.parse(get(f, "target")), FundingModel.valueOf(get(f, "model"))))
            .duration(Duration.parse(get(f, "duration"))).build());
      case "Submitted":
        return new Submitted(instant(f, "at"));
      case "Launched":
        return new Launched(instant(f, "at"), instant(f, "deadline"));
      case "PledgePlaced":
        return new PledgePlaced(Pledge.of(BackerId.of(Long.parseLong(get(f, "backer"))),
            Money.parse(get(f, "amount")), instant(f, "placedAt")));
      case "PledgeCanceled":
        return new PledgeCanceled(instant(f, "at"), BackerId.of(Long.parseLong(get(f, "backer"))));
      case "Ended":
        return new Ended(instant(f, "at"), FundingOutcome.valueOf(get(f, "outcome")));
      default:
        throw new IllegalArgumentException("unknown event type '" + type + "'");
    }
  }

  private static Instant instant(Map<String, String> fields, String name) {
    return Instant.parse(get(fields, name));
  }

  private static String get(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing field $." + name);
    }
    return value;
  }

  /** Parses {"name":"value",...} with \" and \\ escapes. */
  private static Map<String, String> parse(String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    int[] at = {0};
    expect(json, at, '{');
    if (peek(json, at) == '}') {
      at[0]++;
    } else {
      do {
        String name = string(json, at);
        expect(json, at, ':');
        fields.put(name, Character.isDigit(peek(json, at)) ? digits(json, at) : string(json, at));
      } while (next(json, at) == ',');
      at[0]--;
      expect(json, at, '}');
    }
    if (at[0] != json.length()) {
      throw new IllegalArgumentException("text after the object at offset " + at[0] + ": " + json);
    }
    return fields;
  }

  private static String string(String json, int[] at) {
    expect(json, at, '"');
    StringBuilder s = new StringBuilder();
    for (char c = next(json, at); c != '"'; c = next(json, at)) {
      s.append(c == '\\' ? next(json, at) : c);
    }
    return s.toString();
  }

  private static String digits(String json, int[] at) {
    int from = at[0];
    while (Character.isDigit(peek(json, at))) {
      at[0]++;
    }
    return json.substring(from, at[0]);
  }

  private static void expect(String json, int[] at, char expected) {
    char c = next(json, at);
    if (c != expected) {
      throw new IllegalArgumentException("expected '" + expected + "' at offset " + (at[0] - 1) + " but found '" + c
          + "' in " + json);
    }
  }

  private static char peek(String json, int[] at) {
    if (at[0] >= json.length()) {
      throw new IllegalArgumentException("JSON ends early: " + json);
    }
    return json.charAt(at[0]);
  }

  private static char next(String json, int[] at) {
    char c = peek(json, at);
    at[0]++;
    return c;
  }
}
