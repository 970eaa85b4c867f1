package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The persistent map of payment plans behaves as a map, and old versions stay as they were. */
class LongMapTest {

  @Test
  void putsAndRemovesAgreeWithAHashMapAndLeaveOlderVersionsUnchanged() {
    qt().withExamples(200).forAll(CoreGenerators.trieEdits()).checkAssert(edits -> {
      LongMap<Long> map = LongMap.empty();
      Map<Long, Long> expected = new HashMap<>();
      List<LongMap<Long>> versions = new ArrayList<>();
      List<Map<Long, Long>> snapshots = new ArrayList<>();
      long step = 0;
      for (long edit : edits) {
        long key = Math.abs(edit);
        if (edit < 0) {
          map = map.remove(key);
          expected.remove(key);
        } else {
          map = map.put(key, step);
          expected.put(key, step);
        }
        step++;
        versions.add(map);
        snapshots.add(new HashMap<>(expected));
      }
      for (int i = 0; i < versions.size(); i++) {
        assertThat(contents(versions.get(i))).isEqualTo(snapshots.get(i));
        assertThat(versions.get(i).size()).isEqualTo(snapshots.get(i).size());
        for (Map.Entry<Long, Long> entry : snapshots.get(i).entrySet()) {
          assertThat(versions.get(i).get(entry.getKey())).isEqualTo(entry.getValue());
        }
      }
      LongMap<Long> rebuilt = LongMap.empty();
      for (Map.Entry<Long, Long> entry : expected.entrySet()) {
        rebuilt = rebuilt.put(entry.getKey(), entry.getValue());
      }
      assertThat(rebuilt).isEqualTo(map).hasSameHashCodeAs(map);
    });
  }

  private static Map<Long, Long> contents(LongMap<Long> map) {
    Map<Long, Long> all = new HashMap<>();
    map.forEach(all::put);
    return all;
  }
}
