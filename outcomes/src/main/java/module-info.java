/**
 * Outcome research on crowdfunding campaigns: datasets, statistics, simulation.
 */
module io.github.crowdfund.outcomes {
  requires transitive io.github.crowdfund.markets;
  requires de.siegmar.fastcsv;

  exports io.github.crowdfund.outcomes;
  exports io.github.crowdfund.outcomes.prediction;
  exports io.github.crowdfund.outcomes.statistics;
}
