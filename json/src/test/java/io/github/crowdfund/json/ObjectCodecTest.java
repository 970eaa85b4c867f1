package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;
import static io.github.crowdfund.json.ObjectCodec.optional;
import static io.github.crowdfund.json.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.json.ObjectCodec.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of an object layout, on a layout of this test's own: fields written in their order, an empty optional
 * field left out; read in any order; an unknown field, a field twice, a missing field or a value the factory refuses
 * named by its JSON path and quoted.
 */
class ObjectCodecTest {

  /** A reward of a campaign as a layout sees it: its name and price required, a note optional. */
  record Reward(String name, long price, Optional<String> note) {
    Reward {
      if (price < 0) {
        throw new IllegalArgumentException("a price is not negative, was " + price);
      }
    }
  }

  private final Field<Reward, String> nameField = field("name", Scalars.STRING, Reward::name);
  private final Field<Reward, Long> priceField = field("price", Scalars.LONG, Reward::price);
  private final Field<Reward, Optional<String>> noteField = optional("note", Scalars.STRING, Reward::note);

  private final ObjectCodec<Reward> rewardCodec = ObjectCodec.of("Reward", List.of(nameField, priceField, noteField),
      values -> {
        if (values.get(nameField).isBlank()) {
          throw values.invalid(nameField, "a reward's name is not blank");
        }
        return new Reward(values.get(nameField), values.get(priceField), values.get(noteField));
      });

  @Test
  void fieldsAreWrittenInTheirOrderAndAnEmptyOptionalFieldIsLeftOut() {
    assertThat(JsonText.write(rewardCodec, new Reward("Lamp", 45, Optional.empty())))
        .isEqualTo("{\"name\":\"Lamp\",\"price\":45}");
    assertThat(JsonText.write(rewardCodec, new Reward("Lamp", 45, Optional.of("signed"))))
        .isEqualTo("{\"name\":\"Lamp\",\"price\":45,\"note\":\"signed\"}");
  }

  @Test
  void fieldsReadInAnyOrderAndAnAbsentOptionalFieldIsEmpty() {
    assertThat(JsonText.read(rewardCodec, "{\"note\":\"signed\",\"price\":45,\"name\":\"Lamp\"}"))
        .isEqualTo(new Reward("Lamp", 45, Optional.of("signed")));
    assertThat(JsonText.read(rewardCodec, "{\"price\":45,\"name\":\"Lamp\"}"))
        .isEqualTo(new Reward("Lamp", 45, Optional.empty()));
  }

  @Test
  void anUnknownFieldIsRefusedNamingTheFieldsThereAre() {
    JsonFormatException refused = refusal(rewardCodec, "{\"name\":\"Lamp\",\"colour\":\"red\",\"price\":45}");

    assertThat(refused.path()).isEqualTo("$.colour");
    assertThat(refused.reason()).isEqualTo("unknown field \"colour\"; Reward has the fields [name, price, note]");
  }

  @Test
  void aFieldGivenTwiceIsRefusedAtItsSecondName() {
    JsonFormatException refused = refusal(rewardCodec, "{\"price\":45,\"name\":\"Lamp\",\"price\":46}");

    assertThat(refused.path()).isEqualTo("$.price");
    assertThat(refused.reason()).isEqualTo("field \"price\" appears twice");
  }

  @Test
  void missingRequiredFieldsAreNamedAtTheObject() {
    JsonFormatException one = refusal(rewardCodec, "{\"name\":\"Lamp\"}");
    assertThat(one.path()).isEqualTo("$");
    assertThat(one.reason()).isEqualTo("Reward lacks the field \"price\"");

    JsonFormatException two = refusal(rewardCodec, "{\"note\":\"signed\"}");
    assertThat(two.reason()).isEqualTo("Reward lacks the fields \"name\", \"price\"");
  }

  @Test
  void aValueTheTypeRefusesIsNamedAtTheObjectWithTheTypesReason() {
    JsonFormatException refused = refusal(Containers.listOf(rewardCodec),
        "[{\"name\":\"Lamp\",\"price\":45},{\"name\":\"Mug\",\"price\":-1}]");

    assertThat(refused.path()).isEqualTo("$[1]");
    assertThat(refused.reason()).isEqualTo("not a valid Reward: a price is not negative, was -1");
  }

