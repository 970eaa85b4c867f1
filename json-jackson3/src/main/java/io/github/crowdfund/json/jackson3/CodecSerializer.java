package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes a value with its crowdfund codec. */
final class CodecSerializer<T> extends ValueSerializer<T> {

  private final JsonCodec<T> codec;

  CodecSerializer(JsonCodec<T> codec) {
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    codec.write(value, new GeneratorWriter(generator));
  }
}
