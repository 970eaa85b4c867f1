/**
 * Statistics of campaign outcomes: state counts, funding-ratio and other distributions, tables grouped by a
 * {@link io.github.crowdfund.outcomes.statistics.Grouping}.
 *
 * <p>{@link io.github.crowdfund.outcomes.statistics.OutcomeAccumulator} summarises dataset records into
 * {@link io.github.crowdfund.outcomes.statistics.OutcomeStatistics};
 * {@link io.github.crowdfund.outcomes.statistics.SimulationAccumulator} summarises simulated campaigns into a
 * {@link io.github.crowdfund.outcomes.statistics.SimulationResult}. Both merge exactly, for parallel streams. The
 * histograms behind the distributions are package-private.
 *
 * <p>This package uses {@code dataset} (the records) and {@code simulation} (the simulated campaigns it summarises),
 * core for campaign statuses and goals, and FastCSV to write tables; nothing here reads files.
 */
package io.github.crowdfund.outcomes.statistics;
