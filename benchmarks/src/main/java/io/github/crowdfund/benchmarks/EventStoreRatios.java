package io.github.crowdfund.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The event store benchmarks ({@link EventStoreAppendBenchmark}, {@link EventStoreReadBenchmark},
 * {@link EventStoreReplayBenchmark}) as a main that runs each measured operation and its baseline turn about, round after round, and prints the median times and
 * their ratio. On a shared machine whose load comes and goes, taking the two in alternation keeps them under the
 * same load, which consecutive JMH iterations do not.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.crowdfund.benchmarks.EventStoreRatios [n] [rounds] [databases] [measures]
 * </pre>
 * n events per campaign (default 1,000,000), rounds measured after one warm-up round (default 3), databases a
 * comma-separated list of sqlite and postgresql (default both), measures a comma-separated list of append, read
 * and replay (default all three).
 */
public final class EventStoreRatios {

  private EventStoreRatios() {}

  /** A measured operation. */
  @FunctionalInterface
  private interface Operation {
    Object run() throws Exception;
  }

  /** Something to do before each run of an operation, outside the time measured. */
  @FunctionalInterface
  private interface Preparation {
    void run() throws Exception;
  }

  /**
   * Runs the benchmarks.
   *
   * @param args n, rounds, databases; all optional
   * @throws Exception if a database fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String[] databases = (args.length > 2 ? args[2] : "sqlite,postgresql").split(",");
    List<String> measures = List.of((args.length > 3 ? args[3] : "append,read,replay").split(","));
    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    System.out.printf(Locale.ROOT, "n = %,d events, %d rounds after 1 warm-up round, Java %s%n", n, rounds,
        System.getProperty("java.version"));
    for (String database : databases) {
      if (measures.contains("append")) {
        append(database, n, rounds);
      }
      if (measures.contains("read")) {
        read(database, n, rounds, blackhole);
      }
      if (measures.contains("replay")) {
        replay(database, n, rounds);
      }
    }
  }

  private static void append(String database, int n, int rounds) throws Exception {
    EventStoreAppendBenchmark append = new EventStoreAppendBenchmark();
    append.database = database;
    append.n = n;
    append.batch = 1_000;
    append.setUp();
    try {
      Map<String, Operation> operations = new LinkedHashMap<>();
      operations.put("plain JDBC append", append::jdbcAppend);
      operations.put("store append", append::storeAppend);
      compare(database, rounds, append::empty, operations);
    } finally {
      append.tearDown();
    }
  }

  private static void read(String database, int n, int rounds, Blackhole blackhole) throws Exception {
    EventStoreReadBenchmark read = new EventStoreReadBenchmark();
    read.database = database;
    read.n = n;
    read.setUp();
    try {
      Map<String, Operation> operations = new LinkedHashMap<>();
      operations.put("plain JDBC read", () -> read.jdbcRead(blackhole));
      operations.put("store read", () -> read.storeRead(blackhole));
      compare(database, rounds, () -> { }, operations);
    } finally {
      read.tearDown();
    }
  }

  private static void replay(String database, int n, int rounds) throws Exception {
    EventStoreReplayBenchmark replay = new EventStoreReplayBenchmark();
    replay.database = database;
    replay.n = n;
    replay.setUp();
    try {
      Map<String, Operation> operations = new LinkedHashMap<>();
      operations.put("replay from memory", replay::memoryReplay);
      operations.put("decode JSON + replay", replay::jsonReplay);
      operations.put("store load from log", replay::storeLoadFromLog);
      operations.put("store load, snapshot", replay::storeLoad);
      operations.put("store save snapshot", replay::storeSaveSnapshot);
      compare(database, rounds, () -> { }, operations);
    } finally {
      replay.tearDown();
    }
  }

  /**
   * Runs the operations in turn, in one order in even rounds and in the reverse order in odd rounds, and prints
   * each one's median and its ratio to the first operation's.
   */
  private static void compare(String database, int rounds, Preparation prepare, Map<String, Operation> operations)
      throws Exception {
    List<String> names = new ArrayList<>(operations.keySet());
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    names.forEach(name -> millis.put(name, new ArrayList<>()));
    for (int round = 0; round <= rounds; round++) {
      List<String> order = new ArrayList<>(names);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (String name : order) {
        prepare.run();
        long start = System.nanoTime();
        operations.get(name).run();
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (round > 0) {
          millis.get(name).add(elapsed);
        }
      }
    }
    double baseline = median(millis.get(names.get(0)));
    for (String name : names) {
      double median = median(millis.get(name));
      System.out.printf(Locale.ROOT, "%-10s %-22s median %,10.0f ms  (runs %s)  ratio to %s: %.2f%n", database,
          name, median, format(millis.get(name)), names.get(0), median / baseline);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String format(List<Double> values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(String.format(Locale.ROOT, "%.0f", v)));
    return String.join(", ", texts);
  }
}
