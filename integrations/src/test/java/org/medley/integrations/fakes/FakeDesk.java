package org.medley.integrations.fakes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The base of every partner-desk fake: a real HTTP server on a free loopback port (the JDK's), that
 * records each request and can be told to fail for a while, as a desk in trouble does. A subclass
 * speaks one protocol in {@link #answer}; tests and the backend's tests drive it as the partner
 * would.
 */
public abstract class FakeDesk implements AutoCloseable {

  protected static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK server leaves Nagle's algorithm on: each small answer then waits for the client's
    // delayed ACK (about 40 ms), capping a keep-alive connection near 25 calls/s. Real desks
    // answer at once; so does the fake.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One request as the fake received it: {@code body} as UTF-8 text, {@code bytes} as sent. */
  public record Request(
      String method, String path, Map<String, List<String>> headers, String body, byte[] bytes) {

    public Request(String method, String path, Map<String, List<String>> headers, String body) {
      this(method, path, headers, body, body.getBytes(StandardCharsets.UTF_8));
    }

    public String header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** An answer: status, JSON (or other) body, extra headers. */
  public record Answer(int status, String body, Map<String, String> headers) {

    public static Answer json(int status, Object body) {
      try {
        return new Answer(status, JSON.writeValueAsString(body), Map.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public static Answer empty(int status) {
      return new Answer(status, "", Map.of());
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicReference<Answer> failure = new AtomicReference<>();
  private volatile Duration latency = Duration.ZERO;
  private final AtomicInteger lostLeft = new AtomicInteger();
  private final AtomicReference<String> lostMethod = new AtomicReference<>("");
  private final AtomicReference<String> lostPrefix = new AtomicReference<>("");

  protected FakeDesk() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Where the desk listens, e.g. {@code http://127.0.0.1:43121}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every request so far, oldest first. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The next {@code times} requests get {@code status} (e.g. 503), as a desk in an outage. */
  public void failNext(int times, int status) {
    failure.set(Answer.json(status, Map.of("error", "the fake desk is failing on purpose")));
    failuresLeft.set(times);
  }

  /** Every request gets {@code status} until {@link #recover}. */
  public void failAll(int status) {
    failNext(Integer.MAX_VALUE, status);
  }

  public void recover() {
    failuresLeft.set(0);
    lostLeft.set(0);
  }

  /**
   * The next {@code times} requests of {@code method} to a path starting with {@code pathPrefix}
   * are carried out, but their answer is lost on the way back: the client gets a 503 as from a
   * proxy, as when the desk committed and the connection broke. How a protocol avoids a duplicate
   * on the retry shows.
   */
  public void loseAnswers(String method, String pathPrefix, int times) {
    lostMethod.set(method);
    lostPrefix.set(pathPrefix);
    lostLeft.set(times);
  }

  /**
   * Every answer leaves {@code latency} after the desk did the work, as from a busy desk far away:
   * calls overlap meanwhile, and a caller that dies or gives up before the answer leaves the change
   * made (what a repeat must find). Zero (the default) answers at once.
   */
  public void answerAfter(Duration latency) {
    this.latency = latency;
  }

  /** The protocol: what this desk answers to a request. */
  protected abstract Answer answer(Request request) throws Exception;

  private void handle(HttpExchange exchange) throws IOException {
    Answer answer;
    try {
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      String body = new String(bytes, StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      Request request =
          new Request(
              exchange.getRequestMethod(),
              query == null ? path : path + "?" + query,
              Map.copyOf(exchange.getRequestHeaders()),
              body,
              bytes);
      requests.add(request);
      if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        answer = failure.get();
      } else {
        synchronized (this) {
          answer = answer(request);
        }
        if (request.method().equals(lostMethod.get())
            && request.path().startsWith(lostPrefix.get())
            && lostLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
          answer = Answer.json(503, Map.of("error", "the answer was lost on purpose"));
        }
      }
    } catch (Exception e) {
      answer = Answer.json(500, Map.of("error", String.valueOf(e)));
    }
    Duration wait = latency;
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis()); // the slowness is what this fake is asked to play
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (!answer.body().isEmpty() && !answer.headers().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
