package io.github.crowdfund.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * The bytes of a snapshot being written, with the encodings {@link CampaignSnapshot} documents: fixed-width
 * big-endian integers, variable-length integers (seven bits a byte, least significant group first, the high bit set
 * on every byte but the last; signed ones zigzag-encoded first), strings, instants, durations and amounts.
 *
 * <p>Not thread-safe: one writer per snapshot.
 */
final class SnapshotOutput {

  private byte[] bytes;
  private int size;

  SnapshotOutput(int expected) {
    bytes = new byte[Math.max(expected, 64)];
  }

  int size() {
    return size;
  }

  /** A copy of the bytes written. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** The array holding the bytes written (first {@link #size()} of them); not a copy. */
  byte[] array() {
    return bytes;
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  void u8(int value) {
    room(1);
    bytes[size++] = (byte) value;
  }

  void u16(int value) {
    u8(value >>> 8);
    u8(value);
  }

  void u32(long value) {
    u16((int) (value >>> 16) & 0xFFFF);
    u16((int) value & 0xFFFF);
  }

  void raw(byte[] values) {
    room(values.length);
    System.arraycopy(values, 0, bytes, size, values.length);
    size += values.length;
  }

  /** An unsigned variable-length integer (a negative long takes ten bytes). */
  void varlong(long value) {
    room(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /** A signed variable-length integer, zigzag-encoded: small magnitudes take few bytes. */
  void signed(long value) {
    varlong((value << 1) ^ (value >> 63));
  }

  void bool(boolean value) {
    u8(value ? 1 : 0);
  }

  void ordinal(Enum<?> value) {
    varlong(value.ordinal());
  }

  void string(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    varlong(utf8.length);
    raw(utf8);
  }

  void instant(Instant value) {
    signed(value.getEpochSecond());
    varlong(value.getNano());
  }

  void duration(Duration value) {
    signed(value.getSeconds());
    varlong(value.getNano());
  }

  /** An amount with its currency: the ISO code, then the amount in minor units. */
  void money(Money value) {
    string(value.getCurrencyUnit().getCode());
    signed(value.getAmountMinorLong());
  }

  /** A presence byte (0 absent, 1 present), then the value if present. */
  <T> void optional(Optional<T> value, Consumer<T> writer) {
    bool(value.isPresent());
    value.ifPresent(writer);
  }

  /** An instant that may be null: as an optional one. */
  void instantOrNull(Instant value) {
    optional(Optional.ofNullable(value), this::instant);
  }
}
