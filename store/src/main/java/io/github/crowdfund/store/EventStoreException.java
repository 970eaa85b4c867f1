package io.github.crowdfund.store;

/**
 * The event store could not do what was asked: the database failed or refused, or what it holds is not a valid
 * log. Subclasses say which.
 */
public class EventStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed, naming the campaign or position concerned
   * @param cause the cause, or null
   */
  public EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception without a cause.
   *
   * @param message what failed, naming the campaign or position concerned
   */
  public EventStoreException(String message) {
    super(message);
  }
}
