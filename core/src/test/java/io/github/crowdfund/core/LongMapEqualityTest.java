package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Maps are equal exactly when they hold the same keys and values; removing from a root of two keeps the other. */
class LongMapEqualityTest {

  private static final LongMap<String> AB = LongMap.<String>empty().put(1, "a").put(2, "b");

  @Test
  void mapsOfTheSameEntriesAreEqualWhateverTheOrderOfTheirPuts() {
    LongMap<String> reversed = LongMap.<String>empty().put(2, "b").put(1, "a");
    assertThat(AB).isEqualTo(AB).isEqualTo(reversed).hasSameHashCodeAs(reversed);
    assertThat(AB.put(3, "c").remove(3)).isEqualTo(AB);
  }

  @Test
  void anotherValueAnotherKeyOrAnotherSizeMakesMapsDiffer() {
    LongMap<String> otherValue = LongMap.<String>empty().put(1, "a").put(2, "x");
    LongMap<String> otherKey = LongMap.<String>empty().put(1, "a").put(3, "b");
    assertThat(AB).isNotEqualTo(otherValue).isNotEqualTo(otherKey).isNotEqualTo(AB.put(3, "c"))
        .isNotEqualTo(AB.remove(2)).isNotEqualTo("{1=a, 2=b}").isNotEqualTo(null);
    assertThat(otherValue).isNotEqualTo(AB);
    assertThat(List.of(AB.hashCode(), otherValue.hashCode(), otherKey.hashCode(), AB.remove(2).hashCode()))
        .doesNotHaveDuplicates();
  }

  @Test
  void removingOneOfTwoKeysLeavesTheOther() {
    LongMap<String> left = AB.remove(1);
    assertThat(left.size()).isEqualTo(1);
    assertThat(left.get(2)).isEqualTo("b");
    assertThat(left.get(1)).isNull();
    assertThat(left.remove(2).size()).isZero();
    assertThat(AB.remove(7)).isSameAs(AB);
  }
}
