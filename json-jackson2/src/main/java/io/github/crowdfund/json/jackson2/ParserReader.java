package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.crowdfund.json.JsonPath;
import io.github.crowdfund.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tokens for a codec, read by a Jackson 2 parser; paths come from the parser's own context, and I/O or parse
 * errors travel unchecked to the deserializer.
 */
final class ParserReader implements JsonReader {

  private final JsonParser parser;

  ParserReader(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token current() {
    return token(parser.currentToken());
  }

  @Override
  public Token next() {
    try {
      return token(parser.nextToken());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Token token(JsonToken token) {
    if (token == null) {
      return Token.END_OF_INPUT;
    }
    switch (token) {
      case START_OBJECT:
        return Token.BEGIN_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.BEGIN_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Token.NUMBER;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        throw new IllegalStateException("Jackson token " + token + " has no JSON text form");
    }
  }

  @Override
  public String text() {
    try {
      return parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String path() {
    List<Object> steps = new ArrayList<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        steps.add(context.getCurrentName());
      } else if (context.inArray() && context.hasCurrentIndex()) {
        steps.add(context.getCurrentIndex());
      }
    }
    Collections.reverse(steps);
    return JsonPath.of(steps);
  }
}
