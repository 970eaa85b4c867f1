package io.github.crowdfund.json;

import java.util.Objects;

/**
 * JSON that is not a valid value of the type being read: a wrong type, a missing or unknown field, an amount with
 * more decimal places than its currency, an unknown currency or event type, a value the type's own checks refuse.
 * The message starts with the JSON path of the bad part, such as {@code $.pledge.amount} (its first 200 characters),
 * and quotes the bad value (the beginning of a long one, with its length).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many characters of the path the message shows; {@link #path()} has it whole. */
  private static final int MAX_MESSAGE_PATH = 200;

  /** The JSON path of the bad part. */
  private final String path;

  /** What is wrong there. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param path the JSON path of the bad part, such as {@code $.pledge.amount}; not null
   * @param reason what is wrong there, quoting the bad value; not null
   */
  public JsonFormatException(String path, String reason) {
    super(shortened(Objects.requireNonNull(path, "path")) + ": " + Objects.requireNonNull(reason, "reason"));
    this.path = path;
    this.reason = reason;
  }

  /** A path for the message: whole when short, else its beginning and an ellipsis (field names can be long). */
  private static String shortened(String path) {
    return path.length() <= MAX_MESSAGE_PATH ? path : path.substring(0, MAX_MESSAGE_PATH) + "…";
  }

  /**
   * Returns the JSON path of the bad part, such as {@code $.pledge.amount}.
   *
   * @return the path, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong at {@link #path()}, quoting the bad value.
   *
   * @return the reason, not null
   */
  public String reason() {
    return reason;
  }
}
