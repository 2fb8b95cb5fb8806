package org.medley.integrations.http;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One HTTP request to a partner desk, as a protocol bean decides it.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param path below the connection's base URL, with its query, e.g. {@code
 *     /REST/2.0/tickets?query=…}; an absolute {@code http(s)://} URL is taken as it is (an OAuth2
 *     token endpoint)
 * @param body JSON (or a form, by its content type); null for none
 * @param headers extra headers; the content type defaults to JSON when there is a body
 * @param answers 4xx statuses the caller reads as answers rather than refusals (a 404 lookup)
 * @param bytes a binary body (a file, a multipart form), sent instead of {@code body}; null for
 *     none
 */
public record HttpCall(
    String method,
    String path,
    String body,
    Map<String, String> headers,
    Set<Integer> answers,
    byte[] bytes) {

  public HttpCall {
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    answers = answers == null ? Set.of() : Set.copyOf(answers);
  }

  public HttpCall(
      String method, String path, String body, Map<String, String> headers, Set<Integer> answers) {
    this(method, path, body, headers, answers, null);
  }

  /** A POST of raw bytes (a file upload) of the given content type. */
  public static HttpCall postBytes(String path, byte[] bytes, String contentType) {
    return new HttpCall(
        "POST", path, null, Map.of("Content-Type", contentType), Set.of(), bytes.clone());
  }

  public static HttpCall get(String path) {
    return new HttpCall("GET", path, null, Map.of(), Set.of());
  }

  public static HttpCall post(String path, String json) {
    return new HttpCall("POST", path, json, Map.of(), Set.of());
  }

  public static HttpCall put(String path, String json) {
    return new HttpCall("PUT", path, json, Map.of(), Set.of());
  }

  public static HttpCall patch(String path, String json) {
    return new HttpCall("PATCH", path, json, Map.of(), Set.of());
  }

  /** The same call, reading {@code statuses} as answers (e.g. 404 for "not there yet"). */
  public HttpCall accepting(Integer... statuses) {
    return new HttpCall(method, path, body, headers, Set.of(statuses), bytes);
  }

  /** The same call with one more header. */
  public HttpCall header(String name, String value) {
    var more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new HttpCall(method, path, body, more, answers, bytes);
  }
}
