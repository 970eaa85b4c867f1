package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Shared set-up of the scale benchmarks: a live campaign's history with n pledges, and its mutable baseline. */
final class CampaignScale {

  static final Instant LAUNCH = Instant.parse("2026-04-01T16:00:00Z");
  static final Instant DEADLINE = LAUNCH.plus(Duration.ofDays(60));

  private CampaignScale() {}

  /** Created, Submitted, Launched, then one pledge from each of backers 0 .. n-1 (1 to 100 USD). */
  static List<CampaignEvent> history(int n) {
    return history(n, false);
  }

  /**
   * Created, Submitted, Launched, then one pledge from each of n backers (1 to 100 USD): backers 0 .. n-1 in order,
   * or, when {@code randomIds}, n distinct pseudo-random 31-bit account numbers (as real backers arrive).
   */
  static List<CampaignEvent> history(int n, boolean randomIds) {
    List<CampaignEvent> events = new ArrayList<>(n + 3);
    events.add(new CampaignEvent.Created(LAUNCH.minus(Duration.ofDays(7)), CampaignDefinition.builder().id("scale")
        .creator("bench").title("Scale").goal(Goal.allOrNothing(Money.ofMajor(CurrencyUnit.USD, 1_000_000)))
        .duration(Duration.ofDays(60)).build()));
    events.add(new CampaignEvent.Submitted(LAUNCH.minus(Duration.ofDays(1))));
    events.add(new CampaignEvent.Launched(LAUNCH, DEADLINE));
    for (int i = 0; i < n; i++) {
      long backer = randomIds ? randomId(i) : i;
      // one millisecond apart, in order: replay refuses events dated before the last one
      events.add(new CampaignEvent.PledgePlaced(Pledge.of(BackerId.of(backer),
          Money.ofMajor(CurrencyUnit.USD, 1 + i % 100), LAUNCH.plusMillis(i))));
    }
    return events;
  }

  /**
   * A pledge dated from one day after the launch (after every pledge of a {@link #history} of up to 86 million
   * events, so the decider does not refuse it as out of order) to before the deadline.
   */
  static Pledge pledge(long backer, long dollars, long secondsAfterLaunch) {
    return Pledge.of(BackerId.of(backer), Money.ofMajor(CurrencyUnit.USD, dollars),
        LAUNCH.plus(Duration.ofDays(1)).plusSeconds(secondsAfterLaunch % 86_400 * 50));
  }

  /** The same pledges in a mutable map with a running total: the baseline. */
  static final class MutableCampaign {
    final Map<Long, Pledge> pledges;
    long totalMinor;

    MutableCampaign(int expected) {
      pledges = new HashMap<>(expected * 4 / 3 + 1);
    }

    /** Replaces the backer's pledge and adjusts the total; returns the previous amount in minor units. */
    long place(Pledge pledge) {
      Pledge previous = pledges.put(pledge.backer().value(), pledge);
      long before = previous == null ? 0 : previous.amount().getAmountMinorLong();
      totalMinor += pledge.amount().getAmountMinorLong() - before;
      return before;
    }

    void cancel(long backer) {
      Pledge previous = pledges.remove(backer);
      if (previous != null) {
        totalMinor -= previous.amount().getAmountMinorLong();
      }
    }

    static MutableCampaign replay(List<CampaignEvent> events) {
      MutableCampaign campaign = new MutableCampaign(events.size());
      for (CampaignEvent event : events) {
        if (event instanceof CampaignEvent.PledgePlaced placed) {
          campaign.place(placed.pledge());
        }
      }
      return campaign;
    }
  }

  /** A 31-bit number unique for each {@code i} below 2^31: a fixed odd multiple, so a bijection mod 2^31. */
  static long randomId(long i) {
    return (i * 0x5DEECE66DL + 0x2545F491L) & 0x7FFF_FFFFL;
  }

  /** 4096 backer numbers spread over 0 .. n-1 in a fixed pseudo-random order. */
  static long[] existingBackers(int n) {
    long[] keys = new long[4096];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < keys.length; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      keys[i] = Math.floorMod(x, n);
    }
    return keys;
  }

  /** The live campaign with n pledges from backers 0 .. n-1, or from n random account numbers. */
  static Campaign live(int n, boolean randomIds) {
    return Campaign.replay(history(n, randomIds));
  }
}
