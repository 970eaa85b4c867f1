package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeRow;
import io.github.crowdfund.outcomes.statistics.OutcomeTable;
import io.github.crowdfund.outcomes.statistics.ProportionInterval;
import io.github.crowdfund.outcomes.statistics.StateCounts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * How {@code analyze} shows an {@link OutcomeTable}: a text table and a bar chart, both with each group's number of
 * decided projects and 95% Wilson intervals, groups smaller than a minimum left out and said so.
 */
final class OutcomeRendering {

  private static final Color BAR = new Color(0x4C, 0x72, 0xB0);
  private static final Color REFERENCE = new Color(0xC4, 0x4E, 0x52);

  private OutcomeRendering() {}

  /** Prints the table: counts by state, both success rates with their 95% intervals, and the decided count. */
  static void printTable(PrintWriter out, OutcomeTable table, long minimumDecided) {
    Text.Table text = Text.Table.of(table.grouping().label(), "projects", "successful", "failed", "canceled",
        "suspended", "live", "undefined", "decided", "success [95% CI]", "decided success [95% CI]");
    for (OutcomeRow row : table.rowsWithAtLeast(minimumDecided)) {
      addRow(text, row.group(), row.counts());
    }
    addRow(text, OutcomeTable.ALL, table.total());
    out.print(text.render());
    hiddenNote(table, minimumDecided).ifPresent(out::println);
  }

  private static void addRow(Text.Table text, String group, StateCounts counts) {
    text.row(group, counts.projects(), counts.successful(), counts.failed(), counts.canceled(), counts.suspended(),
        counts.live(), counts.undefined(), counts.decided(),
        withInterval(counts.successRate(), counts.successInterval()),
        withInterval(counts.successRateDecided(), counts.successIntervalDecided()));
  }

  private static String withInterval(Optional<BigDecimal> rate, Optional<ProportionInterval> interval) {
    if (rate.isEmpty() || interval.isEmpty()) {
      return "-";
    }
    return String.format(Locale.ROOT, "%s [%.1f, %.1f]", AnalyzeCommand.percent(rate), 100 * interval.get().lower(),
        100 * interval.get().upper());
  }

