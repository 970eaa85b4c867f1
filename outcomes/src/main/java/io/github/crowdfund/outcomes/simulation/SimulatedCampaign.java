package io.github.crowdfund.outcomes.simulation;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated campaign: the campaign value at the end (or where the simulation stopped) and what happened.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param campaign the campaign value from the real decider; never null
 * @param appeal the campaign's hidden appeal; positive
 * @param arrivals backers who arrived (each placed or tried to place one pledge)
 * @param rejectedPledges pledges the decider rejected (for example a sold-out tier; the backer then tries a cheaper
 *     tier or no reward)
 * @param rejectedCancellations cancellations the decider rejected (the final-window rule)
 * @param timeToGoal from launch to the pledge that reached the goal; empty if the goal was not reached during the
 *     simulation
 */
public record SimulatedCampaign(Campaign campaign, double appeal, int arrivals, int rejectedPledges,
    int rejectedCancellations, Optional<Duration> timeToGoal) {

  /** Checks that no part is null. */
  public SimulatedCampaign {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(timeToGoal, "timeToGoal");
  }

  /**
   * Returns the campaign's status: SUCCESSFUL or FAILED after a full run, LIVE when stopped early.
   *
   * @return the status; never null
   */
  public CampaignStatus status() {
    return campaign.status();
  }

  /**
   * Tells whether the campaign ended successful.
   *
   * @return true when the status is SUCCESSFUL
   */
  public boolean succeeded() {
    return campaign.status() == CampaignStatus.SUCCESSFUL;
  }
}
