package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Add-ons written over a pledge that had none, and tries equal whatever add-ons their pledges once had. */
class PledgeTrieAddOnsTest {

  private static PledgeTrie.Entry pledge(long key, Map<String, Integer> addOns) {
    return new PledgeTrie.Entry(key, 1_000 + key, 1_700_000_000L, 0, -1, -1, addOns);
  }

  @Test
  void addOnsWrittenOverAPledgeWithoutThemAreKept() {
    PledgeTrie trie = PledgeTrie.EMPTY.put(pledge(1, null)).put(pledge(2, null));
    PledgeTrie updated = trie.put(pledge(2, Map.of("mug", 2)));
    assertThat(updated.get(2).addOns()).isEqualTo(Map.of("mug", 2));
    assertThat(updated.get(1).addOns()).isNull();
    assertThat(trie.get(2).addOns()).isNull();
    PledgeTrie both = updated.put(pledge(1, Map.of("pin", 1)));
    assertThat(both.get(1).addOns()).isEqualTo(Map.of("pin", 1));
    assertThat(both.get(2).addOns()).isEqualTo(Map.of("mug", 2));
  }

  @Test
  void triesOfTheSamePledgesAreEqualWhateverAddOnsThePledgesOnceHad() {
    PledgeTrie plain = PledgeTrie.EMPTY.put(pledge(1, null)).put(pledge(2, null));
    PledgeTrie once = PledgeTrie.EMPTY.put(pledge(1, null)).put(pledge(2, Map.of("mug", 1))).put(pledge(2, null));
    assertThat(once).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(plain).isEqualTo(once);
    assertThat(once).isNotEqualTo(plain.put(pledge(2, Map.of("mug", 1))));
  }
}
