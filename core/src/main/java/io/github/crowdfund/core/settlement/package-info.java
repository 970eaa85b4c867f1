/**
 * Settlement after the deadline: {@link io.github.crowdfund.core.settlement.Settlement} applies a
 * {@link io.github.crowdfund.core.fees.FeeSchedule} to the pledges' final payment states
 * ({@link io.github.crowdfund.core.settlement.PledgePayment}) and the funding outcome the campaign decided, conserving
 * every minor unit, with one {@link io.github.crowdfund.core.settlement.BackerStatement} per backer. Statements also
 * list, dated, the refunds and dispute steps ({@link io.github.crowdfund.core.settlement.ChargeReversal}) and the charges
 * that needed the backer's authentication ({@link io.github.crowdfund.core.settlement.AuthenticationRequest}).
 */
package io.github.crowdfund.core.settlement;
