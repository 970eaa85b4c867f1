package io.github.crowdfund.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.json.JsonEngine;
import io.github.crowdfund.json.JsonGenerators;
import io.github.crowdfund.json.JsonTextEngine;
import io.github.crowdfund.json.jackson3.Jackson3Engine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Jackson 3 and Jackson 2 write the same bytes for random values, and each reads what the other wrote; so does
 * {@link io.github.crowdfund.json.JsonText}, which uses no JSON library.
 */
class BothJacksonsTest {

  private final JsonEngine jackson2 = new Jackson2Engine();
  private final JsonEngine jackson3 = new Jackson3Engine();
  private final JsonEngine text = new JsonTextEngine();

  @TestFactory
  Stream<DynamicTest> randomValuesWrittenByOneJacksonAreTheSameBytesAndReadBackByTheOther() {
    return JsonGenerators.byType().entrySet().stream().map(entry -> DynamicTest.dynamicTest(
        entry.getKey().getSimpleName(), () -> agree(entry.getKey(), entry.getValue())));
  }

  private <T> void agree(Class<T> type, Gen<?> values) {
    qt().withExamples(100).forAll(values).check(value -> {
      String json = jackson3.write(value);
      return json.equals(jackson2.write(value))
          && jackson2.read(json, type).equals(value)
          && jackson3.read(jackson2.write(value), type).equals(value);
    });
  }

  @TestFactory
  Stream<DynamicTest> randomValuesWrittenWithoutAJsonLibraryAreJacksonsBytesAndReadBackByIt() {
    return JsonGenerators.byType().entrySet().stream().map(entry -> DynamicTest.dynamicTest(
        entry.getKey().getSimpleName(), () -> agreeWithText(entry.getKey(), entry.getValue())));
  }

  private <T> void agreeWithText(Class<T> type, Gen<?> values) {
    qt().withExamples(100).forAll(values).check(value -> {
      String json = text.write(value);
      return json.equals(jackson3.write(value))
          && jackson2.read(json, type).equals(value)
          && text.read(jackson3.write(value), type).equals(value);
    });
  }

  @Test
  void stringsWithEveryKindOfCharacterAreEscapedAlike() {
    StringBuilder every = new StringBuilder("x");
    for (char c = 0; c < 0x100; c++) {
      every.append(c);
    }
    every.append("€\uD83D\uDE00\u2028\u2029");
    CampaignId id = CampaignId.of(every.toString());
    assertThat(text.write(id)).isEqualTo(jackson3.write(id)).isEqualTo(jackson2.write(id));
    assertThat(text.read(jackson2.write(id), CampaignId.class)).isEqualTo(id);
  }
}
