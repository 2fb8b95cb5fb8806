package org.medley.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands every exchange of the Micronaut HTTP client ({@link TestApp#http()}) with the application
 * under test to {@link Contract}. The request body is serialized here as the client does (JSON);
 * the response is read as received, error answers included.
 */
@ClientFilter("/**")
@Requires(env = "test")
class ContractFilter {

  private final JsonMapper json;

  ContractFilter(JsonMapper json) {
    this.json = json;
  }

  @ResponseFilter
  void check(
      HttpRequest<?> request, @Nullable HttpResponse<?> response, @Nullable Throwable failure) {
    if (!Contract.covers(request.getUri())) {
      return;
    }
    HttpResponse<?> answer = response;
    if (answer == null && failure instanceof HttpClientResponseException e) {
      answer = e.getResponse();
    }
    if (answer == null) {
      return;
    }
    Map<String, List<String>> requestHeaders = headers(request.getHeaders());
    byte[] requestBody = requestBody(request);
    if (requestBody != null && !requestHeaders.containsKey(HttpHeaders.CONTENT_TYPE)) {
      requestHeaders.put(HttpHeaders.CONTENT_TYPE, List.of(MediaType.APPLICATION_JSON));
    }
    Contract.check(
        new Contract.Exchange(
            request.getMethodName(),
            request.getUri(),
            requestHeaders,
            requestBody,
            answer.code(),
            headers(answer.getHeaders()),
            answer.getBody(byte[].class).orElse(null)));
  }

  private byte[] requestBody(HttpRequest<?> request) {
    Object body = request.getBody().orElse(null);
    if (body == null) {
      return null;
    }
    if (body instanceof byte[] bytes) {
      return bytes;
    }
    if (body instanceof CharSequence text) {
      return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, List<String>> headers(io.micronaut.http.HttpHeaders headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }
}
