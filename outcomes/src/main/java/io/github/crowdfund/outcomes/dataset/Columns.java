package io.github.crowdfund.outcomes.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a header line, found by name (case and surrounding spaces ignored, a byte-order mark dropped), so
 * that layouts whose columns move or grow over time are read by name, not by position.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Columns {

  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  Columns(List<String> header) {
    List<String> clean = new ArrayList<>(header.size());
    for (String name : header) {
      clean.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
    }
    names = List.copyOf(clean);
    for (int i = names.size() - 1; i >= 0; i--) {
      index.put(names.get(i), i);
    }
  }

  /** Returns the header's names, lower case, in order. */
  List<String> names() {
    return names;
  }

  /** Returns the number of columns. */
  int size() {
    return names.size();
  }

  /** Returns the position of a column, the first if it repeats. */
  Optional<Integer> find(String name) {
    return Optional.ofNullable(index.get(name));
  }

  /** Returns the required columns that the header lacks. */
  List<String> missing(List<String> required) {
    return required.stream().filter(name -> !index.containsKey(name)).toList();
  }

  /** Returns the position of a column the layout requires, which {@link #missing} has checked. */
  int require(String name) {
    Integer at = index.get(name);
    if (at == null) {
      throw new IllegalStateException("no column " + name);
    }
    return at;
  }
}
