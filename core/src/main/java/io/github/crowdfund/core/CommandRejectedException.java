package io.github.crowdfund.core;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Decision#orElseThrow()} and {@link Applied#orElseThrow()} when a command was rejected: the
 * message lists every rule it broke, and {@link #rejection()} gives them as values. It is an
 * {@link IllegalArgumentException}: the command given was not acceptable.
 */
public final class CommandRejectedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The rejection; records are serializable when their components are, which lists of violations are. */
  private final transient Rejection rejection;

  /**
   * Creates the exception.
   *
   * @param rejection the rejection; not null
   */
  public CommandRejectedException(Rejection rejection) {
    super("command rejected: " + Objects.requireNonNull(rejection, "rejection").violations().stream()
        .map(v -> v.code() + " " + v.message()).collect(Collectors.joining("; ")));
    this.rejection = rejection;
  }

  /**
   * Returns the rejection.
   *
   * @return the rules the command broke
   */
  public Rejection rejection() {
    return rejection;
  }
}
