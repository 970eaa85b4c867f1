package io.github.crowdfund.json;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.currency.CurrencyPair;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.MoneyBag;
import io.github.crowdfund.currency.Percentage;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The JSON codec of every crowdfund type that has a JSON form, one per type: what a JSON library module registers.
 *
 * <p>The forms, in short: {@code CurrencyUnit} {@code "USD"}; {@code Money} {@code {"amount":"12.50","currency":"USD"}}
 * (an exact decimal string, never a float); {@code MoneyBag} an array of amounts sorted by currency;
 * {@code CurrencyPair} {@code "EUR/JPY"}; {@code FxRate} {@code {"pair":"EUR/JPY","rate":"161.25"}};
 * {@code Percentage} {@code "6.67%"}; {@code CampaignId} and {@code CreatorId} their string, {@code BackerId} its
 * number. Objects are written with their fields in a fixed order and no optional field that is empty; they are read
 * with fields in any order, and unknown fields refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonCodecs {

  /**
   * A type and its codec.
   *
   * @param type the type; values of its subclasses use the same codec
   * @param codec the codec, not null
   * @param <T> the type
   */
  public record Entry<T>(Class<T> type, JsonCodec<T> codec) {

    /**
     * Creates an entry.
     *
     * @param type the type, not null
     * @param codec the codec, not null
     */
    public Entry {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(codec, "codec");
    }
  }

  private static final List<Entry<?>> ALL = List.of(
      new Entry<>(CurrencyUnit.class, CurrencyCodecs.CURRENCY),
      new Entry<>(Money.class, CurrencyCodecs.MONEY),
      new Entry<>(MoneyBag.class, CurrencyCodecs.MONEY_BAG),
      new Entry<>(CurrencyPair.class, CurrencyCodecs.CURRENCY_PAIR),
      new Entry<>(FxRate.class, CurrencyCodecs.FX_RATE),
      new Entry<>(Percentage.class, CurrencyCodecs.PERCENTAGE),
      new Entry<>(CampaignId.class, CoreCodecs.CAMPAIGN_ID),
      new Entry<>(CreatorId.class, CoreCodecs.CREATOR_ID),
      new Entry<>(BackerId.class, CoreCodecs.BACKER_ID));

  private JsonCodecs() {}

  /**
   * Returns every type with a JSON form and its codec.
   *
   * @return the entries, one per type, not null
   */
  public static List<Entry<?>> all() {
    return ALL;
  }

  /**
   * Returns the codec of a type.
   *
   * @param type a type with a JSON form, such as {@code Money.class}; not null
   * @param <T> the type
   * @return its codec, not null
   * @throws IllegalArgumentException if the type has no JSON form; the message lists those that do
   */
  public static <T> JsonCodec<T> codec(Class<T> type) {
    Objects.requireNonNull(type, "type");
    for (Entry<?> entry : ALL) {
      if (entry.type().equals(type)) {
        return cast(entry, type);
      }
    }
    throw new IllegalArgumentException("No JSON form for " + type.getName() + "; types with one: "
        + ALL.stream().map(entry -> entry.type().getSimpleName()).toList());
  }

  @SuppressWarnings("unchecked") // the entry's type is the class asked for
  private static <T> JsonCodec<T> cast(Entry<?> entry, Class<T> type) {
    return (JsonCodec<T>) entry.codec();
  }
}
