/**
 * The outcomes computations on Apache Spark: datasets read in parallel by the library's own readers inside the
 * executors, outcome statistics folded with the library's own mergeable accumulators, and simulation sweeps seeded
 * per campaign, so that every figure equals the one computed on one machine. May use outcomes and Spark; nothing in
 * the library modules uses this package.
 */
package io.github.crowdfund.spark;
