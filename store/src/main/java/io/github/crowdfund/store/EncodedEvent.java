package io.github.crowdfund.store;

import java.util.Objects;

/**
 * An event in its stored form: a stable type name, the version of that type's schema, and the JSON text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the event type name, not blank (for example {@code "PledgePlaced"})
 * @param schemaVersion the version of the type's JSON shape, at least 1
 * @param json the JSON text, not blank; stored as given, byte for byte
 */
public record EncodedEvent(String type, int schemaVersion, String json) {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} or {@code json} is blank or {@code schemaVersion} below 1,
   *     quoting the value
   */
  public EncodedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    if (type.isBlank()) {
      throw new IllegalArgumentException("event type must not be blank: '" + type + "'");
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema version must be at least 1: " + schemaVersion);
    }
    if (json.isBlank()) {
      throw new IllegalArgumentException("event JSON must not be blank: '" + json + "'");
    }
  }
}
