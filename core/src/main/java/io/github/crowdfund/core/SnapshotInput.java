package io.github.crowdfund.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The bytes of a snapshot being read, decoded as {@link SnapshotOutput} encodes them, every read checked: a read
 * past the end, an overlong or out-of-range integer, a presence byte other than 0 or 1, malformed UTF-8 or an unknown
 * enum ordinal throws {@link InvalidSnapshotException} naming the offset.
 *
 * <p>Not thread-safe: one reader per snapshot.
 */
final class SnapshotInput {

  /** The earliest and latest epoch seconds an {@link Instant} holds. */
  private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
  private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private final byte[] bytes;
  private final int end;
  private int position;

  /** Reads {@code bytes} from {@code start} up to {@code end} (exclusive). */
  SnapshotInput(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.position = start;
    this.end = end;
  }

  int position() {
    return position;
  }

  int remaining() {
    return end - position;
  }

  /** A failure at the current position. */
  InvalidSnapshotException invalid(String reason) {
    return new InvalidSnapshotException(reason, position);
  }

  /** A failure at {@code offset}. */
  static InvalidSnapshotException invalidAt(int offset, String reason) {
    return new InvalidSnapshotException(reason, offset);
  }

  private void need(int count, String what) {
    if (count > end - position) {
      throw invalid("truncated: " + what + " needs " + count + " more bytes, " + (end - position) + " left");
    }
  }

  int u8() {
    need(1, "a byte");
    return bytes[position++] & 0xFF;
  }

  /** An unsigned variable-length integer of at most ten bytes. */
  long varlong() {
    int start = position;
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= end) {
        throw invalidAt(start, "truncated: a variable-length integer runs past the end");
      }
      byte b = bytes[position++];
      if (shift == 63 && (b & 0xFE) != 0) {
        throw invalidAt(start, "a variable-length integer is longer than 64 bits");
      }
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw invalidAt(start, "a variable-length integer is longer than ten bytes");
  }

  /** A zigzag-encoded signed variable-length integer. */
  long signed() {
    long raw = varlong();
    return (raw >>> 1) ^ -(raw & 1);
  }

  /** A variable-length integer from {@code min} to {@code max}, else a failure naming {@code what}. */
  long varlong(long min, long max, String what) {
    int start = position;
    long value = varlong();
    if (value < min || value > max) {
      throw invalidAt(start, what + " " + Long.toUnsignedString(value) + " is outside " + min + " to " + max);
    }
    return value;
  }

  /** A variable-length int from {@code min} to {@code max}. */
  int varint(int min, int max, String what) {
    return (int) varlong(min, max, what);
  }

  /** A count of items that each take at least one byte: at most the bytes left. */
  int count(String what) {
    return varint(0, Math.min(Integer.MAX_VALUE, remaining()), what);
  }

  boolean bool(String what) {
    int start = position;
    int value = u8();
    if (value > 1) {
      throw invalidAt(start, what + " must be 0 or 1, not " + value);
    }
    return value == 1;
  }

  <E extends Enum<E>> E ordinal(E[] values, String what) {
    return values[varint(0, values.length - 1, what + " (an ordinal of " + values[0].getDeclaringClass()
        .getSimpleName() + ")")];
  }

  String string(String what) {
    int length = varint(0, remaining(), what + " length");
    int start = position;
    try {
      String value = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, position, length))
          .toString();
      position += length;
      return value;
    } catch (CharacterCodingException e) {
      throw invalidAt(start, what + " is not UTF-8");
    }
  }

  Instant instant(String what) {
    int start = position;
    long second = signed();
    long nano = varlong();
    if (second < MIN_SECOND || second > MAX_SECOND || nano < 0 || nano >= NANOS_PER_SECOND) {
      throw invalidAt(start, what + " is not an instant: second " + second + ", nano " + nano);
    }
    return Instant.ofEpochSecond(second, nano);
  }

  Duration duration(String what) {
    int start = position;
    long seconds = signed();
    long nano = varlong();
    if (nano < 0 || nano >= NANOS_PER_SECOND) {
      throw invalidAt(start, what + " is not a duration: nano " + nano);
    }
    return Duration.ofSeconds(seconds, nano);
  }

  CurrencyUnit currency(String what) {
    int start = position;
    String code = string(what + " currency");
    try {
      return CurrencyUnit.of(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidSnapshotException(what + " has an unknown currency code '" + code + "'", start, e);
    }
  }

  Money money(String what) {
    CurrencyUnit currency = currency(what);
    return Money.ofMinor(currency, signed());
  }

  <T> Optional<T> optional(String what, Supplier<T> reader) {
    return bool(what + " presence") ? Optional.of(reader.get()) : Optional.empty();
  }

  /** An optional instant, null when absent. */
  Instant instantOrNull(String what) {
    return optional(what, () -> instant(what)).orElse(null);
  }
}
