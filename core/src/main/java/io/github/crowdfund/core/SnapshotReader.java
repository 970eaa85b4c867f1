package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.ChargeReversal;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads the sections of a {@link CampaignSnapshot}, the mirror of {@code SnapshotWriter}: every value is checked
 * as it is read, the derived totals are recomputed and compared with those stored, and a value no campaign could
 * hold throws {@link InvalidSnapshotException} naming it and its offset.
 *
 * <p>Not thread-safe: one reader per snapshot.
 */
final class SnapshotReader {

  private static final CampaignStatus[] STATUSES = CampaignStatus.values();
  private static final FundingOutcome[] OUTCOMES = FundingOutcome.values();
  private static final FundingModel[] MODELS = FundingModel.values();
  private static final PaymentState[] PAYMENT_STATES = PaymentState.values();
  private static final ChargeReversal.Kind[] REVERSAL_KINDS = ChargeReversal.Kind.values();
  private static final RefundReason[] REFUND_REASONS = RefundReason.values();
  private static final RefundKind[] REFUND_KINDS = RefundKind.values();
  private static final int NANOS_PER_SECOND = 1_000_000_000;
  /** The largest tier index a pledge trie entry packs (16 bits hold the index + 1). */
  private static final int MAX_TIER_INDEX = 0xFFFE;

  private final SnapshotInput in;

  SnapshotReader(SnapshotInput in) {
    this.in = in;
  }

  /** Every section, from the log position to the reversals. */
  Campaign campaign() {
    long eventCount = in.varlong(1, Long.MAX_VALUE, "event count");
    Instant lastEventAt = in.instantOrNull("last event instant");
    CampaignDefinition definition = definition();
    Lifecycle lifecycle = lifecycle();
    PledgeBook book = book(definition, definition.tiers().size(), definition.addOns().size());
    LatePledges late = late(definition);
    PaymentPlans plans = plans();
    Reversals reversals = reversals(definition.goal().currency());
    return Campaign.restored(definition, lifecycle, book, new AfterDeadline(late, plans, reversals),
        new LogPosition(lastEventAt, eventCount));
  }

