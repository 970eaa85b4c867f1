package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snapshot format itself: pinned by a golden file, and every damaged or impossible snapshot refused with
 * {@link InvalidSnapshotException}.
 */
class CampaignSnapshotFormatTest {

  /** The golden snapshot, as hex text; regenerate it with {@code -Dsnapshot.golden.write=true} after a bump. */
  private static final Path GOLDEN = Path.of("src/test/resources/snapshots/golden-v1.hex");
  private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
  private static final Instant LAUNCH = T0.plus(Duration.ofDays(2));
  private static final Instant DEADLINE = LAUNCH.plus(Duration.ofDays(30));

  // ---------------------------------------------------------------------------------------------- golden file

  @Test
  void theGoldenScenarioWritesExactlyThePinnedBytesAndReadsBack() throws IOException {
    Campaign campaign = goldenCampaign();
    byte[] written = CampaignSnapshot.write(campaign);
    if (Boolean.getBoolean("snapshot.golden.write")) {
      Files.writeString(GOLDEN, toHexLines(written), StandardCharsets.US_ASCII);
    }
    byte[] pinned = golden();
    assertThat(toHexLines(written)).as("the format changed: bump FORMAT_VERSION and regenerate the golden file")
        .isEqualTo(toHexLines(pinned));
    Campaign read = CampaignSnapshot.read(pinned);
    assertThat(read).isEqualTo(campaign);
    assertThat(read.position()).isEqualTo(campaign.position());
    assertThat(read.paymentPlans().of(BackerId.of(1))).isEqualTo(campaign.paymentPlans().of(BackerId.of(1)));
    assertThat(read.refunds().returnedTo(BackerId.of(3))).isEqualTo(Money.of(CurrencyUnit.USD, 5));
    assertThat(read.latePledges().of(BackerId.of(10))).isPresent();
  }

