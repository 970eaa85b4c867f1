package io.github.crowdfund.json;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.currency.CurrencyPair;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.MoneyBag;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The values whose JSON the golden files pin: file {@code golden/NAME.json} holds the JSON of the sample NAME, on
 * one line. A change of shape fails the contract test; a deliberate one updates the file (and, for an event, its
 * schema version).
 */
public final class GoldenSamples {

  /**
   * A value and the name of its golden file.
   *
   * @param name the file name without {@code .json}
   * @param type the type read back
   * @param value the value
   */
  public record Sample(String name, Class<?> type, Object value) {}

  private GoldenSamples() {}

  /** Every sample; each type of {@link JsonCodecs#all()} has at least one. */
  public static List<Sample> all() {
    List<Sample> samples = new ArrayList<>(values());
    samples.addAll(CampaignSamples.all());
    return samples;
  }

  private static List<Sample> values() {
    return List.of(
        new Sample("currency-unit", CurrencyUnit.class, CurrencyUnit.EUR),
        new Sample("money-usd", Money.class, Money.parse("USD 1234.50")),
        new Sample("money-jpy", Money.class, Money.parse("JPY 5000")),
        new Sample("money-bhd-negative", Money.class, Money.parse("BHD -0.125")),
        new Sample("money-bag", MoneyBag.class,
            MoneyBag.of(Money.parse("USD 12.00"), Money.parse("EUR 7.50"), Money.parse("JPY 300"))),
        new Sample("money-bag-empty", MoneyBag.class, MoneyBag.empty()),
        new Sample("currency-pair", CurrencyPair.class, CurrencyPair.parse("EUR/JPY")),
        new Sample("fx-rate", FxRate.class, FxRate.of(CurrencyPair.parse("EUR/JPY"), new BigDecimal("161.25"))),
        new Sample("percentage", Percentage.class, Percentage.parse("-2.5%")),
        new Sample("campaign-id", CampaignId.class, CampaignId.of("solar-lantern \"mk II\" \u00e9t\u00e9")),
        new Sample("creator-id", CreatorId.class, CreatorId.of("lumen-works")),
        new Sample("backer-id", BackerId.class, BackerId.of(1001)),
        new Sample("country", Country.class, Country.of("JP")));
  }
}
