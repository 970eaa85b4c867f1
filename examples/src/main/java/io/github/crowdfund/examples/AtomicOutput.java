package io.github.crowdfund.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes every file the command line makes (CSV, charts, models, generated datasets) so that nothing is ever left
 * half-written: the content goes to a temporary file in the target's folder, which is moved into place in one step
 * once complete. If writing fails the temporary file is deleted and a file already at the target is left as it was.
 * A target that is a directory, a FIFO or a device, or whose folder does not exist, is refused before anything is
 * written. Stateless and thread-safe.
 */
final class AtomicOutput {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicOutput() {}

  /** Writes a file's whole content to the path it is given. */
  @FunctionalInterface
  interface FileWriting {
    /**
     * Writes the content.
     *
     * @param temporary where to write, a file that does not exist yet in the target's folder; not null
     * @throws IOException if writing fails
     */
    void writeTo(Path temporary) throws IOException;
  }

  /** Writes files into a folder and says which. */
  @FunctionalInterface
  interface FolderWriting {
    /**
     * Writes the files.
     *
     * @param temporary an empty folder inside the target folder; not null
     * @return the files written, each directly inside {@code temporary}; never null
     * @throws IOException if writing fails
     */
    List<Path> writeInto(Path temporary) throws IOException;
  }

  /**
   * Writes a file through a temporary file moved into place.
   *
   * @param target the file to create or replace; not null
   * @param writing writes the content; not null
   * @throws InvalidInputException if the target is a directory or a special file, or its folder does not exist
   * @throws IOException naming the target if writing or moving fails; nothing is left behind then
   */
  static void write(Path target, FileWriting writing) throws IOException {
    Path folder = checkTarget(target);
    Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
        + ".part");
    try {
      writing.writeTo(temporary);
      move(temporary, target);
    } catch (IOException e) {
      deleteQuietly(temporary, e);
      throw failed(target, e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temporary, e);
      throw e;
    }
  }

  /**
   * Writes files into a folder (created if needed) through a temporary folder inside it; each file is moved into
   * place once all are written.
   *
   * @param folder the folder; not null
   * @param writing writes the files; not null
   * @return the files in {@code folder}, in the order written; never null
   * @throws InvalidInputException if {@code folder} is a file or a special file
   * @throws IOException naming the folder if writing or moving fails; no written file is left behind then
   */
  static List<Path> writeInto(Path folder, FolderWriting writing) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new InvalidInputException("'" + folder + "' is not a folder; give the name of a folder to write into");
    }
    Files.createDirectories(folder);
    Path temporary = Files.createTempDirectory(folder, ".partial-");
    try {
      List<Path> moved = new ArrayList<>();
      for (Path written : writing.writeInto(temporary)) {
        Path target = folder.resolve(written.getFileName().toString());
        move(written, target);
        moved.add(target);
      }
      deleteTree(temporary);
      return List.copyOf(moved);
    } catch (IOException e) {
      deleteQuietly(temporary, e);
      throw failed(folder, e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temporary, e);
      throw e;
    }
  }

  /**
   * Refuses a target that cannot be a regular file.
   *
   * @return the target's folder, absolute
   */
  static Path checkTarget(Path target) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(target)) {
      throw new InvalidInputException("'" + target + "' is a directory; give the name of a file to write");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new InvalidInputException("'" + target + "' is not a regular file (a FIFO, device or socket); give the "
          + "name of a file to write");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new InvalidInputException("'" + target + "' cannot be written: the folder '" + folder
          + "' does not exist; create it first or write elsewhere");
    }
    return folder;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static IOException failed(Path target, IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException fileSystem && fileSystem.getReason() != null ? fileSystem.getReason()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IOException("'" + target + "' could not be written (" + reason + ") and is as it was before: check "
        + "the free space and permissions, or write elsewhere", e);
  }

  private static void deleteQuietly(Path temporary, Throwable failure) {
    try {
      deleteTree(temporary);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
