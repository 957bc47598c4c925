package org.figora.server;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's recent submissions, so that a result page can link its downloads: each is kept under a
 * random id, as the request (not its output), and recomputed on download. The oldest are forgotten
 * beyond a fixed number, so memory stays bounded.
 */
final class ResultStore {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, EnrichRequest> requests;

  ResultStore(int capacity) {
    this.requests =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, EnrichRequest> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * @return the new id of a request
   */
  synchronized String put(EnrichRequest request) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    requests.put(id, request);
    return id;
  }

  /**
   * @return the request kept under an id
   */
  synchronized Optional<EnrichRequest> get(String id) {
    return Optional.ofNullable(requests.get(id));
  }
}
