package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.currency.CurrencyPair;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.MoneyBag;
import io.github.crowdfund.currency.Percentage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * What every JSON library module must do with crowdfund's codecs: write the golden files byte for byte, read them
 * back, round-trip random values, and refuse bad JSON naming its path and the bad value. Each module runs it by
 * extending this class with its {@link JsonEngine}.
 */
public abstract class JsonContractTest {

  /** A record of an application's, holding crowdfund values. */
  public record Order(CampaignId campaign, Money total) {}

  /** The library under test. */
  protected abstract JsonEngine engine();

  /** The golden file of a sample, without its final line break. */
  public static String golden(String name) {
    String resource = "/golden/" + name + ".json";
    try (InputStream in = JsonContractTest.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes each golden file with this library's JSON when the system property {@value #UPDATE} names the golden
   * directory ({@code -Dcrowdfund.golden.update=../json/src/test/resources/golden}): for a deliberate change of
   * shape, whose diff is then reviewed like code.
   */
  public static final String UPDATE = "crowdfund.golden.update";

  @TestFactory
  Stream<DynamicTest> writesEachGoldenFileByteForByteAndReadsItBack() {
    return GoldenSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
      String update = System.getProperty(UPDATE);
      if (update != null) {
        Files.writeString(Path.of(update, sample.name() + ".json"), engine().write(sample.value()) + "\n");
        return;
      }
      String json = golden(sample.name());
      assertThat(engine().write(sample.value())).isEqualTo(json);
      assertThat(engine().read(json, sample.type())).isEqualTo(sample.value());
    }));
  }

  @Test
  void everyTypeWithAJsonFormHasAGoldenFileAndAGenerator() {
    for (JsonCodecs.Entry<?> entry : JsonCodecs.all()) {
      assertThat(GoldenSamples.all()).as("golden samples of " + entry.type())
          .anyMatch(sample -> entry.type().isInstance(sample.value()));
      assertThat(JsonGenerators.byType().keySet()).as("generators of " + entry.type())
          .anyMatch(generated -> entry.type().isAssignableFrom(generated) || generated.isAssignableFrom(entry.type()));
    }
  }

  @TestFactory
  Stream<DynamicTest> randomValuesOfEveryTypeReadBackEqual() {
    return JsonGenerators.byType().entrySet().stream().map(entry -> DynamicTest.dynamicTest(
        entry.getKey().getSimpleName(), () -> roundTrips(entry.getKey(), entry.getValue())));
  }

  private <T> void roundTrips(Class<T> type, Gen<?> values) {
    try {
      qt().withExamples(100).forAll(values).check(value -> {
        String json = engine().write(value);
        return engine().read(json, type).equals(value) && engine().write(engine().read(json, type)).equals(json);
      });
    } catch (IllegalStateException e) {
      throw new AssertionError(type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @Test
  void moneyIsAnExactDecimalStringWithItsCurrency() {
    assertThat(engine().write(Money.parse("USD 0.10"))).isEqualTo("{\"amount\":\"0.10\",\"currency\":\"USD\"}");
    assertThat(engine().read("{\"currency\":\"JPY\",\"amount\":\"500\"}", Money.class))
        .isEqualTo(Money.parse("JPY 500"));
    // fewer decimals than the currency has are exact too
    assertThat(engine().read("{\"amount\":\"7.5\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.parse("USD 7.50"));
  }

  @Test
  void aFieldNameWrittenWithEscapesIsThatField() {
    assertThat(engine().read("{\"\\u0061mount\":\"1.00\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.parse("USD 1.00"));
    assertThat(formatException(catchThrowable(() -> engine().read(
        "{\"amount\":\"1.00\",\"curr\\u0065ncy\":\"USD\",\"\\u0061mount\":\"2.00\"}", Money.class))).reason())
        .isEqualTo("field \"amount\" appears twice");
  }

  @Test
  void valuesInsideAnApplicationsOwnTypesUseTheirJsonForm() {
    Assumptions.assumeTrue(engine().bindsApplicationTypes(), "the library binds crowdfund's types only");
    Order order = new Order(CampaignId.of("lamp"), Money.parse("EUR 19.99"));
    String json = engine().write(order);
    assertThat(json).isEqualTo("{\"campaign\":\"lamp\",\"total\":{\"amount\":\"19.99\",\"currency\":\"EUR\"}}");
    assertThat(engine().read(json, Order.class)).isEqualTo(order);
  }

  /** JSON that must be refused, where, and a part of the message that quotes the bad value. */
  record Bad(String what, Class<?> type, String json, String path, String quoted) {}

  private void refused(Bad bad) {
    Throwable thrown = catchThrowable(() -> engine().read(bad.json(), bad.type()));
    assertThat(thrown).as(bad.json()).isNotNull().hasMessageContaining(bad.path() + ": ")
        .hasMessageContaining(bad.quoted());
    JsonFormatException cause = formatException(thrown);
    assertThat(cause.path()).isEqualTo(bad.path());
    assertThat(cause.reason()).contains(bad.quoted());
  }

  @TestFactory
  Stream<DynamicTest> badJsonIsRefusedNamingItsPathAndValue() {
    return Stream.of(
        new Bad("a number for an amount", Money.class, "{\"amount\":12.5,\"currency\":\"USD\"}",
            "$.amount", "the number 12.5"),
        new Bad("an exponent in an amount", Money.class, "{\"amount\":\"1e3\",\"currency\":\"USD\"}",
            "$.amount", "\"1e3\""),
        new Bad("null for an amount", Money.class, "{\"amount\":null,\"currency\":\"USD\"}", "$.amount", "null"),
        new Bad("a missing field", Money.class, "{\"amount\":\"1.00\"}", "$", "\"currency\""),
        new Bad("an unknown field", Money.class, "{\"amount\":\"1.00\",\"currency\":\"USD\",\"note\":1}",
            "$.note", "\"note\""),
        new Bad("a field twice", Money.class, "{\"amount\":\"1.00\",\"amount\":\"2.00\",\"currency\":\"USD\"}",
            "$.amount", "\"amount\""),
        new Bad("more decimals than the currency", Money.class, "{\"amount\":\"12.345\",\"currency\":\"USD\"}",
            "$.amount", "\"12.345\""),
        new Bad("decimals for yen", Money.class, "{\"amount\":\"5.5\",\"currency\":\"JPY\"}", "$.amount", "\"5.5\""),
        new Bad("an unknown currency", Money.class, "{\"amount\":\"1.00\",\"currency\":\"ABC\"}",
            "$.currency", "\"ABC\""),
        new Bad("a malformed currency", CurrencyUnit.class, "\"usd\"", "$", "\"usd\""),
        new Bad("an array for an object", Money.class, "[]", "$", "an array"),
        new Bad("a bad amount deep in a bag", MoneyBag.class,
            "[{\"amount\":\"1.00\",\"currency\":\"USD\"},{\"amount\":\"2.001\",\"currency\":\"EUR\"}]",
            "$[1].amount", "\"2.001\""),
        new Bad("a currency twice in a bag", MoneyBag.class,
            "[{\"amount\":\"1.00\",\"currency\":\"USD\"},{\"amount\":\"2.00\",\"currency\":\"USD\"}]",
            "$[1]", "USD 2.00"),
        new Bad("a pair of one currency", CurrencyPair.class, "\"EUR/EUR\"", "$", "\"EUR/EUR\""),
        new Bad("a negative rate", FxRate.class, "{\"pair\":\"EUR/USD\",\"rate\":\"-1.1\"}", "$", "\"-1.1\""),
        new Bad("a percentage without its sign", Percentage.class, "\"6.67\"", "$", "\"6.67\""),
        new Bad("a negative backer id", BackerId.class, "-1", "$", "-1"),
        new Bad("a fraction for a backer id", BackerId.class, "1.5", "$", "the number 1.5"),
        new Bad("a blank campaign id", CampaignId.class, "\" \"", "$", "\" \""),
        new Bad("an unknown country", Country.class, "\"XX\"", "$", "\"XX\""),
        new Bad("a lower-case country", Country.class, "\"jp\"", "$", "\"jp\""),
        new Bad("a number for a country", Country.class, "81", "$", "the number 81"),
        new Bad("null for a value", Money.class, "null", "$", "null"),
        new Bad("a bad value inside an application's type", Order.class,
            "{\"campaign\":\"lamp\",\"total\":{\"amount\":\"1.00\",\"currency\":\"XYZ\"}}",
            "$.total.currency", "\"XYZ\""))
        .filter(bad -> engine().bindsApplicationTypes() || bad.type() != Order.class)
        .map(bad -> DynamicTest.dynamicTest(bad.what(), () -> refused(bad)));
  }

  @Test
  void anOlderVersionOfAnEventStillReadsIntoTodaysValue() {
    // Created version 1 held the definition's fields inline, beside "at"; version 2 nests them in "definition".
    CampaignEvent today = CampaignSamples.events().get(0);
    assertThat(engine().read(golden("event-Created-v1"), CampaignEvent.class)).isEqualTo(today);
    assertThat(engine().write(today)).isEqualTo(golden("event-Created")).contains("\"version\":2,");
    assertThat(JsonCodecs.eventSchemaVersion(today)).isEqualTo(2);
    assertThat(JsonCodecs.eventType(today)).isEqualTo("Created");
  }

  @Test
  void aChargeOfVersionOneReadsWithNoBackerAwaitingAuthentication() {
    // PledgesCharged and ChargePledges version 1 had no "awaitingAuthentication"; version 2 adds it.
    CampaignEvent.PledgesCharged charged = (CampaignEvent.PledgesCharged) CampaignSamples.events().stream()
        .filter(CampaignEvent.PledgesCharged.class::isInstance).findFirst().orElseThrow();
    assertThat(engine().read(golden("event-PledgesCharged-v1"), CampaignEvent.class))
        .isEqualTo(new CampaignEvent.PledgesCharged(charged.at(), charged.declined(), charged.retryUntil()));
    assertThat(engine().write(charged)).isEqualTo(golden("event-PledgesCharged")).contains("\"version\":2,");
    CampaignCommand.ChargePledges charge = (CampaignCommand.ChargePledges) CampaignSamples.commands().stream()
        .filter(CampaignCommand.ChargePledges.class::isInstance).findFirst().orElseThrow();
    assertThat(engine().read(golden("command-ChargePledges-v1"), CampaignCommand.class))
        .isEqualTo(new CampaignCommand.ChargePledges(charge.at(), charge.declined()));
    assertThat(engine().write(charge)).isEqualTo(golden("command-ChargePledges")).contains("\"version\":2,");
  }

  @Test
  void anEventReadAsItsOwnTypeIsThatTypeOrRefused() {
    CampaignEvent.PledgePlaced placed = new CampaignEvent.PledgePlaced(CampaignSamples.PLEDGE);
    assertThat(engine().read(golden("event-PledgePlaced"), CampaignEvent.PledgePlaced.class)).isEqualTo(placed);
    JsonFormatException wrong = formatException(catchThrowable(
        () -> engine().read(golden("event-Submitted"), CampaignEvent.PledgePlaced.class)));
    assertThat(wrong.path()).isEqualTo("$");
    assertThat(wrong.reason()).contains("PledgePlaced", "Submitted");
  }

  @TestFactory
  Stream<DynamicTest> badEventsAreRefusedNamingTheirPathAndValue() {
    String pledged = golden("event-PledgePlaced");
    return Stream.of(
        new Bad("an unknown event type", CampaignEvent.class,
            "{\"type\":\"PledgeDoubled\",\"version\":1,\"at\":\"2026-05-01T16:00:00Z\"}", "$.type",
            "\"PledgeDoubled\""),
        new Bad("an unknown schema version", CampaignEvent.class,
            pledged.replace("\"version\":1", "\"version\":7"), "$.version", "7"),
        new Bad("a type that does not come first", CampaignEvent.class,
            "{\"version\":1,\"type\":\"Submitted\",\"at\":\"2026-05-01T16:00:00Z\"}", "$.version",
            "\"version\""),
        new Bad("a negative pledge", CampaignEvent.class, pledged.replace("\"45.00\"", "\"-45.00\""),
            "$.pledge", "-45.00"),
        new Bad("too many decimals in a pledge", CampaignEvent.class, pledged.replace("\"45.00\"", "\"45.001\""),
            "$.pledge.amount.amount", "\"45.001\""),
        new Bad("an unknown currency in a pledge", CampaignEvent.class, pledged.replace("\"USD\"", "\"USX\""),
            "$.pledge.amount.currency", "\"USX\""),
        new Bad("an unknown shipping country in a pledge", CampaignEvent.class,
            pledged.replace("\"CA\"", "\"XX\""), "$.pledge.shippingCountry", "\"XX\""),
        new Bad("an unknown country a tier ships to", CampaignEvent.class,
            golden("event-RewardTierPut").replace("\"US\"]", "\"UK\"]"), "$.tier.shipsTo[1]", "\"UK\""),
        new Bad("an event that ends before its version", CampaignEvent.class,
            "{\"type\":\"Submitted\"}", "$", "was \"}\""),
        new Bad("a missing field in an event", CampaignEvent.class,
            "{\"type\":\"Launched\",\"version\":1,\"at\":\"2026-05-01T16:00:00Z\"}", "$", "\"deadline\""),
        new Bad("an unknown field in a nested tier", CampaignEvent.class,
            golden("event-RewardTierPut").replace("\"limit\"", "\"cap\""), "$.tier.cap", "\"cap\""),
        new Bad("a bad instant", CampaignCommand.class,
            "{\"type\":\"End\",\"version\":1,\"at\":\"tomorrow\"}", "$.at", "\"tomorrow\""),
        new Bad("a settlement that loses money", Settlement.class,
            golden("settlement").replace("\"payout\":{\"amount\":\"234.20\"", "\"payout\":{\"amount\":\"234.21\""),
            "$", "234.21"))
        .map(bad -> DynamicTest.dynamicTest(bad.what(), () -> refused(bad)));
  }

  @Test
  void trailingTokensAfterAValueAreRefused() {
    assertThat(catchThrowable(() -> engine().read("\"USD\" \"EUR\"", CurrencyUnit.class))).isNotNull();
  }

  /** The {@link JsonFormatException} that caused an exception, or a failed assertion. */
  static JsonFormatException formatException(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonFormatException) {
        return (JsonFormatException) cause;
      }
    }
    throw new AssertionError("not caused by a JsonFormatException", thrown);
  }
}
