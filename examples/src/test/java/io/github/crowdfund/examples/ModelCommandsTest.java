package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandsTest {

  @TempDir
  Path dir;

  @Test
  void fitEvaluateValidateAndPredictAtLaunchFromTheCommandLine() throws IOException {
    Path train = dir.resolve("train.csv");
    Path test = dir.resolve("test.csv");
    assertThat(CliRun.of("generate", "--rows", "1500", "--seed", "3", train.toString()).exitCode()).isZero();
    assertThat(CliRun.of("generate", "--rows", "600", "--seed", "4", test.toString()).exitCode()).isZero();
    Path model = dir.resolve("model.json");

    CliRun fit = CliRun.of("model", "fit", "--train", train.toString(), "--out", model.toString());
    assertThat(fit.exitCode()).isZero();
    assertThat(fit.err()).contains("decided projects with launch-time features").contains("wrote a model of");
    assertThat(Files.readString(model, StandardCharsets.UTF_8)).contains("\"format\": \"crowdfund-launch-model\"");

    CliRun evaluate = CliRun.of("model", "evaluate", "--model", model.toString(), test.toString());
    assertThat(evaluate.exitCode()).isZero();
    assertThat(evaluate.out()).contains("accuracy ").contains("majority-class baseline").contains("AUC ")
        .contains("Brier score ").contains("log loss ").contains("calibration by decile").contains("\n    10 ");

    CliRun split = CliRun.of("model", "validate", train.toString(), "--test-from", "2015-01");
    assertThat(split.exitCode()).isZero();
    assertThat(split.out()).contains("launched before 2015-01").contains("accuracy ");
    assertThat(CliRun.of("model", "validate", train.toString(), "--test-from", "soon").err()).contains("'soon'");

    CliRun predict = CliRun.of("predict", "--at-launch", "--model", model.toString(), "--goal", "5000",
        "--category", "Rock", "--country", "US", "--days", "30");
    assertThat(predict.exitCode()).isZero();
    assertThat(predict.out()).contains("Rock (Music) in US, goal $5,000, 30 days").contains("success probability");
    CliRun unknown = CliRun.of("predict", "--at-launch", "--model", model.toString(), "--category", "Basket Weaving");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'Basket Weaving'");
    assertThat(CliRun.of("predict", "--days", "30").err()).contains("--at-launch");
  }
}
