package io.github.crowdfund.examples;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The file formats of charts, told by the chart file's extension. */
enum ChartFormat {
  /** A PNG bitmap. */
  PNG,
  /** SVG vector graphics (drawn by VectorGraphics2D). */
  SVG,
  /** A one-page PDF (drawn by Apache PDFBox). */
  PDF;

  /** Returns the file name extension, with its dot: {@code .png}. */
  String extension() {
    return "." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format a file name asks for, by its extension in any case.
   *
   * @param file the chart file; not null
   * @return the format, or empty when the extension is none of {@link #extensions()}
   */
  static Optional<ChartFormat> of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(format -> lower.endsWith(format.extension())).findFirst();
  }

  /** Returns the extensions, for messages: {@code .png, .svg or .pdf}. */
  static String extensions() {
    String all = Arrays.stream(values()).map(ChartFormat::extension).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  /** Reads a chart file option: a path whose extension names a format, refused otherwise. */
  static final class Files implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path file = Path.of(value);
      if (of(file).isEmpty()) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        throw new TypeConversionException("'" + value + "': " + (dot < 0 ? "the name has no extension"
            : "'" + name.substring(dot) + "' is not a chart format") + "; name the file " + extensions());
      }
      return file;
    }
  }
}
