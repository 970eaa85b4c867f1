package io.github.crowdfund.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an event applied to a campaign (by {@link Campaign#replay}, {@link Campaign#evolve(CampaignEvent)} or
 * {@link Campaign#evolve(java.util.List)}) could not have been decided on it: an amount in another currency, a
 * backer without a pledge, an instant before the campaign's last event, a step out of the lifecycle (a pledge before
 * the launch), or a total beyond what a campaign can hold. The campaign is left unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidEventException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The campaign's id text, or null before a Created event. */
  private final String campaignId;
  private final long position;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param campaignId the campaign's id, empty when the campaign was not created yet
   * @param position the event's position in the campaign's log, 0 for the Created event
   * @param problem what is wrong with the event, naming the values involved
   * @throws NullPointerException if an argument is null
   */
  public InvalidEventException(Optional<CampaignId> campaignId, long position, String problem) {
    super("invalid event at position " + position + " of campaign "
        + campaignId.map(CampaignId::toString).orElse("(not created)") + ": " + Objects.requireNonNull(problem,
        "problem"));
    this.campaignId = campaignId.map(CampaignId::value).orElse(null);
    this.position = position;
    this.problem = problem;
  }

  /**
   * Returns the campaign the event was applied to.
   *
   * @return its id, or empty when the campaign was not created yet
   */
  public Optional<CampaignId> campaignId() {
    return Optional.ofNullable(campaignId).map(CampaignId::of);
  }

  /**
   * Returns the event's position in the campaign's log: 0 for the Created event, counting every event applied.
   *
   * @return the position, zero or positive
   */
  public long position() {
    return position;
  }

  /**
   * Returns what is wrong with the event.
   *
   * @return the problem, a sentence naming the values involved
   */
  public String problem() {
    return problem;
  }
}
