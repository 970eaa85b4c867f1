package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.crowdfund.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The tokens of a codec, written by a Jackson 2 generator; its I/O errors travel unchecked to the serializer. */
final class GeneratorWriter implements JsonWriter {

  /** A generator call that may fail with an I/O error. */
  private interface Write {
    void run() throws IOException;
  }

  private final JsonGenerator generator;

  GeneratorWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  private static void write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beginObject() {
    write(generator::writeStartObject);
  }

  @Override
  public void endObject() {
    write(generator::writeEndObject);
  }

  @Override
  public void beginArray() {
    write(generator::writeStartArray);
  }

  @Override
  public void endArray() {
    write(generator::writeEndArray);
  }

  @Override
  public void name(String name) {
    write(() -> generator.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    write(() -> generator.writeString(value));
  }

  @Override
  public void number(long value) {
    write(() -> generator.writeNumber(value));
  }

  @Override
  public void bool(boolean value) {
    write(() -> generator.writeBoolean(value));
  }
}
