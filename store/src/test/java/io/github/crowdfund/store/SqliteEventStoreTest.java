package io.github.crowdfund.store;

import static io.github.crowdfund.store.StoreFixtures.CODEC;
import static io.github.crowdfund.store.StoreFixtures.liveHistory;
import static io.github.crowdfund.store.StoreFixtures.pledges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignId;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on SQLite, in a file, plus what only a file can show. */
class SqliteEventStoreTest extends EventStoreContract {

  @TempDir
  Path dir;

  private Path file;

  @Override
  EventLog.Connections emptyDatabase() {
    file = dir.resolve("events.db");
    return currentDatabase();
  }

  @Override
  EventLog.Connections currentDatabase() {
    return EventLog.sqliteConnections(file);
  }

  @Override
  int idleConnections() {
    return 4;
  }

  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  void kill(Connection writer) throws java.sql.SQLException {
    // In this process a SQLite writer can only lose its connection; a real process kill is tested below.
    writer.close();
  }

  @Test
  void theFactoryOpensTheSameFileAgainWithItsEvents() {
    try (CampaignStore first = CampaignStore.sqlite(file)) {
      first.create(liveHistory("lamp"));
    }
    try (CampaignStore again = CampaignStore.sqlite(file)) {
      assertThat(again.load(CampaignId.of("lamp")).orElseThrow().version()).isEqualTo(3);
    }
  }

  @Test
  void jsonCorruptedInTheFileIsReportedWithTheCampaignAndPosition() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    store.append(lamp, pledges(lamp.campaign(), 1, 3));
    StoredEvent victim = log.read(CampaignId.of("lamp"), 4).get(0);
    // Once every connection is closed, SQLite has folded the WAL into the database file. Flip one byte of the JSON.
    store.close();
    byte[] bytes = Files.readAllBytes(file);
    byte[] json = victim.event().json().getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bytes, json);
    assertThat(at).as("the victim's JSON in the file").isNotNegative();
    assertThat(indexOf(bytes, json, at + 1)).as("only once").isNegative();
    bytes[at] = '[';
    Files.write(file, bytes);

    CampaignStore reopened = CampaignStore.sqlite(file, CODEC);
    assertThatThrownBy(() -> reopened.load(CampaignId.of("lamp")))
        .isInstanceOfSatisfying(CorruptEventException.class, e -> {
          assertThat(e.campaign()).isEqualTo(CampaignId.of("lamp"));
          assertThat(e.position()).isEqualTo(victim.position());
          assertThat(e.reason()).startsWith("cannot decode PledgePlaced (schema version 1): "
              + "the JSON does not start with its type name and version: [\"type\":\"PledgePlaced\"");
        });
    reopened.close();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aWriterProcessKilledMidAppendLeavesNoEventOfItsBatch() throws Exception {
    VersionedCampaign lamp = store.create(liveHistory("lamp"));
    Process writer = new ProcessBuilder(javaCommand(), "-cp", testClassPath(),
        SqliteWriterProcess.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = out.readLine(); line != null && !line.equals(SqliteWriterProcess.MID_BATCH);
          line = out.readLine()) {
        lines.add(line);
      }
      assertThat(writer.isAlive()).as("writer still appending; it said %s", lines).isTrue();
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      writer.destroyForcibly();
    }

    assertThat(log.version(CampaignId.of("lamp"))).isEqualTo(3);
    assertThat(log.readAll(0, 10_000)).hasSize(3);
    assertThat(store.append(lamp, pledges(lamp.campaign(), 1, 600)).version()).isEqualTo(603);
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The class path and module path of this test run, for a child JVM on the class path. */
  private static String testClassPath() throws Exception {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(Path.of(SqliteWriterProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
