package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.fees.MoneyChecks;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * What one backer was charged at settlement and why: one line per pledge, backer fee and refund.
 *
 * <p>This class is immutable and thread-safe if {@code B} is.
 *
 * @param <B> how backers are identified
 * @param backer the backer; not null
 * @param lines the lines in the order the pledges were given; not null, not empty, all in one currency
 */
public record BackerStatement<B>(B backer, List<StatementLine> lines) {
  /**
   * Validates the statement and copies the lines.
   *
   * @throws IllegalArgumentException if {@code lines} is empty
   * @throws org.joda.money.CurrencyMismatchException if the lines are in different currencies
   */
  public BackerStatement {
    Objects.requireNonNull(backer, "backer");
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a statement needs at least one line, got none for " + backer);
    }
    for (StatementLine line : lines) {
      MoneyChecks.checkSameCurrency(lines.get(0).amount(), line.amount());
    }
  }

  /**
   * Returns the sum of the lines of one kind.
   *
   * @param kind the kind of line; not null
   * @return the sum, zero if there is no such line; never null
   */
  public Money total(StatementLine.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    Money sum = Money.zero(lines.get(0).amount().getCurrencyUnit());
    for (StatementLine line : lines) {
      if (line.kind() == kind) {
        sum = sum.plus(line.amount());
      }
    }
    return sum;
  }

  /**
   * Returns what the backer paid in the end: charges minus refunds, backer fees included.
   *
   * @return the net amount paid; never null, never negative
   */
  public Money netPaid() {
    Money sum = Money.zero(lines.get(0).amount().getCurrencyUnit());
    for (StatementLine line : lines) {
      sum = sum.plus(line.paid());
    }
    return sum;
  }
}
