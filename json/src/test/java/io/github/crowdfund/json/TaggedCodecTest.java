package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;
import static io.github.crowdfund.json.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a sealed hierarchy's JSON form, on a hierarchy of this test's own: the type name and schema version
 * first, an older version read into today's value, and unknown types or versions refused listing the known ones.
 */
class TaggedCodecTest {

  /** A shape: a circle of a radius or a square of a side. */
  sealed interface Shape permits Circle, Square {}

  /** A circle; its layout changed once, from a diameter (version 1) to a radius (version 2). */
  record Circle(long radius) implements Shape {}

  /** A square. */
  record Square(long side) implements Shape {}

  private final ObjectCodec<Circle> circleV1 = ObjectCodec.of("Circle",
      field("diameter", Scalars.LONG, (Circle circle) -> 2 * circle.radius()), diameter -> new Circle(diameter / 2));

  private final TaggedCodec.Variant<Circle> circleVariant = TaggedCodec.variant("Circle", Circle.class, 2,
      ObjectCodec.of("Circle", field("radius", Scalars.LONG, Circle::radius), Circle::new))
      .readsOlder(1, circleV1);

  private final TaggedCodec.Variant<Square> squareVariant = TaggedCodec.variant("Square", Square.class,
      field("side", Scalars.LONG, Square::side), Square::new);

  private final TaggedCodec<Shape> shapes =
      TaggedCodec.of("shape", Shape.class, List.of(squareVariant, circleVariant));

  @Test
  void aValueIsWrittenWithItsTypeNameAndSchemaVersionFirst() {
    assertThat(JsonText.write(shapes, new Circle(3))).isEqualTo("{\"type\":\"Circle\",\"version\":2,\"radius\":3}");
    assertThat(JsonText.write(shapes, new Square(4))).isEqualTo("{\"type\":\"Square\",\"version\":1,\"side\":4}");
    assertThat(JsonText.read(shapes, "{\"type\":\"Square\",\"version\":1,\"side\":4}")).isEqualTo(new Square(4));
  }

  @Test
  void anOlderVersionReadsIntoTodaysValue() {
    assertThat(JsonText.read(shapes, "{\"type\":\"Circle\",\"version\":1,\"diameter\":6}")).isEqualTo(new Circle(3));
    assertThat(JsonText.read(shapes, "{\"type\":\"Circle\",\"version\":2,\"radius\":3}")).isEqualTo(new Circle(3));
    // each version has its own layout
    assertThat(refusal(shapes, "{\"type\":\"Circle\",\"version\":1,\"radius\":3}").path()).isEqualTo("$.radius");
  }

  @Test
  void anUnknownVersionIsRefusedListingTheVersionsRead() {
    JsonFormatException refused = refusal(shapes, "{\"type\":\"Circle\",\"version\":3,\"radius\":3}");

    assertThat(refused.path()).isEqualTo("$.version");
    assertThat(refused.reason()).isEqualTo("Circle has no schema version 3; this library reads versions [1, 2]");
    assertThat(refusal(shapes, "{\"type\":\"Square\",\"version\":2,\"side\":4}").reason())
        .isEqualTo("Square has no schema version 2; this library reads versions [1]");
  }

  @Test
  void anUnknownTypeIsRefusedListingTheTypesInTheirOrder() {
    JsonFormatException refused = refusal(shapes, "{\"type\":\"Triangle\",\"version\":1}");

    assertThat(refused.path()).isEqualTo("$.type");
    assertThat(refused.reason()).isEqualTo("unknown shape type \"Triangle\"; the types are [Square, Circle]");
    assertThat(shapes.names()).containsExactly("Square", "Circle");
    assertThat(shapes.subtypes()).containsExactly(Square.class, Circle.class);
  }

  @Test
  void theTypeAndVersionMustComeFirstAndBeOfTheirKind() {
    JsonFormatException versionFirst = refusal(shapes, "{\"version\":1,\"type\":\"Square\",\"side\":4}");
    assertThat(versionFirst.path()).isEqualTo("$.version");
    assertThat(versionFirst.reason()).isEqualTo(
        "expected the field \"type\" here (a shape starts with \"type\" and \"version\"), was \"version\"");

    JsonFormatException noVersion = refusal(shapes, "{\"type\":\"Square\",\"side\":4}");
    assertThat(noVersion.path()).isEqualTo("$.side");
    assertThat(noVersion.reason()).startsWith("expected the field \"version\" here");

    assertThat(refusal(shapes, "{\"type\":\"Square\"}").reason()).endsWith(", was \"}\"");
    assertThat(refusal(shapes, "{\"type\":4,\"version\":1}").reason())
        .isEqualTo("expected the type name of the shape, was the number 4");
    assertThat(refusal(shapes, "{\"type\":\"Square\",\"version\":\"1\",\"side\":4}"))
        .extracting(JsonFormatException::path, JsonFormatException::reason)
        .containsExactly("$.version", "expected an integer, was the string \"1\"");
    assertThat(refusal(shapes, "[]").reason()).isEqualTo("expected an object (shape), was an array");
  }

