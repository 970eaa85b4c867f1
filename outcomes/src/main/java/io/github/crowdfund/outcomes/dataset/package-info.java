/**
 * Project datasets: the values a row becomes and the readers that make them.
 *
 * <p>Users touch {@link io.github.crowdfund.outcomes.dataset.ProjectRecord} (one project, with its
 * {@link io.github.crowdfund.outcomes.dataset.ProjectState}, {@link io.github.crowdfund.outcomes.dataset.RecordFlag}s
 * and {@link io.github.crowdfund.outcomes.dataset.Provenance}: the {@link io.github.crowdfund.outcomes.dataset.DatasetFile}
 * and line it was read from), {@link io.github.crowdfund.outcomes.dataset.DatasetReader} (reads every public dataset
 * this module knows, in {@link io.github.crowdfund.outcomes.dataset.DatasetLayout}s recognised from the content: the
 * Kaggle files, ICPSR 38050's project file, the Web Robots scrapes in CSV chunks and JSON lines),
 * {@link io.github.crowdfund.outcomes.dataset.ProjectReader} (the Kaggle files, also read in parallel parts), each
 * reporting every bad row as a {@link io.github.crowdfund.outcomes.dataset.RowProblem} in a
 * {@link io.github.crowdfund.outcomes.dataset.ReadReport}; {@link io.github.crowdfund.outcomes.dataset.SnapshotPanel}
 * (merges dated scrapes into one {@link io.github.crowdfund.outcomes.dataset.PanelProject} per project, the latest
 * state winning); {@link io.github.crowdfund.outcomes.dataset.SyntheticDataset} and
 * {@link io.github.crowdfund.outcomes.dataset.DatasetGenerator} (write calibrated synthetic files in every layout, and
 * monthly scrapes); {@link io.github.crowdfund.outcomes.dataset.FileSplit} and
 * {@link io.github.crowdfund.outcomes.dataset.SeekableSource} (a file planned into byte ranges that start where rows
 * start, each read on its own, as a distributed engine reads one large file). The CSV scanning, the small strict JSON reader, row parsing, parted parallel reading and the
 * calibration behind the synthetic files are package-private.
 *
 * <p>This package uses only the JDK, Joda-Money and FastCSV (no JSON library); {@code statistics} builds on its
 * records.
 */
package io.github.crowdfund.outcomes.dataset;
