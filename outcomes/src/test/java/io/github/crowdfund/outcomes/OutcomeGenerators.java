package io.github.crowdfund.outcomes;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
  private static final String HEADER_201801 = "ID,name,category,main_category,currency,deadline,goal,launched,"
      + "pledged,state,backers,country,usd pledged,usd_pledged_real,usd_goal_real";
  private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");
  private static final List<String> NAME_WORDS =
      List.of("Pocket Loom", "星の音楽会", "Книга сказок", "مشروع 🎨 Art", "Zine", "", "N,0");
  /** What makes the real file quote a name: commas, quotes and line breaks of each kind. */
  private static final List<String> NAME_DIRT = List.of(", ", "\"", "\n", "\r\n", "\r");

  private OutcomeGenerators() {}

  /**
   * Whole files in the {@link KaggleLayout#KS_201801} layout, with the dirt real files have: names with commas,
   * doubled quotes, other scripts and LF, CRLF or lone CR line breaks inside quotes; rows ended by LF, CRLF or a lone
   * CR; empty lines; a byte-order mark or not; the unknown-country marker as the real file writes it; rows with a bad
   * state, a bad number or a wrong field count; now and then a character after a closing quote, a quote left open, or
   * a field longer than the longest row, which the reader rejects before going on.
   */
  static Gen<CsvText> dirty201801Files() {
    return longs().all().map(seed -> new CsvText(dirty201801File(seed)));
  }

  /** The text of a generated CSV file; shown with its line breaks and byte-order mark escaped. */
  record CsvText(String text) {
    @Override
    public String toString() {
      return text.replace("\uFEFF", "<BOM>").replace("\r", "<CR>").replace("\n", "<LF>\n");
    }
  }

  /** Parallelism for {@link ProjectReader#withParallelism}: 1 to 6. */
  static Gen<Integer> parallelisms() {
    return integers().between(1, 6);
  }

  /** Part sizes small enough to split a generated file into many parts: 1 to 200 bytes. */
  static Gen<Long> tinyPartSizes() {
    return longs().between(1, 200);
  }

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

  static String dirty201801File(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int lineEnds = random.nextInt(4);
    StringBuilder file = new StringBuilder();
    if (random.nextBoolean()) {
      file.append('\uFEFF');
    }
    file.append(HEADER_201801);
    int rows = random.nextInt(26);
    for (int row = 0; row < rows; row++) {
      file.append(lineEnd(random, lineEnds));
      while (random.nextInt(8) == 0) {
        file.append(lineEnd(random, lineEnds));
      }
      file.append(dirtyRow(random, 1_000_000_000L + row, random.nextInt(12) == 0));
    }
    if (random.nextBoolean()) {
      file.append(lineEnd(random, lineEnds));
    }
    return file.toString();
  }

  /** LF, CRLF or a lone CR: always one of them for styles 0 to 2, any of them for style 3. */
  private static String lineEnd(SplittableRandom random, int style) {
    return LINE_ENDS.get(style < LINE_ENDS.size() ? style : random.nextInt(LINE_ENDS.size()));
  }

  private static String dirtyRow(SplittableRandom random, long id, boolean unparseable) {
    String name = unparseable ? unsplittableName(random) : dirtyName(random);
    boolean unknownCountry = random.nextInt(5) == 0;
    List<String> fields = new ArrayList<>(List.of(Long.toString(id), name, "Tabletop Games", "Games",
        random.nextBoolean() ? "USD" : "JPY", "2016-10-15", random.nextInt(10) == 0 ? "abc" : "20000.00",
        "2016-09-15 18:30:00", random.nextInt(3) + "000.50", random.nextInt(10) == 0 ? "funded" : "failed", "30",
        unknownCountry ? "\"N,0\"\"\"" : "US", unknownCountry ? "" : "2000.00", "2000.00", "20000.00"));
    int shape = random.nextInt(10);
    if (shape == 0) {
      return String.join(",", fields.subList(0, 1 + random.nextInt(2)));
    } else if (shape == 1) {
      fields.add("extra");
    }
    return String.join(",", fields);
  }

  /**
   * A name the CSV cannot be split around: a character after its closing quote (as {@code "Lamp"x}), a quote left open
   * (swallowing the rows after it up to the next quote), or a field longer than the longest row.
   */
  private static String unsplittableName(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> "\"Closed\" then more";
      case 1 -> "\"Lamp" + NAME_DIRT.get(random.nextInt(NAME_DIRT.size())) + "Desk\"x";
      case 2 -> "\"Lamp" + NAME_DIRT.get(random.nextInt(NAME_DIRT.size())) + "Desk";
      default -> (random.nextBoolean() ? "\"" : "") + "Huge".repeat(CsvScanner.MAX_ROW_BYTES / 4 + 1)
          + (random.nextBoolean() ? "\"" : "");
    };
  }

  /** A name as the real file writes it: plain, or quoted because of a comma, a quote or a line break. */
  private static String dirtyName(SplittableRandom random) {
    StringBuilder name = new StringBuilder(NAME_WORDS.get(random.nextInt(NAME_WORDS.size())));
    boolean quoted = false;
    for (int part = random.nextInt(4); part > 0; part--) {
      int dirt = random.nextInt(4);
      if (dirt < 3) {
        name.append(NAME_DIRT.get(random.nextInt(NAME_DIRT.size())));
        quoted = true;
      }
      name.append(NAME_WORDS.get(random.nextInt(NAME_WORDS.size())));
    }
    return quoted ? '"' + name.toString().replace("\"", "\"\"") + '"' : name.toString();
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
