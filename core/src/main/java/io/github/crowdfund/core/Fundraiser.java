package io.github.crowdfund.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A campaign seen as a fundraiser without a deadline (GoFundMe): donations charged at once, kept whatever is raised,
 * and the tips donors chose to give the platform, kept apart. Reached with {@link Campaign#fundraiser()}.
 *
 * <p>A tip is never the organiser's: it is not part of {@link #raised()}, of the fee base or of the payout; a
 * {@link io.github.crowdfund.core.settlement.Settlement} shows it on the donor's statement and in its own figure.
 *
 * <p>All amounts are in the campaign currency. This class is immutable and thread-safe: a view of one campaign value.
 */
public final class Fundraiser {

  private final Campaign campaign;
  private final Fundraising state;

  Fundraiser(Campaign campaign, Fundraising state) {
    this.campaign = campaign;
    this.state = state;
  }

  /**
   * Returns the total of the collected donations (tips excluded). O(1).
   *
   * @return the total raised
   */
  public Money raised() {
    return campaign.totalPledged();
  }

  /**
   * Returns how many donors gave a collected donation. O(1).
   *
   * @return the count
   */
  public int donorCount() {
    return campaign.backerCount();
  }

  /**
   * Returns the tip a donor gave the platform with their collected donation. O(log n).
   *
   * @param donor the donor; not null
   * @return the tip, zero when the donor gave none or has no donation
   */
  public Money tipOf(BackerId donor) {
    Objects.requireNonNull(donor, "donor");
    return Money.ofMinor(campaign.currency(), state.tipMinor(donor.value()));
  }

  /**
   * Returns the total of the tips, which go to the platform. O(1).
   *
   * @return the tips
   */
  public Money tips() {
    return Money.ofMinor(campaign.currency(), state.tipsMinor());
  }

  /**
   * Returns the tips above zero by donor, for donors who still have their donation (a suspension voids them). O(n).
   *
   * @return a new map, in no particular order
   */
  public Map<BackerId, Money> tipsByDonor() {
    Map<BackerId, Money> all = new LinkedHashMap<>();
    state.tips().forEach((donor, tip) -> {
      BackerId id = BackerId.of(donor);
      if (campaign.pledgeOf(id).isPresent()) {
        all.put(id, Money.ofMinor(campaign.currency(), tip));
      }
    });
    return all;
  }

  /**
   * Returns how many donation charges failed (each counts nowhere). O(1).
   *
   * @return the count
   */
  public long failedDonations() {
    return state.failedDonations();
  }

  /**
   * Returns the outcome a settlement of the donations so far records, since a fundraiser has no deadline to decide
   * one: {@link FundingOutcome#SUCCESSFUL} at or above the goal, {@link FundingOutcome#KEPT_BELOW_GOAL} below it,
   * {@link FundingOutcome#FAILED} while nothing was raised.
   *
   * @return the outcome as of now
   */
  public FundingOutcome outcomeSoFar() {
    if (campaign.goalReached()) {
      return FundingOutcome.SUCCESSFUL;
    }
    return campaign.backerCount() > 0 ? FundingOutcome.KEPT_BELOW_GOAL : FundingOutcome.FAILED;
  }

  @Override
  public String toString() {
    return "Fundraiser[" + campaign.id() + ", raised " + raised() + " from " + donorCount() + " donors, tips "
        + tips() + "]";
  }
}
