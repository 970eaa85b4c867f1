package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * Accumulates {@link OutcomeStatistics} over projects, in pieces that merge.
 *
 * <p>{@link #merge(OutcomeAccumulator)} is associative and commutative and a new accumulator is its identity, and
 * every count is exact, so a loop, a parallel stream ({@link #collector(Set)}) and a distributed engine that
 * accumulates partitions and merges them (the accumulator is {@link Serializable}) give the same statistics.
 *
 * <p>Not thread-safe: each thread or partition uses its own accumulator.
 */
public final class OutcomeAccumulator implements Consumer<ProjectRecord>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final ProjectState[] STATES = ProjectState.values();

  private final EnumSet<Grouping> groupings;
  private final long[] totals = new long[STATES.length];
  private final EnumMap<Grouping, HashMap<String, long[]>> groups = new EnumMap<>(Grouping.class);
  /** The keys of {@code groups}, for the per-record loop. */
  private final Grouping[] groupingOrder;
  private final FundingRatioAccumulator[] fundingRatios = new FundingRatioAccumulator[STATES.length];
  private final LogHistogram backers = new LogHistogram();

  private OutcomeAccumulator(Set<Grouping> groupings) {
    this.groupings = groupings.isEmpty() ? EnumSet.noneOf(Grouping.class) : EnumSet.copyOf(groupings);
    for (Grouping grouping : this.groupings) {
      groups.put(grouping, new HashMap<>());
    }
    groupingOrder = groups.keySet().toArray(new Grouping[0]);
    for (int i = 0; i < STATES.length; i++) {
      fundingRatios[i] = new FundingRatioAccumulator();
    }
  }

  /**
   * Returns an empty accumulator that builds tables for the given groupings (the fewer, the faster).
   *
   * @param groupings the tables wanted; not null, may be empty
   * @return an empty accumulator; never null
   */
  public static OutcomeAccumulator of(Set<Grouping> groupings) {
    Objects.requireNonNull(groupings, "groupings");
    return new OutcomeAccumulator(groupings);
  }

  /**
   * Returns an empty accumulator that builds a table for every {@link Grouping}.
   *
   * @return an empty accumulator; never null
   */
  public static OutcomeAccumulator ofAllGroupings() {
    return new OutcomeAccumulator(EnumSet.allOf(Grouping.class));
  }

  /**
   * Returns a collector that accumulates projects, in parallel streams too.
   *
   * @param groupings the tables wanted; not null
   * @return the collector; never null
   */
  public static Collector<ProjectRecord, OutcomeAccumulator, OutcomeStatistics> collector(Set<Grouping> groupings) {
    Set<Grouping> wanted = Set.copyOf(groupings);
    return Collector.of(() -> of(wanted), OutcomeAccumulator::accept, OutcomeAccumulator::merge,
        OutcomeAccumulator::result, Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the groupings this accumulator builds tables for.
   *
   * @return the groupings; never null
   */
  public Set<Grouping> groupings() {
    return Set.copyOf(groupings);
  }

  /**
   * Adds one project.
   *
   * @param record the project; not null
   */
  @Override
  public void accept(ProjectRecord record) {
    int state = record.state().ordinal();
    totals[state]++;
    for (Grouping grouping : groupingOrder) {
      HashMap<String, long[]> counts = groups.get(grouping);
      String key = grouping.key(record);
      long[] byState = counts.get(key);
      if (byState == null) {
        byState = new long[STATES.length];
        counts.put(key, byState);
      }
      byState[state]++;
    }
    fundingRatios[state].add(record);
    backers.add(record.backers());
  }

  /**
   * Adds everything the other accumulator holds to this one.
   *
   * @param other an accumulator with the same groupings; not null, unchanged (unless it is this one)
   * @return this accumulator
   * @throws IllegalArgumentException if the groupings differ
   */
  public OutcomeAccumulator merge(OutcomeAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!groupings.equals(other.groupings)) {
      throw new IllegalArgumentException("cannot merge accumulators of different groupings: '" + groupings
          + "' and '" + other.groupings + "'");
    }
    for (int i = 0; i < STATES.length; i++) {
      totals[i] += other.totals[i];
      fundingRatios[i].merge(other.fundingRatios[i]);
    }
    for (Map.Entry<Grouping, HashMap<String, long[]>> entry : other.groups.entrySet()) {
      HashMap<String, long[]> mine = groups.get(entry.getKey());
      entry.getValue().forEach((key, counts) -> {
        long[] sum = mine.computeIfAbsent(key, k -> new long[STATES.length]);
        for (int i = 0; i < STATES.length; i++) {
          sum[i] += counts[i];
        }
      });
    }
    backers.merge(other.backers);
    return this;
  }

  /**
   * Returns the statistics of the projects added so far; the accumulator stays usable.
   *
   * @return the statistics; never null
   */
  public OutcomeStatistics result() {
    StateCounts total = StateCounts.ofArray(totals);
    Map<Grouping, OutcomeTable> tables = new EnumMap<>(Grouping.class);
    groups.forEach((grouping, counts) -> {
      List<OutcomeRow> rows = new ArrayList<>(counts.size());
      counts.forEach((key, stateCounts) -> rows.add(new OutcomeRow(key, StateCounts.ofArray(stateCounts))));
      rows.sort((a, b) -> grouping.order().compare(a.group(), b.group()));
      tables.put(grouping, new OutcomeTable(grouping, rows, total));
    });
    Map<ProjectState, FundingRatios> ratios = new EnumMap<>(ProjectState.class);
    for (ProjectState state : STATES) {
      ratios.put(state, fundingRatios[state.ordinal()].result());
    }
    return new OutcomeStatistics(total, tables, ratios, backers.snapshot());
  }
}
