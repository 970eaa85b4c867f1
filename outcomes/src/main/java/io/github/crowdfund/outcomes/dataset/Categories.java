package io.github.crowdfund.outcomes.dataset;

import java.util.Map;
import java.util.Optional;

/**
 * Kickstarter's category ids, as ICPSR 38050 codes them and as the Web Robots scrapes carry them in
 * {@code category.id}/{@code category.parent_id}: the fifteen top-level categories by name, and the few sub-categories
 * whose names the public codebook prints. A sub-category whose name is not known is named {@code "category N"}.
 *
 * <p>Source: the ICPSR 38050 codebook (DS1, CATEGORY and SUBCATEGORY), cross-checked against Web Robots
 * {@code category} cells.
 */
final class Categories {

  private static final Map<Integer, String> TOP_LEVEL = Map.ofEntries(
      Map.entry(1, "Art"), Map.entry(3, "Comics"), Map.entry(6, "Dance"), Map.entry(7, "Design"),
      Map.entry(9, "Fashion"), Map.entry(10, "Food"), Map.entry(11, "Film & Video"), Map.entry(12, "Games"),
      Map.entry(13, "Journalism"), Map.entry(14, "Music"), Map.entry(15, "Photography"),
      Map.entry(16, "Technology"), Map.entry(17, "Theater"), Map.entry(18, "Publishing"), Map.entry(26, "Crafts"));

  private static final Map<Integer, String> SUB = Map.ofEntries(
      Map.entry(20, "Conceptual Art"), Map.entry(23, "Painting"), Map.entry(28, "Product Design"),
      Map.entry(34, "Tabletop Games"), Map.entry(35, "Video Games"), Map.entry(239, "Radio & Podcasts"),
      Map.entry(356, "Woodworking"));

  private Categories() {}

  /** Returns the id of a category name this table knows (top-level first). */
  static Optional<Integer> idOf(String name) {
    for (Map<Integer, String> table : java.util.List.of(TOP_LEVEL, SUB)) {
      for (Map.Entry<Integer, String> entry : table.entrySet()) {
        if (entry.getValue().equals(name)) {
          return Optional.of(entry.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the name of a top-level category id, if it is one. */
  static Optional<String> topLevel(int id) {
    return Optional.ofNullable(TOP_LEVEL.get(id));
  }

  /** Returns the name of any category id: a known name, or {@code "category N"}. */
  static String name(int id) {
    String top = TOP_LEVEL.get(id);
    if (top != null) {
      return top;
    }
    return SUB.getOrDefault(id, "category " + id);
  }
}
