package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function0;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.input.PortableDataStream;

/** Reading one file inside an executor, and merging what files gave. */
final class FileTask {

  private FileTask() {}

  /** Returns an array for RDDs of partial reads (generic arrays cannot be created directly). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <A> JavaRDD<Partial<A>>[] rddArray(int length) {
    return new JavaRDD[length];
  }

  /** Reads one file with the library's reader into a new accumulator. */
  static <A extends Consumer<ProjectRecord> & Serializable> Partial<A> read(int index, String file,
      PortableDataStream stream, Function0<A> zero) throws Exception {
    A accumulator = zero.call();
    List<RowProblem> problems = new ArrayList<>();
    try (InputStream in = stream.open()) {
      ReadReport report = ProjectReader.create().read(in, accumulator, problems::add);
      return new Partial<>(accumulator, List.of(new ReadSummary(index, file, report, problems)), List.of());
    } catch (IllegalArgumentException e) {
      return new Partial<>(accumulator, List.of(), List.of(new Failure(index, file + ": " + e.getMessage(), false)));
    } catch (IOException e) {
      return new Partial<>(accumulator, List.of(), List.of(new Failure(index, file + ": " + e, true)));
    }
  }

  /** A file that could not be read, to be thrown on the driver as the local reader throws it. */
  record Failure(int fileIndex, String message, boolean io) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The accumulator and file summaries of some files.
   *
   * @param accumulator the records of these files
   * @param summaries one per file read
   * @param failures one per file that could not be read
   */
  record Partial<A>(A accumulator, List<ReadSummary> summaries, List<Failure> failures) implements Serializable {

    private static final long serialVersionUID = 1L;

    Partial<A> merge(Partial<A> other, Function2<A, A, A> merge) throws Exception {
      List<ReadSummary> allSummaries = new ArrayList<>(summaries);
      allSummaries.addAll(other.summaries);
      List<Failure> allFailures = new ArrayList<>(failures);
      allFailures.addAll(other.failures);
      return new Partial<>(merge.call(accumulator, other.accumulator), allSummaries, allFailures);
    }

    /** Throws the failure of the first file that failed, or returns the files' reads in the order named. */
    SparkRead<A> finish(List<String> files) {
      failures.stream().min(Comparator.comparingInt(Failure::fileIndex)).ifPresent(failure -> {
        if (failure.io()) {
          throw new UncheckedIOException(new IOException(failure.message()));
        }
        throw new IllegalArgumentException(failure.message());
      });
      List<ReadSummary> ordered = new ArrayList<>(summaries);
      ordered.sort(Comparator.comparingInt(summary -> summary.fileIndex));
      if (ordered.size() != files.size()) {
        throw new IllegalStateException("read " + ordered.size() + " of " + files.size() + " files: " + files);
      }
      return new SparkRead<>(accumulator, ordered.stream().map(ReadSummary::toFileRead).toList());
    }
  }
}
