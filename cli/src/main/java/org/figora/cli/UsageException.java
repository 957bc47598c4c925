package org.figora.cli;

/** A usage error found after picocli parsed the options: contradictory or out-of-range values. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
