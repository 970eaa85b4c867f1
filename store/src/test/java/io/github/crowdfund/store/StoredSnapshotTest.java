package io.github.crowdfund.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignId;
import org.junit.jupiter.api.Test;

/** The snapshot row: its checks, its value equality over the bytes, and whether it still stands on the log. */
class StoredSnapshotTest {

  private static final CampaignId LAMP = CampaignId.of("lamp");

  private static StoredSnapshot row(long version, long position, long logPosition, int format, byte... state) {
    return new StoredSnapshot(LAMP, version, position, logPosition, format, state);
  }

  @Test
  void aRowStandsOnTheLogOnlyWhileTheEventAtItsVersionIsTheOneItWasSavedAfter() {
    assertThat(row(8, 40, 40, 1, (byte) 7).matchesLog()).isTrue();
    assertThat(row(8, 40, 41, 1, (byte) 7).matchesLog()).isFalse();
    assertThat(row(8, 40, 0, 1, (byte) 7).matchesLog()).isFalse();
  }

  @Test
  void rowsAreEqualByTheirValuesAndTheirBytes() {
    StoredSnapshot row = row(8, 40, 40, 1, (byte) 1, (byte) 2);

    assertThat(row).isEqualTo(row(8, 40, 40, 1, (byte) 1, (byte) 2))
        .hasSameHashCodeAs(row(8, 40, 40, 1, (byte) 1, (byte) 2))
        .isNotEqualTo(row(8, 40, 40, 1, (byte) 1, (byte) 3))
        .isNotEqualTo(row(9, 40, 40, 1, (byte) 1, (byte) 2))
        .isNotEqualTo(row(8, 41, 40, 1, (byte) 1, (byte) 2))
        .isNotEqualTo(row(8, 40, 41, 1, (byte) 1, (byte) 2))
        .isNotEqualTo(row(8, 40, 40, 2, (byte) 1, (byte) 2))
        .isNotEqualTo(new StoredSnapshot(CampaignId.of("kettle"), 8, 40, 40, 1, new byte[] {1, 2}))
        .isNotEqualTo("lamp");
    assertThat(row.hashCode()).isNotEqualTo(row(8, 40, 40, 1, (byte) 1, (byte) 3).hashCode());
    assertThat(row).hasToString("StoredSnapshot[lamp at version 8, position 40 (log: 40), format 1, 2 bytes]");
  }

  @Test
  void aRowOutsideTheLogIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> row(0, 40, 40, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be at least 1: 0");
    assertThatThrownBy(() -> row(8, 0, 40, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position must be at least 1: 0");
    assertThatThrownBy(() -> new StoredSnapshot(LAMP, 8, 40, 40, 1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("state");
    assertThatThrownBy(() -> new StoredSnapshot(null, 8, 40, 40, 1, new byte[0]))
        .isInstanceOf(NullPointerException.class).hasMessage("campaign");
  }
}
