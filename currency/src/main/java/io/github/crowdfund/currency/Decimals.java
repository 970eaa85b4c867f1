package io.github.crowdfund.currency;

import java.math.BigDecimal;

/** The canonical form of exact decimals held by value types, so that equal values are {@code equals}. */
final class Decimals {

  private Decimals() {}

  /**
   * Returns the value with the smallest non-negative scale that represents it exactly: {@code 1.10} becomes
   * {@code 1.1}, {@code 150.0} becomes {@code 150} (not {@code 1.5E+2}), {@code 0.00} becomes {@code 0}.
   */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