  /**
   * A campaign with a stretch goal, two tiers and an add-on; pledges with and without a reward, a shipping country,
   * add-ons and a sub-second instant; a payment plan with a collected and a failed payment; a declined charge; a late
   * pledge; a refund.
   */
  static Campaign goldenCampaign() {
    RewardTier lamp = RewardTier.builder().id("lamp").title("Lamp").price(usd(40)).limit(100)
        .addShipsTo(Country.of("DE"), Country.of("JP")).estimatedDelivery(YearMonth.of(2027, 1)).build();
    RewardTier early = RewardTier.builder().id("early").title("Early bird").price(usd(20))
        .availableUntil(LAUNCH.plus(Duration.ofDays(5))).estimatedDelivery(YearMonth.of(2026, 12)).build();
    AddOn strap = AddOn.builder().id("strap").title("Strap").price(usd(5)).perBackerMaximum(4).build();
    CampaignDefinition definition = CampaignDefinition.builder().id("golden").creator("maker").title("Lamps")
        .goal(Goal.allOrNothing(usd(300))).duration(Duration.ofDays(30))
        .stretchGoal(StretchGoal.of(usd(1_000), "Brass edition")).tier(lamp).tier(early).addOn(strap).build();
    PaymentPlanShape shape = new PaymentPlanShape("monthly-3", 3, 3, Period.ofMonths(1), Duration.ZERO,
        Map.of(CurrencyUnit.USD, usd(100)), 2, Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(14), false,
        true);
    CampaignRules rules = CampaignRules.defaults().withPaymentPlanShapes(List.of(shape));
    List<CampaignCommand> commands = List.of(
        new CampaignCommand.Create(T0, definition),
        new CampaignCommand.Submit(T0.plusSeconds(60)),
        new CampaignCommand.EnablePaymentPlans(T0.plusSeconds(90), shape),
        new CampaignCommand.EnableLatePledges(T0.plusSeconds(120), List.of(LateReward.of(lamp, usd(55))),
            Optional.empty()),
        new CampaignCommand.Launch(LAUNCH),
        new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(1), usd(300), LAUNCH.plusSeconds(3_600))),
        new CampaignCommand.ChoosePaymentPlan(LAUNCH.plusSeconds(3_601), BackerId.of(1), 3),
        new CampaignCommand.PlacePledge(Pledge.forReward(BackerId.of(2), usd(60), "lamp",
            LAUNCH.plusSeconds(7_200).plusNanos(250_000_000)).withAddOns(Map.of("strap", 2))
            .shippingTo(Country.of("JP"))),
        new CampaignCommand.PlacePledge(Pledge.forReward(BackerId.of(3), usd(25), "early", LAUNCH.plusSeconds(9_000))),
        new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(4), usd(40), LAUNCH.plusSeconds(86_400))),
        new CampaignCommand.End(DEADLINE),
        new CampaignCommand.ChargePledges(DEADLINE, Set.of(BackerId.of(4)), Set.of()),
        new CampaignCommand.ChargeInstallment(DEADLINE, BackerId.of(1), 1, InstallmentCharge.COLLECTED),
        new CampaignCommand.PlaceLatePledge(Pledge.forReward(BackerId.of(10), usd(55), "lamp",
            DEADLINE.plus(Duration.ofDays(3))).shippingTo(Country.of("DE")), LateCharge.COLLECTED),
        new CampaignCommand.RefundBacker(DEADLINE.plus(Duration.ofDays(5)), BackerId.of(3), usd(5),
            RefundReason.BACKER_REQUEST, RefundKind.REWARD),
        new CampaignCommand.ChargeInstallment(DEADLINE.plus(Duration.ofDays(31)), BackerId.of(1), 2,
            InstallmentCharge.FAILED));
    Campaign campaign = Campaign.initial();
    for (CampaignCommand command : commands) {
      campaign = campaign.apply(command, rules).orElseThrow();
    }
    return campaign;
  }

  @Test
  void pledgeInstantsKeepEverySubSecondPrecision() {
    Instant launch = CoreGenerators.LAUNCH;
    Campaign campaign = CoreGenerators.liveCampaign();
    int[] nanos = {0, 5_000_000, 7_000, 123, 999_999_999};
    for (int i = 0; i < nanos.length; i++) {
      campaign = campaign.apply(new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(i), usd(10 + i),
          launch.plusSeconds(60L * (i + 1)).plusNanos(nanos[i]))), CampaignRules.defaults()).orElseThrow();
    }
    Campaign read = CampaignSnapshot.read(CampaignSnapshot.write(campaign));
    assertThat(read).isEqualTo(campaign);
    for (int i = 0; i < nanos.length; i++) {
      assertThat(read.pledgeOf(BackerId.of(i)).orElseThrow().placedAt().getNano()).isEqualTo(nanos[i]);
    }
  }

  private static Money usd(long dollars) {
    return Money.of(CurrencyUnit.USD, dollars);
  }

  private static byte[] golden() {
    try {
      return HexFormat.of().parseHex(Files.readString(GOLDEN, StandardCharsets.US_ASCII).replaceAll("\\s", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String toHexLines(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (int from = 0; from < bytes.length; from += 32) {
      hex.append(HexFormat.of().formatHex(bytes, from, Math.min(bytes.length, from + 32))).append('\n');
    }
    return hex.toString();
  }

  // ---------------------------------------------------------------------------------------------- damage

  @Test
  void anySingleDamagedByteIsRefused() {
    byte[] snapshot = golden();
    qt().withExamples(2_000).forAll(integers().between(0, snapshot.length - 1), integers().between(1, 255))
        .checkAssert((position, mask) -> {
          byte[] damaged = snapshot.clone();
          damaged[position] ^= mask.byteValue();
          assertThatThrownBy(() -> CampaignSnapshot.read(damaged)).isInstanceOf(InvalidSnapshotException.class);
        });
  }

  @Test
  void aDamagedByteUnderAValidChecksumIsReadOrRefusedButNeverEscapesAsAnotherError() {
    byte[] body = Arrays.copyOf(golden(), golden().length - 4);
    qt().withExamples(5_000).forAll(integers().between(6, body.length - 1), integers().between(1, 255))
        .checkAssert((position, mask) -> {
          byte[] damaged = body.clone();
          damaged[position] ^= mask.byteValue();
          readOrRefuse(withChecksum(damaged));
        });
  }

  @Test
  void everyTruncationUnderAValidChecksumIsRefused() {
    byte[] body = Arrays.copyOf(golden(), golden().length - 4);
    for (int length = 6; length < body.length; length++) {
      byte[] truncated = withChecksum(Arrays.copyOf(body, length));
      assertThatThrownBy(() -> CampaignSnapshot.read(truncated)).as("first %d bytes", length)
          .isInstanceOf(InvalidSnapshotException.class);
    }
  }

  /** Reads a snapshot that may be refused, failing on any error but {@link InvalidSnapshotException}. */
  private static void readOrRefuse(byte[] snapshot) {
    try {
      CampaignSnapshot.read(snapshot);
    } catch (InvalidSnapshotException expected) {
      assertThat(expected.getMessage()).startsWith("invalid campaign snapshot");
    }
  }

  @Test
  void everyTruncationIsRefused() {
    byte[] snapshot = golden();
    for (int length = 0; length < snapshot.length; length++) {
      byte[] truncated = Arrays.copyOf(snapshot, length);
      assertThatThrownBy(() -> CampaignSnapshot.read(truncated)).as("first %d bytes", length)
          .isInstanceOf(InvalidSnapshotException.class);
    }
  }

  @Test
  void aTruncationWithAValidChecksumIsRefusedAtItsEnd() {
    byte[] snapshot = golden();
    byte[] body = Arrays.copyOf(snapshot, snapshot.length - 4);
    byte[] truncated = withChecksum(Arrays.copyOf(body, body.length - 3));
    assertThatThrownBy(() -> CampaignSnapshot.read(truncated)).isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void trailingBytesAreRefused() {
    byte[] snapshot = golden();
    byte[] longer = withChecksum(Arrays.copyOf(Arrays.copyOf(snapshot, snapshot.length - 4), snapshot.length - 2));
    assertThatThrownBy(() -> CampaignSnapshot.read(longer)).isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("2 trailing bytes")
        .satisfies(e -> assertThat(((InvalidSnapshotException) e).offset()).isEqualTo(snapshot.length - 4));
  }

  @Test
  void wrongMagicIsRefusedAtByteZero() {
    byte[] other = golden();
    other[0] = 'X';
    assertThatThrownBy(() -> CampaignSnapshot.read(other)).isInstanceOf(InvalidSnapshotException.class)
        .hasMessage("invalid campaign snapshot at byte 0: not a campaign snapshot: it does not start with the magic"
            + " bytes \"CFSN\"");
    assertThatThrownBy(() -> CampaignSnapshot.read(new byte[0])).isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("only 0 bytes");
  }

  @Test
  void aFutureFormatVersionIsRefusedNamingBothVersions() {
    byte[] future = golden();
    future[5] = 2;
    assertThatThrownBy(() -> CampaignSnapshot.read(withChecksum(Arrays.copyOf(future, future.length - 4))))
        .isInstanceOf(InvalidSnapshotException.class)
        .hasMessage("invalid campaign snapshot at byte 4: format version 2 is not the version 1 this library reads");
  }

  @Test
  void aDamagedBodyIsAChecksumMismatch() {
    byte[] damaged = golden();
    damaged[40] ^= 1;
    assertThatThrownBy(() -> CampaignSnapshot.read(damaged)).isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("checksum mismatch")
        .satisfies(e -> assertThat(((InvalidSnapshotException) e).offset()).isEqualTo(-1));
  }

  @Test
  void theInitialCampaignHasNoSnapshot() {
    assertThatThrownBy(() -> CampaignSnapshot.write(Campaign.initial())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never created");
  }

  // ---------------------------------------------------------------------------------------------- impossible values

  /** A draft, whose snapshot is short enough to build by hand: its header, log position and definition. */
  private static final CampaignDefinition DRAFT = CampaignDefinition.builder().id("c").creator("k").title("Lamps")
      .goal(Goal.allOrNothing(usd(500))).duration(Duration.ofDays(30)).build();

  /** The bytes of the draft's snapshot up to its lifecycle, written by hand, with the goal's target in cents. */
  private static SnapshotOutput draftUpToLifecycle(long targetCents) {
    SnapshotOutput out = new SnapshotOutput(64);
    out.raw("CFSN".getBytes(StandardCharsets.US_ASCII));
    out.u16(1);
    out.varlong(1);
    out.instantOrNull(T0);
    out.string("c");
    out.string("k");
    out.string("Lamps");
    out.u8(0);
    out.string("USD");
    out.signed(targetCents);
    out.varlong(FundingModel.ALL_OR_NOTHING.ordinal());
    out.duration(Duration.ofDays(30));
    out.varlong(0);
    out.varlong(0);
    out.varlong(0);
    return out;
  }

  private static byte[] draftSnapshot() {
    return CampaignSnapshot.write(Campaign.initial().evolve(new CampaignEvent.Created(T0, DRAFT)));
  }

  @Test
  void theDraftsSnapshotStartsWithTheDocumentedLayout() {
    byte[] prefix = draftUpToLifecycle(50_000).toByteArray();
    assertThat(Arrays.copyOf(draftSnapshot(), prefix.length)).isEqualTo(prefix);
  }

  @Test
  void anUnknownStatusOrdinalIsRefusedNamingItAndItsOffset() {
    byte[] snapshot = draftSnapshot();
    int status = draftUpToLifecycle(50_000).size();
    byte[] body = Arrays.copyOf(snapshot, snapshot.length - 4);
    body[status] = 99;
    assertThatThrownBy(() -> CampaignSnapshot.read(withChecksum(body))).isInstanceOf(InvalidSnapshotException.class)
        .hasMessage("invalid campaign snapshot at byte " + status + ": campaign status (an ordinal of CampaignStatus)"
            + " 99 is outside 0 to 7");
  }

  @Test
  void aNegativeGoalIsRefusedNamingIt() {
    byte[] snapshot = draftSnapshot();
    int original = draftUpToLifecycle(50_000).size();
    SnapshotOutput negative = draftUpToLifecycle(-50_000);
    negative.raw(Arrays.copyOfRange(snapshot, original, snapshot.length - 4));
    assertThatThrownBy(() -> CampaignSnapshot.read(withChecksum(negative.toByteArray())))
        .isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("impossible goal: goal target must be positive: USD -500.00");
  }

  @Test
  void anUnknownCurrencyIsRefusedNamingTheCode() {
    byte[] body = Arrays.copyOf(draftSnapshot(), draftSnapshot().length - 4);
    String text = new String(body, StandardCharsets.ISO_8859_1).replace("USD", "QQQ");
    assertThatThrownBy(() -> CampaignSnapshot.read(withChecksum(text.getBytes(StandardCharsets.ISO_8859_1))))
        .isInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("goal target has an unknown currency code 'QQQ'");
  }

  @Test
  void aRefundInAnotherCurrencyIsRefused() {
    byte[] body = Arrays.copyOf(golden(), golden().length - 4);
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int refund = text.lastIndexOf("USD"); // the last amount written is the refund's
    byte[] other = (text.substring(0, refund) + "EUR" + text.substring(refund + 3))
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CampaignSnapshot.read(withChecksum(other))).isInstanceOf(InvalidSnapshotException.class)
        .hasMessage("invalid campaign snapshot at byte " + (refund - 1) + ": reversal of backer 3 is in EUR, not in"
            + " the campaign currency USD");
  }

  @Test
  void aStoredTotalThatThePledgesDoNotAddUpToIsRefused() {
    byte[] snapshot = draftSnapshot();
    // after the definition: lifecycle (status and three absent values), the payment run (eight bytes: three absent
    // instants, no backer asked, not a fundraiser, no tips, tips total, failed donations), the country and add-on
    // tables and the pledge count, all zero; then the total
    int total = draftUpToLifecycle(50_000).size() + 4 + 8 + 3;
    byte[] body = Arrays.copyOf(snapshot, snapshot.length - 4);
    assertThat(body[total]).isZero();
    body[total] = 5;
    assertThatThrownBy(() -> CampaignSnapshot.read(withChecksum(body))).isInstanceOf(InvalidSnapshotException.class)
        .hasMessage("invalid campaign snapshot at byte " + total + ": the pledges add up to 0 minor units, not the 5"
            + " stored");
  }

  /** {@code body} followed by its CRC-32, as a snapshot ends. */
  private static byte[] withChecksum(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    byte[] all = Arrays.copyOf(body, body.length + 4);
    long value = crc.getValue();
    for (int i = 0; i < 4; i++) {
      all[body.length + i] = (byte) (value >>> (24 - 8 * i));
    }
    return all;
  }
}
