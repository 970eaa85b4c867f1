package io.github.crowdfund.outcomes.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Tells a consumer how many bytes were read through it, as they are read: for progress bars.
 *
 * <p>Not thread-safe: one instance per stream.
 */
final class CountingInputStream extends FilterInputStream {

  private final LongConsumer progress;

  CountingInputStream(InputStream in, LongConsumer progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      progress.accept(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      progress.accept(n);
    }
    return n;
  }
}
