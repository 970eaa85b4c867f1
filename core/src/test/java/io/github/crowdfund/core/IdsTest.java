package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ids' ranges and how they print. */
class IdsTest {

  @Test
  void aBackerIdIsZeroOrMoreAndANegativeOneIsQuoted() {
    assertThat(BackerId.of(0).value()).isZero();
    assertThatThrownBy(() -> BackerId.of(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("backer id must be at least 0: -1");
  }

  @Test
  void idsPrintAsTheirValue() {
    assertThat(CreatorId.of("ada")).hasToString("ada");
    assertThat(CampaignId.of("lamp")).hasToString("lamp");
  }
}
