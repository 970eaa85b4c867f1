package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.crowdfund.json.JsonCodec;
import io.github.crowdfund.json.JsonFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a value with its crowdfund codec. Bad JSON becomes Jackson's {@link MismatchedInputException}, whose message
 * is the codec's (the JSON path and the bad value) and whose cause is the {@link JsonFormatException}.
 */
final class CodecDeserializer<T> extends JsonDeserializer<T> {

  private final Class<T> type;
  private final JsonCodec<T> codec;

  CodecDeserializer(Class<T> type, JsonCodec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    ParserReader reader = new ParserReader(parser);
    try {
      return codec.read(reader);
    } catch (JsonFormatException e) {
      throw mismatch(parser, e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Refuses JSON null: crowdfund values are never null. */
  @Override
  public T getNullValue(DeserializationContext context) throws MismatchedInputException {
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
