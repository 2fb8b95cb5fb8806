package org.medley.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API contract, held by every exchange the API tests make: each request and response that goes
 * through {@link Api} or {@link TestApp#http()} is validated against the generated OpenAPI document
 * ({@code META-INF/swagger/medley-api-0.1.yml}) with Atlassian's swagger-request-validator.
 * Responses are always held to it: status, content type, headers and body. Requests are held to it
 * only when the server accepted them (2xx): tests send invalid requests on purpose, and a 4xx for
 * them is the contract working; a 2xx for a request the document calls invalid means the document
 * lies about what the API takes. {@code ApiContractTest} runs last and fails the build on any
 * violation.
 */
public final class Contract {

  public static final String DOCUMENT = "/META-INF/swagger/medley-api-0.1.yml";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Request checks that say nothing about the document's truth. The validator compares Accept with
   * the documented response types literally (a 204 without a body, or a documented wildcard, does
   * not "match" application/json), while what matters, the response's actual Content-Type, is held
   * to the document anyway. A body sent to an operation that takes none is ignored by the server.
   */
  private static final Set<String> IGNORED =
      Set.of(
          "validation.request.accept.notAllowed",
          "validation.request.body.unexpected",
          // The document says nothing of unknown members, which in OpenAPI allows them (the
          // server ignores them); the validator refuses them by default. Responses stay strict.
          "validation.request.body.schema.additionalProperties",
          // A nullable enum parameter is written nullable + allOf[$ref]; the validator then reads
          // ?tier=L2 as JSON text and fails on it. The scalar's own check is the server's.
          "validation.request.parameter.schema.invalidJson");

  private static final OpenApiInteractionValidator VALIDATOR = validator();
  private static final AtomicInteger VALIDATED = new AtomicInteger();
  private static final Map<Integer, AtomicInteger> BY_STATUS = new ConcurrentHashMap<>();
  private static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());

  /** The ports of the applications under test: {@link TestApp}'s, and any a test adds. */
  private static final Set<Integer> SERVER_PORTS = ConcurrentHashMap.newKeySet();

  private Contract() {}

  /** One HTTP exchange as the client saw it; header names in any case. */
  public record Exchange(
      String method,
      URI uri,
      Map<String, List<String>> requestHeaders,
      byte[] requestBody,
      int status,
      Map<String, List<String>> responseHeaders,
      byte[] responseBody) {}

  /** Holds the exchanges with a server on this port to the document too. */
  public static void serving(int port) {
    SERVER_PORTS.add(port);
  }

  /** Whether an exchange with this address is one with the application under test. */
  public static boolean covers(URI uri) {
    return SERVER_PORTS.contains(uri.getPort())
        && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
  }

  private static boolean isApi(String method, String path) {
    // GET /login is the SPA's sign-in page, POST /login the built-in issuer.
    return path.startsWith("/api/") || path.equals("/login") && method.equals("POST");
  }

  public static int validated() {
    return VALIDATED.get();
  }

  /** How many validated responses had each status, in status order. */
  public static Map<Integer, Integer> byStatus() {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    BY_STATUS.forEach((status, count) -> counts.put(status, count.get()));
    return counts;
  }

  public static List<String> violations() {
    synchronized (VIOLATIONS) {
      return List.copyOf(VIOLATIONS);
    }
  }

  /** Validates one exchange with the application under test and records the outcome. */
  public static void check(Exchange exchange) {
    if (!covers(exchange.uri())) {
      return;
    }
    List<String> problems = problems(exchange);
    if (problems == null) {
      return;
    }
    VALIDATED.incrementAndGet();
    BY_STATUS.computeIfAbsent(exchange.status(), s -> new AtomicInteger()).incrementAndGet();
    VIOLATIONS.addAll(problems);
  }

  /**
   * What in one exchange contradicts the document, each prefixed with the exchange; {@code null}
   * when the exchange is not one the document speaks about (not the API, or a probe of a route that
   * does not exist, answered as such). Never throws.
   */
  static List<String> problems(Exchange exchange) {
    String method = exchange.method().toUpperCase(Locale.ROOT);
    URI uri = exchange.uri();
    if (!isApi(method, uri.getRawPath())) {
      return null;
    }
    String what =
        method
            + " "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + " → "
            + exchange.status()
            + ": ";
    List<String> problems = new ArrayList<>();
    try {
      SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
      exchange.responseHeaders().forEach(response::withHeader);
      if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
        response.withBody(exchange.responseBody());
      }
      ValidationReport report = VALIDATOR.validate(request(exchange), response.build());
      boolean accepted = exchange.status() >= 200 && exchange.status() < 300;
      for (ValidationReport.Message message : report.getMessages()) {
        String key = message.getKey();
        if (message.getLevel() != ValidationReport.Level.ERROR || IGNORED.contains(key)) {
          continue;
        }
        if (key.equals("validation.request.path.missing")
            || key.equals("validation.request.operation.notAllowed")) {
          // Probes of routes that do not exist are fine as long as the answer says so.
          return exchange.status() == 404 || exchange.status() == 405
              ? null
              : List.of(what + "the document has no such operation");
        }
        if (!nullWhereNullable(message, exchange)
            && (key.startsWith("validation.response") || accepted)) {
          problems.add(what + key + ": " + message.getMessage());
        }
      }
    } catch (RuntimeException e) {
      problems.add(what + "validator failed: " + e);
    }
    return problems;
  }

  private static final Pattern POINTER = Pattern.compile("\\[Path '([^']*)'\\]");

  /**
   * micronaut-openapi writes a nullable reference as {@code nullable: true, allOf: [$ref]}; generic
   * tools (Swagger UI, openapi-typescript, generators) read that as "the type or null", this
   * validator rejects the null inside the allOf. A null there is what the document says.
   */
  private static boolean nullWhereNullable(ValidationReport.Message message, Exchange exchange) {
    if (!message.getKey().endsWith(".body.schema.allOf")) {
      return false;
    }
    Matcher pointer = POINTER.matcher(message.getMessage());
    byte[] body =
        message.getKey().startsWith("validation.response")
            ? exchange.responseBody()
            : exchange.requestBody();
    if (!pointer.find() || body == null) {
      return false;
    }
    try {
      return JSON.readTree(body).at(pointer.group(1)).isNull();
    } catch (IOException e) {
      return false;
    }
  }

  private static Request request(Exchange exchange) {
    URI uri = exchange.uri();
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(exchange.method().toUpperCase(Locale.ROOT), uri.getRawPath());
    exchange.requestHeaders().forEach(builder::withHeader);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      Map<String, List<String>> params = new java.util.LinkedHashMap<>();
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (value.isEmpty()) {
          continue; // Micronaut binds ?tier= as no value: the validator should see none either
        }
        params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
      params.forEach(builder::withQueryParam);
    }
    if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
      builder.withBody(exchange.requestBody());
    }
    return builder.build();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static OpenApiInteractionValidator validator() {
    // It logs at INFO each body it does not validate (CSV, XLSX, multipart): noise in every run.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.atlassian.oai"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    try (InputStream in = Contract.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing: compile the backend first");
      }
      String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