  @Test
  void aFieldOnlyTheWholeObjectShowsWrongIsNamedAtTheField() {
    JsonFormatException refused = refusal(rewardCodec, "{\"name\":\" \",\"price\":45}");

    assertThat(refused.path()).isEqualTo("$.name");
    assertThat(refused.reason()).isEqualTo("a reward's name is not blank");
  }

  @Test
  void somethingElseThanAnObjectIsRefusedNamingTheType() {
    assertThat(refusal(rewardCodec, "[]").reason()).isEqualTo("expected an object (Reward), was an array");
    assertThat(refusal(rewardCodec, "{\"name\":\"Lamp\",\"price\":\"45\"}").reason())
        .isEqualTo("expected an integer, was the string \"45\"");
    assertThat(refusal(rewardCodec, "{\"name\":\"Lamp\",\"price\":45,\"note\":null}"))
        .extracting(JsonFormatException::path, JsonFormatException::reason)
        .containsExactly("$.note", "expected a string, was null");
  }

  @Test
  void aRequiredFieldWithoutAValueIsAProgrammingErrorNamingTheField() {
    ObjectCodec<Reward> careless = ObjectCodec.of("Reward", field("name", Scalars.STRING, (Reward reward) -> null),
        name -> new Reward(name, 0, Optional.empty()));

    assertThatThrownBy(() -> JsonText.write(careless, new Reward("Lamp", 45, Optional.empty())))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void aFactoryAsksOnlyForFieldsOfItsLayout() {
    ObjectCodec<Reward> wrong = ObjectCodec.of("Reward", List.of(nameField),
        values -> new Reward(values.get(nameField), values.get(priceField), Optional.empty()));

    assertThatThrownBy(() -> JsonText.read(wrong, "{\"name\":\"Lamp\"}"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"price\" is not in the layout");
  }

  /** A pair of rewards, of the shortcut factories of one, two and three fields. */
  record Pair(String first, String second) {}

  @Test
  void layoutsOfOneTwoAndThreeFieldsPassTheirValuesInTheirOrder() {
    ObjectCodec<String> one = ObjectCodec.of("One", field("a", Scalars.STRING, (String s) -> s), a -> a);
    assertThat(JsonText.read(one, "{\"a\":\"x\"}")).isEqualTo("x");
    assertThat(JsonText.write(one, "x")).isEqualTo("{\"a\":\"x\"}");

    ObjectCodec<Pair> two = ObjectCodec.of("Two", field("a", Scalars.STRING, Pair::first),
        field("b", Scalars.STRING, Pair::second), Pair::new);
    assertThat(JsonText.read(two, "{\"b\":\"y\",\"a\":\"x\"}")).isEqualTo(new Pair("x", "y"));
    assertThat(JsonText.write(two, new Pair("x", "y"))).isEqualTo("{\"a\":\"x\",\"b\":\"y\"}");

    ObjectCodec<Reward> three = ObjectCodec.of("Three", nameField, priceField, noteField, Reward::new);
    assertThat(JsonText.read(three, "{\"price\":1,\"name\":\"x\",\"note\":\"n\"}"))
        .isEqualTo(new Reward("x", 1, Optional.of("n")));
    assertThat(JsonText.write(three, new Reward("x", 1, Optional.of("n"))))
        .isEqualTo("{\"name\":\"x\",\"price\":1,\"note\":\"n\"}");
  }

  /** A reward offered by a campaign: the reward's fields are inlined in the offer's layout. */
  record Offer(Reward reward, String campaign) {}

  @Test
  void aFieldOfAnInnerValueCanBeLaidOutInTheOuterObject() {
    Field<Offer, String> name = nameField.from(Offer::reward);
    Field<Offer, Long> price = priceField.from(Offer::reward);
    Field<Offer, String> campaign = field("campaign", Scalars.STRING, Offer::campaign);
    ObjectCodec<Offer> offer = ObjectCodec.of("Offer", name, price, campaign,
        (n, p, c) -> new Offer(new Reward(n, p, Optional.empty()), c));

    Offer lamp = new Offer(new Reward("Lamp", 45, Optional.empty()), "lights");
    assertThat(JsonText.write(offer, lamp)).isEqualTo("{\"name\":\"Lamp\",\"price\":45,\"campaign\":\"lights\"}");
    assertThat(JsonText.read(offer, "{\"campaign\":\"lights\",\"price\":45,\"name\":\"Lamp\"}")).isEqualTo(lamp);
  }
}
