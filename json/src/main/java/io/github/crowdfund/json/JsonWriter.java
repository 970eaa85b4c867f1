package io.github.crowdfund.json;

/**
 * The tokens a {@link JsonCodec} writes, implemented over a JSON library's generator. Calls come in JSON's order:
 * {@link #name(String)} before each value inside an object, nothing but values inside an array.
 *
 * <p>Implementations write compact JSON and report the library's I/O errors as unchecked exceptions. An
 * implementation is used by one thread at a time.
 */
public interface JsonWriter {

  /** Starts an object: {@code {}. */
  void beginObject();

  /** Ends the current object: {@code }}. */
  void endObject();

  /** Starts an array: {@code [}. */
  void beginArray();

  /** Ends the current array: {@code ]}. */
  void endArray();

  /**
   * Writes the name of the next field of the current object.
   *
   * @param name the field name, not null
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the string, not null
   */
  void string(String value);

  /**
   * Writes an integer value.
   *
   * @param value the number
   */
  void number(long value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  void bool(boolean value);
}
