package io.github.crowdfund.outcomes.dataset;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRowParser.BadRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * Turns the tab-separated rows of ICPSR 38050's public project file into {@link ProjectRecord}s.
 *
 * <p>Read as the codebook describes: the id is {@code PID}; the main category is {@code CATEGORY} and the category
 * {@code SUBCATEGORY}, both Kickstarter category ids, named by {@link Categories}; amounts are whole units, written
 * {@code 100,000,000} or {@code $100,000,000} (either form accepted in every money column); {@code GOAL_IN_USD} is
 * kept as {@link ProjectRecord#usdGoalReal()} and {@code PLEDGED_IN_USD} as both {@link ProjectRecord#usdPledged()}
 * and {@link ProjectRecord#usdPledgedReal()}; dates are {@code M/D/YYYY} or ISO, the launch read as the start of its
 * day in UTC; a blank country (one space in the real file) is unknown and flagged. The names are masked by ICPSR and
 * kept as written. Rejected: a blank or negative {@code BACKERS_COUNT} (the real file has " " and -2), a goal of 0, a
 * row with more or fewer fields than the header.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class IcpsrRows {

  /** The header of {@code public_data.tsv}, lower case, in order. */
  static final List<String> HEADER = List.of("caseid", "name", "pid", "category", "subcategory",
      "project_page_location_name", "project_page_location_state", "project_page_location_county",
      "project_page_location_country", "uid", "project_currency", "goal_in_original_currency",
      "pledged_in_original_currency", "goal_in_usd", "pledged_in_usd", "backers_count", "launched_date",
      "deadline_date", "state", "url_name");
  /** The columns read; the others may be absent. */
  static final List<String> REQUIRED = List.of("name", "pid", "category", "subcategory",
      "project_page_location_country", "project_currency", "goal_in_original_currency",
      "pledged_in_original_currency", "goal_in_usd", "pledged_in_usd", "backers_count", "launched_date",
      "deadline_date", "state");

  private final Cells cells = new Cells();
  private final int fields;
  private final int name;
  private final int pid;
  private final int category;
  private final int subcategory;
  private final int country;
  private final int currency;
  private final int goal;
  private final int pledged;
  private final int goalUsd;
  private final int pledgedUsd;
  private final int backers;
  private final int launched;
  private final int deadline;
  private final int state;
  private final List<String> row = new ArrayList<>(HEADER.size());

  /** Reads rows under a header that {@link Columns#missing} found complete. */
  IcpsrRows(Columns columns) {
    fields = columns.size();
    name = columns.require("name");
    pid = columns.require("pid");
    category = columns.require("category");
    subcategory = columns.require("subcategory");
    country = columns.require("project_page_location_country");
    currency = columns.require("project_currency");
    goal = columns.require("goal_in_original_currency");
    pledged = columns.require("pledged_in_original_currency");
    goalUsd = columns.require("goal_in_usd");
    pledgedUsd = columns.require("pledged_in_usd");
    backers = columns.require("backers_count");
    launched = columns.require("launched_date");
    deadline = columns.require("deadline_date");
    state = columns.require("state");
  }

  /** Splits a line at its tabs, keeping empty fields. */
  static List<String> split(String line, List<String> into) {
    into.clear();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\t') {
        into.add(line.substring(start, i));
        start = i + 1;
      }
    }
    into.add(line.substring(start));
    return into;
  }

  ProjectRecord parse(String line, long lineNumber, DatasetFile file) throws BadRow {
    split(line, row);
    if (row.size() != fields) {
      throw new BadRow("row has " + row.size() + " tab-separated fields, the header has " + fields);
    }
    ProjectRecord.Builder record = ProjectRecord.builder().provenance(new Provenance(file, lineNumber));
    CurrencyUnit unit = cells.currency("PROJECT_CURRENCY", row.get(currency));
    String goalText = row.get(goal);
    String pledgedText = row.get(pledged);
    int main = (int) Math.min(Integer.MAX_VALUE, Cells.whole("CATEGORY", row.get(category)));
    int sub = (int) Math.min(Integer.MAX_VALUE, Cells.whole("SUBCATEGORY", row.get(subcategory)));
    Optional<Country> code = cells.country("PROJECT_PAGE_LOCATION_COUNTRY", row.get(country));
    if (code.isEmpty()) {
      record.addFlags(RecordFlag.COUNTRY_UNKNOWN);
    }
    BigDecimal usdPledged = Cells.grouped("PLEDGED_IN_USD", row.get(pledgedUsd));
    LocalDate launchDay = Cells.date("LAUNCHED_DATE", row.get(launched));
    record.id(Cells.whole("PID", row.get(pid)))
        .name(row.get(name).strip())
        .mainCategory(cells.pooled(Categories.topLevel(main).orElse("category " + main)))
        .category(cells.pooled(Categories.name(sub)))
        .goal(Cells.positive("GOAL_IN_ORIGINAL_CURRENCY", goalText, Cells.money("GOAL_IN_ORIGINAL_CURRENCY", goalText,
            Cells.grouped("GOAL_IN_ORIGINAL_CURRENCY", goalText), unit, record)))
        .pledged(Cells.money("PLEDGED_IN_ORIGINAL_CURRENCY", pledgedText,
            Cells.grouped("PLEDGED_IN_ORIGINAL_CURRENCY", pledgedText), unit, record))
        .usdGoalReal(Cells.grouped("GOAL_IN_USD", row.get(goalUsd)))
        .usdPledged(usdPledged)
        .usdPledgedReal(usdPledged)
        .backers(Cells.count("BACKERS_COUNT", row.get(backers)))
        .state(Cells.state("STATE", row.get(state)))
        .country(code);
    return Cells.build(record, launchDay.atStartOfDay().toInstant(ZoneOffset.UTC),
        Cells.date("DEADLINE_DATE", row.get(deadline)));
  }
}
