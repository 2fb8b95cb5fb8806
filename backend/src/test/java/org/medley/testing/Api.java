package org.medley.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Raw HTTP against {@link TestApp}, so tests can send exactly the bytes a careless or hostile
 * client would (malformed JSON, wrong types, huge bodies) and read any status without exceptions.
 */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Api() {}

  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(TestApp.server().getURL() + path))
        .timeout(Duration.ofSeconds(30));
  }

  public static Reply send(HttpRequest request) {
    HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response);
  }

  /** For binary answers (spreadsheets, attachments): the body as the bytes received. */
  public static HttpResponse<byte[]> sendForBytes(HttpRequest request) {
    return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> exchange(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      HttpResponse<T> response = HTTP.send(request, handler);
      Object body = response.body();
      Contract.check(
          new Contract.Exchange(
              request.method(),
              request.uri(),
              request.headers().map(),
              body(request),
              response.statusCode(),
              response.headers().map(),
              body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) body));
      return response;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The bytes a request's body publisher sends (publishers of bytes and strings replay). */
  static byte[] body(HttpRequest request) {
    var publisher = request.bodyPublisher().orElse(null);
    if (publisher == null || publisher.contentLength() == 0) {
      return null;
    }
    var out = new ByteArrayOutputStream();
    var done = new CompletableFuture<byte[]>();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer item) {
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
          }

          @Override
          public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
          }

          @Override
          public void onComplete() {
            done.complete(out.toByteArray());
          }
        });
    return done.getNow(null);
  }

  public static Reply get(String path, String token) {
    var builder = request(path).GET().header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return send(builder.build());
  }

  public static Reply postJson(String path, String body, String token) {
    var builder =
        request(path)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return send(builder.build());
  }

  public static Reply patchJson(String path, String body, String token) {
    var builder =
        request(path)
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return send(builder.build());
  }

  public static Reply putJson(String path, String body, String token) {
    var builder =
        request(path)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return send(builder.build());
  }
}
