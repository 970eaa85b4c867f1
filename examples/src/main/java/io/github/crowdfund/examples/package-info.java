/**
 * The {@code crowdfund} command-line application ({@link io.github.crowdfund.examples.CrowdfundCli}) and the
 * scenarios of its demo.
 *
 * <p>Every command reports failures through one handler ({@code CliErrors}): one line on standard error, exit code 2
 * for bad options or input, 1 for an operation that failed. Every file a command writes goes through
 * {@code AtomicOutput} (a temporary file moved into place), option values are read by picocli types
 * ({@code OptionTypes}, {@code CountryCodeConverter}, {@code ChartFormat}, enums), text tables are rendered by
 * {@code Text.Table} and CSV written by FastCSV.
 */
package io.github.crowdfund.examples;
