package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
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
   * Returns the file's size, when known: {@link DatasetReader#split} then stops looking for row starts after the last
   * range's, instead of scanning to the end (a CSV file's bytes after it are still checked to be UTF-8). A size that
   * is out of date gives other ranges, which read the same rows.
   *
   * @return the size in bytes, or -1 when not known (the default)
   * @throws IOException if the size cannot be read
   */
  default long size() throws IOException {
    return -1;
  }

  /**
   * Returns a local file, read through a file channel, with its size.
   *
   * @param file the file; not null
   * @return the source; never null
   */
  static SeekableSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new SeekableSource() {
      @Override
      public InputStream openAt(long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
          return Channels.newInputStream(channel.position(offset));
        } catch (IOException | RuntimeException e) {
          channel.close();
          throw e;
        }
      }

      @Override
      public long size() throws IOException {
        return Files.size(file);
      }
    };
  }
}
