/**
 * The outcomes computations on Apache Spark: datasets read in parallel by the library's own readers inside the
 * executors, outcome statistics folded with the library's own mergeable accumulators, and simulation sweeps seeded
 * per campaign, so that every figure equals the one computed on one machine. May use outcomes and Spark; nothing in
 * the library modules uses this package.
 *
 * <p>A file larger than the engine's split size (when not set: 128 MiB, less when the input is small for the cores;
 * when set, as set) is read in byte ranges, a task each: one task plans the ranges with
 * {@link io.github.crowdfund.outcomes.dataset.DatasetReader#split}, a sequential pass over the bytes that moves each
 * cut to where the reader itself finds the next row (so a line break inside a quoted name of several lines never
 * starts a range) and counts lines on the way; each range is then read with
 * {@link io.github.crowdfund.outcomes.dataset.DatasetReader#readSplit}, from the row at its start to the last row
 * that starts in it, with the header read from the file's start and the file's own line numbers. Compressed files
 * are read whole. The ranges of one scrape merge their projects first, the earlier range's listing winning, as a
 * panel keeps a project's first listing in a scrape.
 */
package io.github.crowdfund.spark;
