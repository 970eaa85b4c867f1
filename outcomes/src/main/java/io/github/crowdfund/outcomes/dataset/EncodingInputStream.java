package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The UTF-8 bytes of the characters of a {@link Reader}, read as they are needed, so that text given as characters
 * (or bytes in a character set the {@link CsvScanner} cannot read as bytes) goes through the same scanner. A lone
 * surrogate becomes {@code ?}. Does not close the reader.
 *
 * <p>Not thread-safe.
 */
final class EncodingInputStream extends InputStream {

  private static final int CHARS = 1 << 13;

  private final Reader reader;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(CHARS);
  /** Room for every char of {@link #chars} at three bytes each, or four per surrogate pair. */
  private final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3 + 4);
  private boolean endOfInput;
  private boolean finished;

  EncodingInputStream(Reader reader) {
    this.reader = reader;
    chars.flip();
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (!refill()) {
        return -1;
      }
    }
    int count = Math.min(length, bytes.remaining());
    bytes.get(target, offset, count);
    return count;
  }

  private boolean refill() throws IOException {
    if (finished) {
      return false;
    }
    bytes.clear();
    if (!endOfInput) {
      chars.compact();
      if (reader.read(chars) < 0) {
        endOfInput = true;
      }
      chars.flip();
    }
    encoder.encode(chars, bytes, endOfInput);
    if (endOfInput) {
      encoder.flush(bytes);
      finished = true;
    }
    bytes.flip();
    return true;
  }
}
