package org.figora.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The server's JSON: one configured Jackson mapper. */
final class Json {

  /** Reads requests strictly (no duplicate keys, shallow nesting) and writes documents. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(16)
                .maxStringLength(1 << 20)
                .maxNumberLength(40)
                .build());
  }

  private Json() {}

  /**
   * Parses a request body.
   *
   * @param body the body, UTF-8
   * @return the JSON tree
   * @throws ApiException 400 when the body is not JSON
   */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("the request body is empty; send a JSON object");
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      String message =
          e instanceof JsonProcessingException p ? p.getOriginalMessage() : "unreadable";
      throw ApiException.badRequest("the request body is not valid JSON: " + message);
    }
  }

  /**
   * @return the value as UTF-8 JSON
   */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