  /** Says which groups are left out, if any: those without decided projects and those below the minimum. */
  static Optional<String> hiddenNote(OutcomeTable table, long minimumDecided) {
    List<String> empty = new ArrayList<>();
    List<String> small = new ArrayList<>();
    for (OutcomeRow row : table.rows()) {
      long decided = row.counts().decided();
      if (decided == 0 && minimumDecided > 0) {
        empty.add(row.group());
      } else if (decided < minimumDecided) {
        small.add(row.group());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!empty.isEmpty()) {
      parts.add(empty.size() + " without decided projects " + empty);
    }
    if (!small.isEmpty()) {
      parts.add(small.size() + " with fewer than " + minimumDecided + " decided projects " + small);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of("left out: " + String.join("; ", parts));
  }

  /**
   * Writes a bar chart of the success rate of decided projects per group, with 95% Wilson intervals as whiskers,
   * n per group under each bar and the rate over all groups as a reference line. Bars are sorted by rate, except
   * for years and buckets, which keep their natural order. Groups without decided projects, or with fewer than
   * {@code minimumDecided}, are left out and the title says so. PNG, SVG or PDF by the file name's extension
   * ({@link ChartFormat}); written through a temporary file ({@link AtomicOutput}).
   *
   * @return what was left out, if anything
   * @throws InvalidInputException if the name's extension is not a chart format, or the target cannot be a file
   * @throws IOException if writing fails; nothing is left behind then
   */
  static Optional<String> writeChart(OutcomeTable table, long minimumDecided, Path target) throws IOException {
    ChartFormat format = ChartFormat.of(target).orElseThrow(() -> new InvalidInputException("chart file '" + target
        + "' is not named as a chart format; name it " + ChartFormat.extensions()));
    System.setProperty("java.awt.headless", "true");
    long minimum = Math.max(1, minimumDecided);
    List<OutcomeRow> rows = chartRows(table, minimum);
    Grouping grouping = table.grouping();
    List<String> labels = rows.stream().map(row -> String.format(Locale.ROOT, "%s (n=%,d)", row.group(),
        row.counts().decided())).toList();
    List<Double> rates = new ArrayList<>();
    List<Double> centers = new ArrayList<>();
    List<Double> halfWidths = new ArrayList<>();
    double top = 0;
    for (OutcomeRow row : rows) {
      ProportionInterval interval = row.counts().successIntervalDecided().orElseThrow();
      rates.add(100 * interval.estimate());
      centers.add(50 * (interval.lower() + interval.upper()));
      halfWidths.add(50 * (interval.upper() - interval.lower()));
      top = Math.max(top, 100 * interval.upper());
    }
    StateCounts total = table.total();
    Optional<String> hidden = hiddenNote(table, minimum);
    long leftOut = table.rows().size() - rows.size();
    String title = String.format(Locale.ROOT, "Success rate of decided projects by %s (%,d decided)%s",
        grouping.label(), total.decided(), leftOut == 0 ? "" : minimum > 1
            ? String.format(Locale.ROOT, "; %d groups with fewer than %d left out", leftOut, minimum)
            : String.format(Locale.ROOT, "; %d without decided projects left out", leftOut));
    CategoryChart chart = new CategoryChartBuilder()
        .width(Math.max(900, 70 * labels.size()))
        .height(650)
        .title(title)
        .xAxisTitle(grouping.label() + " (n = decided projects)")
        .yAxisTitle("successful / (successful + failed), %")
        .build();
    CategoryStyler styler = chart.getStyler();
    styler.setXAxisLabelRotation(labels.size() > 6 ? 45 : 0);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(Math.min(100, 10 * Math.ceil(top / 10 + 0.5)));
    styler.setYAxisDecimalPattern("0");
    styler.setOverlapped(true);
    styler.setErrorBarsColor(Color.BLACK);
    styler.setErrorBarsColorSeriesColor(false);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.InsideNE);
    if (!labels.isEmpty()) {
      CategorySeries bars = chart.addSeries("success rate", labels, rates);
      bars.setFillColor(BAR);
      // XChart draws symmetric error bars only: the Wilson interval is asymmetric, so it is drawn as the error bar
      // of an invisible bar at the interval's centre.
      CategorySeries whiskers = chart.addSeries("whiskers: 95% Wilson interval", labels, centers, halfWidths);
      whiskers.setFillColor(new Color(0, 0, 0, 0));
      whiskers.setLineColor(Color.BLACK);
      double overall = 100 * total.successIntervalDecided().map(ProportionInterval::estimate).orElse(0.0);
      chart.addAnnotation(new AnnotationLine(overall, false, false));
      // The annotation line has no legend entry: a line series on it gives one.
      CategorySeries legendLine = chart.addSeries(String.format(Locale.ROOT, "all groups: %.1f%%", overall),
          labels, rates.stream().map(rate -> overall).toList());
      legendLine.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
      legendLine.setLineColor(REFERENCE);
      legendLine.setLineStyle(new BasicStroke(2f));
      legendLine.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
      styler.setAnnotationLineColor(REFERENCE);
      styler.setAnnotationLineStroke(new BasicStroke(2f));
    }
    AtomicOutput.write(target, temporary -> {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        switch (format) {
          case PNG -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
          case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
          case PDF -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.PDF);
        }
      }
    });
    return hidden;
  }

  /**
   * Returns the bars of the chart: groups with at least {@code minimum} decided projects, by decided success rate
   * (highest first, ties by name), except years and buckets, which keep their natural order.
   */
  static List<OutcomeRow> chartRows(OutcomeTable table, long minimum) {
    List<OutcomeRow> rows = new ArrayList<>(table.rowsWithAtLeast(Math.max(1, minimum)));
    Grouping grouping = table.grouping();
    if (grouping != Grouping.YEAR && grouping != Grouping.GOAL_BUCKET && grouping != Grouping.DURATION_BUCKET) {
      rows.sort(Comparator.comparingDouble((OutcomeRow row) -> -decidedRate(row.counts()))
          .thenComparing(OutcomeRow::group));
    }
    return rows;
  }

  private static double decidedRate(StateCounts counts) {
    return counts.successIntervalDecided().map(ProportionInterval::estimate).orElse(0.0);
  }
}
