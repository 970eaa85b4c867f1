package io.github.crowdfund.core;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a command: the events it causes ({@link Accepted}) or the rules it breaks ({@link Rejection}).
 *
 * <p>This class is immutable and thread-safe.
 */
public sealed interface Decision permits Decision.Accepted, Rejection {

  /**
   * Returns the events the command causes, in order.
   *
   * @return the events; empty for a rejection
   */
  List<CampaignEvent> events();

  /**
   * Returns the rules the command broke.
   *
   * @return the violations; empty when accepted
   */
  List<RuleViolation> violations();

  /**
   * Whether the command was accepted.
   *
   * @return true for {@link Accepted}
   */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /**
   * Returns the events of an accepted command, or throws for a rejected one: a refusal can never pass as an
   * acceptance with no events.
   *
   * @return the events, in order; never empty
   * @throws CommandRejectedException if the command was rejected, carrying the {@link Rejection}
   */
  List<CampaignEvent> orElseThrow();

  /**
   * Returns the rejection, if the command was rejected.
   *
   * @return the rejection, or empty when accepted
   */
  default java.util.Optional<Rejection> rejection() {
    return this instanceof Rejection r ? java.util.Optional.of(r) : java.util.Optional.empty();
  }

  /**
   * An accepted command and the events it causes.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param events the events, in order
   */
  record Accepted(List<CampaignEvent> events) implements Decision {

    /**
     * Copies the events.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public Accepted {
      events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    @Override
    public List<CampaignEvent> orElseThrow() {
      return events;
    }

    /**
     * Returns no violations.
     *
     * @return an empty list
     */
    @Override
    public List<RuleViolation> violations() {
      return List.of();
    }
  }
}
