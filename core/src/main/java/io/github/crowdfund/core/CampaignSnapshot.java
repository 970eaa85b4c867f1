package io.github.crowdfund.core;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * A campaign's whole state as bytes, so that a store can load it from a snapshot plus the events after it instead
 * of replaying its whole log. The event log stays the source of truth: a snapshot is a cache, which {@link #read}
 * refuses with {@link InvalidSnapshotException} when it is damaged or of another format, and which can always be
 * rebuilt by replaying the log and calling {@link #write}.
 *
 * <p>{@code read(write(c))} equals {@code c} and decides every command as {@code c} does: every piece of state
 * round-trips, the position in the log (instant of the last event, event count) included. Derived values (the
 * totals, order count, tier and add-on counts, open plans, what went back to each backer) are recomputed on read;
 * where the snapshot also stores one, the two must agree.
 *
 * <p>Format version {@value #FORMAT_VERSION}. Fixed-width integers are big-endian. {@code varint} is an unsigned
 * variable-length integer: seven bits a byte, least significant group first, the high bit set on every byte but the
 * last; {@code svarint} a signed one, zigzag-encoded ({@code (n << 1) ^ (n >> 63)}) first. A string is a varint byte
 * length then UTF-8; an instant is svarint epoch second then varint nano; a duration svarint seconds then varint
 * nano; an amount its currency's ISO code (string) then svarint minor units; an optional value a byte 0 (absent) or
 * 1 (present) then the value; a list a varint count then the items; a map keyed by backer number a varint count
 * then, in ascending key order, the key's difference from the previous key (the first key itself) and the value.
 * Enums are written as their ordinals, so reordering the constants of an enum written here is a format change.
 *
 * <table>
 *   <caption>Snapshot layout</caption>
 *   <tr><th>Section</th><th>Contents</th></tr>
 *   <tr><td>header</td><td>magic {@code "CFSN"} (4 bytes ASCII), format version (u16)</td></tr>
 *   <tr><td>log position</td><td>event count (varint), instant of the last event (optional instant)</td></tr>
 *   <tr><td>definition</td><td>id, creator, title (strings); goal: a byte 0 then target (amount) and funding model
 *       (varint ordinal), or 1 then orders (varint) and price (amount); duration; stretch goals (list of threshold,
 *       description); tiers (list of tier: id, title, price, optional limit, optional available-from and -until
 *       instants, ships-to country codes sorted, estimated delivery year (svarint) and month (varint)); add-ons (list
 *       of id, title, price, optional limit, per-backer maximum)</td></tr>
 *   <tr><td>lifecycle</td><td>status (varint ordinal), optional launch instant, optional deadline, optional funding
 *       outcome (varint ordinal)</td></tr>
 *   <tr><td>pledge book</td><td>see below</td></tr>
 *   <tr><td>late pledges</td><td>optional enabled, planned end and ended instants; late rewards (list of tier, late
 *       price, optional end); rewards ended by command (list of id, instant, sorted by id); failed charges (varint);
 *       the late pledges' book (below, tiers = late rewards)</td></tr>
 *   <tr><td>payment plans</td><td>optional shape (id, minimum and maximum payments, interval years, months, days
 *       (svarints), first payment delay, minimums (list of amounts, by currency code), attempts, attempt spacing,
 *       first and later windows, editable and keeps-paid-on-stop (bytes)); optional instant of the last later payment
 *       collected; plans (map by backer of: payment count, per payment its state ordinal and attempt count (a byte
 *       each), a byte 1 if failure dates follow then per payment an optional instant, authentication requests (list
 *       of payment number, instant))</td></tr>
 *   <tr><td>reversals</td><td>map by backer of the list of reversals: instant, kind (varint ordinal), amount, and
 *       for a refund its reason and part (varint ordinals)</td></tr>
 *   <tr><td>checksum</td><td>CRC-32 of every byte before it (u32)</td></tr>
 * </table>
 *
 * <p>A pledge book: the payment run (optional charge, retry-window-end and closing instants; backers asked for
 * authentication as a list of ascending backer-number differences; fundraiser flag byte; tips as a map by backer of
 * varint minor units; the tips' total and the failed donation count (varints)); the table of countries its pledges
 * ship to (list of codes); the table of add-on ids its pledges name (list of strings); the pledge count, their total
 * in minor units and their order count (varints); then each pledge in trie order: backer-number difference from
 * the previous pledge's (svarint; the first pledge's from 0), amount in minor units (varint), epoch second placed as
 * a difference from the previous pledge's (svarint; the first from 0), a flags byte (bits 0-2 the {@link PaymentState} ordinal; bits 3-4 the sub-second
 * part of the instant: 0 none, 1 milliseconds, 2 microseconds, 3 nanoseconds follow; bit 5 a tier index follows,
 * bit 6 a country number in the table, bit 7 add-ons), then those that follow: the sub-second part, tier index,
 * country number (varints), add-ons (list of add-on number in the table, quantity). A pledge without a reward or
 * add-ons, placed at a millisecond, takes about seven bytes when backer numbers are dense.
 *
 * <p>The format is pinned by a golden file in the tests ({@code core/src/test/resources/snapshots/golden-v1.hex}):
 * an accidental change fails them; any deliberate change to the format must bump
 * {@link #FORMAT_VERSION}, so that snapshots of the old format are refused (and rebuilt from the log) rather than
 * misread.
 *
 * <p>Stateless; its methods are thread-safe.
 */
public final class CampaignSnapshot {

  /** The version of the format {@link #write} writes and {@link #read} reads. */
  public static final int FORMAT_VERSION = 1;

  /** Bits of a pledge's flags byte. */
  static final int PAYMENT_STATE = 0x07;
  /** Two bits: how the sub-second part of the instant follows, one of the four below. */
  static final int FRACTION = 0x18;
  static final int NO_FRACTION = 0x00;
  static final int MILLIS = 0x08;
  static final int MICROS = 0x10;
  static final int NANOS = 0x18;
  static final int TIER = 0x20;
  static final int COUNTRY = 0x40;
  static final int ADD_ONS = 0x80;

  private static final byte[] MAGIC = "CFSN".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + 2;
  private static final int CHECKSUM = 4;

  static {
    if (PaymentState.values().length > PAYMENT_STATE + 1) {
      throw new AssertionError("a pledge's flags byte has room for 8 payment states");
    }
  }

  private CampaignSnapshot() {}

  /**
   * Writes a campaign's whole state. O(n) in its pledges, plans and reversals.
   *
   * @param campaign the campaign; not null
   * @return a new array holding the snapshot
   * @throws IllegalArgumentException if the campaign was never created ({@link Campaign#initial()})
   */
  public static byte[] write(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    if (!campaign.isCreated()) {
      throw new IllegalArgumentException("the initial campaign has no state to snapshot: it was never created");
    }
    SnapshotOutput out = new SnapshotOutput(64 + campaign.backerCount() * 8);
    out.raw(MAGIC);
    out.u16(FORMAT_VERSION);
    new SnapshotWriter(out).campaign(campaign);
    CRC32 crc = new CRC32();
    crc.update(out.array(), 0, out.size());
    out.u32(crc.getValue());
    return out.toByteArray();
  }

  /**
   * Reads a snapshot written by {@link #write} in this format version. O(n) in its pledges.
   *
   * @param snapshot the bytes; not null, not changed
   * @return the campaign, equal to the one written and deciding every command as it did
   * @throws InvalidSnapshotException if the bytes are not a valid snapshot of format {@value #FORMAT_VERSION}:
   *     wrong magic, another version, a checksum mismatch, truncated, trailing bytes or an impossible value, naming
   *     the reason and the offset where known; never a partly built campaign
   */
  public static Campaign read(byte[] snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    if (snapshot.length < MAGIC.length || !Arrays.equals(snapshot, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new InvalidSnapshotException("not a campaign snapshot: it does not start with the magic bytes \"CFSN\""
          + (snapshot.length < MAGIC.length ? " (only " + snapshot.length + " bytes)" : ""), 0);
    }
    if (snapshot.length < HEADER + CHECKSUM) {
      throw new InvalidSnapshotException("truncated: " + snapshot.length + " bytes, fewer than a header and a checksum",
          snapshot.length);
    }
    int version = (snapshot[MAGIC.length] & 0xFF) << 8 | snapshot[MAGIC.length + 1] & 0xFF;
    if (version != FORMAT_VERSION) {
      throw new InvalidSnapshotException("format version " + version + " is not the version " + FORMAT_VERSION
          + " this library reads", MAGIC.length);
    }
    int end = snapshot.length - CHECKSUM;
    CRC32 crc = new CRC32();
    crc.update(snapshot, 0, end);
    long stored = (snapshot[end] & 0xFFL) << 24 | (snapshot[end + 1] & 0xFFL) << 16
        | (snapshot[end + 2] & 0xFFL) << 8 | snapshot[end + 3] & 0xFFL;
    if (crc.getValue() != stored) {
      throw new InvalidSnapshotException("checksum mismatch: the bytes are damaged or truncated (CRC-32 "
          + Long.toHexString(crc.getValue()) + ", stored " + Long.toHexString(stored) + ")", -1);
    }
    SnapshotInput in = new SnapshotInput(snapshot, HEADER, end);
    Campaign campaign;
    try {
      campaign = new SnapshotReader(in).campaign();
    } catch (InvalidSnapshotException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException | IndexOutOfBoundsException
        | ArithmeticException | DateTimeException e) {
      throw new InvalidSnapshotException("impossible value: " + e, in.position(), e);
    }
    if (in.remaining() != 0) {
      throw new InvalidSnapshotException(in.remaining() + " trailing bytes after the last section", in.position());
    }
    return campaign;
  }
}
