/**
 * Project datasets: the values a row becomes and the readers that make them.
 *
 * <p>Users touch {@link io.github.crowdfund.outcomes.dataset.ProjectRecord} (one project, with its
 * {@link io.github.crowdfund.outcomes.dataset.ProjectState} and
 * {@link io.github.crowdfund.outcomes.dataset.RecordFlag}s),
 * {@link io.github.crowdfund.outcomes.dataset.ProjectReader} (reads the public Kaggle files, in
 * {@link io.github.crowdfund.outcomes.dataset.KaggleLayout}s, reporting every bad row as a
 * {@link io.github.crowdfund.outcomes.dataset.RowProblem} in a {@link io.github.crowdfund.outcomes.dataset.ReadReport})
 * and {@link io.github.crowdfund.outcomes.dataset.SyntheticDataset} (writes calibrated synthetic files). The CSV
 * scanning, row parsing, parted parallel reading and the calibration behind the synthetic files are package-private.
 *
 * <p>This package uses only the JDK, Joda-Money and FastCSV; {@code statistics} builds on its records.
 */
package io.github.crowdfund.outcomes.dataset;
