package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

  @TempDir
  Path dir;

  /** Writes some lines, then fails as a full disk would. */
  private static void halfWrite(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("first row\nsecond row\n");
      out.flush();
      throw new IOException("No space left on device");
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFailingWriterLeavesNoFile() throws IOException {
    Path target = dir.resolve("out.csv");
    assertThatThrownBy(() -> AtomicOutput.write(target, AtomicOutputTest::halfWrite))
        .isInstanceOf(IOException.class).hasMessageContaining("'" + target + "' could not be written")
        .hasMessageContaining("No space left on device");
    assertThat(names()).isEmpty();
  }

  @Test
  void aFailingWriterLeavesAnExistingFileAsItWas() throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "old content\n");
    assertThatThrownBy(() -> AtomicOutput.write(target, AtomicOutputTest::halfWrite)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> AtomicOutput.write(target, file -> {
      Files.writeString(file, "partial");
      throw new IllegalStateException("a bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(target)).isEqualTo("old content\n");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void aCompleteWriteReplacesTheTarget() throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "old content\n");
    AtomicOutput.write(target, file -> Files.writeString(file, "new content\n"));
    assertThat(Files.readString(target)).isEqualTo("new content\n");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void aFailingFolderWriteLeavesNoneOfItsFiles() throws IOException {
    Path folder = dir.resolve("scrapes");
    assertThatThrownBy(() -> AtomicOutput.writeInto(folder, temporary -> {
      Files.writeString(temporary.resolve("one.zip"), "complete");
      halfWrite(temporary.resolve("two.zip"));
      return List.of();
    })).isInstanceOf(IOException.class).hasMessageContaining("'" + folder + "'");
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
    List<Path> written = AtomicOutput.writeInto(folder, temporary -> List.of(
        Files.writeString(temporary.resolve("one.zip"), "1"), Files.writeString(temporary.resolve("two.zip"), "2")));
    assertThat(written).containsExactly(folder.resolve("one.zip"), folder.resolve("two.zip"));
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left.map(path -> path.getFileName().toString()).sorted()).containsExactly("one.zip", "two.zip");
    }
  }

  @Test
  void targetsThatCannotBeARegularFileAreRefusedBeforeWriting() {
    assertThatThrownBy(() -> AtomicOutput.write(dir, file -> Files.writeString(file, "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is a directory");
    Path nowhere = dir.resolve("missing/out.csv");
    assertThatThrownBy(() -> AtomicOutput.write(nowhere, file -> Files.writeString(file, "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
  }
}
