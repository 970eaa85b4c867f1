package io.github.crowdfund.json.jackson2;

import static org.quicktheories.QuickTheory.qt;

import io.github.crowdfund.json.JsonEngine;
import io.github.crowdfund.json.JsonGenerators;
import io.github.crowdfund.json.jackson3.Jackson3Engine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/** Jackson 3 and Jackson 2 write the same bytes for random values, and each reads what the other wrote. */
class BothJacksonsTest {

  private final JsonEngine jackson2 = new Jackson2Engine();
  private final JsonEngine jackson3 = new Jackson3Engine();

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
}
