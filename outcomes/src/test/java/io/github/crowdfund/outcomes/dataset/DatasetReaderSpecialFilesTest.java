package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory or device given as a dataset file is refused before it is opened, so nothing blocks on it. */
class DatasetReaderSpecialFilesTest {

  private final DatasetReader reader = DatasetReader.create();

  @Test
  void aDirectoryIsRefusedByDetectReadAndCollect(@TempDir Path dir) {
    assertRefused(dir, "is a directory");
  }

  @Test
  void aDeviceIsRefusedByDetectReadAndCollect() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device), "needs /dev/null");
    assertRefused(device, "is not a regular file");
  }

  private void assertRefused(Path path, String reason) {
    assertThatThrownBy(() -> reader.detect(path)).isInstanceOf(FileSystemException.class).hasMessageContaining(reason);
    assertThatThrownBy(() -> reader.read(path, record -> { }, problem -> { }))
        .isInstanceOf(FileSystemException.class).hasMessageContaining(reason);
    assertThatThrownBy(() -> reader.collect(path, Collectors.counting(), problem -> { }))
        .isInstanceOf(FileSystemException.class).hasMessageContaining(reason);
  }
}
