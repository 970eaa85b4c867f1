/**
 * Pledges over time: a {@link io.github.crowdfund.core.installments.PaymentPlanShape} (how a platform splits a pledge:
 * how many payments, how far apart, from when, from which minimum, with how many attempts) turns a pledge into a
 * {@link io.github.crowdfund.core.installments.PaymentPlan} of
 * {@link io.github.crowdfund.core.installments.Installment}s whose amounts add up exactly to the pledge, each with its
 * own {@link io.github.crowdfund.core.installments.InstallmentState}, attempts and window. The shapes of real
 * platforms ship as data in the markets module.
 */
package io.github.crowdfund.core.installments;
