package io.github.crowdfund.json;

/**
 * Writes values of one type as JSON and reads them back, through a {@link JsonWriter} and a {@link JsonReader}.
 * Reading checks everything the type's factories check and builds the value only once the whole JSON value has
 * been read and found valid, so bad JSON never yields a half-built value.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
public interface JsonCodec<T> {

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param out where to write it, not null
   */
  void write(T value, JsonWriter out);

  /**
   * Reads a value, starting on its first token and ending on its last (see {@link JsonReader}).
   *
   * @param in where to read it, not null
   * @return the value, not null
   * @throws JsonFormatException if the JSON is not a valid value of this type; the message names the JSON path
   *     and the bad value
   */
  T read(JsonReader in);
}
