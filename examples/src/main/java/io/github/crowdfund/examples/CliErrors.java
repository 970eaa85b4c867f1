package io.github.crowdfund.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one error path of the command line: every failure, in any command, becomes one line on standard error that
 * names the command, the input and what to do, and an exit code: {@value #BAD_INPUT} for bad options or bad input
 * (a value out of range, a file that is missing, special or malformed), {@value #FAILED} for an operation that failed
 * (a disk that fills, a file that cannot be written). Never a stack trace. Stateless and thread-safe.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  /** The exit code of bad options or bad input. */
  static final int BAD_INPUT = 2;
  /** The exit code of an operation that failed. */
  static final int FAILED = 1;

  private CliErrors() {}

  /**
   * Makes {@code cli} and all its subcommands report failures through this class.
   *
   * @param cli the command line, with every subcommand added; not null
   * @return {@code cli}
   */
  static CommandLine install(CommandLine cli) {
    CliErrors errors = new CliErrors();
    return cli.setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String message = oneLine(e.getMessage()).replaceFirst("^Error: ", "");
    print(command, message + "; see '" + command.getCommandSpec().qualifiedName() + " --help'");
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    if (e instanceof ParameterException parameter) {
      return handleParseException(parameter, parsed.originalArgs().toArray(String[]::new));
    }
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    int code = exitCode(cause);
    print(command, describe(cause));
    return code;
  }

  /** Returns the exit code of a failure: bad input for refused values, files and paths, failed otherwise. */
  static int exitCode(Throwable failure) {
    if (failure instanceof InvalidInputException || failure instanceof IllegalArgumentException
        || failure instanceof NoSuchFileException || failure instanceof NotDirectoryException) {
      return BAD_INPUT;
    }
    // The readers refuse a directory, FIFO or device with a plain FileSystemException that gives the reason.
    if (failure.getClass() == FileSystemException.class && ((FileSystemException) failure).getReason() != null) {
      return BAD_INPUT;
    }
    return FAILED;
  }

  /** Returns one line saying what went wrong and what to do. */
  static String describe(Throwable failure) {
    if (failure instanceof NoSuchFileException missing) {
      String reason = missing.getReason() == null || missing.getReason().isBlank() ? "no such file"
          : missing.getReason();
      return "'" + missing.getFile() + "': " + reason + "; check the path";
    }
    if (failure instanceof AccessDeniedException denied) {
      return "'" + denied.getFile() + "': permission denied; check its permissions or choose another file";
    }
    if (failure instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
      String reason = fileSystem.getReason() == null ? fileSystem.getClass().getSimpleName() : fileSystem.getReason();
      return "'" + fileSystem.getFile() + "' " + oneLine(reason);
    }
    if (failure instanceof InvalidInputException || failure instanceof IllegalArgumentException
        || failure instanceof IOException) {
      return oneLine(String.valueOf(failure.getMessage()));
    }
    return "failed (" + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + oneLine(failure.getMessage()))
        + "); please report it with the command line that caused it";
  }

  /**
   * Folds a message of several lines (a list of problems, say) into one: the first line, the second, and how many
   * more there were.
   */
  static String oneLine(String message) {
    List<String> lines = message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.isEmpty()) {
      return message.strip();
    }
    if (lines.size() == 1) {
      return lines.get(0);
    }
    String more = lines.size() > 2 ? " (and " + (lines.size() - 2) + " more)" : "";
    return lines.get(0) + " " + lines.get(1) + more;
  }

  private static void print(CommandLine command, String line) {
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + line);
    err.flush();
  }
}
