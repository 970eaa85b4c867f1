package io.github.crowdfund.examples;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the files named on a command line: a file stands for itself, a folder for the files in it and its
 * sub-folders (hidden ones skipped), and a name with {@code *}, {@code ?}, {@code [} or <code>{</code> for the files
 * it matches as a glob ({@code scrapes/Kickstarter_2019-*.zip}, {@code data/**}{@code /*.csv}), each in name order.
 * A file named twice is read once.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * Expands the names.
   *
   * @param names files, folders and globs; not null
   * @return the files, each once, in the order named; never null
   * @throws NoSuchFileException naming what does not exist, an empty folder or a glob that matches nothing
   * @throws IOException if a folder cannot be listed
   */
  static List<Path> expand(List<String> names) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (String name : names) {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        List<Path> inside = walk(path, file -> true);
        if (inside.isEmpty()) {
          throw new NoSuchFileException(name, null, "the folder holds no file to read");
        }
        files.addAll(inside);
      } else if (Files.exists(path) || !isGlob(name)) {
        if (!Files.exists(path)) {
          throw new NoSuchFileException(name);
        }
        files.add(path);
      } else {
        Path base = base(name);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
        List<Path> matched = walk(base, matcher::matches);
        if (matched.isEmpty()) {
          throw new NoSuchFileException(name, null, "no file matches");
        }
        files.addAll(matched);
      }
    }
    return List.copyOf(files);
  }

  private static boolean isGlob(String name) {
    return name.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Returns the folder before the first path element with a glob character. */
  private static Path base(String glob) {
    Path path = Path.of(glob);
    Path base = path.getRoot();
    for (Path element : path) {
      if (isGlob(element.toString())) {
        break;
      }
      base = base == null ? element : base.resolve(element);
    }
    return base == null ? Path.of(".") : base;
  }

  private static List<Path> walk(Path folder, PathMatcher filter) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    boolean relative = !folder.isAbsolute() && folder.equals(Path.of("."));
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.filter(Files::isRegularFile)
          .filter(path -> !hidden(folder.relativize(path)))
          .map(path -> relative ? folder.relativize(path) : path)
          .filter(filter::matches)
          .sorted()
          .forEach(found::add);
    }
    return found;
  }

  private static boolean hidden(Path relative) {
    for (Path element : relative) {
      if (element.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
