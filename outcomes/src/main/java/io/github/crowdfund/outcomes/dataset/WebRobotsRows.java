package io.github.crowdfund.outcomes.dataset;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRowParser.BadRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Turns one project of a Web Robots scrape (a CSV row or the {@code "data"} object of a JSON line) into a
 * {@link ProjectRecord}.
 *
 * <p>Read: {@code id}, {@code name}, {@code state} (including {@code live}), {@code goal} and {@code pledged} in
 * {@code currency}, {@code backers_count}, {@code country} (empty is unknown and flagged), {@code launched_at} (epoch
 * seconds, UTC) and {@code deadline} (epoch seconds, its UTC date), {@code usd_pledged} (empty is flagged), and from
 * the {@code category} JSON its {@code name} (the category) and its parent (the main category: {@code parent_name},
 * else the top-level category of {@code parent_id}, else the first part of {@code slug}; a category without a parent is
 * its own main category). {@link ProjectRecord#usdGoalReal()} is {@code goal × static_usd_rate} rounded half-even to
 * cents, the per-project rate Kickstarter used for {@code usd_pledged}; empty when the rate is absent.
 *
 * <p>Only the cells read are parsed: the {@code creator} and {@code profile} cells, which real scrapes sometimes hold
 * as invalid JSON (unescaped quotes in names), do not make a row unreadable.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class WebRobotsRows {

  /** The keys read; every scrape since 2016 has them. */
  static final List<String> REQUIRED = List.of("backers_count", "category", "country", "currency", "deadline", "goal",
      "id", "launched_at", "name", "pledged", "state");

  /** One project's values, by key. */
  interface Project {
    /** Returns a value as text, or empty when it is absent, empty or JSON null. */
    Optional<String> scalar(String key) throws BadRow;

    /** Returns the category object, or empty when it is absent or empty. */
    Optional<Map<String, Object>> category() throws BadRow;
  }

  private final Cells cells = new Cells();

  ProjectRecord parse(Project project, Provenance provenance) throws BadRow {
    ProjectRecord.Builder record = ProjectRecord.builder().provenance(provenance);
    CurrencyUnit unit = cells.currency("currency", required(project, "currency"));
    String goalText = required(project, "goal");
    BigDecimal goal = Cells.decimal("goal", goalText);
    String pledgedText = required(project, "pledged");
    Optional<Country> country = cells.country("country", project.scalar("country").orElse(""));
    if (country.isEmpty()) {
      record.addFlags(RecordFlag.COUNTRY_UNKNOWN);
    }
    Optional<String> usdPledged = project.scalar("usd_pledged");
    if (usdPledged.isEmpty()) {
      record.addFlags(RecordFlag.USD_PLEDGED_MISSING);
    } else {
      record.usdPledged(Cells.decimal("usd_pledged", usdPledged.get()));
    }
    Optional<String> rate = project.scalar("static_usd_rate");
    if (rate.isPresent()) {
      record.usdGoalReal(goal.multiply(Cells.decimal("static_usd_rate", rate.get()))
          .setScale(2, RoundingMode.HALF_EVEN));
    }
    categories(project, record);
    Money goalMoney = Cells.positive("goal", goalText, Cells.money("goal", goalText, goal, unit, record));
    record.id(Cells.whole("id", required(project, "id")))
        .name(project.scalar("name").orElse(""))
        .goal(goalMoney)
        .pledged(Cells.money("pledged", pledgedText, Cells.decimal("pledged", pledgedText), unit, record))
        .backers(Cells.count("backers_count", required(project, "backers_count")))
        .state(Cells.state("state", required(project, "state")))
        .country(country);
    Instant launched = Cells.epochSeconds("launched_at", required(project, "launched_at"));
    LocalDate deadline = LocalDate.ofInstant(Cells.epochSeconds("deadline", required(project, "deadline")),
        ZoneOffset.UTC);
    return Cells.build(record, launched, deadline);
  }

  private static String required(Project project, String key) throws BadRow {
    return project.scalar(key).orElseThrow(() -> new BadRow(key + " is empty"));
  }

  private void categories(Project project, ProjectRecord.Builder record) throws BadRow {
    Map<String, Object> category = project.category().orElseThrow(() -> new BadRow("category is empty"));
    try {
      String name = Json.scalar(category, "name").orElseThrow(() -> new BadRow("category has no name"));
      Optional<String> parentName = Json.scalar(category, "parent_name");
      Optional<String> parentId = Json.scalar(category, "parent_id");
      String main;
      if (parentName.isPresent()) {
        main = parentName.get();
      } else if (parentId.isPresent()) {
        int id = (int) Math.min(Integer.MAX_VALUE, Cells.whole("category.parent_id", parentId.get()));
        Optional<String> slug = Json.scalar(category, "slug").filter(text -> text.indexOf('/') > 0);
        main = Categories.topLevel(id)
            .or(() -> slug.map(text -> text.substring(0, text.indexOf('/'))))
            .orElse("category " + id);
      } else {
        main = name;
      }
      record.category(cells.pooled(name)).mainCategory(cells.pooled(main));
    } catch (Json.JsonException e) {
      throw new BadRow("category " + e.getMessage());
    }
  }
}
