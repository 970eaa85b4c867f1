/**
 * Settlement after the deadline: {@link io.github.crowdfund.core.settlement.Settlement} applies a
 * {@link io.github.crowdfund.core.fees.FeeSchedule} to the pledges' final payment states
 * ({@link io.github.crowdfund.core.settlement.PledgePayment}) and the funding outcome the campaign decided, conserving
 * every minor unit, with one {@link io.github.crowdfund.core.settlement.BackerStatement} per backer.
 */
package io.github.crowdfund.core.settlement;
