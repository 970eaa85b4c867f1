package io.github.crowdfund.json;

/** A JSON library set up with crowdfund's codecs, as the contract tests drive it. */
public interface JsonEngine {

  /** The JSON of a value, compact. */
  String write(Object value);

  /** Reads a value of a type; bad JSON throws the library's exception, caused by a {@link JsonFormatException}. */
  <T> T read(String json, Class<T> type);

  /**
   * Tells whether the library reads and writes an application's own types holding crowdfund values (records,
   * beans), as a Jackson mapper does; {@link JsonText} reads and writes crowdfund's types only.
   */
  default boolean bindsApplicationTypes() {
    return true;
  }
}
