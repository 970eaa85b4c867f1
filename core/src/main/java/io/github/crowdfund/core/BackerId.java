package io.github.crowdfund.core;

/**
 * Identifies a backer by a non-negative number, as platforms do (a user account id).
 *
 * <p>A number, not a string, so that a campaign can hold a million pledges in tens of bytes each. Applications
 * whose ids are strings map them to numbers (for example by interning them in a table of their own).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the account number, at least 0
 */
public record BackerId(long value) {

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if {@code value} is negative, quoting it
   */
  public BackerId {
    if (value < 0) {
      throw new IllegalArgumentException("backer id must be at least 0: " + value);
    }
  }

  /**
   * Returns the backer id with the given number.
   *
   * @param value the account number, at least 0
   * @return the id
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static BackerId of(long value) {
    return new BackerId(value);
  }

  @Override
  public String toString() {
    return "backer " + value;
  }
}
