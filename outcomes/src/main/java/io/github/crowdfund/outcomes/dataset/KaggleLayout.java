package io.github.crowdfund.outcomes.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column layouts of the public Kaggle "Kickstarter Projects" files.
 *
 * <p>Both start with the same thirteen columns ({@code ID} to {@code usd pledged}); they differ after that.
 */
public enum KaggleLayout {
  /**
   * {@code ks-projects-201801.csv}: fifteen columns ending {@code usd pledged,usd_pledged_real,usd_goal_real}; the
   * deadline is a date.
   */
  KS_201801(List.of("id", "name", "category", "main_category", "currency", "deadline", "goal", "launched",
      "pledged", "state", "backers", "country", "usd pledged", "usd_pledged_real", "usd_goal_real")),
  /**
   * {@code ks-projects-201612.csv}: thirteen named columns ending {@code usd pledged}, header names padded with a
   * space, then unnamed trailing columns (empty unless a row's fields shifted); the deadline has a time of day.
   */
  KS_201612(List.of("id", "name", "category", "main_category", "currency", "deadline", "goal", "launched",
      "pledged", "state", "backers", "country", "usd pledged"));

  private final List<String> columns;

  KaggleLayout(List<String> columns) {
    this.columns = columns;
  }

  /**
   * Returns the number of named columns of this layout.
   *
   * @return 15 or 13
   */
  public int namedColumns() {
    return columns.size();
  }

  /**
   * Recognises a layout from a header row: names are compared without case and surrounding spaces, and trailing
   * unnamed columns are ignored.
   *
   * @param header the header fields; not null
   * @return the layout, or empty when the header matches none
   */
  public static Optional<KaggleLayout> detect(List<String> header) {
    List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    int end = names.size();
    while (end > 0 && names.get(end - 1).isEmpty()) {
      end--;
    }
    List<String> named = names.subList(0, end);
    return Arrays.stream(values()).filter(layout -> layout.columns.equals(named)).findFirst();
  }

  /**
   * Describes the headers this reader knows, for error messages.
   *
   * @return one line per layout; never null
   */
  static String describeAll() {
    StringBuilder text = new StringBuilder();
    for (KaggleLayout layout : values()) {
      text.append(layout.name()).append(": ").append(String.join(",", layout.columns)).append('\n');
    }
    return text.toString().strip();
  }
}
