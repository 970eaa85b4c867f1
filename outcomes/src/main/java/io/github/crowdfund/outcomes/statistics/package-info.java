/**
 * Statistics of project outcomes: accumulators, tables, distributions and the uncertainty of rates.
 */
package io.github.crowdfund.outcomes.statistics;
