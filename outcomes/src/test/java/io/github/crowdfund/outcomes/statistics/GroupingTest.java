package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Goal and duration buckets at their exact boundaries. The projects are read in each test, not once per class: a
 * result kept in a static field would hide a changed grouping from a mutation run, which reuses its JVM.
 */
class GroupingTest {

  private static final String HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,state,"
      + "backers,country,usd pledged,usd_pledged_real,usd_goal_real\n";

  /** The 201612 layout, without the goal in US dollars. */
  private static final String OLD_HEADER =
      "ID,name,category,main_category,currency,deadline,goal,launched,pledged,state,backers,country,usd pledged\n";

  private static List<ProjectRecord> read(String... rows) throws IOException {
    return readWith(HEADER, rows);
  }

  private static List<ProjectRecord> readWith(String header, String... rows) throws IOException {
    StringBuilder file = new StringBuilder(header);
    for (String row : rows) {
      file.append(row).append('\n');
    }
    List<ProjectRecord> records = new ArrayList<>();
    ProjectReader.create().read(new StringReader(file.toString()), records::add, problem -> {
      throw new AssertionError(problem.toString());
    });
    return records;
  }

  private static String goalRow(int id, String currency, String goal, String usdGoal) {
    return id + ",Project " + id + ",Crafts,Crafts," + currency + ",2015-06-30," + goal
        + ",2015-05-31 10:00:00,10.00,failed,1,US,10.00,10.00," + usdGoal;
  }

  private static String durationRow(int id, String deadline, String launched) {
    return id + ",Project " + id + ",Crafts,Crafts,USD," + deadline + ",100.00," + launched
        + ",10.00,failed,1,US,10.00,10.00,100.00";
  }

  @Test
  void goalBucketsStartAtTheirLowerBoundInUsDollarsOfTheFile() throws IOException {
    Map<String, String> bucketByUsdGoal = new TreeMap<>(Map.of("999.99", "<1k", "1000.00", "1k-5k",
        "4999.99", "1k-5k", "5000.00", "5k-10k", "9999.99", "5k-10k", "10000.00", "10k-50k", "49999.99", "10k-50k",
        "50000.00", "50k-100k", "99999.99", "50k-100k", "100000.00", ">=100k"));
    int id = 1;
    for (Map.Entry<String, String> entry : bucketByUsdGoal.entrySet()) {
      // The goal in pounds differs from the US dollar goal: the US dollar column decides.
      ProjectRecord record = read(goalRow(id++, "GBP", "1.00", entry.getKey())).get(0);
      assertThat(Grouping.GOAL_BUCKET.key(record)).as(entry.getKey()).isEqualTo(entry.getValue());
    }
  }

  @Test
  void withoutAUsDollarGoalOnlyAGoalInDollarsHasABucket() throws IOException {
    List<ProjectRecord> records = readWith(OLD_HEADER,
        "1,Project 1,Crafts,Crafts,USD,2015-06-30 00:00:00,5000,2015-05-31 10:00:00,10,failed,1,US,10",
        "2,Project 2,Crafts,Crafts,GBP,2015-06-30 00:00:00,5000,2015-05-31 10:00:00,10,failed,1,GB,10");
    assertThat(Grouping.GOAL_BUCKET.key(records.get(0))).isEqualTo("5k-10k");
    assertThat(Grouping.GOAL_BUCKET.key(records.get(1))).isEqualTo(Grouping.UNKNOWN);
  }

  @Test
  void durationBucketsCountDaysFromTheLaunchDateToTheDeadline() throws IOException {
    Map<Integer, String> bucketByDays = new TreeMap<>(Map.ofEntries(Map.entry(1, "<=14"), Map.entry(14, "<=14"),
        Map.entry(15, "15-29"), Map.entry(29, "15-29"), Map.entry(30, "30"), Map.entry(31, "31-44"),
        Map.entry(44, "31-44"), Map.entry(45, "45-59"), Map.entry(59, "45-59"), Map.entry(60, "60"),
        Map.entry(61, ">60")));
    int id = 1;
    for (Map.Entry<Integer, String> entry : bucketByDays.entrySet()) {
      String deadline = java.time.LocalDate.of(2015, 1, 1).plusDays(entry.getKey()).toString();
      ProjectRecord record = read(durationRow(id++, deadline, "2015-01-01 23:59:59")).get(0);
      assertThat(record.durationDays()).isEqualTo((long) entry.getKey());
      assertThat(Grouping.DURATION_BUCKET.key(record)).as("%d days", entry.getKey()).isEqualTo(entry.getValue());
    }
  }

  @Test
  void anImplausibleLaunchOrADeadlineBeforeTheLaunchHasNoDuration() throws IOException {
    List<ProjectRecord> records = read(durationRow(1, "2015-01-31", "1970-01-01 01:00:00"),
        durationRow(2, "2015-01-31", "2015-02-10 10:00:00"));
    assertThat(Grouping.DURATION_BUCKET.key(records.get(0))).isEqualTo(Grouping.UNKNOWN);
    assertThat(Grouping.DURATION_BUCKET.key(records.get(1))).isEqualTo(Grouping.UNKNOWN);
  }

  @Test
  void bucketsSortInTheirOrderWithUnknownLastAndYearsByNumber() {
    List<String> goals = new ArrayList<>(List.of(Grouping.UNKNOWN, ">=100k", "<1k", "10k-50k"));
    goals.sort(Grouping.GOAL_BUCKET.order());
    assertThat(goals).containsExactly("<1k", "10k-50k", ">=100k", Grouping.UNKNOWN);
    List<String> years = new ArrayList<>(List.of("2015", Grouping.UNKNOWN, "998", "10000"));
    years.sort(Grouping.YEAR.order());
    assertThat(years).containsExactly("998", "2015", "10000", Grouping.UNKNOWN);
    List<String> countries = new ArrayList<>(List.of(Grouping.UNKNOWN, "US", "CA"));
    countries.sort(Grouping.COUNTRY.order());
    assertThat(countries).containsExactly("CA", "US", Grouping.UNKNOWN);
    assertThat(Grouping.ofLabel("duration")).contains(Grouping.DURATION_BUCKET);
    assertThat(Grouping.ofLabel("Duration")).isEmpty();
  }
}
