/**
 * Outcome research on crowdfunding campaigns, in three packages: {@code dataset} reads (and writes) project
 * datasets into {@code ProjectRecord}s; {@code statistics} summarises records and simulated campaigns; {@code
 * simulation} runs campaigns under a backer model through core's decider.
 */
module io.github.crowdfund.outcomes {
  requires transitive io.github.crowdfund.markets;
  requires de.siegmar.fastcsv;

  exports io.github.crowdfund.outcomes.dataset;
  exports io.github.crowdfund.outcomes.simulation;
  exports io.github.crowdfund.outcomes.statistics;
}