  @Test
  void aCodecNarrowedToOneSubtypeRefusesTheOthers() {
    JsonCodec<Circle> circles = shapes.narrowedTo(Circle.class);

    assertThat(JsonText.read(circles, "{\"type\":\"Circle\",\"version\":2,\"radius\":3}")).isEqualTo(new Circle(3));
    assertThat(JsonText.write(circles, new Circle(3))).isEqualTo(JsonText.write(shapes, new Circle(3)));
    JsonFormatException refused = refusal(circles, "{\"type\":\"Square\",\"version\":1,\"side\":4}");
    assertThat(refused.path()).isEqualTo("$");
    assertThat(refused.reason()).isEqualTo("expected a Circle shape, was a Square");
  }

  @Test
  void eachVariantHasANameAndAVersion() {
    assertThat(shapes.variantOf(new Circle(1)).name()).isEqualTo("Circle");
    assertThat(shapes.variantOf(new Circle(1)).version()).isEqualTo(2);
    assertThat(shapes.variantOf(new Square(1)).version()).isEqualTo(1);
  }

  @Test
  void schemaVersionsStartAtOneAndAnOlderVersionIsOlderAndGivenOnce() {
    ObjectCodec<Circle> layout = ObjectCodec.of("Circle", field("radius", Scalars.LONG, Circle::radius),
        Circle::new);
    assertThatThrownBy(() -> TaggedCodec.variant("Circle", Circle.class, 0, layout))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("schema versions start at 1, was 0 for Circle");
    TaggedCodec.Variant<Circle> third = TaggedCodec.variant("Circle", Circle.class, 3, layout);
    assertThat(third.readsOlder(1, circleV1).readsOlder(2, layout).version()).isEqualTo(3);
    for (int olderVersion : new int[] {0, 3, 4}) {
      assertThatThrownBy(() -> third.readsOlder(olderVersion, layout)).as("version %d", olderVersion)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("version " + olderVersion + " of Circle is not an older version");
    }
    assertThatThrownBy(() -> third.readsOlder(2, layout).readsOlder(2, layout))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everySubtypeNeedsOneVariantOfItsOwn() {
    assertThatThrownBy(() -> TaggedCodec.of("shape", Shape.class, List.of(circleVariant)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Shape.Square has no JSON form: give it a type name and a layout");
    assertThatThrownBy(() -> TaggedCodec.of("shape", Shape.class, List.of(circleVariant, squareVariant, circleVariant)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two variants for Circle");
    TaggedCodec.Variant<Square> squareNamedCircle = TaggedCodec.variant("Circle", Square.class,
        field("side", Scalars.LONG, Square::side), Square::new);
    assertThatThrownBy(() -> TaggedCodec.of("shape", Shape.class, List.of(circleVariant, squareNamedCircle)))
        .isInstanceOf(IllegalArgumentException.class);
    TaggedCodec.Variant<Circle> circleNamedRound = TaggedCodec.variant("Round", Circle.class,
        field("radius", Scalars.LONG, Circle::radius), Circle::new);
    assertThatThrownBy(
        () -> TaggedCodec.of("shape", Shape.class, List.of(circleVariant, squareVariant, circleNamedRound)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two variants for Round");
  }

  @Test
  void onlyAVariantsClassCanBeNarrowedTo() {
    assertThatThrownBy(() -> shapes.narrowedTo(Shape.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a variant");
  }

  /** Layouts of two and three fields for a variant, as for most events. */
  record Box(long width, long height, long depth) implements Solid {}

  /** A solid. */
  record Slab(long width, long height) implements Solid {}

  /** A solid shape. */
  sealed interface Solid permits Box, Slab {}

  @Test
  void variantsOfTwoAndThreeFieldsPassTheirValuesInTheirOrder() {
    TaggedCodec<Solid> solids = TaggedCodec.of("solid", Solid.class, List.of(
        TaggedCodec.variant("Box", Box.class, field("width", Scalars.LONG, Box::width),
            field("height", Scalars.LONG, Box::height), field("depth", Scalars.LONG, Box::depth), Box::new),
        TaggedCodec.variant("Slab", Slab.class, field("width", Scalars.LONG, Slab::width),
            field("height", Scalars.LONG, Slab::height), Slab::new)));

    assertThat(JsonText.write(solids, new Box(1, 2, 3)))
        .isEqualTo("{\"type\":\"Box\",\"version\":1,\"width\":1,\"height\":2,\"depth\":3}");
    assertThat(JsonText.read(solids, "{\"type\":\"Box\",\"version\":1,\"depth\":3,\"height\":2,\"width\":1}"))
        .isEqualTo(new Box(1, 2, 3));
    assertThat(JsonText.read(solids, "{\"type\":\"Slab\",\"version\":1,\"height\":2,\"width\":1}"))
        .isEqualTo(new Slab(1, 2));
  }
}
