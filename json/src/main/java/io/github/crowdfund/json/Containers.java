package io.github.crowdfund.json;

import io.github.crowdfund.json.JsonReader.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Codecs of JSON arrays and objects holding values of one codec: lists, sets (written sorted, so that equal sets
 * give equal JSON) and maps with string keys (written sorted by key).
 */
final class Containers {

  private Containers() {}

  /** A list as a JSON array, in its order. */
  static <T> JsonCodec<List<T>> listOf(JsonCodec<T> element) {
    Objects.requireNonNull(element, "element");
    return new JsonCodec<>() {
      @Override
      public void write(List<T> values, JsonWriter out) {
        out.beginArray();
        for (T value : values) {
          element.write(value, out);
        }
        out.endArray();
      }

      @Override
      public List<T> read(JsonReader in) {
        return List.copyOf(readArray(in, element, "an array", value -> Optional.empty()));
      }
    };
  }

  /**
   * A set as a JSON array sorted by a key; an element given twice is refused.
   *
   * @param sortKey the order in which elements are written, so that equal sets give equal JSON
   */
  static <T, K extends Comparable<? super K>> JsonCodec<Set<T>> setOf(JsonCodec<T> element, Function<T, K> sortKey) {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(sortKey, "sortKey");
    return new JsonCodec<>() {
      @Override
      public void write(Set<T> values, JsonWriter out) {
        TreeMap<K, T> sorted = new TreeMap<>();
        for (T value : values) {
          sorted.put(sortKey.apply(value), value);
        }
        out.beginArray();
        for (T value : sorted.values()) {
          element.write(value, out);
        }
        out.endArray();
      }

      @Override
      public Set<T> read(JsonReader in) {
        Set<T> seen = new HashSet<>();
        return Set.copyOf(readArray(in, element, "an array of distinct values",
            value -> seen.add(value) ? Optional.empty() : Optional.of(value + " appears twice in the array")));
      }
    };
  }

  /** A map with string keys as a JSON object, keys sorted. */
  static <V> JsonCodec<Map<String, V>> mapOf(JsonCodec<V> value) {
    Objects.requireNonNull(value, "value");
    return new JsonCodec<>() {
      @Override
      public void write(Map<String, V> map, JsonWriter out) {
        out.beginObject();
        for (Map.Entry<String, V> entry : new TreeMap<>(map).entrySet()) {
          out.name(entry.getKey());
          value.write(entry.getValue(), out);
        }
        out.endObject();
      }

      @Override
      public Map<String, V> read(JsonReader in) {
        Tokens.expect(in, Token.BEGIN_OBJECT, "an object");
        Map<String, V> map = new TreeMap<>();
        for (Token token = in.next(); token != Token.END_OBJECT; token = in.next()) {
          String key = in.text();
          if (map.containsKey(key)) {
            throw Tokens.error(in, "field " + Tokens.quote(key) + " appears twice");
          }
          in.next();
          map.put(key, value.read(in));
        }
        return Map.copyOf(map);
      }
    };
  }

  /**
   * Reads a JSON array, checking each element read.
   *
   * @param what what the array should be, for error messages
   * @param check what is wrong with an element the array must not hold (a duplicate), or empty; a wrong element is
   *     refused at its path
   */
  static <T> List<T> readArray(JsonReader in, JsonCodec<T> element, String what,
      Function<T, Optional<String>> check) {
    Tokens.expect(in, Token.BEGIN_ARRAY, what);
    List<T> values = new ArrayList<>();
    for (Token token = in.next(); token != Token.END_ARRAY; token = in.next()) {
      T value = element.read(in);
      Optional<String> wrong = check.apply(value);
      if (wrong.isPresent()) {
        throw Tokens.error(in, wrong.get());
      }
      values.add(value);
    }
    return values;
  }
}
