/**
 * Campaigns, goals, reward tiers and pledges as event-sourced values.
 */
// Immutables' annotations mark exported value types, so they are required "static transitive": needed to compile,
// absent at run time. Their jar is an automatic module, hence the suppressed lint warnings about requiring one.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.crowdfund.core {
  requires transitive io.github.crowdfund.currency;
  requires org.slf4j;
  requires static transitive org.immutables.value.annotations;

  exports io.github.crowdfund.core;
  exports io.github.crowdfund.core.fees;
  exports io.github.crowdfund.core.installments;
  exports io.github.crowdfund.core.settlement;
}
