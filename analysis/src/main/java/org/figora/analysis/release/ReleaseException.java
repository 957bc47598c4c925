package org.figora.analysis.release;

import java.io.IOException;

/**
 * A PFOCR release could not be fetched or installed: the server answered with an error status, the
 * transfer broke off or came out the wrong length, a published checksum did not match, or the
 * listing holds no human gene GMT. The message names the URL and, where they apply, the HTTP status
 * and the byte counts.
 */
public class ReleaseException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Whether trying again may succeed (network trouble, a 5xx status). */
  private final boolean transientFailure;

  /**
   * Creates an exception that trying again will not cure.
   *
   * @param message what failed, naming the URL
   */
  public ReleaseException(String message) {
    this(message, false, null);
  }

  /**
   * Creates an exception.
   *
   * @param message what failed, naming the URL
   * @param transientFailure whether trying again may succeed
   * @param cause the underlying exception, may be null
   */
  public ReleaseException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  /**
   * @return whether trying again may succeed (network errors, 5xx statuses, short bodies)
   */
  public boolean isTransient() {
    return transientFailure;
  }
}
