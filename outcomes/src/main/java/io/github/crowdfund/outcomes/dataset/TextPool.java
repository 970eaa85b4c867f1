package io.github.crowdfund.outcomes.dataset;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Canonical Strings for the few values a dataset repeats in every row (categories, currency and country codes), looked
 * up from their bytes without decoding them each time. Holds at most {@value #CAPACITY} values; past that, new values
 * are returned as fresh Strings, so an odd file with unique values in every row cannot grow it without bound.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class TextPool {

  static final int CAPACITY = 4_096;
  private static final int SLOTS = CAPACITY * 2;

  private final Charset charset;
  private final byte[][] keys = new byte[SLOTS][];
  private final String[] texts = new String[SLOTS];
  private int size;

  /** Makes an empty pool of texts written in {@code charset}. */
  TextPool(Charset charset) {
    this.charset = charset;
  }

  /**
   * Returns the String written as the given bytes, the same instance every time while the pool has room.
   *
   * @param bytes holds the text; not null
   * @param start where the text begins
   * @param end where the text ends, exclusive
   * @return the text; never null
   */
  String of(byte[] bytes, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + bytes[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    while (true) {
      byte[] key = keys[slot];
      if (key == null) {
        String text = new String(bytes, start, end - start, charset);
        if (size < CAPACITY) {
          keys[slot] = Arrays.copyOfRange(bytes, start, end);
          texts[slot] = text;
          size++;
        }
        return text;
      }
      if (matches(key, bytes, start, end)) {
        return texts[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
  }

  /** Returns whether {@code key} holds exactly the bytes of {@code bytes} from {@code start} to {@code end}. */
  static boolean matches(byte[] key, byte[] bytes, int start, int end) {
    return Arrays.equals(key, 0, key.length, bytes, start, end);
  }
}
