package io.github.crowdfund.json;

import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.currency.CurrencyGenerators;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Random values of every type with a JSON form, keyed by type: the generators of the modules that define the types
 * (through their test-jars), and here only what they lack.
 */
public final class JsonGenerators {

  private JsonGenerators() {}

  /** Ids and other text: any characters but surrogates, control characters and quotes included. */
  static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(1, 24).assuming(text -> !text.isBlank());
  }

  /** A generator for each type of {@link JsonCodecs#all()}. */
  public static Map<Class<?>, Gen<?>> byType() {
    return Map.of(
        org.joda.money.CurrencyUnit.class, CurrencyGenerators.currencies(),
        org.joda.money.Money.class, CurrencyGenerators.money(),
        io.github.crowdfund.currency.MoneyBag.class, CurrencyGenerators.bags(),
        io.github.crowdfund.currency.CurrencyPair.class, CurrencyGenerators.pairs(),
        io.github.crowdfund.currency.FxRate.class, CurrencyGenerators.rates(),
        io.github.crowdfund.currency.Percentage.class, CurrencyGenerators.percentages(),
        CampaignId.class, texts().map(CampaignId::of),
        CreatorId.class, texts().map(CreatorId::of),
        BackerId.class, longs().between(0, Long.MAX_VALUE).map(BackerId::of));
  }
}
