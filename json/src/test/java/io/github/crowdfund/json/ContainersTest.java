package io.github.crowdfund.json;

import static io.github.crowdfund.json.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists keep their order, sets and maps are written sorted so that equal values give equal JSON, and an element or
 * key given twice is refused at its path.
 */
class ContainersTest {

  private final JsonCodec<List<String>> listCodec = Containers.listOf(Scalars.STRING);
  private final JsonCodec<Set<String>> setCodec = Containers.setOf(Scalars.STRING, String::length);
  private final JsonCodec<Map<String, Long>> mapCodec = Containers.mapOf(Scalars.LONG);

  @Test
  void aListKeepsItsOrder() {
    assertThat(JsonText.write(listCodec, List.of("b", "a", "b"))).isEqualTo("[\"b\",\"a\",\"b\"]");
    assertThat(JsonText.read(listCodec, "[\"b\",\"a\",\"b\"]")).containsExactly("b", "a", "b");
    assertThat(JsonText.read(listCodec, "[]")).isEmpty();
    assertThat(JsonText.write(listCodec, List.of())).isEqualTo("[]");
  }

  @Test
  void elementsOfEveryKindAreSeparatedByCommas() {
    JsonCodec<List<Boolean>> booleans = Containers.listOf(Scalars.BOOLEAN);
    assertThat(JsonText.write(booleans, List.of(true, false, true))).isEqualTo("[true,false,true]");
    assertThat(JsonText.read(booleans, "[true,false,true]")).containsExactly(true, false, true);
    JsonCodec<List<Long>> numbers = Containers.listOf(Scalars.LONG);
    assertThat(JsonText.write(numbers, List.of(1L, -2L))).isEqualTo("[1,-2]");
  }

  @Test
  void aBadElementIsNamedByItsIndex() {
    JsonFormatException refused = refusal(listCodec, "[\"a\",\"b\",7]");

    assertThat(refused.path()).isEqualTo("$[2]");
    assertThat(refused.reason()).isEqualTo("expected a string, was the number 7");
    assertThat(refusal(listCodec, "{}").reason()).isEqualTo("expected an array, was an object");
  }

  @Test
  void aSetIsWrittenSortedByItsKeyWhateverItsOrder() {
    Set<String> set = new LinkedHashSet<>(List.of("ccc", "a", "bb"));

    assertThat(JsonText.write(setCodec, set)).isEqualTo("[\"a\",\"bb\",\"ccc\"]");
    assertThat(JsonText.read(setCodec, "[\"bb\",\"ccc\",\"a\"]")).isEqualTo(set);
  }

  @Test
  void anElementTwiceInASetIsRefusedAtItsSecondPlace() {
    JsonFormatException refused = refusal(setCodec, "[\"a\",\"bb\",\"a\"]");

    assertThat(refused.path()).isEqualTo("$[2]");
    assertThat(refused.reason()).isEqualTo("a appears twice in the array");
    assertThat(refusal(setCodec, "\"a\"").reason())
        .isEqualTo("expected an array of distinct values, was the string \"a\"");
  }

  @Test
  void aMapIsWrittenSortedByKey() {
    assertThat(JsonText.write(mapCodec, Map.of("b", 2L, "a", 1L, "c", 3L))).isEqualTo("{\"a\":1,\"b\":2,\"c\":3}");
    assertThat(JsonText.read(mapCodec, "{\"c\":3,\"a\":1,\"b\":2}")).isEqualTo(Map.of("a", 1L, "b", 2L, "c", 3L));
    assertThat(JsonText.read(mapCodec, "{}")).isEmpty();
  }

  @Test
  void aKeyTwiceInAMapIsRefusedAtItsSecondName() {
    JsonFormatException refused = refusal(mapCodec, "{\"a\":1,\"b\":2,\"a\":3}");

    assertThat(refused.path()).isEqualTo("$.a");
    assertThat(refused.reason()).isEqualTo("field \"a\" appears twice");
    assertThat(refusal(mapCodec, "[]").reason()).isEqualTo("expected an object, was an array");
    assertThat(refusal(mapCodec, "{\"a\":\"1\"}").path()).isEqualTo("$.a");
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsNestedDeeperThanEightLevelsAreWrittenAndReadBack() {
    JsonCodec<?> nested = listCodec;
    Object value = List.of("deepest");
    for (int level = 2; level <= 20; level++) {
      nested = Containers.listOf(nested);
      value = List.of(value, List.of());
    }
    String json = JsonText.write((JsonCodec<Object>) nested, value);

    assertThat(json).isEqualTo("[".repeat(20) + "\"deepest\"]" + ",[]]".repeat(19));
    assertThat(JsonText.read(nested, json)).isEqualTo(value);
  }
}
