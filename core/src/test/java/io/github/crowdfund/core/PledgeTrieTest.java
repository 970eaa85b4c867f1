package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PledgeTrieTest {

  private static PledgeTrie.Entry entry(long key, long amount) {
    return new PledgeTrie.Entry(key, amount, 1_700_000_000L + key, (int) (key % 1_000_000_000L),
        (int) (key % 5) - 1, (int) (key % 676), key % 7 == 0 ? Map.of("mug", (int) (key % 3) + 1) : null);
  }

  private static Map<Long, PledgeTrie.Entry> contents(PledgeTrie trie) {
    Map<Long, PledgeTrie.Entry> all = new HashMap<>();
    trie.forEach(e -> assertThat(all.put(e.key(), e)).as("key %s seen once", e.key()).isNull());
    return all;
  }

  @Test
  void entriesRoundTripEveryPackedField() {
    PledgeTrie.Entry max = new PledgeTrie.Entry(Long.MAX_VALUE, Long.MAX_VALUE, -62_135_596_800L, 999_999_999,
        65_534, 675, Map.of("a", 1));
    PledgeTrie.Entry none = new PledgeTrie.Entry(0, 1, 0, 0, -1, -1, null);
    PledgeTrie trie = PledgeTrie.EMPTY.put(max).put(none);
    assertThat(trie.get(Long.MAX_VALUE)).isEqualTo(max);
    assertThat(trie.get(0)).isEqualTo(none);
    assertThat(trie.get(5)).isNull();
  }

  @Test
  void randomPutsAndRemovesAgreeWithAHashMapAndNeverChangeEarlierVersions() {
    Random random = new Random(42);
    Map<Long, PledgeTrie.Entry> model = new HashMap<>();
    PledgeTrie trie = PledgeTrie.EMPTY;
    List<PledgeTrie> versions = new ArrayList<>();
    List<Map<Long, PledgeTrie.Entry>> models = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      long key = random.nextInt(3_000);
      if (random.nextInt(3) == 0) {
        model.remove(key);
        trie = trie.remove(key);
      } else {
        PledgeTrie.Entry e = entry(key, random.nextInt(1_000_000) + 1);
        model.put(key, e);
        trie = trie.put(e);
      }
      assertThat(trie.size()).isEqualTo(model.size());
      if (step % 1_000 == 0) {
        versions.add(trie);
        models.add(new HashMap<>(model));
      }
    }
    assertThat(contents(trie)).isEqualTo(model);
    for (long key = 0; key < 3_000; key++) {
      assertThat(trie.get(key)).isEqualTo(model.get(key));
    }
    for (int i = 0; i < versions.size(); i++) {
      assertThat(contents(versions.get(i))).isEqualTo(models.get(i));
    }
  }

  @Test
  void theSameKeysGiveEqualTriesWhateverTheOrderOfInsertionAndRemoval() {
    List<Long> keys = new ArrayList<>();
    for (long k = 0; k < 5_000; k++) {
      keys.add(k * 7_919);
    }
    PledgeTrie ascending = PledgeTrie.EMPTY;
    for (long k : keys) {
      ascending = ascending.put(entry(k, k + 1));
    }
    Collections.shuffle(keys, new Random(7));
    PledgeTrie shuffledWithExtras = PledgeTrie.EMPTY;
    for (long k : keys) {
      shuffledWithExtras = shuffledWithExtras.put(entry(k + 1, 3)).put(entry(k, k + 1));
    }
    for (long k : keys) {
      shuffledWithExtras = shuffledWithExtras.remove(k + 1);
    }
    assertThat(shuffledWithExtras).isEqualTo(ascending).hasSameHashCodeAs(ascending);
    assertThat(shuffledWithExtras.put(entry(keys.get(0), 99))).isNotEqualTo(ascending);
  }

  @Test
  void triesSharingSubtreesAreEqualAndOneEntryMoreOrLessMakesThemDiffer() {
    PledgeTrie base = PledgeTrie.EMPTY;
    for (long k = 0; k < 1_000; k++) {
      base = base.put(entry(k * 7_919, k + 1));
    }
    PledgeTrie once = base.put(entry(1, 5));
    PledgeTrie again = base.put(entry(1, 5));
    assertThat(once.equals(again)).isTrue();
    assertThat(once.equals(once)).isTrue();
    assertThat(once.hashCode()).isEqualTo(again.hashCode());
    assertThat(once.equals(base)).isFalse();
    assertThat(base.equals(base.remove(7_919))).isFalse();
    assertThat(base.equals(base.put(entry(7_919, 3)))).isFalse();
  }

  @Test
  void removingEverythingLeavesATrieEqualToEmpty() {
    PledgeTrie trie = PledgeTrie.EMPTY;
    for (long k = 0; k < 2_000; k++) {
      trie = trie.put(entry(k, 1));
    }
    for (long k = 0; k < 2_000; k++) {
      trie = trie.remove(k);
    }
    assertThat(trie).isEqualTo(PledgeTrie.EMPTY);
    assertThat(trie.size()).isZero();
  }

  @Test
  void removingAnAbsentKeyReturnsTheSameTrie() {
    PledgeTrie trie = PledgeTrie.EMPTY.put(entry(1, 1)).put(entry(2, 2));
    assertThat(trie.remove(3)).isSameAs(trie);
  }

  @Test
  void aTransientTrieEditedInPlaceEndsEqualToThePersistentOneAndLeavesItsSourceUnchanged() {
    PledgeTrie base = PledgeTrie.EMPTY;
    for (long k = 0; k < 1_000; k++) {
      base = base.put(entry(k, 1));
    }
    Map<Long, PledgeTrie.Entry> baseContents = contents(base);
    Random random = new Random(3);
    PledgeTrie persistent = base;
    PledgeTrie edited = base.toTransient();
    for (int step = 0; step < 10_000; step++) {
      long key = random.nextInt(4_000);
      if (random.nextInt(4) == 0) {
        persistent = persistent.remove(key);
        edited = edited.remove(key);
      } else {
        PledgeTrie.Entry e = entry(key, step + 1);
        persistent = persistent.put(e);
        edited = edited.put(e);
      }
    }
    PledgeTrie sealed = edited.persistent();
    assertThat(sealed).isEqualTo(persistent);
    assertThat(contents(base)).isEqualTo(baseContents);
    PledgeTrie after = sealed.put(entry(10_000, 1));
    assertThat(after).isNotSameAs(sealed);
    assertThat(sealed.get(10_000)).isNull();
  }

  @Test
  void keysDifferingOnlyInTheLastLevelShareOneLeafOfUpToThirtyTwo() {
    long[] keys = new long[32];
    PledgeTrie trie = PledgeTrie.EMPTY;
    for (int i = 0; i < 32; i++) {
      keys[i] = Long.rotateRight(0x7ABC_DEF0_1234_5600L | i, Long.SIZE - 29);
      trie = trie.put(entry(keys[i], i + 1));
    }
    assertThat(trie.size()).isEqualTo(32);
    for (int i = 0; i < 32; i++) {
      assertThat(PledgeTrie.hash(keys[i]) >>> 5).isEqualTo(0x7ABC_DEF0_1234_5600L >>> 5);
      assertThat(trie.get(keys[i]).amountMinor()).isEqualTo(i + 1);
    }
    for (int i = 0; i < 32; i += 2) {
      trie = trie.remove(keys[i]);
    }
    assertThat(trie.size()).isEqualTo(16);
    assertThat(trie.get(keys[1]).amountMinor()).isEqualTo(2);
  }

  @Test
  void aWalkVisitsEntriesInUnsignedHashOrder() {
    PledgeTrie trie = PledgeTrie.EMPTY;
    Random random = new Random(11);
    for (int i = 0; i < 3_000; i++) {
      trie = trie.put(entry(random.nextLong() & Long.MAX_VALUE, 1));
    }
    List<Long> hashes = new ArrayList<>();
    trie.forEach(e -> hashes.add(PledgeTrie.hash(e.key())));
    assertThat(hashes).hasSize(3_000).isSortedAccordingTo(Long::compareUnsigned);
  }

  @Test
  void anySequenceOfEditsAgreesWithAHashMapAndTransientEditsGiveAnEqualTrie() {
    qt().withExamples(200).forAll(CoreGenerators.trieEdits()).checkAssert(edits -> {
      Map<Long, PledgeTrie.Entry> model = new HashMap<>();
      PledgeTrie persistent = PledgeTrie.EMPTY;
      PledgeTrie edited = PledgeTrie.EMPTY.toTransient();
      int step = 0;
      for (long edit : edits) {
        long key = Math.abs(edit);
        if (edit < 0) {
          model.remove(key);
          persistent = persistent.remove(key);
          edited = edited.remove(key);
        } else {
          PledgeTrie.Entry e = entry(key, ++step);
          model.put(key, e);
          persistent = persistent.put(e);
          edited = edited.put(e);
        }
      }
      assertThat(contents(persistent)).isEqualTo(model);
      assertThat(edited.persistent()).isEqualTo(persistent).hasSameHashCodeAs(persistent);
    });
  }
}
