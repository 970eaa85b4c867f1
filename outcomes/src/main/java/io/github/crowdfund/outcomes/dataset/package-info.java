/**
 * Reading the public Kickstarter datasets into {@link io.github.crowdfund.outcomes.ProjectRecord}s: the Kaggle files,
 * ICPSR 38050's project file and the Web Robots scrapes (CSV chunks and JSON lines), with the layout recognised from
 * the content, every row accounted for in a {@link io.github.crowdfund.outcomes.ReadReport}, and scrapes merged into
 * snapshot panels (one record per project, latest state winning). Uses the values of
 * {@code io.github.crowdfund.outcomes} and FastCSV; no JSON library.
 */
package io.github.crowdfund.outcomes.dataset;
