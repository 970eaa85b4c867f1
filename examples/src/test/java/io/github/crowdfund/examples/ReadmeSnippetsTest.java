package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Keeps the README's Java code from going stale: every {@code ```java} block of {@code ../README.md} is compiled
 * in-process with {@link JavaCompiler} against the test class path and run.
 *
 * <p>The convention: each block is a complete class in the default package with a {@code public static void
 * main(String[])} method, so a reader can copy it as it is. When a {@code ```text} block follows it (only blank lines
 * between), that is the output the README promises, and the block's standard output must equal it exactly.
 *
 * <p>The command-line examples are checked too: a {@code ```console} block starts with {@code $ ./crowdfund ARGS}
 * (arguments separated by spaces, no quoting); the lines after it are excerpts of the output, separated by lines of
 * {@code ...}, and the command, run through picocli, must print each excerpt, in that order.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern CLASS_NAME = Pattern.compile("public (?:final )?class (\\w+)");

  /**
   * A Java block of the README.
   *
   * @param line the line of its opening fence
   * @param code the class
   * @param output the output shown below it, if any
   */
  record Snippet(int line, String code, Optional<String> output) {
    String className() {
      Matcher name = CLASS_NAME.matcher(code);
      if (!name.find()) {
        throw new AssertionError("README line " + line + ": a java block is a public class with a main method");
      }
      return name.group(1);
    }
  }

  static List<Snippet> snippets(List<String> lines) {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int open = i;
      StringBuilder code = new StringBuilder();
      for (i++; !lines.get(i).strip().equals("```"); i++) {
        code.append(lines.get(i)).append('\n');
      }
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      Optional<String> output = Optional.empty();
      if (next < lines.size() && lines.get(next).strip().equals("```text")) {
        StringBuilder text = new StringBuilder();
        for (next++; !lines.get(next).strip().equals("```"); next++) {
          text.append(lines.get(next)).append('\n');
        }
        output = Optional.of(text.toString());
      }
      snippets.add(new Snippet(open + 1, code.toString(), output));
    }
    return snippets;
  }

  private static List<Snippet> readmeSnippets() throws IOException {
    return snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
  }

  /**
   * A command-line example of the README.
   *
   * @param line the line of its opening fence
   * @param args the command's arguments
   * @param excerpts parts of the output, in order
   */
  record Console(int line, List<String> args, List<String> excerpts) {}

  static List<Console> consoles(List<String> lines) {
    List<Console> consoles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```console")) {
        continue;
      }
      int open = i;
      String command = lines.get(++i);
      if (!command.startsWith("$ ./crowdfund ")) {
        throw new AssertionError("README line " + (i + 1) + ": a console block starts with '$ ./crowdfund '");
      }
      List<String> excerpts = new ArrayList<>();
      StringBuilder excerpt = new StringBuilder();
      for (i++; !lines.get(i).strip().equals("```"); i++) {
        if (lines.get(i).equals("...")) {
          excerpts.add(excerpt.toString());
          excerpt.setLength(0);
        } else {
          excerpt.append(lines.get(i)).append('\n');
        }
      }
      excerpts.add(excerpt.toString());
      consoles.add(new Console(open + 1,
          List.of(command.substring("$ ./crowdfund ".length()).strip().split(" +")), excerpts));
    }
    return consoles;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandLineExamplePrintsTheOutputShown() throws IOException {
    List<Console> consoles = consoles(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(consoles).isNotEmpty();
    return consoles.stream().map(console -> DynamicTest.dynamicTest(
        "README line " + console.line() + ": crowdfund " + String.join(" ", console.args()), () -> {
          StringWriter out = new StringWriter();
          CommandLine cli = CrowdfundCli.commandLine();
          cli.setOut(new PrintWriter(out));
          assertThat(cli.execute(console.args().toArray(String[]::new))).isIn(0, 1);
          int from = 0;
          for (String excerpt : console.excerpts()) {
            int at = out.toString().indexOf(excerpt, from);
            assertThat(at).as("README line %d: the output of crowdfund %s should contain, after offset %d:%n%s"
                + "%nbut it is:%n%s", console.line(), console.args(), from, excerpt, out).isNotNegative();
            from = at + excerpt.length();
          }
        }));
  }

  @Test
  void theReadmeShowsAQuickStartInJavaWithItsOutput() throws IOException {
    List<Snippet> snippets = readmeSnippets();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
    assertThat(snippets).allSatisfy(s -> assertThat(s.output()).isPresent());
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesRunsAndPrintsTheOutputShownBelowIt(@TempDir Path work)
      throws IOException {
    return readmeSnippets().stream().map(snippet -> DynamicTest.dynamicTest(
        "README line " + snippet.line() + ": " + snippet.className(), () -> check(snippet, work)));
  }

  private static void check(Snippet snippet, Path work) throws Exception {
    Path source = work.resolve("line" + snippet.line()).resolve(snippet.className() + ".java");
    Path classes = source.getParent().resolve("classes");
    Files.createDirectories(classes);
    Files.writeString(source, snippet.code(), StandardCharsets.UTF_8);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-d", classes.toString(), "-classpath", classPath, "-proc:none", "-Xlint:all", "-Werror"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
    assertThat(compiled).as("README line %d does not compile:%n%s", snippet.line(), diagnostics).isTrue();

    String printed = runMain(snippet.className(), classes);
    snippet.output().ifPresent(expected -> assertThat(printed)
        .as("output of the README block at line %d", snippet.line()).isEqualTo(expected));
  }

  private static String runMain(String className, Path classes) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSnippetsTest.class.getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
