package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarsTest {

  @TempDir
  Path dir;

  @Test
  void aRedirectedStandardErrorGetsNoProgressFrames() throws IOException {
    assertThat(ProgressBars.onTerminal()).as("the tests' standard error is not a terminal").isFalse();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = CliRun.of("generate", "--rows", Long.toString(ProgressBars.MANY_ROWS), dir.resolve("big.csv").toString());
    } finally {
      System.setErr(original);
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("Generating");
    assertThat(run.err()).doesNotContain("\r");
    assertThat(Files.size(dir.resolve("big.csv"))).isPositive();
  }
}