  /** Builds a value from what was read since {@code start}, turning its refusal into an invalid snapshot. */
  private <T> T value(int start, String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidSnapshotException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException | DateTimeException
        | ArithmeticException e) {
      throw new InvalidSnapshotException("impossible " + what + ": " + e.getMessage(), start, e);
    }
  }

  private CampaignDefinition definition() {
    int start = in.position();
    String id = in.string("campaign id");
    String creator = in.string("creator id");
    String title = in.string("title");
    Goal goal = goal();
    var duration = in.duration("duration");
    int stretchCount = in.count("stretch goal count");
    List<StretchGoal> stretchGoals = new ArrayList<>(stretchCount);
    for (int i = 0; i < stretchCount; i++) {
      int at = in.position();
      Money threshold = in.money("stretch goal threshold");
      String description = in.string("stretch goal description");
      stretchGoals.add(value(at, "stretch goal", () -> new StretchGoal(threshold, description)));
    }
    int tierCount = in.count("tier count");
    List<RewardTier> tiers = new ArrayList<>(tierCount);
    for (int i = 0; i < tierCount; i++) {
      tiers.add(tier());
    }
    int addOnCount = in.count("add-on count");
    List<AddOn> addOns = new ArrayList<>(addOnCount);
    for (int i = 0; i < addOnCount; i++) {
      int at = in.position();
      AddOn.Builder builder = AddOn.builder();
      builder.id(in.string("add-on id")).title(in.string("add-on title")).price(in.money("add-on price"));
      builder.limit(in.optional("add-on limit", () -> in.varint(0, Integer.MAX_VALUE, "add-on limit")));
      builder.perBackerMaximum(in.varint(0, Integer.MAX_VALUE, "add-on per-backer maximum"));
      addOns.add(value(at, "add-on", builder::build));
    }
    return value(start, "campaign definition", () -> new CampaignDefinition(CampaignId.of(id), CreatorId.of(creator),
        title, goal, duration, stretchGoals, tiers, addOns));
  }

  private Goal goal() {
    int start = in.position();
    int kind = in.u8();
    if (kind == 0) {
      Money target = in.money("goal target");
      FundingModel model = in.ordinal(MODELS, "funding model");
      return value(start, "goal", () -> new Goal.MoneyGoal(target, model));
    }
    if (kind == 1) {
      int orders = in.varint(0, Integer.MAX_VALUE, "pre-order goal orders");
      Money price = in.money("pre-order price");
      return value(start, "goal", () -> new Goal.PreOrderGoal(orders, price));
    }
    throw SnapshotInput.invalidAt(start, "goal kind " + kind + " is neither 0 (money) nor 1 (pre-orders)");
  }

  private RewardTier tier() {
    int start = in.position();
    RewardTier.Builder builder = RewardTier.builder();
    builder.id(in.string("tier id")).title(in.string("tier title")).price(in.money("tier price"));
    builder.limit(in.optional("tier limit", () -> in.varint(0, Integer.MAX_VALUE, "tier limit")));
    builder.availableFrom(in.optional("tier available from", () -> in.instant("tier available from")));
    builder.availableUntil(in.optional("tier available until", () -> in.instant("tier available until")));
    int countries = in.count("tier country count");
    Set<Country> shipsTo = new TreeSet<>();
    for (int i = 0; i < countries; i++) {
      shipsTo.add(country());
    }
    builder.addAllShipsTo(shipsTo);
    int deliveryAt = in.position();
    long year = in.signed();
    long month = in.varlong();
    builder.estimatedDelivery(value(deliveryAt, "estimated delivery", () -> YearMonth.of(Math.toIntExact(year),
        Math.toIntExact(month))));
    return value(start, "reward tier", builder::build);
  }

  private Country country() {
    int start = in.position();
    String code = in.string("country code");
    return value(start, "country", () -> Country.of(code));
  }

  private Lifecycle lifecycle() {
    CampaignStatus status = in.ordinal(STATUSES, "campaign status");
    if (status == CampaignStatus.NOT_CREATED) {
      throw in.invalid("a created campaign cannot be " + status);
    }
    Instant launchedAt = in.instantOrNull("launch instant");
    Instant deadline = in.instantOrNull("deadline");
    FundingOutcome outcome = in.optional("funding outcome", () -> in.ordinal(OUTCOMES, "funding outcome"))
        .orElse(null);
    return new Lifecycle(status, launchedAt, deadline, outcome);
  }

  /** A pledge book counting {@code tiers} tiers and {@code addOns} add-ons of {@code definition}. */
  private PledgeBook book(CampaignDefinition definition, int tiers, int addOns) {
    PaymentRun run = paymentRun();
    int countryCount = in.count("country table size");
    int[] countries = new int[countryCount];
    for (int i = 0; i < countryCount; i++) {
      countries[i] = country().index();
    }
    int addOnIdCount = in.count("add-on id table size");
    String[] addOnIds = new String[addOnIdCount];
    for (int i = 0; i < addOnIdCount; i++) {
      addOnIds[i] = in.string("add-on id");
    }
    // a pledge takes at least four bytes: backer, amount, second and flags
    int size = in.varint(0, in.remaining() / 4, "pledge count");
    int totalAt = in.position();
    long total = in.varlong(0, Long.MAX_VALUE, "pledge total");
    int ordersAt = in.position();
    int orders = in.varint(0, Integer.MAX_VALUE, "order count");
    PledgeTrie.Ordered trie = new PledgeTrie.Ordered(size);
    int maxTier = Math.min(tiers - 1, MAX_TIER_INDEX);
    long key = 0;
    long second = 0;
    for (int i = 0; i < size; i++) {
      int start = in.position();
      key += in.signed();
      if (key < 0) {
        throw SnapshotInput.invalidAt(start, "pledge " + i + " has a negative backer number " + key);
      }
      long amount = in.varlong(1, Long.MAX_VALUE, "pledge amount");
      int secondAt = in.position();
      second += in.signed();
      if (second < Instant.MIN.getEpochSecond() || second > Instant.MAX.getEpochSecond()) {
        throw SnapshotInput.invalidAt(secondAt, "pledge of backer " + key + " placed at no instant: second "
            + second);
      }
      int flags = in.u8();
      int nano = fraction(flags & CampaignSnapshot.FRACTION);
      int tier = (flags & CampaignSnapshot.TIER) == 0 ? -1 : in.varint(0, maxTier, "pledge tier index");
      int country = (flags & CampaignSnapshot.COUNTRY) == 0 ? -1
          : countries[in.varint(0, countryCount - 1, "pledge country number")];
      Map<String, Integer> extras = (flags & CampaignSnapshot.ADD_ONS) == 0 ? null : addOnQuantities(addOnIds);
      PledgeTrie.Entry entry = new PledgeTrie.Entry(key, amount, second, nano, tier, country, extras,
          PAYMENT_STATES[flags & CampaignSnapshot.PAYMENT_STATE]);
      try {
        trie.add(entry);
      } catch (IllegalArgumentException e) {
        throw new InvalidSnapshotException("pledges out of order: " + e.getMessage(), start, e);
      }
    }
    PledgeBook book = value(totalAt, "pledge total",
        () -> PledgeBook.restored(trie.build(), definition, tiers, addOns, run));
    if (book.totalMinor() != total) {
      throw SnapshotInput.invalidAt(totalAt, "the pledges add up to " + book.totalMinor() + " minor units, not the "
          + total + " stored");
    }
    if (book.orders() != orders) {
      throw SnapshotInput.invalidAt(ordersAt, "the pledges hold " + book.orders() + " orders, not the " + orders
          + " stored");
    }
    return book;
  }

  /** The nanosecond of a pledge's instant, following in the unit {@code fraction} names. */
  private int fraction(int fraction) {
    return switch (fraction) {
      case CampaignSnapshot.MILLIS -> in.varint(0, 999, "pledge millisecond") * 1_000_000;
      case CampaignSnapshot.MICROS -> in.varint(0, 999_999, "pledge microsecond") * 1_000;
      case CampaignSnapshot.NANOS -> in.varint(0, NANOS_PER_SECOND - 1, "pledge nanosecond");
      default -> 0;
    };
  }

  private Map<String, Integer> addOnQuantities(String[] ids) {
    int count = in.count("add-on count of a pledge");
    Map<String, Integer> quantities = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int at = in.position();
      String id = ids[in.varint(0, ids.length - 1, "add-on number")];
      int quantity = in.varint(1, Integer.MAX_VALUE, "add-on quantity");
      if (quantities.put(id, quantity) != null) {
        throw SnapshotInput.invalidAt(at, "add-on '" + id + "' appears twice in one pledge");
      }
    }
    return quantities.isEmpty() ? Map.of() : Collections.unmodifiableMap(quantities);
  }

  private PaymentRun paymentRun() {
    Optional<Instant> chargedAt = in.optional("charge instant", () -> in.instant("charge instant"));
    Optional<Instant> retryUntil = in.optional("retry window end", () -> in.instant("retry window end"));
    Optional<Instant> closedAt = in.optional("retry window close", () -> in.instant("retry window close"));
    Set<BackerId> asked = new HashSet<>();
    backers("backer asked for authentication", backer -> asked.add(BackerId.of(backer)));
    boolean launched = in.bool("fundraiser flag");
    LongMap<Long> tips = keyed("tip", backer -> in.varlong(1, Long.MAX_VALUE, "tip"));
    int tipsAt = in.position();
    long tipsMinor = in.varlong(0, Long.MAX_VALUE, "tips total");
    long failed = in.varlong(0, Long.MAX_VALUE, "failed donation count");
    Fundraising fundraising = value(tipsAt, "tips total", () -> Fundraising.restored(launched, tips, failed));
    if (fundraising.tipsMinor() != tipsMinor) {
      throw SnapshotInput.invalidAt(tipsAt, "the tips add up to " + fundraising.tipsMinor() + " minor units, not the "
          + tipsMinor + " stored");
    }
    return new PaymentRun(chargedAt, retryUntil, closedAt, asked, fundraising);
  }

  /** Backer numbers in ascending order, each passed to {@code each}. */
  private void backers(String what, LongConsumer each) {
    int count = in.count(what + " count");
    long previous = -1;
    for (int i = 0; i < count; i++) {
      long backer = nextBacker(previous, i, what);
      each.accept(backer);
      previous = backer;
    }
  }

  /** The next backer number after {@code previous} (-1 before the first): a positive difference but for the first. */
  private long nextBacker(long previous, int index, String what) {
    int at = in.position();
    long difference = in.varlong(index == 0 ? 0 : 1, Long.MAX_VALUE, what + " number difference");
    long backer = index == 0 ? difference : previous + difference;
    if (backer < 0) {
      throw SnapshotInput.invalidAt(at, what + " number overflows");
    }
    return backer;
  }

  /** A map keyed by backer number, written in ascending key order. */
  private <V> LongMap<V> keyed(String what, LongFunction<V> value) {
    int count = in.count(what + " count");
    LongMap<V> map = LongMap.empty();
    long previous = -1;
    for (int i = 0; i < count; i++) {
      long backer = nextBacker(previous, i, what);
      map = map.put(backer, value.apply(backer));
      previous = backer;
    }
    return map;
  }

  private LatePledges late(CampaignDefinition definition) {
    int start = in.position();
    Instant enabledAt = in.instantOrNull("late pledges enabled");
    Optional<Instant> plannedEnd = in.optional("late pledges planned end", () -> in.instant("late planned end"));
    Optional<Instant> endedAt = in.optional("late pledges end", () -> in.instant("late pledges end"));
    int rewardCount = in.count("late reward count");
    List<LateReward> rewards = new ArrayList<>(rewardCount);
    for (int i = 0; i < rewardCount; i++) {
      int at = in.position();
      RewardTier tier = tier();
      Money latePrice = in.money("late price");
      Optional<Instant> endsAt = in.optional("late reward end", () -> in.instant("late reward end"));
      rewards.add(value(at, "late reward", () -> new LateReward(tier, latePrice, endsAt)));
    }
    int endedCount = in.count("ended late reward count");
    Map<String, Instant> ended = new HashMap<>();
    for (int i = 0; i < endedCount; i++) {
      int at = in.position();
      String id = in.string("ended late reward id");
      if (ended.put(id, in.instant("late reward ended")) != null) {
        throw SnapshotInput.invalidAt(at, "late reward '" + id + "' ended twice");
      }
    }
    long failed = in.varlong(0, Long.MAX_VALUE, "failed late charge count");
    PledgeBook book = book(value(start, "late rewards", () -> LatePledges.lateDefinition(definition, rewards)),
        rewards.size(), 0);
    return LatePledges.restored(enabledAt, plannedEnd, endedAt, rewards, ended, book, failed);
  }

  private PaymentPlans plans() {
    Optional<PaymentPlanShape> shape = in.optional("payment plan shape", this::shape);
    Instant laterCollectedAt = in.instantOrNull("later payment collected");
    LongMap<PaymentPlans.Payments> plans = keyed("payment plan", backer -> {
      int at = in.position();
      int count = in.varint(1, Math.max(1, in.remaining()), "payment count");
      byte[] states = new byte[count];
      byte[] attempts = new byte[count];
      for (int i = 0; i < count; i++) {
        states[i] = (byte) in.u8();
        attempts[i] = (byte) in.u8();
      }
      Instant[] failedAt = null;
      if (in.bool("plan failure dates")) {
        failedAt = new Instant[count];
        for (int i = 0; i < count; i++) {
          failedAt[i] = in.instantOrNull("payment failed");
        }
      }
      int askedCount = in.count("authentication request count");
      List<PaymentPlans.AuthenticationAsked> asked = new ArrayList<>(askedCount);
      for (int i = 0; i < askedCount; i++) {
        int number = in.varint(1, Math.max(count, 1), "authentication request payment number");
        asked.add(new PaymentPlans.AuthenticationAsked(number, in.instant("authentication request")));
      }
      Instant[] failures = failedAt;
      return value(at, "payment plan of backer " + backer,
          () -> PaymentPlans.Payments.restored(states, attempts, failures, asked));
    });
    return PaymentPlans.restored(shape.orElse(null), plans, laterCollectedAt);
  }

  private PaymentPlanShape shape() {
    int start = in.position();
    String id = in.string("plan id");
    int min = in.varint(0, Integer.MAX_VALUE, "plan minimum payments");
    int max = in.varint(0, Integer.MAX_VALUE, "plan maximum payments");
    int periodAt = in.position();
    long years = in.signed();
    long months = in.signed();
    long days = in.signed();
    Period interval = value(periodAt, "plan interval", () -> Period.of(Math.toIntExact(years),
        Math.toIntExact(months), Math.toIntExact(days)));
    var firstPaymentAfter = in.duration("first payment delay");
    int minimumCount = in.count("plan minimum count");
    Map<CurrencyUnit, Money> minimums = new HashMap<>();
    for (int i = 0; i < minimumCount; i++) {
      int at = in.position();
      Money minimum = in.money("plan minimum");
      if (minimums.put(minimum.getCurrencyUnit(), minimum) != null) {
        throw SnapshotInput.invalidAt(at, "two plan minimums in " + minimum.getCurrencyUnit());
      }
    }
    int attempts = in.varint(0, Integer.MAX_VALUE, "plan attempts");
    var spacing = in.duration("attempt spacing");
    var firstWindow = in.duration("first window");
    var laterWindow = in.duration("later window");
    boolean editable = in.bool("plan editable");
    boolean keepsPaid = in.bool("plan keeps paid on stop");
    return value(start, "payment plan shape", () -> new PaymentPlanShape(id, min, max, interval, firstPaymentAfter,
        minimums, attempts, spacing, firstWindow, laterWindow, editable, keepsPaid));
  }

  /** The refunds and disputes, every amount in the campaign {@code currency}. */
  private Reversals reversals(CurrencyUnit currency) {
    Reversals[] reversals = {Reversals.NONE};
    keyed("reversal account", backer -> {
      int count = in.varint(1, Math.max(1, in.remaining()), "reversal count");
      for (int i = 0; i < count; i++) {
        int at = in.position();
        Instant instant = in.instant("reversal instant");
        ChargeReversal.Kind kind = in.ordinal(REVERSAL_KINDS, "reversal kind");
        int amountAt = in.position();
        Money amount = in.money("reversal amount");
        if (!amount.getCurrencyUnit().equals(currency)) {
          throw SnapshotInput.invalidAt(amountAt, "reversal of backer " + backer + " is in " + amount.getCurrencyUnit()
              + ", not in the campaign currency " + currency);
        }
        Optional<RefundReason> reason = Optional.empty();
        Optional<RefundKind> part = Optional.empty();
        if (kind == ChargeReversal.Kind.REFUND) {
          reason = Optional.of(in.ordinal(REFUND_REASONS, "refund reason"));
          part = Optional.of(in.ordinal(REFUND_KINDS, "refund part"));
        }
        Optional<RefundReason> why = reason;
        Optional<RefundKind> what = part;
        reversals[0] = value(at, "reversal of backer " + backer, () -> reversals[0].with(
            new ChargeReversal(instant, BackerId.of(backer), kind, amount, why, what)));
      }
      return Boolean.TRUE;
    });
    return reversals[0];
  }
}
