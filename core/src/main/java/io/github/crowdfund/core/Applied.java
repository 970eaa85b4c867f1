package io.github.crowdfund.core;

import java.util.List;
import java.util.Objects;

/**
 * A command applied to a campaign by {@link Campaign#apply(CampaignCommand, CampaignRules)}: the campaign after it
 * (the same campaign when rejected) and the decision, whose events an application appends to its log.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param campaign the campaign after the command's events; unchanged when the command was rejected
 * @param decision the events caused, or the rejection
 */
public record Applied(Campaign campaign, Decision decision) {

  /**
   * Validates the arguments, which must not be null.
   */
  public Applied {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * Whether the command was accepted.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return decision.isAccepted();
  }

  /**
   * Returns the events the command caused.
   *
   * @return the events; empty when rejected
   */
  public List<CampaignEvent> events() {
    return decision.events();
  }

  /**
   * Returns the campaign after an accepted command, or throws for a rejected one.
   *
   * @return the new campaign
   * @throws CommandRejectedException if the command was rejected, listing every rule it broke
   */
  public Campaign orElseThrow() {
    decision.orElseThrow();
    return campaign;
  }
}
