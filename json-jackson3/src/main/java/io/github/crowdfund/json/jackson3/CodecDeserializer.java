package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonCodec;
import io.github.crowdfund.json.JsonFormatException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a value with its crowdfund codec. Bad JSON becomes Jackson's {@link MismatchedInputException}, whose message
 * is the codec's (the JSON path and the bad value) and whose cause is the {@link JsonFormatException}.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {

  private final Class<T> type;
  private final JsonCodec<T> codec;

  CodecDeserializer(Class<T> type, JsonCodec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    ParserReader reader = new ParserReader(parser);
    try {
      return codec.read(reader);
    } catch (JsonFormatException e) {
      throw mismatch(parser, e);
    }
  }

  /** Refuses JSON null: crowdfund values are never null. */
  @Override
  public T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    throw mismatch(parser, new JsonFormatException(new ParserReader(parser).path(),
        "expected " + type.getSimpleName() + ", was null"));
  }

  private MismatchedInputException mismatch(JsonParser parser, JsonFormatException cause) {
    MismatchedInputException mismatch = MismatchedInputException.from(parser, type, cause.getMessage());
    mismatch.initCause(cause);
    return mismatch;
  }
}
