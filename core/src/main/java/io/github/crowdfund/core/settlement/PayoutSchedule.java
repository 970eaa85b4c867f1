package io.github.crowdfund.core.settlement;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a platform pays a creator: the campaign payout a delay after the deadline (in days, or in business days,
 * Monday to Friday in UTC), and for late pledges a first payout covering the late pledges of the first
 * {@code firstLateCoverage}, paid {@code lateLag} after that window closes, then one payout every
 * {@code lateInterval} covering the window before it; for pledges paid over time one installments payout
 * {@code installmentDelay} after the last of the plans' later payments (numbered 2 and later) was collected. Days count
 * from the deadline's time of day.
 *
 * <p>Kickstarter's ({@link #kickstarter()}, confirmed): campaign payout on day 14, first late-pledge payout on day 17
 * for the late pledges of days 1–14, then every 7 days (day 24 covers days 15–21). For Pledge Over Time the creator
 * gets "a final payout when the rest is collected"; the reference gives no delay, so {@code installmentDelay} is
 * zero in every preset: unconfirmed, a parameter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param campaignDelay days (or business days) from the deadline to the campaign payout, zero or more
 * @param businessDays whether {@code campaignDelay} counts business days
 * @param firstLateCoverage how long after the deadline the first late-pledge payout covers, positive
 * @param lateInterval the length of every later late-pledge window, and the time between late payouts, positive
 * @param lateLag from the end of a late window to its payout, zero or positive
 * @param installmentDelay from the collection of the last later plan payment to the installments payout, zero or
 *     positive
 */
public record PayoutSchedule(int campaignDelay, boolean businessDays, Duration firstLateCoverage,
    Duration lateInterval, Duration lateLag, Duration installmentDelay) {

  /**
   * Validates the schedule.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range, quoting it
   */
  public PayoutSchedule {
    Objects.requireNonNull(firstLateCoverage, "firstLateCoverage");
    Objects.requireNonNull(lateInterval, "lateInterval");
    Objects.requireNonNull(lateLag, "lateLag");
    Objects.requireNonNull(installmentDelay, "installmentDelay");
    if (campaignDelay < 0 || firstLateCoverage.isNegative() || firstLateCoverage.isZero() || lateInterval.isNegative()
        || lateInterval.isZero() || lateLag.isNegative() || installmentDelay.isNegative()) {
      throw new IllegalArgumentException("not a payout schedule: campaign delay " + campaignDelay
          + ", first late coverage " + firstLateCoverage + ", late interval " + lateInterval + ", late lag "
          + lateLag + ", installment delay " + installmentDelay);
    }
  }

  /**
   * A schedule whose installments payout is paid as soon as the last later plan payment is collected (an
   * {@code installmentDelay} of zero).
   *
   * @param campaignDelay days (or business days) from the deadline to the campaign payout, zero or more
   * @param businessDays whether {@code campaignDelay} counts business days
   * @param firstLateCoverage how long after the deadline the first late-pledge payout covers, positive
   * @param lateInterval the length of every later late-pledge window, and the time between late payouts, positive
   * @param lateLag from the end of a late window to its payout, zero or positive
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range, quoting it
   */
  public PayoutSchedule(int campaignDelay, boolean businessDays, Duration firstLateCoverage, Duration lateInterval,
      Duration lateLag) {
    this(campaignDelay, businessDays, firstLateCoverage, lateInterval, lateLag, Duration.ZERO);
  }

  /**
   * Returns this schedule with another delay from the collection of the last later plan payment to the installments
   * payout.
   *
   * @param delay the delay, zero or positive
   * @return the new schedule
   * @throws IllegalArgumentException if the delay is negative, quoting it
   */
  public PayoutSchedule withInstallmentDelay(Duration delay) {
    return new PayoutSchedule(campaignDelay, businessDays, firstLateCoverage, lateInterval, lateLag, delay);
  }

  /**
   * Returns when the installments payout is due.
   *
   * @param lastCollected when the last plan payment numbered 2 or later was collected
   * @return the payout instant
   */
  public Instant installmentPayout(Instant lastCollected) {
    return Objects.requireNonNull(lastCollected, "lastCollected").plus(installmentDelay);
  }

  /**
   * Kickstarter: campaign payout 14 days after the deadline, first late payout on day 17 (late pledges of days
   * 1–14), then every 7 days. Confirmed (features.kickstarter.com/late-pledges). The installments payout on the day
   * the last later plan payment is collected (no delay: unconfirmed, change it with {@link #withInstallmentDelay}).
   *
   * @return the schedule
   */
  public static PayoutSchedule kickstarter() {
    return new PayoutSchedule(14, false, Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3));
  }

  /**
   * Ulule: within 12 business days after the deadline (medium confidence, a parameter: pass your own schedule);
   * late pledges and installments as Kickstarter's.
   *
   * @return the schedule
   */
  public static PayoutSchedule ulule() {
    return new PayoutSchedule(12, true, Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3));
  }

  /**
   * Indiegogo: within 15 business days after the deadline (medium confidence, a parameter: pass your own
   * schedule); late pledges as Kickstarter's.
   *
   * @return the schedule
   */
  public static PayoutSchedule indiegogo() {
    return new PayoutSchedule(15, true, Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3));
  }

  /**
   * Returns when the campaign payout is due.
   *
   * @param deadline the campaign's deadline
   * @return the payout instant, at the deadline's time of day
   */
  public Instant campaignPayout(Instant deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (!businessDays) {
      return deadline.plus(Duration.ofDays(campaignDelay));
    }
    ZonedDateTime day = deadline.atZone(ZoneOffset.UTC);
    int left = campaignDelay;
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day.toInstant();
  }

  /**
   * Returns the start of the {@code n}th late-pledge window (from 1).
   *
   * @param deadline the campaign's deadline
   * @param n the window's number
   * @return its start (inclusive)
   */
  public Instant lateWindowStart(Instant deadline, int n) {
    return n == 1 ? deadline : lateWindowEnd(deadline, n - 1);
  }

  /**
   * Returns the end of the {@code n}th late-pledge window (from 1).
   *
   * @param deadline the campaign's deadline
   * @param n the window's number
   * @return its end (exclusive)
   */
  public Instant lateWindowEnd(Instant deadline, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("late windows are numbered from 1, not " + n);
    }
    return deadline.plus(firstLateCoverage).plus(lateInterval.multipliedBy(n - 1L));
  }

  /**
   * Returns when the {@code n}th late-pledge payout is due.
   *
   * @param deadline the campaign's deadline
   * @param n the payout's number, from 1
   * @return the payout instant
   */
  public Instant latePayout(Instant deadline, int n) {
    return lateWindowEnd(deadline, n).plus(lateLag);
  }
}
