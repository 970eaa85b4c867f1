package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonWriter;
import tools.jackson.core.JsonGenerator;

/** The tokens of a codec, written by a Jackson 3 generator. */
final class GeneratorWriter implements JsonWriter {

  private final JsonGenerator generator;

  GeneratorWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void beginObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void beginArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
