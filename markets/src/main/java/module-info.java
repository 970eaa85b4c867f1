/**
 * Markets through time, creator eligibility and platform rule sets.
 */
// Immutables' annotations are needed to compile this module only ("requires static"): applications need them neither
// to compile against it nor to run it. Their jar is an automatic module, hence the suppressed lint warning.
@SuppressWarnings("requires-automatic")
module io.github.crowdfund.markets {
  requires transitive io.github.crowdfund.core;
  requires de.siegmar.fastcsv;
  requires static org.immutables.value.annotations;

  exports io.github.crowdfund.markets;
}
