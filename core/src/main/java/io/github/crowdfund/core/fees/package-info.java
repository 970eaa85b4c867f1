/**
 * Fee schedules: {@link io.github.crowdfund.core.fees.FeeSchedule} and its composable parts (the platform fee,
 * per-pledge processing and backer fees, commission tiers, the tax on fees), including explicit unknown parts that
 * throw {@link io.github.crowdfund.core.fees.UnknownFeeException} when a settlement needs them. Uses only money values
 * and {@link io.github.crowdfund.core.FundingOutcome}.
 */
package io.github.crowdfund.core.fees;
