package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSourceTest {

  @Test
  void linesEndAtLfCrlfOrALoneCr() throws IOException {
    assertThat(lines("a\nb\r\nc\rd", 100)).containsExactly("1:a", "2:b", "3:c", "4:d");
    assertThat(lines("a\n\nb\n", 100)).containsExactly("1:a", "2:", "3:b");
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void aCrlfSplitAcrossBuffersIsOneLineBreak() throws IOException {
    String first = "x".repeat((1 << 16) - 1);
    assertThat(lines(first + "\r\ny", 1 << 17)).containsExactly("1:" + first, "2:y");
  }

  @Test
  void anOverLongLineIsCutAndMarked() throws IOException {
    LineSource source = new LineSource(new StringReader("abcdefgh\nok\n"), 3, 1);
    assertThat(source.next()).isEqualTo("abc");
    assertThat(source.truncated()).isTrue();
    assertThat(source.next()).isEqualTo("ok");
    assertThat(source.truncated()).isFalse();
    assertThat(source.line()).isEqualTo(2);
  }

  private static List<String> lines(String text, int max) throws IOException {
    LineSource source = new LineSource(new StringReader(text), max, 1);
    List<String> lines = new ArrayList<>();
    for (String line = source.next(); line != null; line = source.next()) {
      lines.add(source.line() + ":" + line);
    }
    return lines;
  }
}
