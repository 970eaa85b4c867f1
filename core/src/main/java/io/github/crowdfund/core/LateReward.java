package io.github.crowdfund.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A reward offered in a campaign's late-pledge phase: a campaign reward tier that stays available (same id as one of
 * the campaign's tiers) or a new one offered only after the deadline (an id the campaign's tiers do not have), with its
 * own late price and an optional planned end.
 *
 * <p>The tier's {@link RewardTier#limit() limit} counts the campaign's and the late backers together; its
 * {@link RewardTier#price() price} is the campaign price, {@link #latePrice()} what a late backer pays at least.
 * Once ended (by {@link CampaignCommand.EndLatePledges} or at {@link #endsAt()}) a late reward cannot be offered
 * again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tier the reward
 * @param latePrice the minimum late pledge for it, in the campaign currency, zero or positive
 * @param endsAt when late pledges for this reward end (exclusive), if planned
 */
public record LateReward(RewardTier tier, Money latePrice, Optional<Instant> endsAt) {

  /**
   * Validates the reward.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the late price is negative or in another currency than the tier's price,
   *     quoting it
   */
  public LateReward {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(latePrice, "latePrice");
    Objects.requireNonNull(endsAt, "endsAt");
    if (latePrice.isNegative()) {
      throw new IllegalArgumentException("late price must not be negative: " + latePrice);
    }
    if (!latePrice.getCurrencyUnit().equals(tier.price().getCurrencyUnit())) {
      throw new IllegalArgumentException("late price " + latePrice + " is not in the currency of the reward's price "
          + tier.price());
    }
  }

  /**
   * A late reward without a planned end.
   *
   * @param tier the reward
   * @param latePrice the late price
   * @return the late reward
   */
  public static LateReward of(RewardTier tier, Money latePrice) {
    return new LateReward(tier, latePrice, Optional.empty());
  }

  /**
   * Returns the reward's id.
   *
   * @return the tier id
   */
  public String id() {
    return tier.id();
  }

  /**
   * Returns this reward with a planned end.
   *
   * @param end when late pledges for it end (exclusive)
   * @return the changed reward
   */
  public LateReward endingAt(Instant end) {
    return new LateReward(tier, latePrice, Optional.of(Objects.requireNonNull(end, "end")));
  }
}
