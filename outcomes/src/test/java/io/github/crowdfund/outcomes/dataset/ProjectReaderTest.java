package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ProjectReaderTest {

  private static final Fixtures.Read DIRTY = Fixtures.read(Fixtures.DIRTY_201801);

  private static ProjectRecord byId(long id) {
    return DIRTY.records().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  @Test
  void everyRowIsKeptOrRejectedAndTheReportCountsThem() {
    ReadReport report = DIRTY.report();
    assertThat(report.layout()).isEqualTo(DatasetLayout.KAGGLE_201801);
    assertThat(report.rowsRead()).isEqualTo(23);
    assertThat(report.kept()).isEqualTo(17).isEqualTo(DIRTY.records().size());
    assertThat(report.rejected()).isEqualTo(6).isEqualTo(DIRTY.problems().size());
    assertThat(report.flagged()).isEqualTo(4);
    assertThat(report.flagCounts()).isEqualTo(Map.of(
        RecordFlag.COUNTRY_UNKNOWN, 2L,
        RecordFlag.USD_PLEDGED_MISSING, 2L,
        RecordFlag.LAUNCH_DATE_IMPLAUSIBLE, 1L,
        RecordFlag.AMOUNT_ROUNDED, 1L));
    assertThat(report.firstRejections()).isEqualTo(DIRTY.problems());
    assertThat(report.stoppedEarly()).isEmpty();
  }

  @Test
  void rejectedRowsNameTheirLineAndQuoteTheBadValue() {
    assertThat(DIRTY.problems()).extracting(RowProblem::line).containsExactly(16L, 17L, 18L, 19L, 20L, 25L);
    assertThat(DIRTY.problems()).extracting(RowProblem::reason).satisfiesExactly(
        reason -> assertThat(reason).contains("state 'funded'").contains("successful"),
        reason -> assertThat(reason).contains("goal 'abc'"),
        reason -> assertThat(reason).contains("7 fields").contains("15"),
        reason -> assertThat(reason).contains("launched '2015-13-45 10:00:00'"),
        reason -> assertThat(reason).contains("currency 'XYZ'"),
        reason -> assertThat(reason).contains("goal '0.00'").contains("not positive"));
  }

  @Test
  void quotedNamesKeepCommasQuotesLineBreaksAndOtherScripts() {
    assertThat(byId(1000000002L).name()).isEqualTo("Songs, Stories and Such");
    assertThat(byId(1000000003L).name()).isEqualTo("The \"Best\" Board Game");
    assertThat(byId(1000000004L).name()).isEqualTo("Two Lines\r\nof Title");
    assertThat(byId(1000000005L).name()).isEqualTo("星の音楽会");
    assertThat(byId(1000000006L).name()).isEqualTo("Книга сказок");
    assertThat(byId(1000000021L).name()).isEqualTo("مشروع 🎨 Art");
  }

  @Test
  void theByteOrderMarkIsNotPartOfTheFirstColumnAndTheFirstRowIsRead() {
    assertThat(DIRTY.records().get(0).id()).isEqualTo(1000000001L);
  }

  @Test
  void aCleanRowBecomesAnUnflaggedRecordWithEveryColumn() {
    ProjectRecord loom = byId(1000000001L);
    assertThat(loom.name()).isEqualTo("Pocket Loom");
    assertThat(loom.category()).isEqualTo("Crafts");
    assertThat(loom.mainCategory()).isEqualTo("Crafts");
    assertThat(loom.goal()).isEqualTo(Money.parse("USD 1000.00"));
    assertThat(loom.pledged()).isEqualTo(Money.parse("USD 1250.00"));
    assertThat(loom.state()).isEqualTo(ProjectState.SUCCESSFUL);
    assertThat(loom.backers()).isEqualTo(25);
    assertThat(loom.country()).contains(Country.of("US"));
    assertThat(loom.launched()).isEqualTo(Instant.parse("2015-05-31T10:00:00Z"));
    assertThat(loom.deadline()).isEqualTo(LocalDate.of(2015, 6, 30));
    assertThat(loom.usdPledged()).contains(new BigDecimal("1250.00"));
    assertThat(loom.usdPledgedReal()).contains(new BigDecimal("1250.00"));
    assertThat(loom.usdGoalReal()).contains(new BigDecimal("1000.00"));
    assertThat(loom.durationDays()).isEqualTo(30);
    assertThat(loom.flags()).isEmpty();
  }

  @Test
  void unknownCountryAndEmptyUsdPledgedAreKeptAndFlagged() {
    ProjectRecord undefined = byId(1000000007L);
    assertThat(undefined.state()).isEqualTo(ProjectState.UNDEFINED);
    assertThat(undefined.country()).isEmpty();
    assertThat(undefined.usdPledged()).isEmpty();
    assertThat(undefined.usdPledgedReal()).contains(new BigDecimal("3576.00"));
    assertThat(undefined.flags()).containsExactlyInAnyOrder(
        RecordFlag.COUNTRY_UNKNOWN, RecordFlag.USD_PLEDGED_MISSING);
  }

  @Test
  void a1970LaunchIsKeptAndFlagged() {
    ProjectRecord canceled = byId(1000000009L);
    assertThat(canceled.launched()).isEqualTo(Instant.parse("1970-01-01T01:00:00Z"));
    assertThat(canceled.launchYear()).isEqualTo(1970);
    assertThat(canceled.flags()).containsExactly(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
  }

  @Test
  void amountsUseTheCurrencysMinorUnitAndExtraDecimalsAreRoundedHalfEvenAndFlagged() {
    assertThat(byId(1000000005L).goal()).isEqualTo(Money.parse("JPY 300000"));
    ProjectRecord teaSet = byId(1000000023L);
    assertThat(teaSet.pledged()).isEqualTo(Money.parse("JPY 60000"));
    assertThat(teaSet.flags()).containsExactly(RecordFlag.AMOUNT_ROUNDED);
  }

  @Test
  void the201612LayoutIsRecognisedAndShiftedRowsAreRejected() {
    Fixtures.Read read = Fixtures.read(Fixtures.SAMPLE_201612);
    assertThat(read.report().layout()).isEqualTo(DatasetLayout.KAGGLE_201612);
    assertThat(read.report().rowsRead()).isEqualTo(4);
    assertThat(read.records()).extracting(ProjectRecord::name)
        .containsExactly("Garden Gnome Opera", "Quoted, Properly", "Somewhere");
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.reason()).contains("'100'").contains("unnamed column 14");
    });
    ProjectRecord opera = read.records().get(0);
    assertThat(opera.deadline()).isEqualTo(LocalDate.of(2015, 10, 9));
    assertThat(opera.goal()).isEqualTo(Money.parse("USD 1000.00"));
    assertThat(opera.usdPledged()).contains(new BigDecimal("1200"));
    assertThat(opera.usdPledgedReal()).isEmpty();
    assertThat(read.records().get(2).flags())
        .containsExactlyInAnyOrder(RecordFlag.COUNTRY_UNKNOWN, RecordFlag.USD_PLEDGED_MISSING);
  }

  @Test
  void lfLineEndsReadLikeCrlf() throws IOException {
    String header = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,state,backers,country,"
        + "usd pledged,usd_pledged_real,usd_goal_real";
    String row = "7,\"A\nB\",Poetry,Publishing,USD,2015-10-09,10.00,2015-08-11 12:12:28,1.00,failed,1,US,1.00,1.00,10.00";
    List<ProjectRecord> records = new ArrayList<>();
    ReadReport report = ProjectReader.create()
        .read(new StringReader(header + "\n" + row + "\n" + row), records::add, problem -> { });
    assertThat(report.kept()).isEqualTo(2);
    assertThat(records).extracting(ProjectRecord::name).containsExactly("A\nB", "A\nB");
  }

  @Test
  void anUnknownHeaderIsRefusedNamingTheKnownLayouts() {
    assertThatThrownBy(() -> ProjectReader.create().read(new StringReader("a,b,c\n1,2,3\n"), r -> { }, p -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a,b,c'")
        .hasMessageContaining("usd_goal_real");
  }

  @Test
  void anEmptyInputIsRefused() {
    assertThatThrownBy(() -> ProjectReader.create().read(new StringReader(""), r -> { }, p -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void recordsRefuseAPledgeInAnotherCurrency() {
    ProjectRecord.Builder builder = ProjectRecord.builder().id(1).name("n").category("c").mainCategory("m")
        .goal(Money.parse("USD 10.00")).pledged(Money.parse("EUR 1.00")).state(ProjectState.FAILED).backers(1)
        .launched(Instant.EPOCH).deadline(LocalDate.EPOCH);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR 1.00");
  }

  @Test
  void unknownCountryIsEmptyNotAString() {
    assertThat(byId(1000000008L).country()).isEqualTo(Optional.empty());
  }
}
