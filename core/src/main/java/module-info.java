/**
 * Campaigns, goals, reward tiers and pledges as event-sourced values.
 */
// Immutables' annotations are needed to compile this module only ("requires static"): applications need them neither
// to compile against it nor to run it. Their jar is an automatic module, hence the suppressed lint warning.
@SuppressWarnings("requires-automatic")
module io.github.crowdfund.core {
  requires transitive io.github.crowdfund.currency;
  requires static org.immutables.value.annotations;

  exports io.github.crowdfund.core;
  exports io.github.crowdfund.core.fees;
  exports io.github.crowdfund.core.installments;
  exports io.github.crowdfund.core.settlement;
}
