package io.github.crowdfund.spark;

/**
 * One Spark session on {@code local[2]} for every test class of this module, started by the first that asks and
 * stopped by Spark's own shutdown hook when the test JVM exits: starting a session takes seconds.
 */
final class SharedSpark {

  private static SparkEngine engine;

  private SharedSpark() {}

  static synchronized SparkEngine engine() {
    if (engine == null) {
      engine = SparkEngine.start("local[2]");
    }
    return engine;
  }
}
