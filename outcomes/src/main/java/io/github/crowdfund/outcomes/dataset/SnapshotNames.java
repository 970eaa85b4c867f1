package io.github.crowdfund.outcomes.dataset;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates scrapes by their names, as Web Robots names them.
 *
 * <p>Accepted, in the file's name first and then in the names of its folders, nearest first: a date
 * {@code YYYY-MM-DD}, optionally followed by Web Robots' time {@code THH_MM_SS_mmmZ} (or {@code THH_MM_SSZ}), not
 * inside a longer run of digits. So {@code Kickstarter_2016-03-22T07_41_08_693Z.zip} is 2016-03-22T07:41:08.693Z,
 * {@code Kickstarter_2015-04-02.json.zip} and {@code scrapes/2019-03-14/Kickstarter001.csv} are midnight UTC of their
 * day. A name with a date that does not exist (2019-02-30) is not dated.
 *
 * <p>This class is thread-safe.
 */
public final class SnapshotNames {

  private static final Pattern DATE = Pattern.compile(
      "(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2})_([0-9]{2})_([0-9]{2})(?:_([0-9]{3}))?Z)?(?![0-9])");

  private SnapshotNames() {}

  /**
   * Returns when a scrape was taken, from its name or its folders' names.
   *
   * @param file the scrape's path; not null
   * @return the instant, or empty when no name carries a date
   */
  public static Optional<Instant> dateOf(Path file) {
    Objects.requireNonNull(file, "file");
    for (Path at = file; at != null; at = at.getParent()) {
      Path name = at.getFileName();
      if (name != null) {
        Optional<Instant> date = dateOf(name.toString());
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the instant a name carries, as described in the class comment.
   *
   * @param name a file or folder name; not null
   * @return the instant, or empty when the name carries no date
   */
  public static Optional<Instant> dateOf(String name) {
    Matcher matcher = DATE.matcher(Objects.requireNonNull(name, "name"));
    while (matcher.find()) {
      try {
        LocalDate day = LocalDate.of(number(matcher, 1), number(matcher, 2), number(matcher, 3));
        Instant instant = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        if (matcher.group(4) != null) {
          instant = day.atTime(number(matcher, 4), number(matcher, 5), number(matcher, 6),
              matcher.group(7) == null ? 0 : number(matcher, 7) * 1_000_000).toInstant(ZoneOffset.UTC);
        }
        return Optional.of(instant);
      } catch (DateTimeException e) {
        // not a real date or time: look further
      }
    }
    return Optional.empty();
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }
}
