package io.github.crowdfund.core;

import java.util.Objects;

/**
 * Identifies a campaign: a non-blank string chosen by the application (a platform's project id or slug).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier, not blank
 */
public record CampaignId(String value) {

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, quoting it
   */
  public CampaignId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("campaign id must not be blank: '" + value + "'");
    }
  }

  /**
   * Returns the campaign id with the given value.
   *
   * @param value the identifier, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static CampaignId of(String value) {
    return new CampaignId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
