package io.github.crowdfund.core;

import java.time.Instant;

/**
 * Where a campaign stands in its life: its status, when it launched, its deadline and the funding outcome the decider
 * locked at the deadline. The instants and the outcome are null until they happen.
 *
 * <p>This record is immutable and thread-safe.
 */
record Lifecycle(CampaignStatus status, Instant launchedAt, Instant deadline, FundingOutcome outcome) {

  /** Before anything happened. */
  static final Lifecycle NOT_CREATED = new Lifecycle(CampaignStatus.NOT_CREATED, null, null, null);

  /** Just created: a draft, not launched. */
  static final Lifecycle DRAFT = new Lifecycle(CampaignStatus.DRAFT, null, null, null);

  Lifecycle withStatus(CampaignStatus newStatus) {
    return new Lifecycle(newStatus, launchedAt, deadline, outcome);
  }

  Lifecycle launched(Instant at, Instant newDeadline) {
    return new Lifecycle(CampaignStatus.LIVE, at, newDeadline, outcome);
  }

  Lifecycle ended(FundingOutcome newOutcome) {
    CampaignStatus ended = newOutcome == FundingOutcome.FAILED ? CampaignStatus.FAILED : CampaignStatus.SUCCESSFUL;
    return new Lifecycle(ended, launchedAt, deadline, newOutcome);
  }
}
