package io.github.crowdfund.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.prediction.LaunchEvaluation;
import io.github.crowdfund.outcomes.prediction.LaunchExample;
import io.github.crowdfund.outcomes.prediction.LaunchValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the launch model on the real Kaggle slice when it is at hand (it is not part of the repository). */
class RealSliceLaunchModelTest {

  private static final Path SLICE = Path.of("..", "..", "shared", "data", "ks-projects-201801-first10k.csv");

  @Test
  void beatsTheMajorityClassAndStaysCalibratedOnProjectsItNeverSaw() throws Exception {
    Path slice = SLICE.toAbsolutePath().normalize();
    if (!Files.exists(slice)) {
      slice = Path.of("/work/shared/data/ks-projects-201801-first10k.csv");
    }
    assumeTrue(Files.exists(slice), "the real slice is not at hand");
    List<LaunchExample> examples = new ArrayList<>();
    ProjectReader.create().read(slice, record -> LaunchExample.of(record).ifPresent(examples::add), problem -> { });
    LaunchEvaluation unseen = LaunchValidation.crossValidate(examples, 5, 1, TribuoLaunchFitter.withSeed(1));
    assertThat(unseen.accuracy()).isGreaterThan(unseen.baselineAccuracy() + 0.08).isGreaterThanOrEqualTo(0.68);
    assertThat(unseen.maxCalibrationGap()).isLessThan(0.05);
    assertThat(unseen.auc().getAsDouble()).isGreaterThan(0.73);

    LaunchEvaluation later = LaunchValidation.splitByLaunch(examples, YearMonth.of(2016, 1),
        TribuoLaunchFitter.withSeed(1));
    assertThat(later.accuracy()).isGreaterThanOrEqualTo(0.68);
    assertThat(later.maxCalibrationGap()).isLessThan(0.05);
  }
}
