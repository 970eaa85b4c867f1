package io.github.crowdfund.outcomes.prediction;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fitted logistic model of the probability that a project succeeds, from its {@link LaunchFeatures}:
 * {@code p = 1 / (1 + exp(-(intercept + Σ weight[f] × x[f])))} over the features {@code x} that its
 * {@link LaunchEncoding} gives.
 *
 * <p>Saved as a small JSON file ({@link #toJson()}, {@link #write(Path)}):
 * <pre>{@code
 * {
 *   "format": "crowdfund-launch-model", "version": 1,
 *   "fitter": "how it was fitted",
 *   "training": {"projects": 8768, "successRate": 0.4065},
 *   "years": {"first": 2009, "last": 2018},
 *   "scales": {"log10_goal_usd": {"mean": 3.7, "sd": 0.7}, ...},   // x = (raw - mean) / sd
 *   "intercept": -0.41,
 *   "weights": {"log10_goal_usd": -0.62, "category=Tabletop Games": 0.9, "word=game": 0.3, ...},
 *   "mainCategoryOf": {"Tabletop Games": "Games", ...},
 *   "currencyOf": {"US": "USD", ...}
 * }
 * }</pre>
 * Numbers are written so that they read back to the same {@code double}, so a model read back gives identical
 * predictions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LaunchModel {

  /** The {@code format} member of model files. */
  public static final String FORMAT = "crowdfund-launch-model";
  /** The {@code version} of the model file format written. */
  public static final int VERSION = 1;

  private final LaunchEncoding encoding;
  private final double intercept;
  private final Map<String, Double> weights;
  private final String fitter;
  private final long trainingProjects;
  private final double trainingSuccessRate;

  /**
   * Creates a model.
   *
   * @param encoding how projects become features; not null
   * @param intercept the intercept (log-odds of a project whose features are all 0); finite
   * @param weights the weight of each feature name; not null, finite values
   * @param fitter a sentence saying how the model was fitted; not null
   * @param trainingProjects decided projects it was fitted on, 1 or more
   * @param trainingSuccessRate the share of them that succeeded, between 0 and 1
   * @throws IllegalArgumentException if a number is not finite or out of its range
   */
  public LaunchModel(LaunchEncoding encoding, double intercept, Map<String, Double> weights, String fitter,
      long trainingProjects, double trainingSuccessRate) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.fitter = Objects.requireNonNull(fitter, "fitter");
    Objects.requireNonNull(weights, "weights");
    if (!Double.isFinite(intercept)) {
      throw new IllegalArgumentException("intercept must be finite, was '" + intercept + "'");
    }
    weights.forEach((name, weight) -> {
      if (!Double.isFinite(weight)) {
        throw new IllegalArgumentException("weight of '" + name + "' must be finite, was '" + weight + "'");
      }
    });
    if (trainingProjects < 1) {
      throw new IllegalArgumentException("trainingProjects must be at least 1, was '" + trainingProjects + "'");
    }
    if (!(trainingSuccessRate >= 0 && trainingSuccessRate <= 1)) {
      throw new IllegalArgumentException("trainingSuccessRate must be between 0 and 1, was '"
          + trainingSuccessRate + "'");
    }
    this.intercept = intercept;
    this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    this.trainingProjects = trainingProjects;
    this.trainingSuccessRate = trainingSuccessRate;
  }

  /**
   * Returns the probability that a project succeeds.
   *
   * @param features the project at launch; not null
   * @return the probability, between 0 and 1
   */
  public double probability(LaunchFeatures features) {
    double logOdds = intercept;
    for (Map.Entry<String, Double> feature : encoding.encode(features).entrySet()) {
      Double weight = weights.get(feature.getKey());
      if (weight != null) {
        logOdds += weight * feature.getValue();
      }
    }
    return 1 / (1 + Math.exp(-logOdds));
  }

  /**
   * Returns the encoding.
   *
   * @return the encoding; never null
   */
  public LaunchEncoding encoding() {
    return encoding;
  }

  /**
   * Returns the intercept.
   *
   * @return the log-odds of a project whose features are all 0
   */
  public double intercept() {
    return intercept;
  }

  /**
   * Returns the weights.
   *
   * @return feature name to weight, sorted by name; never null, unmodifiable
   */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * Returns how the model was fitted.
   *
   * @return a sentence; never null
   */
  public String fitter() {
    return fitter;
  }

  /**
   * Returns the number of decided projects the model was fitted on.
   *
   * @return 1 or more
   */
  public long trainingProjects() {
    return trainingProjects;
  }

  /**
   * Returns the success rate of the projects the model was fitted on: what a majority-class guess relies on.
   *
   * @return between 0 and 1
   */
  public double trainingSuccessRate() {
    return trainingSuccessRate;
  }

  /**
   * Returns the model as JSON, in the format described above.
   *
   * @return the JSON text, ending with a line break; never null
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(8192);
    out.append("{\n  \"format\": ");
    Json.string(out, FORMAT);
    out.append(",\n  \"version\": ").append(VERSION);
    out.append(",\n  \"fitter\": ");
    Json.string(out, fitter);
    out.append(",\n  \"training\": {\"projects\": ").append(trainingProjects).append(", \"successRate\": ");
    Json.number(out, trainingSuccessRate);
    out.append("},\n  \"years\": {\"first\": ").append(encoding.firstYear()).append(", \"last\": ")
        .append(encoding.lastYear()).append("},\n  \"scales\": {");
    String separator = "\n    ";
    for (Map.Entry<String, LaunchEncoding.Scale> scale : encoding.scales().entrySet()) {
      out.append(separator);
      Json.string(out, scale.getKey());
      out.append(": {\"mean\": ");
      Json.number(out, scale.getValue().mean());
      out.append(", \"sd\": ");
      Json.number(out, scale.getValue().sd());
      out.append('}');
      separator = ",\n    ";
    }
    out.append("\n  },\n  \"intercept\": ");
    Json.number(out, intercept);
    out.append(",\n  \"weights\": {");
    separator = "\n    ";
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      out.append(separator);
      Json.string(out, weight.getKey());
      out.append(": ");
      Json.number(out, weight.getValue());
      separator = ",\n    ";
    }
    out.append("\n  },\n  \"mainCategoryOf\": ");
    stringMap(out, encoding.mainCategoryOf());
    out.append(",\n  \"currencyOf\": ");
    stringMap(out, encoding.currencyOf());
    out.append("\n}\n");
    return out.toString();
  }

  private static void stringMap(StringBuilder out, Map<String, String> map) {
    out.append('{');
    String separator = "\n    ";
    for (Map.Entry<String, String> entry : map.entrySet()) {
      out.append(separator);
      Json.string(out, entry.getKey());
      out.append(": ");
      Json.string(out, entry.getValue());
      separator = ",\n    ";
    }
    out.append(map.isEmpty() ? "}" : "\n  }");
  }

  /**
   * Reads a model from its JSON text.
   *
   * @param json the text, as {@link #toJson()} writes it; not null
   * @return the model; never null
   * @throws IllegalArgumentException if the text is not a model file of a known version, naming what is wrong
   */
  public static LaunchModel fromJson(String json) {
    Map<String, Object> root = object(Json.parse(Objects.requireNonNull(json, "json")), "the document");
    if (!FORMAT.equals(root.get("format"))) {
      throw new IllegalArgumentException("not a launch model: format is '" + root.get("format") + "', expected '"
          + FORMAT + "'");
    }
    double version = number(root, "version");
    if (version != VERSION) {
      throw new IllegalArgumentException("launch model version '" + root.get("version") + "' is not supported; "
          + "this library reads version " + VERSION);
    }
    Map<String, Object> training = object(member(root, "training"), "training");
    Map<String, Object> years = object(member(root, "years"), "years");
    Map<String, LaunchEncoding.Scale> scales = new LinkedHashMap<>();
    object(member(root, "scales"), "scales").forEach((name, value) -> {
      Map<String, Object> scale = object(value, "scales." + name);
      scales.put(name, new LaunchEncoding.Scale(number(scale, "mean"), number(scale, "sd")));
    });
    Map<String, Double> weights = new LinkedHashMap<>();
    object(member(root, "weights"), "weights").forEach((name, value) -> weights.put(name, asNumber(value,
        "weights." + name)));
    LaunchEncoding encoding = new LaunchEncoding(scales, (int) number(years, "first"), (int) number(years, "last"),
        strings(member(root, "mainCategoryOf"), "mainCategoryOf"), strings(member(root, "currencyOf"),
        "currencyOf"), vocabulary(weights.keySet()));
    Object fitter = member(root, "fitter");
    if (!(fitter instanceof String)) {
      throw new IllegalArgumentException("launch model: 'fitter' must be a string, was '" + fitter + "'");
    }
    return new LaunchModel(encoding, number(root, "intercept"), weights, (String) fitter,
        (long) number(training, "projects"), number(training, "successRate"));
  }

  /**
   * Writes the model's JSON to a UTF-8 file (created or replaced).
   *
   * @param file where to write; not null
   * @throws IOException if writing fails
   */
  public void write(Path file) throws IOException {
    Files.writeString(Objects.requireNonNull(file, "file"), toJson(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a model from a UTF-8 JSON file.
   *
   * @param file the file; not null
   * @return the model; never null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the file is not UTF-8 text or not a model file, naming the file and why
   */
  public static LaunchModel read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("'" + file + "': not UTF-8 text, so not a launch model", e);
    }
    try {
      return fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + file + "': " + e.getMessage(), e);
    }
  }

  /** The vocabulary of a model read back: the words that have a weight (the fit gives every vocabulary word one). */
  private static Set<String> vocabulary(Set<String> featureNames) {
    Set<String> words = new TreeSet<>();
    for (String name : featureNames) {
      if (name.startsWith(LaunchEncoding.WORD)) {
        words.add(name.substring(LaunchEncoding.WORD.length()));
      }
    }
    return words;
  }

  private static Object member(Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (value == null) {
      throw new IllegalArgumentException("launch model has no '" + name + "'; has " + object.keySet());
    }
    return value;
  }

  private static double number(Map<String, Object> object, String name) {
    return asNumber(member(object, name), name);
  }

  private static double asNumber(Object value, String name) {
    if (!(value instanceof Double)) {
      throw new IllegalArgumentException("launch model: '" + name + "' must be a number, was '" + value + "'");
    }
    return (Double) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String name) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("launch model: '" + name + "' must be an object, was '" + value + "'");
    }
    return (Map<String, Object>) value;
  }

  private static Map<String, String> strings(Object value, String name) {
    Map<String, String> strings = new LinkedHashMap<>();
    object(value, name).forEach((key, text) -> {
      if (!(text instanceof String)) {
        throw new IllegalArgumentException("launch model: '" + name + "." + key + "' must be a string, was '"
            + text + "'");
      }
      strings.put(key, (String) text);
    });
    return strings;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof LaunchModel that && encoding.equals(that.encoding)
        && Double.compare(intercept, that.intercept) == 0 && weights.equals(that.weights)
        && fitter.equals(that.fitter) && trainingProjects == that.trainingProjects
        && Double.compare(trainingSuccessRate, that.trainingSuccessRate) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoding, intercept, weights, fitter, trainingProjects, trainingSuccessRate);
  }

  @Override
  public String toString() {
    return "LaunchModel[" + weights.size() + " weights, " + encoding + ", fitted on " + trainingProjects
        + " projects by " + fitter + "]";
  }
}
