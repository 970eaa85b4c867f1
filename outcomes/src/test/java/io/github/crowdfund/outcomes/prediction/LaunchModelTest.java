package io.github.crowdfund.outcomes.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A launch model's probability worked out by hand, its checks, its parts, and its file. */
class LaunchModelTest {

  /** Every numeric feature unscaled (mean 0, sd 1) but the log goal, centred on 3 (USD 1,000). */
  private static final LaunchEncoding ENCODING;

  static {
    Map<String, LaunchEncoding.Scale> scales = new LinkedHashMap<>();
    for (String name : LaunchEncoding.NUMERIC) {
      scales.put(name, new LaunchEncoding.Scale(0, 1));
    }
    scales.put(LaunchEncoding.LOG_GOAL, new LaunchEncoding.Scale(3, 1));
    ENCODING = new LaunchEncoding(scales, 2014, 2016, Map.of("Painting", "Art"), Map.of("GB", "GBP"), Set.of());
  }

  private static final Map<String, Double> WEIGHTS = Map.of(LaunchEncoding.LOG_GOAL, 2.0, "main_category=Art", -1.0);

  private static LaunchModel model(double intercept, Map<String, Double> weights, String fitter, long projects,
      double rate) {
    return new LaunchModel(ENCODING, intercept, weights, fitter, projects, rate);
  }

  private static LaunchFeatures art(String goalUsd) {
    return new LaunchFeatures(new BigDecimal(goalUsd), 30, "Art", "Painting", Optional.of(Country.of("GB")), "GBP",
        YearMonth.of(2015, 4), "Oils");
  }

  @Test
  void theProbabilityIsTheLogisticOfTheInterceptPlusTheWeightedFeaturesThatHaveAWeight() {
    LaunchModel model = model(0.5, WEIGHTS, "by hand", 10, 0.4);
    // log10(10,000) = 4, standardized (4 - 3) / 1 = 1: log-odds 0.5 + 2 × 1 - 1 × 1 = 1.5.
    assertThat(model.probability(art("10000"))).isEqualTo(1 / (1 + Math.exp(-1.5)));
    // log10(100) = 2, standardized -1: log-odds 0.5 - 2 - 1 = -2.5.
    assertThat(model.probability(art("100"))).isEqualTo(1 / (1 + Math.exp(2.5)));
    assertThat(model(0, Map.of(), "none", 1, 0).probability(art("100"))).isEqualTo(0.5);
  }

  @Test
  void itKeepsItsPartsWithTheWeightsSortedByName() {
    LaunchModel model = model(-0.25, WEIGHTS, "by hand", 10, 0.4);
    assertThat(model.encoding()).isEqualTo(ENCODING);
    assertThat(model.intercept()).isEqualTo(-0.25);
    assertThat(model.weights()).containsExactly(Map.entry(LaunchEncoding.LOG_GOAL, 2.0),
        Map.entry("main_category=Art", -1.0));
    assertThat(model.fitter()).isEqualTo("by hand");
    assertThat(model.trainingProjects()).isEqualTo(10);
    assertThat(model.trainingSuccessRate()).isEqualTo(0.4);
    assertThat(model).hasToString("LaunchModel[2 weights, " + ENCODING + ", fitted on 10 projects by by hand]");
  }

  @Test
  void numbersOutOfTheirRangeAreRefusedQuotingThem() {
    assertThatThrownBy(() -> model(Double.NaN, WEIGHTS, "f", 1, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("intercept must be finite, was 'NaN'");
    assertThatThrownBy(() -> model(0, Map.of("w", Double.NEGATIVE_INFINITY), "f", 1, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weight of 'w' must be finite, was '-Infinity'");
    assertThatThrownBy(() -> model(0, WEIGHTS, "f", 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("trainingProjects must be at least 1, was '0'");
    for (double rate : new double[] {-0.01, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> model(0, WEIGHTS, "f", 1, rate))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("trainingSuccessRate must be between 0 and 1, was '" + rate + "'");
    }
    assertThat(model(0, WEIGHTS, "f", 1, 0).trainingSuccessRate()).isZero();
    assertThat(model(0, WEIGHTS, "f", 1, 1).trainingSuccessRate()).isEqualTo(1);
  }

  @Test
  void eachPartCountsInEquality() {
    LaunchModel model = model(0.5, WEIGHTS, "f", 10, 0.4);
    assertThat(model).isEqualTo(model(0.5, WEIGHTS, "f", 10, 0.4))
        .hasSameHashCodeAs(model(0.5, WEIGHTS, "f", 10, 0.4))
        .isNotEqualTo(model(0.6, WEIGHTS, "f", 10, 0.4))
        .isNotEqualTo(model(0.5, Map.of(), "f", 10, 0.4))
        .isNotEqualTo(model(0.5, WEIGHTS, "g", 10, 0.4))
        .isNotEqualTo(model(0.5, WEIGHTS, "f", 11, 0.4))
        .isNotEqualTo(model(0.5, WEIGHTS, "f", 10, 0.5))
        .isNotEqualTo(new LaunchModel(new LaunchEncoding(ENCODING.scales(), 2013, 2016, Map.of(), Map.of(),
            Set.of()), 0.5, WEIGHTS, "f", 10, 0.4))
        .isNotEqualTo("LaunchModel");
    assertThat(model.hashCode()).isNotEqualTo(model(0.6, WEIGHTS, "f", 10, 0.4).hashCode());
  }

  @Test
  void aModelWrittenToAFileReadsBackEqual(@TempDir Path dir) throws IOException {
    LaunchModel model = model(0.5, WEIGHTS, "a \"quoted\" fitter", 10, 0.4);
    Path file = dir.resolve("model.json");
    model.write(file);
    assertThat(Files.readString(file)).isEqualTo(model.toJson());
    assertThat(LaunchModel.read(file)).isEqualTo(model);
  }
}
