package io.github.crowdfund.outcomes.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.RecordFlag;
import io.github.crowdfund.outcomes.fixtures.Fixtures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The launch-time features and examples of the fixtures' projects, worked out from their rows. */
class LaunchExampleTest {

  private static ProjectRecord named(List<ProjectRecord> records, String name) {
    return records.stream().filter(record -> record.name().equals(name)).findFirst().orElseThrow();
  }

  /** The fixtures are read in each test: records kept in a static field would hide a changed reader. */
  private final List<ProjectRecord> dirty = Fixtures.read(Fixtures.DIRTY_201801).records();
  private final List<ProjectRecord> old = Fixtures.read(Fixtures.SAMPLE_201612).records();

  @Test
  void aDecidedProjectGivesItsFeaturesWithTheGoalInUsDollarsOfTheFile() {
    assertThat(LaunchExample.of(named(dirty, "Pocket Loom"))).contains(new LaunchExample(new LaunchFeatures(
        new BigDecimal("1000.00"), 30, "Crafts", "Crafts", Optional.of(Country.of("US")), "USD",
        YearMonth.of(2015, 5), "Pocket Loom"), true));
    LaunchExample songs = LaunchExample.of(named(dirty, "Songs, Stories and Such")).orElseThrow();
    assertThat(songs.succeeded()).isFalse();
    assertThat(songs.features().goalUsd()).isEqualByComparingTo("3334.90");
    assertThat(songs.features().currency()).isEqualTo("GBP");
    assertThat(songs.features().durationDays()).isEqualTo(30);
  }

  @Test
  void withoutAUsDollarGoalColumnOnlyAGoalInDollarsIsKnown() {
    LaunchFeatures opera = LaunchFeatures.of(named(old, "Garden Gnome Opera")).orElseThrow();
    assertThat(opera.goalUsd()).isEqualByComparingTo("1000");
    assertThat(opera.durationDays()).isEqualTo(59);
    assertThat(opera.launched()).isEqualTo(YearMonth.of(2015, 8));
    assertThat(LaunchFeatures.of(named(old, "Quoted, Properly"))).isEmpty();
    assertThat(LaunchExample.of(named(old, "Quoted, Properly"))).isEmpty();
  }

  @Test
  void projectsNotDecidedOrWithoutKnownFeaturesGiveNoExample() {
    // Undefined, canceled, live and suspended projects are not examples, whatever their features.
    assertThat(LaunchFeatures.of(named(dirty, "Lost Tapes"))).isPresent();
    assertThat(LaunchExample.of(named(dirty, "Lost Tapes"))).isEmpty();
    assertThat(LaunchExample.of(named(dirty, "Smart Lamp"))).isEmpty();
    assertThat(LaunchExample.of(named(dirty, "Copycat Drone"))).isEmpty();
    assertThat(LaunchExample.of(named(dirty, "Food Truck"))).isEmpty();
    // Launched in 1970: an implausible launch date.
    ProjectRecord implausible = dirty.stream()
        .filter(record -> record.flags().contains(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE)).findFirst().orElseThrow();
    assertThat(LaunchFeatures.of(implausible)).isEmpty();
    assertThat(LaunchExample.of(named(dirty, "Tea Set")).orElseThrow().features().goalUsd())
        .isEqualByComparingTo("441.58");
  }

  @Test
  void featuresRefuseAGoalOfNothingAndADurationBelowOneDayQuotingThem() {
    assertThatThrownBy(() -> new LaunchFeatures(BigDecimal.ZERO, 30, "Art", "Art", Optional.empty(), "USD",
        YearMonth.of(2015, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("goalUsd must be positive, was '0'");
    assertThatThrownBy(() -> new LaunchFeatures(BigDecimal.ONE, 0, "Art", "Art", Optional.empty(), "USD",
        YearMonth.of(2015, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("durationDays must be at least 1, was '0'");
    assertThat(new LaunchFeatures(new BigDecimal("0.01"), 1, "Art", "Art", Optional.empty(), "USD",
        YearMonth.of(2015, 1), "x").durationDays()).isEqualTo(1);
  }
}
