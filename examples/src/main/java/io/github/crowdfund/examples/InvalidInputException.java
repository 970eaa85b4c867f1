package io.github.crowdfund.examples;

/**
 * Something the user gave the command line cannot be used: a file that is not there or not a regular file, a value
 * out of range. The message names the input and says what to do; the application prints it as one line and exits
 * with {@value CliErrors#BAD_INPUT}.
 */
final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the input and what to do instead; not null
   */
  InvalidInputException(String message) {
    super(message);
  }
}
