package io.github.crowdfund.core;

import io.github.crowdfund.core.Goal.MoneyGoal;
import io.github.crowdfund.core.Goal.PreOrderGoal;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.ChargeReversal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.joda.money.CurrencyUnit;

/**
 * Writes the sections of a {@link CampaignSnapshot} in the order and encodings its class comment documents; the
 * mirror of {@code SnapshotReader}. Maps keyed by backer number are written in ascending key order, so equal
 * campaigns give equal bytes.
 *
 * <p>Not thread-safe: one writer per snapshot.
 */
final class SnapshotWriter {

  private final SnapshotOutput out;

  SnapshotWriter(SnapshotOutput out) {
    this.out = out;
  }

  /** Every section of a created campaign, from the log position to the reversals. */
  void campaign(Campaign campaign) {
    LogPosition position = campaign.position();
    out.varlong(position.eventCount());
    out.instantOrNull(position.lastEventAt());
    CampaignDefinition definition = campaign.definition();
    definition(definition);
    lifecycle(campaign.lifecycle());
    book(campaign.book());
    late(campaign.late());
    plans(campaign.plans());
    reversals(campaign.reversals());
  }

  private void definition(CampaignDefinition d) {
    out.string(d.id().value());
    out.string(d.creator().value());
    out.string(d.title());
    if (d.goal() instanceof MoneyGoal money) {
      out.u8(0);
      out.money(money.target());
      out.ordinal(money.model());
    } else {
      PreOrderGoal preOrders = (PreOrderGoal) d.goal();
      out.u8(1);
      out.varlong(preOrders.orders());
      out.money(preOrders.price());
    }
    out.duration(d.duration());
    out.varlong(d.stretchGoals().size());
    for (StretchGoal stretch : d.stretchGoals()) {
      out.money(stretch.threshold());
      out.string(stretch.description());
    }
    out.varlong(d.tiers().size());
    d.tiers().forEach(this::tier);
    out.varlong(d.addOns().size());
    for (AddOn addOn : d.addOns()) {
      out.string(addOn.id());
      out.string(addOn.title());
      out.money(addOn.price());
      out.optional(addOn.limit(), limit -> out.varlong(limit));
      out.varlong(addOn.perBackerMaximum());
    }
  }

  private void tier(RewardTier tier) {
    out.string(tier.id());
    out.string(tier.title());
    out.money(tier.price());
    out.optional(tier.limit(), limit -> out.varlong(limit));
    out.optional(tier.availableFrom(), out::instant);
    out.optional(tier.availableUntil(), out::instant);
    out.varlong(tier.shipsTo().size());
    tier.shipsTo().stream().sorted().forEach(country -> out.string(country.code()));
    out.signed(tier.estimatedDelivery().getYear());
    out.varlong(tier.estimatedDelivery().getMonthValue());
  }

  private void lifecycle(Lifecycle lifecycle) {
    out.ordinal(lifecycle.status());
    out.instantOrNull(lifecycle.launchedAt());
    out.instantOrNull(lifecycle.deadline());
    out.bool(lifecycle.outcome() != null);
    if (lifecycle.outcome() != null) {
      out.ordinal(lifecycle.outcome());
    }
  }

  /** A pledge book: its payment run, then its pledges with the checks on them. */
  private void book(PledgeBook book) {
    paymentRun(book.payments());
    // first pass: the countries and add-on ids the pledges use, numbered in the order of their tables
    boolean[] countryUsed = new boolean[Country.count()];
    Map<String, Integer> addOnIds = new TreeMap<>();
    book.forEach(entry -> {
      if (entry.country() >= 0) {
        countryUsed[entry.country()] = true;
      }
      if (entry.addOns() != null) {
        entry.addOns().keySet().forEach(id -> addOnIds.put(id, 0));
      }
    });
    int[] countryNumber = new int[countryUsed.length];
    List<Country> countries = new ArrayList<>();
    for (int i = 0; i < countryUsed.length; i++) {
      if (countryUsed[i]) {
        countryNumber[i] = countries.size();
        countries.add(Country.ofIndex(i));
      }
    }
    out.varlong(countries.size());
    countries.forEach(country -> out.string(country.code()));
    out.varlong(addOnIds.size());
    int[] next = {0};
    addOnIds.replaceAll((id, unused) -> next[0]++);
    addOnIds.keySet().forEach(out::string);
    out.varlong(book.size());
    out.varlong(book.totalMinor());
    out.varlong(book.orders());
    long[] previous = {0, 0};
    book.forEach(entry -> {
      out.signed(entry.key() - previous[0]);
      out.varlong(entry.amountMinor());
      out.signed(entry.epochSecond() - previous[1]);
      previous[0] = entry.key();
      previous[1] = entry.epochSecond();
      boolean addOns = entry.addOns() != null;
      int nano = entry.nano();
      int fraction = nano == 0 ? CampaignSnapshot.NO_FRACTION : nano % 1_000_000 == 0 ? CampaignSnapshot.MILLIS
          : nano % 1_000 == 0 ? CampaignSnapshot.MICROS : CampaignSnapshot.NANOS;
      out.u8(entry.payment().ordinal() | fraction | (entry.tier() >= 0 ? CampaignSnapshot.TIER : 0)
          | (entry.country() >= 0 ? CampaignSnapshot.COUNTRY : 0) | (addOns ? CampaignSnapshot.ADD_ONS : 0));
      if (fraction != CampaignSnapshot.NO_FRACTION) {
        out.varlong(fraction == CampaignSnapshot.MILLIS ? nano / 1_000_000
            : fraction == CampaignSnapshot.MICROS ? nano / 1_000 : nano);
      }
      if (entry.tier() >= 0) {
        out.varlong(entry.tier());
      }
      if (entry.country() >= 0) {
        out.varlong(countryNumber[entry.country()]);
      }
      if (addOns) {
        out.varlong(entry.addOns().size());
        entry.addOns().forEach((id, quantity) -> {
          out.varlong(addOnIds.get(id));
          out.varlong(quantity);
        });
      }
    });
  }

