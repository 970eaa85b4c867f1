/**
 * Outcome research on crowdfunding campaigns: datasets, statistics, simulation.
 */
// Immutables' annotations mark exported value types, so they are required "static transitive": needed to compile,
// absent at run time. Their jar is an automatic module, hence the suppressed lint warnings about requiring one.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.crowdfund.outcomes {
  requires transitive io.github.crowdfund.markets;
  requires de.siegmar.fastcsv;
  requires static transitive org.immutables.value.annotations;

  exports io.github.crowdfund.outcomes;
}
