package io.github.crowdfund.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The engines {@code analyze} can run on, by the name users type after {@code --engine}. */
enum Engine {
  /** This machine's cores: {@link LocalEngine}. */
  LOCAL,
  /** Apache Spark, on {@code local[*]} or the cluster {@code --master} names: {@link SparkAnalysisEngine}. */
  SPARK;

  /** The crowdfund-spark class the Spark engine runs on. */
  private static final String SPARK_ENGINE = "io.github.crowdfund.spark.SparkEngine";

  /** Returns the name users type after {@code --engine}: {@code local} or {@code spark}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Makes the engine.
   *
   * @param master the Spark master URL, for {@link #SPARK} only
   * @param splitBytes the size above which Spark reads a file in ranges, for {@link #SPARK} only
   * @throws IllegalArgumentException if a master or split size is given to another engine, or Spark is not on the
   *     class path
   */
  AnalysisEngine create(Optional<String> master, Optional<Long> splitBytes) {
    if (this == LOCAL) {
      master.ifPresent(url -> {
        throw new IllegalArgumentException("--master '" + url + "' needs --engine spark");
      });
      splitBytes.ifPresent(bytes -> {
        throw new IllegalArgumentException("--split-bytes '" + bytes + "' needs --engine spark");
      });
      return new LocalEngine(Runtime.getRuntime().availableProcessors());
    }
    for (String needed : List.of(SPARK_ENGINE, "org.apache.spark.sql.SparkSession")) {
      try {
        Class.forName(needed, false, Engine.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalArgumentException("--engine spark needs Apache Spark and the crowdfund-spark module on the"
            + " class path (" + needed + " is missing); start the application with ./crowdfund, which adds them", e);
      }
    }
    return new SparkAnalysisEngine(master.orElse(SparkAnalysisEngine.DEFAULT_MASTER), splitBytes);
  }
}
