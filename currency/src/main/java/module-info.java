/**
 * Exact multi-currency money on Joda-Money: money bags, FX rates and rate tables, allocation and percentages
 * (package {@code io.github.crowdfund.currency}).
 */
// Suppressed lint warnings: "requires-automatic", because Immutables' annotation jar is an automatic module needed
// at compile time only (requires static); "module", because the style package is exported only to the crowdfund
// modules built after this one, which javac cannot see yet; likewise the text package, the bounds on parsed texts that
// markets' data-file loaders share with this module's parsers.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.crowdfund.currency {
  requires transitive org.joda.money;
  requires static org.immutables.value.annotations;

  exports io.github.crowdfund.currency;
  exports io.github.crowdfund.style to
      io.github.crowdfund.core,
      io.github.crowdfund.markets;
  exports io.github.crowdfund.text to
      io.github.crowdfund.markets;
}
