package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The refusal of a JSON text read through {@link JsonText}, for tests of what an error names. */
final class Refusals {

  private Refusals() {}

  /** The exception reading a text throws; a failed assertion if the text reads. */
  static JsonFormatException refusal(JsonCodec<?> codec, String json) {
    JsonFormatException refused = catchThrowableOfType(JsonFormatException.class, () -> JsonText.read(codec, json));
    assertThat(refused).as("the refusal of %s", json).isNotNull();
    return refused;
  }
}
