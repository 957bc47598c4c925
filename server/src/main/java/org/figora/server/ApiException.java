package org.figora.server;

/**
 * A request the server answers with an error status and a message for the client. The message never
 * holds a stack trace or a path on the server.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final boolean retryable;

  private ApiException(int status, String message, boolean retryable) {
    super(message, null, false, false);
    this.status = status;
    this.retryable = retryable;
  }

  /**
   * @return 400: the request is malformed (syntax, types, unknown fields, bad values)
   */
  static ApiException badRequest(String message) {
    return new ApiException(400, message, false);
  }

  /**
   * @return 401: the token is missing or wrong
   */
  static ApiException unauthorized(String message) {
    return new ApiException(401, message, false);
  }

  /**
   * @return 404: unknown figure, corpus, result or path
   */
  static ApiException notFound(String message) {
    return new ApiException(404, message, false);
  }

  /**
   * @return 413: the body, a list or a batch is larger than the server's limits
   */
  static ApiException tooLarge(String message) {
    return new ApiException(413, message, false);
  }

  /**
   * @return 422: well-formed, but no usable genes
   */
  static ApiException unprocessable(String message) {
    return new ApiException(422, message, false);
  }

  /**
   * @return 503 with Retry-After: overloaded, past the deadline, or stopping
   */
  static ApiException unavailable(String message) {
    return new ApiException(503, message, true);
  }

  /**
   * @return the HTTP status
   */
  int status() {
    return status;
  }

  /**
   * @return whether the client should retry later (a Retry-After header is sent)
   */
  boolean retryable() {
    return retryable;
  }
}
