package io.github.crowdfund.examples;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The engines {@code analyze} can run on, by the name users type after {@code --engine}. */
enum Engine {
  /** This machine's cores: {@link LocalEngine}. */
  LOCAL;

  /** Returns the name users type, e.g. {@code local}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Finds an engine by its name, ignoring case. */
  static Optional<Engine> ofLabel(String label) {
    return Arrays.stream(values()).filter(engine -> engine.label().equalsIgnoreCase(label.strip())).findFirst();
  }

  /** Returns the engines' names, for messages. */
  static String labels() {
    return Arrays.stream(values()).map(Engine::label).toList().toString();
  }

  /** Makes the engine. */
  AnalysisEngine create() {
    return new LocalEngine(Runtime.getRuntime().availableProcessors());
  }
}
