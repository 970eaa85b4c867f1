package io.github.crowdfund.core;

import java.util.Objects;

/**
 * Identifies the creator of a campaign (a person or an entity): a non-blank string chosen by the application.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier, not blank
 */
public record CreatorId(String value) {

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, quoting it
   */
  public CreatorId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("creator id must not be blank: '" + value + "'");
    }
  }

  /**
   * Returns the creator id with the given value.
   *
   * @param value the identifier, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static CreatorId of(String value) {
    return new CreatorId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
