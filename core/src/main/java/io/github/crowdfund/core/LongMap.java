package io.github.crowdfund.core;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A persistent map from {@code long} keys to values: a hash trie with bitmap-compressed nodes, 32 ways per level.
 * {@link #put} and {@link #remove} copy one path, O(log n), and share the rest with the old map. The key's 64-bit
 * hash is a bijection of it (SplitMix64's finalizer), so two keys never collide and no collision node is needed. A
 * removal that leaves one entry in a node pulls it up, so equal contents have equal structure.
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <V> the values; never null
 */
final class LongMap<V> {

  private static final int BITS = 5;
  private static final LongMap<?> EMPTY = new LongMap<>(new Node(0, new Object[0]), 0);

  private final Node root;
  private final int size;

  private LongMap(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked") // the empty map holds no value of any type
  static <V> LongMap<V> empty() {
    return (LongMap<V>) EMPTY;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked") // only V values are put
  V get(long key) {
    long hash = hash(key);
    Node node = root;
    for (int shift = 0; ; shift += BITS) {
      int bit = bit(hash, shift);
      if ((node.bitmap & bit) == 0) {
        return null;
      }
      Object slot = node.slots[Integer.bitCount(node.bitmap & (bit - 1))];
      if (slot instanceof Leaf leaf) {
        return leaf.key == key ? (V) leaf.value : null;
      }
      node = (Node) slot;
    }
  }

  /** The map with {@code key} mapped to {@code value}. */
  LongMap<V> put(long key, V value) {
    Objects.requireNonNull(value, "value");
    boolean[] added = new boolean[1];
    Node updated = put(root, new Leaf(key, hash(key), value), 0, added);
    return new LongMap<>(updated, added[0] ? size + 1 : size);
  }

  /** The map without {@code key}; this map when it has no such key. */
  LongMap<V> remove(long key) {
    if (get(key) == null) {
      return this;
    }
    // at the root (shift 0) remove always gives a node: only deeper nodes pull a lone leaf up
    return new LongMap<>((Node) remove(root, key, hash(key), 0), size - 1);
  }

  /** Calls {@code action} with every entry, in an order that depends only on the set of keys. */
  @SuppressWarnings("unchecked") // only V values are put
  void forEach(BiConsumer<Long, V> action) {
    root.forEach((BiConsumer<Long, Object>) (BiConsumer<?, ?>) action);
  }

  private static Node put(Node node, Leaf leaf, int shift, boolean[] added) {
    int bit = bit(leaf.hash, shift);
    int index = Integer.bitCount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) == 0) {
      added[0] = true;
      Object[] slots = new Object[node.slots.length + 1];
      System.arraycopy(node.slots, 0, slots, 0, index);
      slots[index] = leaf;
      System.arraycopy(node.slots, index, slots, index + 1, node.slots.length - index);
      return new Node(node.bitmap | bit, slots);
    }
    Object slot = node.slots[index];
    Object replacement;
    if (slot instanceof Leaf existing) {
      if (existing.key == leaf.key) {
        replacement = leaf;
      } else {
        added[0] = true;
        replacement = put(put(new Node(0, new Object[0]), existing, shift + BITS, new boolean[1]), leaf,
            shift + BITS, new boolean[1]);
      }
    } else {
      replacement = put((Node) slot, leaf, shift + BITS, added);
    }
    Object[] slots = node.slots.clone();
    slots[index] = replacement;
    return new Node(node.bitmap, slots);
  }

  /** The node without the key (known present): a node, or a lone leaf a parent should pull up. */
  private static Object remove(Node node, long key, long hash, int shift) {
    int bit = bit(hash, shift);
    int index = Integer.bitCount(node.bitmap & (bit - 1));
    Object slot = node.slots[index];
    Object replacement = slot instanceof Leaf ? null : remove((Node) slot, key, hash, shift + BITS);
    if (replacement == null) {
      if (node.slots.length == 2 && shift > 0 && node.slots[1 - index] instanceof Leaf other) {
        return other;
      }
      Object[] slots = new Object[node.slots.length - 1];
      System.arraycopy(node.slots, 0, slots, 0, index);
      System.arraycopy(node.slots, index + 1, slots, index, slots.length - index);
      return new Node(node.bitmap & ~bit, slots);
    }
    if (replacement instanceof Leaf && node.slots.length == 1 && shift > 0) {
      return replacement;
    }
    Object[] slots = node.slots.clone();
    slots[index] = replacement;
    return new Node(node.bitmap, slots);
  }

  private static int bit(long hash, int shift) {
    return 1 << (int) ((hash >>> shift) & 31);
  }

  /** SplitMix64's finalizer: a bijection of the 64-bit keys. */
  private static long hash(long key) {
    long z = key;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof LongMap<?> that) || that.size != size) {
      return false;
    }
    boolean[] same = {true};
    forEach((key, value) -> same[0] &= value.equals(that.get(key)));
    return same[0];
  }

  @Override
  public int hashCode() {
    int[] sum = {0};
    forEach((key, value) -> sum[0] += Long.hashCode(key) ^ value.hashCode());
    return sum[0];
  }

  private record Leaf(long key, long hash, Object value) {}

  private static final class Node {
    final int bitmap;
    final Object[] slots;

    Node(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    void forEach(BiConsumer<Long, Object> action) {
      for (Object slot : slots) {
        if (slot instanceof Leaf leaf) {
          action.accept(leaf.key, leaf.value);
        } else {
          ((Node) slot).forEach(action);
        }
      }
    }
  }
}
