package io.github.crowdfund.core;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A persistent (structurally shared) hash trie from a backer's {@code long} id to the compact fields of its pledge.
 *
 * <p>A radix trie: branches split on a digit (five bits, one of four) of the key's {@link #hash} per level, from
 * the most significant down; a subtree of at most {@link #LEAF_CAPACITY} entries is a leaf that keeps its entries in
 * one {@code long[]} (four words each) in trie order (at the last level, where keys differ in five bits only, a
 * leaf may hold 32). The hash is a rotation of the key (a bijection, so keys never collide) that puts the low 29
 * bits first: account numbers below 2^29 branch at once, numbers close together share a path (replaying pledges
 * from consecutive accounts stays in cache) and 16 consecutive numbers fill one leaf. The shape depends only on the
 * set of keys, which makes structural equality exact. An update copies one leaf and the branches above it: at most
 * 13 levels, O(log32 n) of them branching.
 *
 * <p>A trie made by {@link #toTransient()} is edited in place by {@link #put} and {@link #remove} on nodes it owns
 * until {@link #persistent()} seals it; replay uses this to avoid copying paths that nobody else sees.
 *
 * <p>Entry layout: key, amount in minor units, epoch second placed, and one packed word holding the nanosecond of
 * the placement (30 bits), the reward tier index + 1 (16 bits, 0 = none), the shipping country's
 * {@link Country#index() index} + 1 (11 bits, 0 = none) and the {@link PaymentState} ordinal (3 bits), so a pledge's payment state costs no memory.
 * Add-on maps, rare, sit in a parallel array allocated only for leaves that have any.
 *
 * <p>Persistent instances are immutable and thread-safe; a transient instance is confined to one thread.
 */
final class PledgeTrie {

  /** Most entries a leaf holds above the last level; a subtree with more is a branch. */
  static final int LEAF_CAPACITY = 16;

  private static final int STRIDE = 4;
  private static final PaymentState[] PAYMENT_STATES = PaymentState.values();
  /**
   * Where each level's digit starts in the hash, from the root (level 0) down: five-bit digits, except a four-bit
   * one at level 5 (the key's lowest four bits), so that 16 consecutive account numbers fill exactly one leaf.
   */
  private static final int[] SHIFTS = {59, 54, 49, 44, 39, 35, 30, 25, 20, 15, 10, 5, 0};
  private static final int[] MASKS = {31, 31, 31, 31, 31, 15, 31, 31, 31, 31, 31, 31, 31};
  /** The deepest level: keys in a leaf there differ only in its five bits, so it may hold up to 32 and never splits. */
  private static final int LAST_LEVEL = SHIFTS.length - 1;
  private static final Leaf EMPTY_LEAF = new Leaf(new long[0], null, null);

  /** The empty trie. */
  static final PledgeTrie EMPTY = new PledgeTrie(EMPTY_LEAF, null);

  private Node root;
  private Object edit;

  private PledgeTrie(Node root, Object edit) {
    this.root = root;
    this.edit = edit;
  }

  /** The compact fields of one pledge, as stored. {@code addOns} is {@code null} when the pledge has none. */
  record Entry(long key, long amountMinor, long epochSecond, int nano, int tier, int country,
      Map<String, Integer> addOns, PaymentState payment) {

    /** An entry whose payment is {@link PaymentState#PLEDGED}, as every pledge is while the campaign runs. */
    Entry(long key, long amountMinor, long epochSecond, int nano, int tier, int country,
        Map<String, Integer> addOns) {
      this(key, amountMinor, epochSecond, nano, tier, country, addOns, PaymentState.PLEDGED);
    }

    /** This entry with another payment state. */
    Entry withPayment(PaymentState state) {
      return new Entry(key, amountMinor, epochSecond, nano, tier, country, addOns, state);
    }

    long packed() {
      return (nano & 0x3FFF_FFFFL) | ((tier + 1) & 0xFFFFL) << 30 | ((country + 1) & 0x7FFL) << 46
          | (long) payment.ordinal() << 57;
    }

    static Entry unpack(long[] data, int at, Object[] addOns) {
      long packed = data[at + 3];
      @SuppressWarnings("unchecked")
      Map<String, Integer> extras = addOns == null ? null : (Map<String, Integer>) addOns[at / STRIDE];
      return new Entry(data[at], data[at + 1], data[at + 2], (int) (packed & 0x3FFF_FFFFL),
          (int) ((packed >>> 30) & 0xFFFF) - 1, (int) ((packed >>> 46) & 0x7FF) - 1, extras,
          PAYMENT_STATES[(int) ((packed >>> 57) & 0x7)]);
    }
  }

  int size() {
    return root.size();
  }

  /** The entry for {@code key}, or {@code null} when there is none. */
  Entry get(long key) {
    long hash = hash(key);
    Node node = root;
    int level = 0;
    while (node instanceof Branch branch) {
      int bit = 1 << index(hash, level);
      if ((branch.bitmap & bit) == 0) {
        return null;
      }
      node = branch.children[Integer.bitCount(branch.bitmap & (bit - 1))];
      level++;
    }
    Leaf leaf = (Leaf) node;
    int at = leaf.find(key);
    return at < 0 ? null : Entry.unpack(leaf.data, at, leaf.addOns);
  }

  /** A trie that maps {@code entry.key()} to {@code entry}, replacing any entry for that key. */
  PledgeTrie put(Entry entry) {
    Node updated = put(root, entry, hash(entry.key()), 0);
    return result(updated);
  }

  /** A trie without {@code key}; this trie when the key is absent. */
  PledgeTrie remove(long key) {
    if (get(key) == null) {
      return this;
    }
    return result(remove(root, key, hash(key), 0));
  }

  /** Calls {@code action} for every entry, in trie order (a function of the keys only). */
  void forEach(Consumer<Entry> action) {
    root.forEach(action);
  }

  /** A transient copy, edited in place by {@link #put} and {@link #remove} until {@link #persistent()}. */
  PledgeTrie toTransient() {
    return new PledgeTrie(root, new Object());
  }

  /** Seals a transient trie: later updates copy again. Returns this trie. */
  PledgeTrie persistent() {
    edit = null;
    return this;
  }

  /**
   * Builds a trie from entries given in trie order (the order of {@link #forEach}), bottom-up in O(n): the bulk path
   * of snapshot reading. The trie has the same shape as one built by {@link #put}s of the same entries.
   *
   * <p>Not thread-safe; each {@link #build()} returns a persistent trie.
   */
  static final class Ordered {
    private long[] data;
    private Object[] addOns;
    private int count;
    private long lastHash;

    /** A builder with room for {@code expected} entries (it grows past them). */
    Ordered(int expected) {
      data = new long[Math.max(expected, 1) * STRIDE];
    }

    /**
     * Appends an entry after those added before.
     *
     * @throws IllegalArgumentException if its key does not come after the previous entry's in trie order (a
     *     repeated key included), naming both keys
     */
    void add(Entry entry) {
      long hash = hash(entry.key());
      if (count > 0 && Long.compareUnsigned(hash, lastHash) <= 0) {
        throw new IllegalArgumentException("backer " + entry.key() + " does not come after backer "
            + data[(count - 1) * STRIDE] + " in trie order");
      }
      if ((count + 1) * STRIDE > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      Leaf.write(data, count * STRIDE, entry);
      if (entry.addOns() != null) {
        if (addOns == null || addOns.length < data.length / STRIDE) {
          addOns = addOns == null ? new Object[data.length / STRIDE] : Arrays.copyOf(addOns, data.length / STRIDE);
        }
        addOns[count] = entry.addOns();
      }
      lastHash = hash;
      count++;
    }

    /** The trie of the entries added. */
    PledgeTrie build() {
      return count == 0 ? EMPTY : new PledgeTrie(node(0, count, 0), null);
    }

    /** The canonical subtree of entries {@code from} (inclusive) to {@code to} (exclusive) at {@code level}. */
    private Node node(int from, int to, int level) {
      int n = to - from;
      if (n <= LEAF_CAPACITY || level == LAST_LEVEL) {
        Object[] a = addOns == null ? null : Leaf.nullIfEmpty(Arrays.copyOfRange(addOns, from, to));
        return new Leaf(Arrays.copyOfRange(data, from * STRIDE, to * STRIDE), a, null);
      }
      int bitmap = 0;
      for (int i = from; i < to; i++) {
        bitmap |= 1 << index(hash(data[i * STRIDE]), level);
      }
      Node[] children = new Node[Integer.bitCount(bitmap)];
      int start = from;
      for (int slot = 0; slot < children.length; slot++) {
        int digit = index(hash(data[start * STRIDE]), level);
        int end = start + 1;
        while (end < to && index(hash(data[end * STRIDE]), level) == digit) {
          end++;
        }
        children[slot] = node(start, end, level + 1);
        start = end;
      }
      return new Branch(bitmap, children, n, null);
    }
  }

  private PledgeTrie result(Node updated) {
    if (edit != null) {
      root = updated;
      return this;
    }
    return new PledgeTrie(updated, null);
  }

  private Node put(Node node, Entry entry, long hash, int level) {
    if (node instanceof Branch branch) {
      int bit = 1 << index(hash, level);
      int slot = Integer.bitCount(branch.bitmap & (bit - 1));
      if ((branch.bitmap & bit) == 0) {
        Leaf single = EMPTY_LEAF.with(entry, hash, -1, null);
        return branch.insertChild(bit, slot, single, edit);
      }
      Node child = branch.children[slot];
      int before = child.size();
      Node updated = put(child, entry, hash, level + 1);
      return branch.replaceChild(slot, updated, updated.size() - before, edit);
    }
    Leaf leaf = (Leaf) node;
    int at = leaf.find(entry.key());
    if (at >= 0 || leaf.count() < LEAF_CAPACITY || level == LAST_LEVEL) {
      return leaf.with(entry, hash, at, edit);
    }
    return split(leaf.with(entry, hash, -1, null), level);
  }

  private Node remove(Node node, long key, long hash, int level) {
    if (node instanceof Branch branch) {
      int bit = 1 << index(hash, level);
      int slot = Integer.bitCount(branch.bitmap & (bit - 1));
      Node updated = remove(branch.children[slot], key, hash, level + 1);
      if (branch.size - 1 <= LEAF_CAPACITY) {
        Branch reduced = branch.replaceChild(slot, updated, -1, null);
        return reduced.collapse();
      }
      if (updated.size() == 0) {
        return branch.removeChild(bit, slot, edit);
      }
      return branch.replaceChild(slot, updated, -1, edit);
    }
    Leaf leaf = (Leaf) node;
    return leaf.without(leaf.find(key), edit);
  }

  /**
   * Splits an over-full leaf at {@code level} into a branch whose children are canonical subtrees. The leaf's
   * entries share every digit above {@code level} and are in hash order, so each child's entries are one run.
   */
  private static Node split(Leaf leaf, int level) {
    int n = leaf.count();
    if (n <= LEAF_CAPACITY || level == LAST_LEVEL) {
      return leaf;
    }
    int bitmap = 0;
    for (int i = 0; i < n; i++) {
      bitmap |= 1 << index(hash(leaf.data[i * STRIDE]), level);
    }
    Node[] children = new Node[Integer.bitCount(bitmap)];
    int start = 0;
    for (int slot = 0; slot < children.length; slot++) {
      int idx = index(hash(leaf.data[start * STRIDE]), level);
      int end = start + 1;
      while (end < n && index(hash(leaf.data[end * STRIDE]), level) == idx) {
        end++;
      }
      children[slot] = split(leaf.range(start, end), level + 1);
      start = end;
    }
    return new Branch(bitmap, children, n, null);
  }

  /**
   * The digit of {@code hash} at {@code level}. The digits are contiguous bit groups from the top of the hash, so
   * walking them from the root visits hashes in unsigned order, the order of entries in a leaf.
   */
  static int index(long hash, int level) {
    return (int) (hash >>> SHIFTS[level]) & MASKS[level];
  }

  /** The key rotated so that its low 29 bits come first: a bijection on {@code long}. */
  static long hash(long key) {
    return Long.rotateLeft(key, Long.SIZE - 29);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PledgeTrie that && root.sameAs(that.root);
  }

  @Override
  public int hashCode() {
    return root.contentHash();
  }

  private abstract static class Node {
    abstract int size();

    abstract void forEach(Consumer<Entry> action);

    abstract boolean sameAs(Node other);

    abstract int contentHash();

    abstract void collect(Leaf.Builder into);
  }

  private static final class Leaf extends Node {
    long[] data;
    Object[] addOns;
    final Object edit;

    Leaf(long[] data, Object[] addOns, Object edit) {
      this.data = data;
      this.addOns = addOns;
      this.edit = edit;
    }

    int count() {
      return data.length / STRIDE;
    }

    @Override
    int size() {
      return count();
    }

    /** Word offset of {@code key}, or -1. */
    int find(long key) {
      long[] d = data;
      for (int at = 0; at < d.length; at += STRIDE) {
        if (d[at] == key) {
          return at;
        }
      }
      return -1;
    }

    /** This leaf with {@code entry} written at word offset {@code at}, or inserted in hash order when -1. */
    Leaf with(Entry entry, long hash, int at, Object owner) {
      Map<String, Integer> extras = entry.addOns();
      if (at >= 0) {
        boolean inPlace = owner != null && owner == edit;
        long[] d = inPlace ? data : data.clone();
        Object[] a = addOns == null ? null : inPlace ? addOns : addOns.clone();
        if (a == null && extras != null) {
          a = new Object[count()];
        }
        write(d, at, entry);
        if (a != null) {
          a[at / STRIDE] = extras;
        }
        return update(d, a, owner);
      }
      int n = count();
      int pos = 0;
      while (pos < n && Long.compareUnsigned(hash(data[pos * STRIDE]), hash) < 0) {
        pos++;
      }
      long[] d = new long[data.length + STRIDE];
      System.arraycopy(data, 0, d, 0, pos * STRIDE);
      System.arraycopy(data, pos * STRIDE, d, (pos + 1) * STRIDE, (n - pos) * STRIDE);
      write(d, pos * STRIDE, entry);
      Object[] a = null;
      if (addOns != null || extras != null) {
        a = new Object[n + 1];
        if (addOns != null) {
          System.arraycopy(addOns, 0, a, 0, pos);
          System.arraycopy(addOns, pos, a, pos + 1, n - pos);
        }
        a[pos] = extras;
      }
      return update(d, a, owner);
    }

    Leaf without(int at, Object owner) {
      int n = count();
      int pos = at / STRIDE;
      long[] d = new long[data.length - STRIDE];
      System.arraycopy(data, 0, d, 0, at);
      System.arraycopy(data, at + STRIDE, d, at, data.length - at - STRIDE);
      Object[] a = null;
      if (addOns != null) {
        a = new Object[n - 1];
        System.arraycopy(addOns, 0, a, 0, pos);
        System.arraycopy(addOns, pos + 1, a, pos, n - pos - 1);
        a = nullIfEmpty(a);
      }
      return update(d, a, owner);
    }

    /** This leaf holding {@code d} and {@code a}: edited in place when {@code owner} owns it, else a copy. */
    private Leaf update(long[] d, Object[] a, Object owner) {
      if (owner != null && owner == edit) {
        data = d;
        addOns = a;
        return this;
      }
      return new Leaf(d, a, owner);
    }

    /** {@code a}, or null when it holds no add-on map (leaves without add-ons keep no array). */
    static Object[] nullIfEmpty(Object[] a) {
      return Arrays.stream(a).allMatch(x -> x == null) ? null : a;
    }

    /** A new leaf with entries {@code from} (inclusive) to {@code to} (exclusive) of this one. */
    Leaf range(int from, int to) {
      Object[] a = addOns == null ? null : nullIfEmpty(Arrays.copyOfRange(addOns, from, to));
      return new Leaf(Arrays.copyOfRange(data, from * STRIDE, to * STRIDE), a, null);
    }

    static void write(long[] d, int at, Entry entry) {
      d[at] = entry.key();
      d[at + 1] = entry.amountMinor();
      d[at + 2] = entry.epochSecond();
      d[at + 3] = entry.packed();
    }

    @Override
    void forEach(Consumer<Entry> action) {
      for (int at = 0; at < data.length; at += STRIDE) {
        action.accept(Entry.unpack(data, at, addOns));
      }
    }

    @Override
    boolean sameAs(Node other) {
      return other == this || other instanceof Leaf that && Arrays.equals(data, that.data)
          && Arrays.equals(normalized(addOns, count()), normalized(that.addOns, that.count()));
    }

    private static Object[] normalized(Object[] addOns, int n) {
      return addOns == null ? new Object[n] : addOns;
    }

    @Override
    int contentHash() {
      return Arrays.hashCode(data) * 31 + (addOns == null ? 0 : Arrays.stream(addOns)
          .mapToInt(x -> x == null ? 0 : x.hashCode()).sum());
    }

    @Override
    void collect(Builder into) {
      for (int at = 0; at < data.length; at += STRIDE) {
        into.add(data, at, addOns);
      }
    }

    /** Gathers entries, in order, into a new leaf. */
    static final class Builder {
      private long[] data = new long[STRIDE * 4];
      private Object[] addOns;
      private int count;

      void add(long[] from, int at, Object[] fromAddOns) {
        if ((count + 1) * STRIDE > data.length) {
          data = Arrays.copyOf(data, data.length * 2);
        }
        System.arraycopy(from, at, data, count * STRIDE, STRIDE);
        Object extras = fromAddOns == null ? null : fromAddOns[at / STRIDE];
        if (extras != null) {
          if (addOns == null) {
            addOns = new Object[data.length / STRIDE];
          } else if (addOns.length <= count) {
            addOns = Arrays.copyOf(addOns, data.length / STRIDE);
          }
          addOns[count] = extras;
        }
        count++;
      }

      Leaf build() {
        return new Leaf(Arrays.copyOf(data, count * STRIDE), addOns == null ? null : Arrays.copyOf(addOns, count),
            null);
      }
    }
  }

  private static final class Branch extends Node {
    int bitmap;
    Node[] children;
    int size;
    final Object edit;

    Branch(int bitmap, Node[] children, int size, Object edit) {
      this.bitmap = bitmap;
      this.children = children;
      this.size = size;
      this.edit = edit;
    }

    @Override
    int size() {
      return size;
    }

    Branch insertChild(int bit, int slot, Node child, Object owner) {
      Node[] c = new Node[children.length + 1];
      System.arraycopy(children, 0, c, 0, slot);
      System.arraycopy(children, slot, c, slot + 1, children.length - slot);
      c[slot] = child;
      return update(bitmap | bit, c, size + 1, owner);
    }

    Branch removeChild(int bit, int slot, Object owner) {
      Node[] c = new Node[children.length - 1];
      System.arraycopy(children, 0, c, 0, slot);
      System.arraycopy(children, slot + 1, c, slot, children.length - slot - 1);
      return update(bitmap & ~bit, c, size - 1, owner);
    }

    Branch replaceChild(int slot, Node child, int sizeChange, Object owner) {
      if (owner != null && owner == edit) {
        children[slot] = child;
        size += sizeChange;
        return this;
      }
      Node[] c = children.clone();
      c[slot] = child;
      return new Branch(bitmap, c, size + sizeChange, owner);
    }

    private Branch update(int newBitmap, Node[] newChildren, int newSize, Object owner) {
      if (owner != null && owner == edit) {
        bitmap = newBitmap;
        children = newChildren;
        size = newSize;
        return this;
      }
      return new Branch(newBitmap, newChildren, newSize, owner);
    }

    /** All entries of this branch in one leaf (only called when they fit). */
    Leaf collapse() {
      Leaf.Builder all = new Leaf.Builder();
      collect(all);
      return all.build();
    }

    @Override
    void collect(Leaf.Builder into) {
      for (Node child : children) {
        child.collect(into);
      }
    }

    @Override
    void forEach(Consumer<Entry> action) {
      for (Node child : children) {
        child.forEach(action);
      }
    }

    @Override
    boolean sameAs(Node other) {
      if (other == this) {
        return true;
      }
      if (!(other instanceof Branch that) || that.bitmap != bitmap || that.size != size) {
        return false;
      }
      for (int i = 0; i < children.length; i++) {
        if (!children[i].sameAs(that.children[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    int contentHash() {
      int h = bitmap;
      for (Node child : children) {
        h = h * 31 + child.contentHash();
      }
      return h;
    }
  }
}
