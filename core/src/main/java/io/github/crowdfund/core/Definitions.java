package io.github.crowdfund.core;

import java.time.Duration;
import java.util.Objects;
import org.joda.money.Money;

/** Argument checks shared by commands and events. */
final class Definitions {

  private Definitions() {}

  static void requireTitle(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("campaign title must not be blank: '" + title + "'");
    }
  }

  static void requirePositive(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("campaign duration must be positive: " + duration);
    }
  }

  static void requireReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank: '" + reason + "'");
    }
  }

  static void requirePositive(Money amount, String what) {
    Objects.requireNonNull(amount, what);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(what + " must be positive: " + amount);
    }
  }

  /** A donor's tip: not null, not negative, in the donation's currency. */
  static void requireTip(Money tip, Money donation) {
    Objects.requireNonNull(tip, "tip");
    if (tip.isNegative()) {
      throw new IllegalArgumentException("a tip is zero or more: " + tip);
    }
    if (!tip.getCurrencyUnit().equals(donation.getCurrencyUnit())) {
      throw new IllegalArgumentException("the tip " + tip + " is not in the donation's currency "
          + donation.getCurrencyUnit());
    }
  }
}
