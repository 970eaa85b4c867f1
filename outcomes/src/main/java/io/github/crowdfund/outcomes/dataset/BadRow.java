package io.github.crowdfund.outcomes.dataset;

/** Why a row cannot be read; carries the sentence for the {@link io.github.crowdfund.outcomes.RowProblem}. */
final class BadRow extends Exception {
  private static final long serialVersionUID = 1L;

  BadRow(String message) {
    super(message, null, false, false);
  }
}
