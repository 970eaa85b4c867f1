package io.github.crowdfund.core.fees;

import java.util.Objects;

/**
 * Thrown when a settlement needs a fee that its {@link FeeSchedule} marks as unknown. The library never assumes an
 * unknown fee is zero: the application must supply the figure (for example Kickstarter's processing fee for JPY
 * pledges, which the platform does not publish).
 */
public final class UnknownFeeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is missing, as given to the fee part that raised this exception. */
  private final String missing;

  /**
   * Creates the exception.
   *
   * @param missing what fee is unknown, for example "Kickstarter processing fee for JPY pledges"; not null
   */
  public UnknownFeeException(String missing) {
    super("fee unknown: " + Objects.requireNonNull(missing, "missing")
        + "; the fee schedule does not know it, supply it rather than assume zero");
    this.missing = missing;
  }

  /**
   * Returns what fee is unknown.
   *
   * @return the description given when the fee part was declared unknown; never null
   */
  public String missing() {
    return missing;
  }
}
