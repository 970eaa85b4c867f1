package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.fixtures.OutcomeGenerators;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomeAccumulatorPropertiesTest {

  private static final Set<Grouping> ALL = EnumSet.allOf(Grouping.class);

  private static OutcomeAccumulator accumulate(List<ProjectRecord> projects) {
    OutcomeAccumulator accumulator = OutcomeAccumulator.of(ALL);
    projects.forEach(accumulator);
    return accumulator;
  }

  private static List<List<ProjectRecord>> split(List<ProjectRecord> projects, List<Integer> cuts) {
    List<Integer> points = new ArrayList<>();
    for (int cut : cuts) {
      points.add(projects.isEmpty() ? 0 : cut % (projects.size() + 1));
    }
    points.sort(null);
    List<List<ProjectRecord>> pieces = new ArrayList<>();
    int from = 0;
    for (int point : points) {
      pieces.add(projects.subList(from, point));
      from = point;
    }
    pieces.add(projects.subList(from, projects.size()));
    return pieces;
  }

  @Test
  void anySplitMergedLeftToRightGivesTheSequentialResult() {
    qt().withExamples(150).forAll(OutcomeGenerators.projectLists(40), OutcomeGenerators.cuts())
        .checkAssert((projects, cuts) -> {
          OutcomeAccumulator merged = OutcomeAccumulator.of(ALL);
          for (List<ProjectRecord> piece : split(projects, cuts)) {
            merged.merge(accumulate(piece));
          }
          assertThat(merged.result()).isEqualTo(accumulate(projects).result());
        });
  }

  @Test
  void anySplitMergedRightToLeftGivesTheSequentialResult() {
    qt().withExamples(150).forAll(OutcomeGenerators.projectLists(40), OutcomeGenerators.cuts())
        .checkAssert((projects, cuts) -> {
          List<List<ProjectRecord>> pieces = split(projects, cuts);
          OutcomeAccumulator merged = OutcomeAccumulator.of(ALL);
          for (int i = pieces.size() - 1; i >= 0; i--) {
            merged = accumulate(pieces.get(i)).merge(merged);
          }
          assertThat(merged.result()).isEqualTo(accumulate(projects).result());
        });
  }

  @Test
  void mergingTheEmptyAccumulatorOnEitherSideChangesNothing() {
    qt().withExamples(100).forAll(OutcomeGenerators.projectLists(30)).checkAssert(projects -> {
      OutcomeStatistics alone = accumulate(projects).result();
      assertThat(accumulate(projects).merge(OutcomeAccumulator.of(ALL)).result()).isEqualTo(alone);
      assertThat(OutcomeAccumulator.of(ALL).merge(accumulate(projects)).result()).isEqualTo(alone);
    });
  }

  @Test
  void aParallelStreamGivesTheSequentialResult() {
    qt().withExamples(50).forAll(OutcomeGenerators.projectLists(200)).checkAssert(projects ->
        assertThat(projects.parallelStream().collect(OutcomeAccumulator.collector(ALL)))
            .isEqualTo(accumulate(projects).result()));
  }

  @Test
  void everyTableAddsUpToTheTotals() {
    qt().withExamples(100).forAll(OutcomeGenerators.projectLists(40)).checkAssert(projects -> {
      OutcomeStatistics statistics = accumulate(projects).result();
      assertThat(statistics.totals().projects()).isEqualTo(projects.size());
      for (Grouping grouping : Grouping.values()) {
        assertThat(statistics.table(grouping).total()).isEqualTo(statistics.totals());
      }
      long funded = 0;
      for (ProjectState state : ProjectState.values()) {
        funded += statistics.fundingRatios(state).projects();
      }
      assertThat(funded).isEqualTo(projects.size());
      assertThat(statistics.backers().count()).isEqualTo(projects.size());
    });
  }
}
