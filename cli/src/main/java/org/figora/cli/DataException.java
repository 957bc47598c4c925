package org.figora.cli;

/** Input data that cannot be used, found by a command (e.g. no usable genes in a list). */
final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DataException(String message) {
    super(message);
  }
}
