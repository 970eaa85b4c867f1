package io.github.crowdfund.outcomes.dataset;

/**
 * Canonical Strings for the few values a dataset repeats in every row (categories, currency and country codes), looked
 * up from chars without creating a String each time. Holds at most {@value #CAPACITY} values; past that, new values
 * are returned as fresh Strings, so an odd file with unique values in every row cannot grow it without bound.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class TextPool {

  static final int CAPACITY = 4_096;
  private static final int SLOTS = CAPACITY * 2;

  private final String[] slots = new String[SLOTS];
  private int size;

  /**
   * Returns the String with the given chars, the same instance every time while the pool has room.
   *
   * @param chars holds the text; not null
   * @param start where the text begins
   * @param end where the text ends, exclusive
   * @return the text; never null
   */
  String of(char[] chars, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    while (true) {
      String candidate = slots[slot];
      if (candidate == null) {
        String text = new String(chars, start, end - start);
        if (size < CAPACITY) {
          slots[slot] = text;
          size++;
        }
        return text;
      }
      if (matches(candidate, chars, start, end)) {
        return candidate;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  /** Returns whether {@code text} has exactly the chars of {@code chars} from {@code start} to {@code end}. */
  static boolean matches(String text, char[] chars, int start, int end) {
    if (text.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i - start) != chars[i]) {
        return false;
      }
    }
    return true;
  }
}
