package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Country;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

  @Test
  void icpsrRowsAreReadAndEveryBadRowIsReportedWithItsFileLineAndReason() {
    DatasetFixtures.Read read = DatasetFixtures.read(DatasetFixtures.ICPSR);

    assertThat(read.report().layout()).isEqualTo(DatasetLayout.ICPSR_38050);
    assertThat(read.report().rowsRead()).isEqualTo(13);
    assertThat(read.report().kept()).isEqualTo(5).isEqualTo(read.records().size());
    assertThat(read.report().rejected()).isEqualTo(8).isEqualTo(read.problems().size());
    assertThat(read.problems()).extracting(RowProblem::line).containsExactly(4L, 5L, 6L, 8L, 9L, 10L, 11L, 15L);
    assertThat(read.problems()).allSatisfy(problem ->
        assertThat(problem.file()).hasValueSatisfying(file -> assertThat(file).endsWith(DatasetFixtures.ICPSR)));
    assertThat(read.problems()).extracting(RowProblem::reason).satisfiesExactly(
        reason -> assertThat(reason).isEqualTo("BACKERS_COUNT is blank"),
        reason -> assertThat(reason).isEqualTo("BACKERS_COUNT '-2' is negative"),
        reason -> assertThat(reason).isEqualTo("GOAL_IN_ORIGINAL_CURRENCY '0' is not positive"),
        reason -> assertThat(reason).isEqualTo("row has 7 tab-separated fields, the header has 20"),
        reason -> assertThat(reason).isEqualTo("LAUNCHED_DATE '2/30/2017' is not a valid date"),
        reason -> assertThat(reason).startsWith("STATE 'cancelled' is not one of"),
        reason -> assertThat(reason).startsWith("GOAL_IN_ORIGINAL_CURRENCY '1,00,000' is not an amount"),
        reason -> assertThat(reason).isEqualTo("PROJECT_CURRENCY 'XYZ' is not an ISO 4217 currency code"));
  }

  @Test
  void icpsrValuesFollowTheCodebook() {
    DatasetFixtures.Read read = DatasetFixtures.read(DatasetFixtures.ICPSR);

    ProjectRecord first = read.record(111000001);
    assertThat(first.name()).isEqualTo("MASKED BY ICPSR");
    assertThat(first.mainCategory()).isEqualTo("Film & Video");
    assertThat(first.category()).isEqualTo("Film & Video");
    assertThat(first.goal()).isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal("100000000")));
    assertThat(first.pledged().isZero()).isTrue();
    assertThat(first.usdGoalReal()).contains(new BigDecimal("100000000"));
    assertThat(first.state()).isEqualTo(ProjectState.CANCELED);
    assertThat(first.country()).isEmpty();
    assertThat(first.flags()).containsExactly(RecordFlag.COUNTRY_UNKNOWN);
    assertThat(first.launched()).isEqualTo(Instant.parse("2016-08-11T00:00:00Z"));
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2016, 10, 10));
    assertThat(first.provenance()).hasValueSatisfying(provenance -> {
      assertThat(provenance.line()).isEqualTo(2);
      assertThat(provenance.file().layout()).isEqualTo(DatasetLayout.ICPSR_38050);
      assertThat(provenance.file().snapshot()).isEmpty();
    });

    ProjectRecord iso = read.record(111000002);
    assertThat(iso.category()).isEqualTo("Tabletop Games");
    assertThat(iso.mainCategory()).isEqualTo("Games");
    assertThat(iso.country()).contains(Country.of("CA"));
    assertThat(iso.launched()).isEqualTo(Instant.parse("2021-03-02T00:00:00Z"));
    assertThat(iso.pledged()).isEqualTo(Money.of(CurrencyUnit.CAD, new BigDecimal("7250")));
    assertThat(iso.usdPledged()).contains(new BigDecimal("5528"));
    assertThat(iso.isFlagged()).isFalse();

    ProjectRecord yen = read.record(111000006);
    assertThat(yen.state()).isEqualTo(ProjectState.SUSPENDED);
    assertThat(yen.goal()).isEqualTo(Money.of(CurrencyUnit.JPY, new BigDecimal("1000000")));
    assertThat(yen.usdGoalReal()).contains(new BigDecimal("9100"));

    ProjectRecord sameDay = read.record(111000011);
    assertThat(sameDay.state()).as("STATE is kept even when pledged equals goal").isEqualTo(ProjectState.FAILED);
    assertThat(sameDay.durationDays()).isZero();
    assertThat(sameDay.provenance().orElseThrow().line()).isEqualTo(13);

    ProjectRecord early = read.record(111000012);
    assertThat(early.flags()).containsExactly(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    assertThat(early.category()).isEqualTo("Woodworking");
    assertThat(early.mainCategory()).isEqualTo("Crafts");
  }

  @Test
  void webRobotsCsvChunksAreReadByColumnNameWithTheirNestedCategory() {
    DatasetFixtures.Read read = DatasetFixtures.read(DatasetFixtures.WEB_ROBOTS_CHUNK);

    assertThat(read.report().layout()).isEqualTo(DatasetLayout.WEB_ROBOTS_CSV);
    assertThat(read.report().rowsRead()).isEqualTo(11);
    assertThat(read.report().kept()).isEqualTo(6);
    assertThat(read.records()).extracting(ProjectRecord::id)
        .containsExactly(201001L, 201002L, 201003L, 201003L, 201004L, 201008L);
    assertThat(read.problems()).extracting(RowProblem::line).containsExactly(9L, 10L, 11L, 14L, 15L);
    assertThat(read.problems()).extracting(RowProblem::reason).satisfiesExactly(
        reason -> assertThat(reason).isEqualTo("goal 'abc' is not a number of zero or more"),
        reason -> assertThat(reason).startsWith("category cell not JSON at char"),
        reason -> assertThat(reason).startsWith("state 'paused' is not one of"),
        reason -> assertThat(reason).isEqualTo("row has 2 fields, the header has 37"),
        reason -> assertThat(reason).isEqualTo("pledged '-5' is not a number of zero or more"));

    Instant snapshot = Instant.parse("2018-11-15T03:20:12.200Z");
    ProjectRecord painting = read.record(201001);
    assertThat(painting.category()).isEqualTo("Painting");
    assertThat(painting.mainCategory()).isEqualTo("Art");
    assertThat(painting.goal()).isEqualTo(Money.of(CurrencyUnit.GBP, new BigDecimal("4000")));
    assertThat(painting.pledged()).isEqualTo(Money.of(CurrencyUnit.GBP, new BigDecimal("4095.50")));
    assertThat(painting.usdPledged()).contains(new BigDecimal("5226.09"));
    assertThat(painting.usdGoalReal()).contains(new BigDecimal("5104.24"));
    assertThat(painting.launched()).isEqualTo(Instant.ofEpochSecond(1_536_000_000L));
    assertThat(painting.deadline()).isEqualTo(LocalDate.of(2018, 10, 3));
    assertThat(painting.country()).contains(Country.of("GB"));
    assertThat(painting.provenance().orElseThrow().file().snapshot()).contains(snapshot);

    ProjectRecord film = read.record(201002);
    assertThat(film.name()).isEqualTo("\"Hollywood Gamble\" - A Comedic Short");
    assertThat(film.mainCategory()).isEqualTo("Film & Video");
    assertThat(film.provenance().orElseThrow().line()).as("the invalid creator JSON is not read").isEqualTo(3);
    assertThat(read.records().get(2).provenance().orElseThrow().line()).as("after a blurb of three lines")
        .isEqualTo(6);
    assertThat(read.record(201003).state()).isEqualTo(ProjectState.LIVE);
    assertThat(read.record(201004).mainCategory()).isEqualTo("Comics");
    assertThat(read.record(201004).category()).isEqualTo("Comics");
    assertThat(read.record(201008).flags())
        .containsExactlyInAnyOrder(RecordFlag.USD_PLEDGED_MISSING, RecordFlag.COUNTRY_UNKNOWN);
    assertThat(read.record(201008).name()).isEqualTo("Ünser Dörf 🔥");
  }

  @Test
  void laterWebRobotsColumnsAndParentNamesAreRead() {
    DatasetFixtures.Read read = DatasetFixtures.read(DatasetFixtures.WEB_ROBOTS_CHUNK_1);

    assertThat(read.report().kept()).isEqualTo(2);
    assertThat(read.record(201010).mainCategory()).isEqualTo("Crafts");
    ProjectRecord yen = read.record(201011);
    assertThat(yen.pledged()).isEqualTo(Money.of(CurrencyUnit.JPY, new BigDecimal("12000")));
    assertThat(yen.flags()).containsExactly(RecordFlag.AMOUNT_ROUNDED);
    assertThat(yen.usdGoalReal()).contains(new BigDecimal("8800.00"));
  }

  @Test
  void webRobotsJsonLinesAreReadFromTheirDataObject() {
    DatasetFixtures.Read read = DatasetFixtures.read(DatasetFixtures.WEB_ROBOTS_JSON);

    assertThat(read.report().layout()).isEqualTo(DatasetLayout.WEB_ROBOTS_JSON);
    assertThat(read.report().rowsRead()).isEqualTo(8);
    assertThat(read.records()).extracting(ProjectRecord::id).containsExactly(301001L, 301002L, 301003L, 301006L);
    assertThat(read.records()).extracting(record -> record.provenance().orElseThrow().line())
        .containsExactly(1L, 2L, 4L, 7L);
    assertThat(read.problems()).extracting(RowProblem::line).containsExactly(5L, 6L, 8L, 9L);
    assertThat(read.problems()).extracting(RowProblem::reason).satisfiesExactly(
        reason -> assertThat(reason).startsWith("not JSON at char"),
        reason -> assertThat(reason).isEqualTo("currency is empty"),
        reason -> assertThat(reason).isEqualTo("goal '12x' is not a number of zero or more"),
        reason -> assertThat(reason).isEqualTo("category is an array, not an object"));
    ProjectRecord coffee = read.record(301003);
    assertThat(coffee.pledged()).isEqualTo(Money.of(CurrencyUnit.GBP, new BigDecimal("150.25")));
    assertThat(coffee.mainCategory()).isEqualTo("Food");
    assertThat(coffee.usdGoalReal()).contains(new BigDecimal("2529.00"));
    assertThat(read.record(301002).state()).isEqualTo(ProjectState.LIVE);
    assertThat(read.record(301006).state()).isEqualTo(ProjectState.CANCELED);
    assertThat(coffee.provenance().orElseThrow().file().snapshot())
        .contains(Instant.parse("2018-01-12T10:20:09.196Z"));
  }

  @Test
  void aStreamIsReadUnderTheNameAndSnapshotTheCallerGives() throws Exception {
    java.util.List<ProjectRecord> records = new java.util.ArrayList<>();
    try (var in = java.nio.file.Files.newInputStream(DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_JSON))) {
      DatasetReader.create().read(in, "part-7", Optional.of(Instant.EPOCH), records::add, problem -> { });
    }
    assertThat(records).allSatisfy(record -> {
      assertThat(record.provenance().orElseThrow().file().name()).isEqualTo("part-7");
      assertThat(record.provenance().orElseThrow().file().snapshot()).contains(Instant.EPOCH);
    });
  }
}
