package io.github.crowdfund.core;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where the collection of a campaign's pledges stands after the deadline: when they were charged, until when failed
 * payments may be fixed, and when the retry window closed. One per campaign, so payment state costs nothing per
 * pledge beyond the three bits the pledge trie packs into each entry.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param chargedAt when the pledges were charged, if they were
 * @param retryUntil when the payment retry window ends, if the rules know it
 * @param closedAt when the retry window closed, if it did
 * @param authenticationAsked the backers whose charge asked for their authentication (3-D Secure), kept after they
 *     authenticated or were dropped, for their statements
 */
record PaymentRun(Optional<Instant> chargedAt, Optional<Instant> retryUntil, Optional<Instant> closedAt,
    Set<BackerId> authenticationAsked) {
  /** Nothing charged yet. */
  static final PaymentRun NOT_CHARGED = new PaymentRun(Optional.empty(), Optional.empty(), Optional.empty(),
      Set.of());

  /** Copies the backers asked for authentication. */
  PaymentRun {
    authenticationAsked = Set.copyOf(authenticationAsked);
  }

  /** The run of a charge at {@code at}, its retry window open. */
  static PaymentRun charged(Instant at, Optional<Instant> retryUntil, Set<BackerId> authenticationAsked) {
    return new PaymentRun(Optional.of(at), retryUntil, Optional.empty(), authenticationAsked);
  }

  /** This run with its retry window closed at {@code at}. */
  PaymentRun closing(Instant at) {
    return new PaymentRun(chargedAt, retryUntil, Optional.of(at), authenticationAsked);
  }

  boolean charged() {
    return chargedAt.isPresent();
  }

  boolean closed() {
    return closedAt.isPresent();
  }

  /** The payment state a stored state stands for: an authorised pledge left alone by the charge was collected. */
  PaymentState effective(PaymentState stored) {
    return stored == PaymentState.PLEDGED && charged() ? PaymentState.COLLECTED : stored;
  }
}
