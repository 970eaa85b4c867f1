package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The bytes of one file, opened at any offset: what {@link DatasetReader#split} scans and
 * {@link DatasetReader#readSplit} reads a range of. A local file is {@link #of(Path)}; a file on another file system
 * is a stream opened and moved to the offset (Hadoop's {@code FSDataInputStream.seek}, for one).
 *
 * <p>Implementations must be safe to call from several threads, each call opening its own stream.
 */
@FunctionalInterface
public interface SeekableSource {

  /**
   * Opens the file with its first byte at {@code offset}; the caller closes the stream.
   *
   * @param offset the offset in bytes, zero or more; at or past the end of the file gives an empty stream
   * @return the stream; never null
   * @throws IOException if the file cannot be opened
   */
  InputStream openAt(long offset) throws IOException;

  /**
   * Returns a local file, read through a file channel.
   *
   * @param file the file; not null
   * @return the source; never null
   */
  static SeekableSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return offset -> {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      try {
        return Channels.newInputStream(channel.position(offset));
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    };
  }
}
