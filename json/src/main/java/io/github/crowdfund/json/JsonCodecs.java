package io.github.crowdfund.json;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.StretchGoal;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.CurrencyPair;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.MoneyBag;
import io.github.crowdfund.currency.Percentage;
import java.util.ArrayList;
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
 * number, {@code Country} its ISO 3166-1 alpha-2 code ({@code "JP"}; a code the library does not know is refused);
 * instants and durations ISO-8601 texts. A campaign's definition and its parts, pledges, rule violations and
 * settlements (of a campaign, backers being {@code BackerId}s) are objects of their record components. Every command
 * and event, every goal and decision, starts with its stable type name and schema version:
 * {@code {"type":"PledgePlaced","version":1,"pledge":{...}}}; see {@link #eventType(CampaignEvent)} and
 * {@link #eventSchemaVersion(CampaignEvent)}. An older schema version still reads, into today's value.
 *
 * <p>Objects are written with their fields in a fixed order and no optional field that is empty; they are read with
 * fields in any order (but {@code type} and {@code version} first), and unknown fields refused. Sets are written
 * sorted, so that equal values give equal JSON.
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

  private static final List<Entry<?>> ALL = entries();

  private static List<Entry<?>> entries() {
    List<Entry<?>> entries = new ArrayList<>(List.of(
        new Entry<>(CurrencyUnit.class, CurrencyCodecs.CURRENCY),
        new Entry<>(Money.class, CurrencyCodecs.MONEY),
        new Entry<>(MoneyBag.class, CurrencyCodecs.MONEY_BAG),
        new Entry<>(CurrencyPair.class, CurrencyCodecs.CURRENCY_PAIR),
        new Entry<>(FxRate.class, CurrencyCodecs.FX_RATE),
        new Entry<>(Percentage.class, CurrencyCodecs.PERCENTAGE),
        new Entry<>(CampaignId.class, CoreCodecs.CAMPAIGN_ID),
        new Entry<>(CreatorId.class, CoreCodecs.CREATOR_ID),
        new Entry<>(BackerId.class, CoreCodecs.BACKER_ID),
        new Entry<>(Country.class, CoreCodecs.COUNTRY),
        new Entry<>(StretchGoal.class, CampaignCodecs.STRETCH_GOAL),
        new Entry<>(RewardTier.class, CampaignCodecs.REWARD_TIER),
        new Entry<>(AddOn.class, CampaignCodecs.ADD_ON),
        new Entry<>(LateReward.class, CampaignCodecs.LATE_REWARD),
        new Entry<>(LateCharge.class, CampaignCodecs.LATE_CHARGE),
        new Entry<>(PaymentPlanShape.class, PlanCodecs.SHAPE),
        new Entry<>(InstallmentCharge.class, PlanCodecs.INSTALLMENT_CHARGE),
        new Entry<>(RefundReason.class, RefundCodecs.REASON),
        new Entry<>(RefundKind.class, RefundCodecs.KIND),
        new Entry<>(DisputeOutcome.class, RefundCodecs.OUTCOME),
        new Entry<>(Pledge.class, CampaignCodecs.PLEDGE),
        new Entry<>(CampaignDefinition.class, CampaignCodecs.DEFINITION),
        new Entry<>(RuleViolation.class, OutcomeCodecs.VIOLATION),
        new Entry<>(StatementLine.class, OutcomeCodecs.STATEMENT_LINE),
        new Entry<>(JsonCodecs.<BackerStatement<BackerId>>generic(BackerStatement.class), OutcomeCodecs.STATEMENT),
        new Entry<>(JsonCodecs.<Settlement<BackerId>>generic(Settlement.class), OutcomeCodecs.SETTLEMENT)));
    addTagged(entries, Goal.class, CampaignCodecs.GOAL);
    addTagged(entries, CampaignCommand.class, EventCodecs.COMMAND);
    addTagged(entries, CampaignEvent.class, EventCodecs.EVENT);
    addTagged(entries, Decision.class, OutcomeCodecs.DECISION);
    return List.copyOf(entries);
  }

  /** A sealed type's codec, and for each of its subtypes the same codec narrowed to it. */
  private static <T> void addTagged(List<Entry<?>> entries, Class<T> type, TaggedCodec<T> codec) {
    entries.add(new Entry<>(type, codec));
    for (Class<? extends T> subtype : codec.subtypes()) {
      addNarrowed(entries, codec, subtype);
    }
  }

  private static <T, S extends T> void addNarrowed(List<Entry<?>> entries, TaggedCodec<T> codec, Class<S> subtype) {
    entries.add(new Entry<>(subtype, codec.narrowedTo(subtype)));
  }

  /**
   * A generic class as the class of one parameterization: {@code Settlement} and {@code BackerStatement} have a JSON
   * form when their backers are {@link BackerId}s, as a campaign's are; their codecs refuse other backers.
   */
  @SuppressWarnings("unchecked")
  private static <T> Class<T> generic(Class<?> type) {
    return (Class<T>) type;
  }

  /**
   * Returns the stable type name of an event in its JSON form, such as {@code "PledgePlaced"}: what an event store
   * may keep beside the JSON. Type names never change.
   *
   * @param event the event, not null
   * @return its type name, not null
   */
  public static String eventType(CampaignEvent event) {
    Objects.requireNonNull(event, "event");
    return EventCodecs.EVENT.variantOf(event).name();
  }

  /**
   * Returns the schema version of the JSON form this library writes for an event: 1 for a layout that never
   * changed, higher after each deliberate change. Older versions still read.
   *
   * @param event the event, not null
   * @return its schema version, at least 1
   */
  public static int eventSchemaVersion(CampaignEvent event) {
    Objects.requireNonNull(event, "event");
    return EventCodecs.EVENT.variantOf(event).version();
  }

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
