package io.github.crowdfund.outcomes.dataset;

/**
 * The file layouts of the public Kickstarter datasets that this module reads, each named by where it comes from.
 *
 * <p>The readers recognise a layout from a file's content (its header line, or its first JSON object); a user may
 * also name it.
 */
public enum DatasetLayout {
  /** Kaggle "Kickstarter Projects", {@code ks-projects-201801.csv}: fifteen columns, comma-separated. */
  KAGGLE_201801("kaggle-201801", false),
  /** Kaggle "Kickstarter Projects", {@code ks-projects-201612.csv}: thirteen named columns, comma-separated. */
  KAGGLE_201612("kaggle-201612", false),
  /**
   * ICPSR 38050 "Kickstarter Data, Global" public-use project file ({@code public_data.tsv}): twenty columns,
   * tab-separated, one row per finished project, names masked.
   */
  ICPSR_38050("icpsr-38050", false),
  /**
   * A Web Robots Kickstarter scrape in CSV chunks ({@code Kickstarter.csv}, {@code Kickstarter001.csv}, ...): columns
   * in alphabetical order, nested JSON in the {@code category}, {@code creator}, {@code location}, {@code urls} cells.
   */
  WEB_ROBOTS_CSV("web-robots-csv", true),
  /** A Web Robots Kickstarter scrape in JSON lines: one object per line, the project under {@code "data"}. */
  WEB_ROBOTS_JSON("web-robots-json", true);

  private final String label;
  private final boolean scrape;

  DatasetLayout(String label, boolean scrape) {
    this.label = label;
    this.scrape = scrape;
  }

  /**
   * Returns the name users type for this layout, e.g. {@code "icpsr-38050"}.
   *
   * @return the label; never null
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether files of this layout are scrapes: snapshots of the site on one day, which list a project once per
   * listing page it was found on and see it again, in a newer state, in later scrapes.
   *
   * @return true for the Web Robots layouts
   */
  public boolean isScrape() {
    return scrape;
  }

  /**
   * Finds the layout with the given label or constant name, ignoring case.
   *
   * @param label e.g. {@code "web-robots-csv"} or {@code "WEB_ROBOTS_CSV"}; not null
   * @return the layout
   * @throws IllegalArgumentException if no layout has that label, naming the labels there are
   */
  public static DatasetLayout ofLabel(String label) {
    String wanted = label.strip();
    for (DatasetLayout layout : values()) {
      if (layout.label.equalsIgnoreCase(wanted) || layout.name().equalsIgnoreCase(wanted)) {
        return layout;
      }
    }
    StringBuilder known = new StringBuilder();
    for (DatasetLayout layout : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(layout.label);
    }
    throw new IllegalArgumentException("layout '" + label + "' is not one of " + known);
  }

  /**
   * Returns the label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label;
  }
}
