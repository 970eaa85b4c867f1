package io.github.crowdfund.core;

import java.util.List;
import java.util.Objects;

/**
 * A refused command: every rule it broke. A rejected command changes nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param violations the rules broken, at least one
 */
public record Rejection(List<RuleViolation> violations) implements Decision {

  /**
   * Validates and copies the violations.
   *
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty
   */
  public Rejection {
    violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a rejection names at least one violation: " + violations);
    }
  }

  /**
   * Returns no events: a rejection changes nothing.
   *
   * @return an empty list
   */
  @Override
  public List<CampaignEvent> events() {
    return List.of();
  }

  /**
   * Throws: a rejected command has no events.
   *
   * @return never
   * @throws CommandRejectedException always, carrying this rejection
   */
  @Override
  public List<CampaignEvent> orElseThrow() {
    throw new CommandRejectedException(this);
  }

  /**
   * Whether a violation has the given code.
   *
   * @param code the code to look for
   * @return true if any violation has it
   */
  public boolean has(RuleViolation.Code code) {
    return violations.stream().anyMatch(v -> v.code() == code);
  }
}
