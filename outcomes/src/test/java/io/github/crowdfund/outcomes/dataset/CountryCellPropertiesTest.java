package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRowParser.BadRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Any two upper-case letters in a country cell: a row with a country the library knows reads with that country; any
 * other code rejects that row alone, with its line and a reason quoting the code, never dropping it silently.
 */
class CountryCellPropertiesTest {

  private static final String HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,"
      + "state,backers,country,usd pledged,usd_pledged_real,usd_goal_real";

  private static String row(long id, String country) {
    return id + ",Project " + id + ",Tabletop Games,Games,USD,2016-10-15,20000.00,2016-09-15 18:30:00,2000.00,"
        + "failed,30," + country + ",2000.00,2000.00,20000.00";
  }

  private static Gen<Character> letters() {
    return integers().between(0, 25).map(i -> (char) ('A' + i));
  }

  private static boolean known(String code) {
    return Country.all().stream().anyMatch(country -> country.code().equals(code));
  }

  @Test
  void aKaggleRowReadsWithItsCountryOrIsRejectedNamingTheCode() {
    qt().withExamples(300).forAll(letters(), letters())
        .checkAssert((first, second) -> {
          String code = "" + first + second;
          List<ProjectRecord> records = new ArrayList<>();
          List<RowProblem> problems = new ArrayList<>();
          // The third row's country is the unknown marker N,0" as the real file quotes it.
          String text = HEADER + "\n" + row(1, "US") + "\n" + row(2, code) + "\n" + row(3, "\"N,0\"\"\"") + "\n";
          try {
            ProjectReader.create().read(new StringReader(text), records::add, problems::add);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (known(code)) {
            assertThat(problems).isEmpty();
            assertThat(records).extracting(ProjectRecord::id).containsExactly(1L, 2L, 3L);
            assertThat(records.get(1).country()).containsSame(Country.of(code));
          } else {
            assertThat(records).extracting(ProjectRecord::id).containsExactly(1L, 3L);
            assertThat(problems).singleElement().satisfies(problem -> {
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.reason()).contains("country '" + code + "' is not an ISO 3166");
            });
          }
          assertThat(records.get(0).country()).containsSame(Country.of("US"));
          assertThat(records.get(records.size() - 1).country()).isEmpty();
        });
  }

  @Test
  void aCellReadsAsItsCountryOrIsABadRowQuotingIt() throws BadRow {
    Cells cells = new Cells();

    assertThat(cells.country("country", " XK ")).containsSame(Country.of("XK"));
    assertThat(cells.country("country", " ")).isEmpty();
    assertThatThrownBy(() -> cells.country("country", "XX")).isInstanceOf(BadRow.class)
        .hasMessage("country 'XX' is not an ISO 3166-1 alpha-2 country code");
    assertThatThrownBy(() -> cells.country("country", "usa")).isInstanceOf(BadRow.class)
        .hasMessage("country 'usa' is not a two-letter country code");
  }
}
