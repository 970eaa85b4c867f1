package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.crowdfund.core.Country;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes synthetic datasets in every {@link DatasetLayout}, and series of monthly scrapes in which projects launch,
 * gather pledges while {@code live} and end, so that every reader, panel and command can be tried without the real
 * files (whose licences keep them out of this library).
 *
 * <p>The projects are those of {@link SyntheticDataset} (its published shares and shapes), written in each layout as
 * its dataset writes them, with that dataset's known dirt:
 * <ul>
 *   <li>ICPSR 38050: only ended states ({@code live} and {@code undefined} become {@code successful} when pledged
 *       reached the goal, else {@code failed}, see {@link #stateIn}); names masked; whole units, comma-grouped, the USD
 *       columns with {@code $} (one row in 50 without); {@code M/D/YYYY} dates, ISO dates in the last sixth of rows;
 *       the country one space in five rows of six; {@code [ARABIC: ...]} and mojibake place names; and, as in the real
 *       file, unreadable rows: {@code BACKERS_COUNT} one space in one row of 1,000 and {@code -2} in one of 5,000 (the 500th, 5,500th, ...).</li>
 *   <li>Web Robots CSV and JSON lines: the 37 columns of 2018-19 (alphabetical; nested JSON in category, creator,
 *       location, photo, profile, urls); {@code TRUE}/{@code FALSE}; blurbs with quotes, raw line breaks and a literal
 *       {@code \r}; creator names with unescaped quotes (invalid JSON) in one row of 500; empty locations in one of
 *       1,000; {@code usd_type} {@code null} for the rows crawled in CAD; {@code undefined} states written as for ICPSR;
 *       and, in scrapes, one project in 30 listed twice.</li>
 * </ul>
 *
 * <p>Scrapes ({@link #writeScrapes}): {@code projects} projects launch, uniformly at random, from 90 days before the
 * first scrape to the last one, keeping their drawn durations and outcomes; scrape {@code k} is taken {@code k} months
 * after 2018-01-12T10:20:09.196Z and lists every project launched by then (scrapes are cumulative), {@code live} with
 * the share of its final pledges and backers that the elapsed share of its duration gives (rounded down) until its
 * deadline, then in its final state. CSV scrapes are zips of 3,500-row chunks ({@code Kickstarter.csv},
 * {@code Kickstarter001.csv}, ...), JSON scrapes gzip files, named by their instant as Web Robots names them.
 *
 * <p>The same seed gives the same files. This class is immutable and thread-safe.
 */
public final class DatasetGenerator {

  /** Rows per CSV chunk of a generated scrape. */
  static final int CHUNK_ROWS = 3_500;
  /** The first generated scrape's instant. */
  static final Instant FIRST_SCRAPE = Instant.parse("2018-01-12T10:20:09.196Z");

  private static final int BATCH = 10_000;
  private static final long SECONDS_PER_DAY = 86_400;
  private static final String MASKED = "MASKED BY ICPSR";
  private static final DateTimeFormatter STEM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH_mm_ss_SSS'Z'",
      Locale.ROOT);
  private static final List<String> WEB_ROBOTS_HEADER = List.of("backers_count", "blurb", "category",
      "converted_pledged_amount", "country", "created_at", "creator", "currency", "currency_symbol",
      "currency_trailing_code", "current_currency", "deadline", "disable_communication", "friends", "fx_rate", "goal",
      "id", "is_backing", "is_starrable", "is_starred", "launched_at", "location", "name", "permissions", "photo",
      "pledged", "profile", "slug", "source_url", "spotlight", "staff_pick", "state", "state_changed_at",
      "static_usd_rate", "urls", "usd_pledged", "usd_type");

  private final SyntheticDataset projects;

  private DatasetGenerator(SyntheticDataset projects) {
    this.projects = projects;
  }

  /**
   * Returns a generator of {@link SyntheticDataset#create()}'s projects.
   *
   * @return a generator; never null
   */
  public static DatasetGenerator create() {
    return new DatasetGenerator(SyntheticDataset.create());
  }

  /**
   * Writes one file of a layout (created or replaced): for Web Robots CSV, a single chunk.
   *
   * @param layout the layout; not null
   * @param file where to write; not null
   * @param rows how many projects, zero or more
   * @param seed the seed; the same seed gives the same file
   * @param progress told the number of rows written so far, every 10,000 rows and at the end; not null
   * @throws IOException if writing fails
   */
  public void write(DatasetLayout layout, Path file, long rows, long seed, LongConsumer progress) throws IOException {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(progress, "progress");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative, was '" + rows + "'");
    }
    if (layout == DatasetLayout.KAGGLE_201801) {
      projects.write(file, rows, seed, progress);
      return;
    }
    if (layout == DatasetLayout.KAGGLE_201612) {
      throw new IllegalArgumentException("cannot write layout '" + layout + "'; write " + DatasetLayout.KAGGLE_201801);
    }
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      RowWriter writer = rowWriter(layout, out, rows, Instant.ofEpochSecond(1_514_764_800L));
      long[] written = {0};
      projects(rows, seed, record -> {
        writer.write(record, written[0]);
        if (++written[0] % BATCH == 0) {
          progress.accept(written[0]);
        }
      });
      writer.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    progress.accept(rows);
  }

  /**
   * Writes a series of monthly scrapes into a folder, as described in the class comment.
   *
   * @param directory an existing folder; not null
   * @param layout {@link DatasetLayout#WEB_ROBOTS_CSV} or {@link DatasetLayout#WEB_ROBOTS_JSON}; not null
   * @param scrapes how many scrapes, at least 1
   * @param projects how many distinct projects over all scrapes, zero or more
   * @param seed the seed; the same seed gives the same files
   * @return the files written, oldest first; never null
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the layout is not a scrape layout or a count is out of range
   */
  public List<Path> writeScrapes(Path directory, DatasetLayout layout, int scrapes, long projects, long seed)
      throws IOException {
    Objects.requireNonNull(directory, "directory");
    if (!Objects.requireNonNull(layout, "layout").isScrape()) {
      throw new IllegalArgumentException("layout '" + layout + "' has no scrapes; use web-robots-csv or "
          + "web-robots-json");
    }
    if (scrapes < 1 || projects < 0 || projects > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("scrapes must be at least 1 and projects zero or more, were '" + scrapes
          + "' and '" + projects + "'");
    }
    Instant last = ZonedDateTime.ofInstant(FIRST_SCRAPE, ZoneOffset.UTC).plusMonths(scrapes - 1L).toInstant();
    long from = FIRST_SCRAPE.getEpochSecond() - 90 * SECONDS_PER_DAY;
    long span = last.getEpochSecond() - from;
    List<Timed> timed = new ArrayList<>((int) projects);
    SplittableRandom launches = new SplittableRandom(seed ^ 0x5DEECE66DL);
    projects(projects, seed, record -> timed.add(Timed.of(record, from + launches.nextLong(span + 1))));
    timed.sort((a, b) -> Long.compare(a.launched, b.launched));
    List<Path> files = new ArrayList<>(scrapes);
    for (int k = 0; k < scrapes; k++) {
      Instant at = ZonedDateTime.ofInstant(FIRST_SCRAPE, ZoneOffset.UTC).plusMonths(k).toInstant();
      String stem = "Kickstarter_" + STEM.format(at.atZone(ZoneOffset.UTC));
      Path file = directory.resolve(stem + (layout == DatasetLayout.WEB_ROBOTS_CSV ? ".zip" : ".json.gz"));
      writeScrape(file, layout, stem, at, timed);
      files.add(file);
    }
    return List.copyOf(files);
  }

  private void writeScrape(Path file, DatasetLayout layout, String stem, Instant at, List<Timed> timed)
      throws IOException {
    long now = at.getEpochSecond();
    try (OutputStream raw = Files.newOutputStream(file)) {
      ZipOutputStream zip = layout == DatasetLayout.WEB_ROBOTS_CSV ? new ZipOutputStream(raw) : null;
      OutputStream body = zip != null ? zip : new GZIPOutputStream(raw, 1 << 16);
      Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
      RowWriter writer = null;
      long row = 0;
      try {
        for (Timed project : timed) {
          if (project.launched > now) {
            break;
          }
          ProjectRecord record = project.seenAt(now);
          int listings = Math.floorMod(Long.hashCode(record.id() * 31 + now), 30) == 0 ? 2 : 1;
          for (int listing = 0; listing < listings; listing++) {
            if (writer == null || zip != null && row % CHUNK_ROWS == 0) {
              if (writer != null) {
                writer.finish();
              }
              if (zip != null) {
                long chunk = row / CHUNK_ROWS;
                zip.putNextEntry(new ZipEntry(chunk == 0 ? "Kickstarter.csv"
                    : String.format(Locale.ROOT, "Kickstarter%03d.csv", chunk)));
              }
              writer = rowWriter(layout, out, Long.MAX_VALUE, at);
              ((WebRobotsWriter) writer).runId = stem;
            }
            ((WebRobotsWriter) writer).listing = listing;
            writer.write(record, row++);
          }
        }
        if (writer == null) {
          if (zip != null) {
            zip.putNextEntry(new ZipEntry("Kickstarter.csv"));
          }
          writer = rowWriter(layout, out, Long.MAX_VALUE, at);
        }
        writer.finish();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
      if (zip != null) {
        zip.finish();
      } else {
        ((GZIPOutputStream) body).finish();
      }
    }
  }

  /**
   * A project launched at a chosen instant, with its drawn duration and outcome. A drawn project whose duration no
   * campaign can have (one of the Kaggle file's projects "launched" on 1970-01-01) runs for
   * {@value #DEFAULT_DURATION_DAYS} days instead.
   */
  static final class Timed {
    /** Kickstarter's default campaign length. */
    static final long DEFAULT_DURATION_DAYS = 30;

    final ProjectRecord record;
    final long launched;
    final long deadline;

    private Timed(ProjectRecord record, long launched, long deadline) {
      this.record = record;
      this.launched = launched;
      this.deadline = deadline;
    }

    static Timed of(ProjectRecord record, long launched) {
      long days = record.durationDays() >= 1 && record.durationDays() <= ProjectRecord.MAX_DURATION_DAYS
          ? record.durationDays() : DEFAULT_DURATION_DAYS;
      long deadlineDay = Math.floorDiv(launched, SECONDS_PER_DAY) + days;
      ProjectRecord moved = ProjectRecord.builder().id(record.id()).name(record.name()).category(record.category())
          .mainCategory(record.mainCategory()).goal(record.goal()).pledged(record.pledged())
          .state(stateIn(DatasetLayout.ICPSR_38050, record)).backers(record.backers()).country(record.country())
          .launched(Instant.ofEpochSecond(launched)).deadline(LocalDate.ofEpochDay(deadlineDay))
          .usdPledged(record.usdPledged()).usdPledgedReal(record.usdPledgedReal()).usdGoalReal(record.usdGoalReal())
          .build();
      return new Timed(moved, launched, deadlineDay * SECONDS_PER_DAY + Math.floorMod(launched, SECONDS_PER_DAY));
    }

    /** Returns the project as a scrape at {@code now} sees it. */
    ProjectRecord seenAt(long now) {
      if (now >= deadline) {
        return record;
      }
      BigDecimal share = BigDecimal.valueOf(now - launched).divide(BigDecimal.valueOf(deadline - launched), 6,
          RoundingMode.DOWN);
      BigDecimal pledged = record.pledged().getAmount().multiply(share)
          .setScale(record.currency().getDecimalPlaces(), RoundingMode.DOWN);
      int backers = BigDecimal.valueOf(record.backers()).multiply(share).setScale(0, RoundingMode.DOWN).intValueExact();
      return ProjectRecord.builder().id(record.id()).name(record.name()).category(record.category())
          .mainCategory(record.mainCategory()).goal(record.goal())
          .pledged(org.joda.money.Money.of(record.currency(), pledged)).state(ProjectState.LIVE).backers(backers)
          .country(record.country()).launched(record.launched()).deadline(record.deadline())
          .usdGoalReal(record.usdGoalReal()).build();
    }
  }

  /**
   * Returns the state a layout's writer writes for a record: ICPSR has only ended projects, and neither ICPSR nor Web
   * Robots knows {@code undefined}; those become {@code successful} when pledged reached the goal, else
   * {@code failed}. Web Robots keeps {@code live}.
   */
  static ProjectState stateIn(DatasetLayout layout, ProjectRecord record) {
    ProjectState state = record.state();
    boolean unknown = state == ProjectState.UNDEFINED || state == ProjectState.LIVE && !layout.isScrape();
    if (!unknown) {
      return state;
    }
    return record.pledged().isLessThan(record.goal()) ? ProjectState.FAILED : ProjectState.SUCCESSFUL;
  }

  /** Reads {@code rows} of {@link SyntheticDataset}'s projects, in batches, and passes them on. */
  void projects(long rows, long seed, Consumer<? super ProjectRecord> sink) throws IOException {
    SplittableRandom seeds = new SplittableRandom(seed);
    ProjectReader reader = ProjectReader.create();
    for (long done = 0; done < rows; done += BATCH) {
      StringWriter batch = new StringWriter();
      projects.write(batch, Math.min(BATCH, rows - done), seeds.nextLong(), written -> { });
      reader.read(new StringReader(batch.toString()), sink, problem -> {
        throw new IllegalStateException("the synthetic dataset wrote an unreadable row: " + problem);
      });
    }
  }

  private static RowWriter rowWriter(DatasetLayout layout, Writer out, long rows, Instant at) {
    switch (layout) {
      case ICPSR_38050:
        return new IcpsrWriter(out, rows);
      case WEB_ROBOTS_CSV:
        return new WebRobotsWriter(out, true, at);
      case WEB_ROBOTS_JSON:
        return new WebRobotsWriter(out, false, at);
      default:
        throw new IllegalArgumentException("cannot write layout '" + layout + "'");
    }
  }

  /** Writes records as rows of one layout. */
  private interface RowWriter {
    void write(ProjectRecord record, long index);

    void finish();
  }

  private static final class IcpsrWriter implements RowWriter {
    private final Writer out;
    private final long rows;

    IcpsrWriter(Writer out, long rows) {
      this.out = out;
      this.rows = rows;
      line(IcpsrRows.HEADER.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList());
    }

    @Override
    public void write(ProjectRecord record, long index) {
      long caseId = index + 1;
      int main = Categories.idOf(record.mainCategory()).orElse(1);
      int sub = Categories.idOf(record.category()).orElse(main);
      boolean usdDollar = caseId % 50 != 0;
      boolean iso = caseId > rows - rows / 6;
      String backers = Integer.toString(record.backers());
      if (caseId % 1_000 == 0) {
        backers = " ";
      } else if (caseId % 5_000 == 500) {
        backers = "-2";
      }
      String region = caseId % 400 == 0 ? "[ARABIC: Beirut]" : "Region " + caseId % 7;
      String county = caseId % 300 == 0 ? "AdÄ±yaman" : "";
      line(List.of(Long.toString(caseId), MASKED, Long.toString(record.id()), Integer.toString(main),
          Integer.toString(sub), "Town " + caseId % 11, region, county,
          caseId % 6 == 0 ? record.country().map(Country::code).orElse(" ") : " ", caseId > rows - rows / 6 ? " " : Long.toString(caseId),
          record.currency().getCode(), grouped(wholeUnits(record.goal().getAmount()).max(BigDecimal.ONE), false),
          grouped(wholeUnits(record.pledged().getAmount()), false),
          grouped(wholeUnits(record.usdGoalReal().orElse(record.goal().getAmount())), usdDollar),
          grouped(wholeUnits(record.usdPledgedReal().orElse(record.pledged().getAmount())), usdDollar), backers,
          date(record.launched(), iso), date(record.deadline(), iso),
          stateIn(DatasetLayout.ICPSR_38050, record).label(), MASKED));
    }

    private static BigDecimal wholeUnits(BigDecimal amount) {
      return amount.setScale(0, RoundingMode.HALF_EVEN);
    }

    private static String grouped(BigDecimal whole, boolean dollar) {
      return (dollar ? "$" : "") + String.format(Locale.ROOT, "%,d", whole.toBigIntegerExact());
    }

    private static String date(Instant instant, boolean iso) {
      return date(LocalDate.ofInstant(instant, ZoneOffset.UTC), iso);
    }

    private static String date(LocalDate date, boolean iso) {
      return iso ? date.toString() : date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }

    private void line(List<String> fields) {
      try {
        out.write(String.join("\t", fields));
        out.write("\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void finish() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class WebRobotsWriter implements RowWriter {
    private final Writer out;
    private final CsvWriter csv;
    private final long crawled;
    String runId = "Kickstarter_generated";
    int listing;

    WebRobotsWriter(Writer out, boolean csv, Instant at) {
      this.out = out;
      this.crawled = at.getEpochSecond();
      this.csv = csv ? CsvWriter.builder().build(new NonClosingWriter(out)) : null;
      if (csv) {
        this.csv.writeRecord(WEB_ROBOTS_HEADER);
      }
    }

    @Override
    public void write(ProjectRecord record, long index) {
      long id = record.id();
      String currency = record.currency().getCode();
      BigDecimal goal = record.goal().getAmount().stripTrailingZeros();
      BigDecimal rate = record.usdGoalReal().map(usd -> usd.divide(goal, 8, RoundingMode.HALF_EVEN))
          .orElse(BigDecimal.ONE);
      BigDecimal usdPledged = record.pledged().getAmount().multiply(rate).setScale(6, RoundingMode.HALF_EVEN)
          .stripTrailingZeros();
      boolean crawledInCad = Math.floorMod(id, 400) == 0;
      ProjectState state = stateIn(DatasetLayout.WEB_ROBOTS_CSV, record);
      String name = state == ProjectState.CANCELED ? record.name() + " (Canceled)" : record.name();
      int sub = Categories.idOf(record.category()).orElse(1_000 + Math.floorMod(record.category().hashCode(), 900));
      int main = Categories.idOf(record.mainCategory()).orElse(1);
      String slug = (record.mainCategory() + "/" + record.category()).toLowerCase(Locale.ROOT);
      String category = sub == main
          ? "{\"id\":" + main + ",\"name\":" + Json.quote(record.mainCategory()) + ",\"slug\":"
              + Json.quote(record.mainCategory().toLowerCase(Locale.ROOT)) + ",\"position\":1,\"color\":16760235}"
          : "{\"id\":" + sub + ",\"name\":" + Json.quote(record.category()) + ",\"slug\":" + Json.quote(slug)
              + ",\"position\":2,\"parent_id\":" + main + ",\"color\":16760235,\"urls\":{\"web\":{\"discover\":"
              + "\"http://www.example.org/discover/categories/" + slug.replace(' ', '-') + "\"}}}";
      String creatorName = Math.floorMod(id, 500) == 0 ? "Zachary \"Ziggy\" Maker" : "Maker " + Math.floorMod(id, 97);
      String creator = "{\"id\":" + Math.floorMod(id * 7, 2_000_000_000L) + ",\"name\":\""
          + creatorName.replace("\\", "") + "\",\"is_registered\":null,\"chosen_currency\":null}";
      String country = record.country().map(Country::code).orElse("");
      String location = Math.floorMod(id, 1_000) == 1 || country.isEmpty() ? ""
          : "{\"id\":" + Math.floorMod(id, 100_000) + ",\"name\":\"Town\",\"country\":\"" + country
              + "\",\"type\":\"Town\",\"is_root\":false}";
      String blurb = Math.floorMod(id, 50) == 0 ? "\"" + record.name() + "\" is back:\na second run.\\r\nThanks!"
          : "A project about " + record.category().toLowerCase(Locale.ROOT) + ".";
      long launched = record.launched().getEpochSecond();
      long deadline = record.deadline().toEpochDay() * SECONDS_PER_DAY + Math.floorMod(launched, SECONDS_PER_DAY);
      boolean live = state == ProjectState.LIVE;
      String stateChanged = Long.toString(live ? launched : Math.min(deadline, crawled));
      String urls = "{\"web\":{\"project\":\"https://www.example.org/projects/" + id + "/p?ref="
          + (listing == 0 ? "category_newest" : "discovery") + "\"}}";
      String pledged = record.pledged().getAmount().stripTrailingZeros().toPlainString();
      if (csv != null) {
        csv.writeRecord(Integer.toString(record.backers()), blurb, category,
            usdPledged.setScale(0, RoundingMode.DOWN).toPlainString(), country,
            Long.toString(launched - 5 * SECONDS_PER_DAY), creator, currency, symbol(currency),
            currency.equals("USD") ? "TRUE" : "FALSE", crawledInCad ? "CAD" : "USD", Long.toString(deadline), "FALSE",
            "", crawledInCad ? "0.75" : "1", goal.toPlainString(), Long.toString(id), "", live ? "TRUE" : "FALSE", "",
            Long.toString(launched), location, name, "", "{\"key\":\"assets/" + id + ".jpg\"}", pledged,
            "{\"id\":" + id + ",\"project_id\":" + id + ",\"state\":\"inactive\",\"blurb\":null}", "p-" + id,
            "https://www.example.org/discover/categories/" + (listing == 0 ? "a" : "b"),
            state == ProjectState.SUCCESSFUL ? "TRUE" : "FALSE", "FALSE", state.label(), stateChanged,
            rate.stripTrailingZeros().toPlainString(), urls, usdPledged.toPlainString(),
            crawledInCad ? "null" : "domestic");
        return;
      }
      String data = "{\"id\":" + id + ",\"goal\":" + goal.toPlainString() + ",\"name\":" + Json.quote(name)
          + ",\"slug\":\"p-" + id + "\",\"urls\":" + urls + ",\"blurb\":" + Json.quote(blurb) + ",\"state\":\""
          + state.label() + "\",\"country\":" + (country.isEmpty() ? "null" : Json.quote(country))
          + ",\"creator\":{\"id\":7,\"name\":" + Json.quote(creatorName) + "},\"location\":"
          + (location.isEmpty() ? "null" : location) + ",\"category\":" + category + ",\"currency\":\"" + currency
          + "\",\"pledged\":" + pledged + ",\"deadline\":" + deadline + ",\"launched_at\":" + launched
          + ",\"spotlight\":" + (state == ProjectState.SUCCESSFUL) + ",\"staff_pick\":false,\"usd_pledged\":\""
          + usdPledged.toPlainString() + "\",\"backers_count\":" + record.backers() + ",\"static_usd_rate\":"
          + rate.stripTrailingZeros().toPlainString() + ",\"state_changed_at\":" + stateChanged + ",\"usd_type\":"
          + (crawledInCad ? "null" : "\"domestic\"") + "}";
      try {
        out.write("{\"id\":" + (index + 1) + ",\"robot_id\":\"Kickstarter\",\"run_id\":\"" + runId
            + "\",\"created_at\":\"2018-01-12T22:14:58.779706\",\"table_id\":\"Kickstarter\",\"data\":" + data
            + "}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String symbol(String currency) {
      switch (currency) {
        case "GBP":
          return "£";
        case "EUR":
          return "€";
        case "CHF":
          return "Fr ";
        case "SEK":
        case "NOK":
        case "DKK":
          return "kr";
        case "JPY":
          return "¥";
        default:
          return "$";
      }
    }

    @Override
    public void finish() {
      try {
        if (csv != null) {
          csv.flush();
        }
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Lets a CSV writer flush into a stream that its owner closes. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
