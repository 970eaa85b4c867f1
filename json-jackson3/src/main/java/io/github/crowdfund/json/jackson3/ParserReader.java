package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonPath;
import io.github.crowdfund.json.JsonReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** The tokens for a codec, read by a Jackson 3 parser; paths come from the parser's own context. */
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
    return token(parser.nextToken());
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
      case PROPERTY_NAME:
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
    return parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
  }

  @Override
  public String path() {
    List<Object> steps = new ArrayList<>();
    for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
      if (context.inObject() && context.currentName() != null) {
        steps.add(context.currentName());
      } else if (context.inArray() && context.hasCurrentIndex()) {
        steps.add(context.getCurrentIndex());
      }
    }
    Collections.reverse(steps);
    return JsonPath.of(steps);
  }
}
