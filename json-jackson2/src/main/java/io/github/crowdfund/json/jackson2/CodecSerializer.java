package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.crowdfund.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a value with its crowdfund codec. */
final class CodecSerializer<T> extends JsonSerializer<T> {

  private final JsonCodec<T> codec;

  CodecSerializer(JsonCodec<T> codec) {
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
    try {
      codec.write(value, new GeneratorWriter(generator));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