  private void paymentRun(PaymentRun run) {
    out.optional(run.chargedAt(), out::instant);
    out.optional(run.retryUntil(), out::instant);
    out.optional(run.closedAt(), out::instant);
    long[] asked = run.authenticationAsked().stream().mapToLong(BackerId::value).sorted().toArray();
    backers(asked);
    Fundraising fundraising = run.fundraising();
    out.bool(fundraising.launched());
    keyed(fundraising.tips(), (tip, unused) -> out.varlong(tip));
    out.varlong(fundraising.tipsMinor());
    out.varlong(fundraising.failedDonations());
  }

  /** Backer numbers in ascending order: a count, then each as the difference from the one before (from 0). */
  private void backers(long[] ascending) {
    out.varlong(ascending.length);
    long previous = 0;
    for (long backer : ascending) {
      out.varlong(backer - previous);
      previous = backer;
    }
  }

  /** A map keyed by backer number, in ascending key order: a count, then per key its difference and its value. */
  private <V> void keyed(LongMap<V> map, BiConsumer<V, Long> value) {
    long[] keys = new long[map.size()];
    int[] i = {0};
    map.forEach((key, unused) -> keys[i[0]++] = key);
    Arrays.sort(keys);
    out.varlong(keys.length);
    long previous = 0;
    for (long key : keys) {
      out.varlong(key - previous);
      value.accept(map.get(key), key);
      previous = key;
    }
  }

  private void late(LatePledges late) {
    out.optional(late.enabledAt(), out::instant);
    out.optional(late.plannedEnd(), out::instant);
    out.optional(late.endedAt(), out::instant);
    out.varlong(late.rewards().size());
    for (LateReward reward : late.rewards()) {
      tier(reward.tier());
      out.money(reward.latePrice());
      out.optional(reward.endsAt(), out::instant);
    }
    Map<String, Instant> ended = new TreeMap<>(late.rewardsEnded());
    out.varlong(ended.size());
    ended.forEach((id, at) -> {
      out.string(id);
      out.instant(at);
    });
    out.varlong(late.failedCharges());
    book(late.book());
  }

  private void plans(PaymentPlans plans) {
    out.optional(plans.shape(), this::shape);
    out.optional(plans.laterCollectedAt(), out::instant);
    keyed(plans.byBacker(), (payments, unused) -> {
      int count = payments.count();
      out.varlong(count);
      for (int i = 0; i < count; i++) {
        out.u8(payments.state(i).ordinal());
        out.u8(payments.attempts(i));
      }
      out.bool(payments.keepsFailures());
      if (payments.keepsFailures()) {
        for (int i = 0; i < count; i++) {
          out.instantOrNull(payments.failedAt(i));
        }
      }
      out.varlong(payments.asked().size());
      for (PaymentPlans.AuthenticationAsked asked : payments.asked()) {
        out.varlong(asked.number());
        out.instant(asked.at());
      }
    });
  }

  private void shape(PaymentPlanShape shape) {
    out.string(shape.id());
    out.varlong(shape.minPayments());
    out.varlong(shape.maxPayments());
    out.signed(shape.interval().getYears());
    out.signed(shape.interval().getMonths());
    out.signed(shape.interval().getDays());
    out.duration(shape.firstPaymentAfter());
    List<CurrencyUnit> currencies = new ArrayList<>(shape.minimums().keySet());
    currencies.sort(Comparator.comparing(CurrencyUnit::getCode));
    out.varlong(currencies.size());
    currencies.forEach(currency -> out.money(shape.minimums().get(currency)));
    out.varlong(shape.attempts());
    out.duration(shape.attemptSpacing());
    out.duration(shape.firstWindow());
    out.duration(shape.laterWindow());
    out.bool(shape.editable());
    out.bool(shape.keepsPaidOnStop());
  }

  private void reversals(Reversals reversals) {
    keyed(reversals.byBacker(), (account, backer) -> {
      out.varlong(account.entries().size());
      for (ChargeReversal reversal : account.entries()) {
        out.instant(reversal.at());
        out.ordinal(reversal.kind());
        out.money(reversal.amount());
        if (reversal.kind() == ChargeReversal.Kind.REFUND) {
          out.ordinal(reversal.reason().orElseThrow());
          out.ordinal(reversal.part().orElseThrow());
        }
      }
    });
  }
}
