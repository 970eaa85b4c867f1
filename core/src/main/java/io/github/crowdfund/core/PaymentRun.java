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
 * @param fundraising for a fundraiser without a deadline, whose donations are charged as they come (the run is
 *     charged from its launch, with no retry window): its donors' tips; {@link Fundraising#NONE} otherwise
 */
record PaymentRun(Optional<Instant> chargedAt, Optional<Instant> retryUntil, Optional<Instant> closedAt,
    Set<BackerId> authenticationAsked, Fundraising fundraising) {
  /** Nothing charged yet. */
  static final PaymentRun NOT_CHARGED = new PaymentRun(Optional.empty(), Optional.empty(), Optional.empty(),
      Set.of(), Fundraising.NONE);

  /** Copies the backers asked for authentication. */
  PaymentRun {
    authenticationAsked = Set.copyOf(authenticationAsked);
  }

  /** The run of a charge at {@code at}, its retry window open. */
  static PaymentRun charged(Instant at, Optional<Instant> retryUntil, Set<BackerId> authenticationAsked) {
    return new PaymentRun(Optional.of(at), retryUntil, Optional.empty(), authenticationAsked, Fundraising.NONE);
  }

  /** The run of a fundraiser launched at {@code at}: each donation is collected (or fails) as it comes. */
  static PaymentRun fundraiser(Instant at) {
    return new PaymentRun(Optional.of(at), Optional.empty(), Optional.empty(), Set.of(), Fundraising.launchedNow());
  }

  /** This run with its retry window closed at {@code at}. */
  PaymentRun closing(Instant at) {
    return new PaymentRun(chargedAt, retryUntil, Optional.of(at), authenticationAsked, fundraising);
  }

  /** This run with the fundraiser's state replaced. */
  PaymentRun withFundraising(Fundraising state) {
    return new PaymentRun(chargedAt, retryUntil, closedAt, authenticationAsked, state);
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
