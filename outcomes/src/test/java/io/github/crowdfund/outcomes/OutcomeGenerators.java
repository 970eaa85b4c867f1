package io.github.crowdfund.outcomes;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;

/** QuickTheories generators shared by the tests of this module. */
final class OutcomeGenerators {

  private static final List<String> MAIN_CATEGORIES = List.of("Art", "Games", "Music", "Film & Video");
  private static final List<String> COUNTRIES = List.of("US", "GB", "JP", "DE");
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.USD, CurrencyUnit.GBP, CurrencyUnit.JPY, CurrencyUnit.EUR);
  private static final ProjectState[] STATES = ProjectState.values();

  private OutcomeGenerators() {}

  /**
   * Projects with every state, a few categories and countries (some unknown), currencies with and without minor
   * units, pledges from nothing to three times the goal, and now and then a 1970 launch.
   */
  static Gen<ProjectRecord> projects() {
    return longs().all().map(OutcomeGenerators::project);
  }

  /** Lists of up to {@code max} projects. */
  static Gen<List<ProjectRecord>> projectLists(int max) {
    return lists().of(projects()).ofSizeBetween(0, max);
  }

  /** Cut points (each between 0 and 1000) for splitting a list into pieces. */
  static Gen<List<Integer>> cuts() {
    return lists().of(integers().between(0, 1000)).ofSizeBetween(0, 6);
  }

  static ProjectRecord project(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    long goalMinor = 1 + random.nextLong(1_000_000);
    long pledgedMinor = random.nextInt(5) == 0 ? 0 : random.nextLong(3 * goalMinor + 1);
    Instant launched = random.nextInt(50) == 0
        ? Instant.parse("1970-01-01T01:00:00Z")
        : Instant.parse("2009-05-01T00:00:00Z").plusSeconds(random.nextLong(280_000_000L));
    LocalDate deadline = launched.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1 + random.nextInt(90));
    boolean unknownCountry = random.nextInt(10) == 0;
    String mainCategory = MAIN_CATEGORIES.get(random.nextInt(MAIN_CATEGORIES.size()));
    ProjectRecord.Builder builder = ProjectRecord.builder()
        .id(random.nextLong(Long.MAX_VALUE))
        .name("Project " + seed)
        .category(mainCategory + " " + random.nextInt(3))
        .mainCategory(mainCategory)
        .goal(Money.ofMinor(currency, goalMinor))
        .pledged(Money.ofMinor(currency, pledgedMinor))
        .state(STATES[random.nextInt(STATES.length)])
        .backers(pledgedMinor == 0 ? 0 : 1 + random.nextInt(500))
        .launched(launched)
        .deadline(deadline)
        .usdPledgedReal(BigDecimal.valueOf(pledgedMinor, 2))
        .usdGoalReal(BigDecimal.valueOf(goalMinor * (1 + random.nextInt(100)), 2));
    if (unknownCountry) {
      builder.addFlags(RecordFlag.COUNTRY_UNKNOWN, RecordFlag.USD_PLEDGED_MISSING);
    } else {
      builder.country(COUNTRIES.get(random.nextInt(COUNTRIES.size())))
          .usdPledged(BigDecimal.valueOf(pledgedMinor, 2));
    }
    if (launched.isBefore(Instant.parse("2009-04-01T00:00:00Z"))) {
      builder.addFlags(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    }
    return builder.build();
  }
}
