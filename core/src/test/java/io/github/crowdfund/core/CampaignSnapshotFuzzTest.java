package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Coverage-guided fuzz tests of {@link CampaignSnapshot#read}. In {@code mvn verify} each target replays its corpus,
 * the files in {@code src/test/resources/io/github/crowdfund/core/CampaignSnapshotFuzzTestInputs/<method>/} (raw
 * bytes, seeded with the golden snapshot); {@code JAZZER_FUZZ=1} makes one target fuzz for its time budget.
 *
 * <p>The contract: {@code read} returns a campaign that writes back to a snapshot reading as an equal campaign, or
 * throws {@link InvalidSnapshotException} with a short message; nothing else, and never a hang.
 */
class CampaignSnapshotFuzzTest {

  /** Long enough for every refusal's message. */
  private static final int MAX_MESSAGE_LENGTH = 1_000;

  /** The input as it is: almost always refused by the checksum, which must hold against any bytes. */
  @FuzzTest(maxDuration = "30s")
  void snapshotRead(byte[] input) {
    assertContract(input);
  }

  /**
   * The input with its checksum written over its last four bytes, so that the fuzzer's changes reach every check
   * behind the checksum: the header, the counts, every value and every total.
   */
  @FuzzTest(maxDuration = "30s")
  void snapshotReadChecksummed(byte[] input) {
    byte[] snapshot = Arrays.copyOf(input, input.length + 4);
    CRC32 crc = new CRC32();
    crc.update(input);
    long value = crc.getValue();
    for (int i = 0; i < 4; i++) {
      snapshot[input.length + i] = (byte) (value >>> (24 - 8 * i));
    }
    assertContract(snapshot);
  }

  private static void assertContract(byte[] snapshot) {
    Campaign campaign;
    try {
      campaign = CampaignSnapshot.read(snapshot);
    } catch (InvalidSnapshotException refused) {
      assertThat(refused.getMessage()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
      return;
    }
    Campaign again = CampaignSnapshot.read(CampaignSnapshot.write(campaign));
    assertThat(again).isEqualTo(campaign);
    assertThat(again.eventCount()).isEqualTo(campaign.eventCount());
  }
}
