package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PledgeTriePaymentStateTest {

  @Test
  void everyPaymentStateSurvivesPackingBesideTheLargestTierAndCountry() {
    for (PaymentState state : PaymentState.values()) {
      PledgeTrie.Entry entry = new PledgeTrie.Entry(42, 1_000, 1_700_000_000L, 999_999_999, 0xFFFE, 0x7FE,
          Map.of("mug", 2), state);
      PledgeTrie.Entry stored = PledgeTrie.EMPTY.put(entry).get(42);
      assertThat(stored).isEqualTo(entry);
    }
  }

  @Test
  void changingAPaymentStateKeepsTheOtherFieldsAndTheSizeAndLeavesTheOldTrieAlone() {
    PledgeTrie before = PledgeTrie.EMPTY;
    for (long key = 0; key < 100; key++) {
      before = before.put(new PledgeTrie.Entry(key, key + 1, 1_700_000_000L, 5, -1, -1, null));
    }
    PledgeTrie after = before.put(before.get(7).withPayment(PaymentState.ERRORED));

    assertThat(after.size()).isEqualTo(100);
    assertThat(after.get(7)).isEqualTo(new PledgeTrie.Entry(7, 8, 1_700_000_000L, 5, -1, -1, null,
        PaymentState.ERRORED));
    assertThat(before.get(7).payment()).isEqualTo(PaymentState.PLEDGED);
    assertThat(after).isNotEqualTo(before);
  }
}
