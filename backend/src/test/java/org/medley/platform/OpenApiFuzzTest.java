package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Contract;
import org.medley.testing.EmptyMedley;
import org.medley.testing.TestUsers;

/**
 * An HTTP fuzz run driven by the OpenAPI document: for every operation and every role it sends
 * requests generated from the operation's schemas with jqwik (values that follow the schema, edge
 * and hostile values, wrong types, missing and unknown members, oversized and malformed bodies,
 * junk path ids including ids of records the caller may not see, junk query parameters), and holds
 * every answer to three rules: no 5xx, every error is {@code application/problem+json}, and every
 * exchange matches the document ({@link Contract}, whose violations {@code ApiContractTest} also
 * reports).
 *
 * <p>The run writes (junk that passes validation creates tickets, users, calendars…), so it runs on
 * a Medley node of its own over a database of its own ({@code medley_fuzz_*}, the demo hospital
 * seeded), leaving the shared {@link org.medley.testing.TestApp} and the counts other tests rely on
 * untouched.
 *
 * <p>Reproducible: the requests follow from the seed it prints ({@code -Dmedley.fuzz.seed=<n>};
 * {@code random} for a new one each run). {@code -Dmedley.fuzz.per-pair} sets the requests per
 * operation and role, {@code -Dmedley.fuzz.threads} the parallel clients.
 */
class OpenApiFuzzTest {

  private static final long DEFAULT_SEED = 20261207L;
  private static final int MIN_REQUESTS = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The demo hospital's roles, another partner's agent and another health system's admin. */
  private static final List<String> ROLES =
      List.of(
          "anonymous",
          "enduser",
          "agent",
          "partner",
          "partnermgr",
          "leader",
          "exec",
          "admin",
          "fuzz-apex",
          "fuzz-outsider");

  private static EmptyMedley medley;
  private static EmbeddedServer node;
  private static final Map<String, String> tokens = new LinkedHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void startNode() throws Exception {
    medley = EmptyMedley.create("medley_fuzz_");
    node =
        medley.start(
            Map.of(
                "medley.demo.enabled", true,
                "medley.ebonding.poll.enabled", false,
                "medley.mail.enabled", false),
            Map.of());
    Contract.serving(node.getPort());
    try (Connection c = medley.database().connect()) {
      TestUsers.insert(
          c, "fuzz-apex", "partner-agent", "Riverside Health", "Apex Clinical IT Staffing");
      TestUsers.insert(
          c,
          "fuzz-outsider",
          "admin,agent,it-leader,executive,end-user",
          "Lakeside Medical",
          "Lakeside Medical");
    }
    for (String role : ROLES.subList(1, ROLES.size())) {
      var login =
          EmptyMedley.send(
              node,
              "POST",
              "/login",
              "{\"username\":\"" + role + "\",\"password\":\"demo\"}",
              null);
      assertThat(login.status()).as("sign-in of " + role + ": " + login.body()).isEqualTo(200);
      tokens.put(role, login.json().path("access_token").asText());
    }
  }

  @AfterAll
  static void stopNode() throws Exception {
    if (medley != null) {
      medley.close();
    }
  }

  /** One operation of the document, its parameters and request bodies resolved. */
  record Op(String method, String path, Operation operation) {
    String key() {
      return method + " " + path;
    }

    List<Parameter> parameters(String in) {
      return operation.getParameters() == null
          ? List.of()
          : operation.getParameters().stream().filter(p -> in.equals(p.getIn())).toList();
    }

    Map<String, MediaType> bodies() {
      return operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
          ? Map.of()
          : operation.getRequestBody().getContent();
    }
  }

  /** One request to send: which operation, as whom, how it was made, and its bytes. */
  record Planned(Op op, String role, String mode, String target, String contentType, byte[] body) {}

  /** One finding: what was sent and what came back. */
  record Finding(String what, Planned request, int status, String answer) {
    @Override
    public String toString() {
      String sent =
          request.body() == null
              ? ""
              : " body " + abbreviate(new String(request.body(), StandardCharsets.UTF_8), 300);
      return what
          + ": "
          + request.op().method()
          + " "
          + abbreviate(request.target(), 200)
          + " as "
          + request.role()
          + " ("
          + request.mode()
          + ", "
          + request.contentType()
          + ")"
          + sent
          + " → "
          + status
          + " "
          + abbreviate(answer, 300);
    }
  }

  @Test
  void everyOperationAndRoleSurvivesGeneratedRequests() throws Exception {
    long seed = seed();
    int perPair = Integer.getInteger("medley.fuzz.per-pair", 5);
    int threads = Integer.getInteger("medley.fuzz.threads", 4);
    List<Op> operations = operations();
    Map<String, List<String>> pools = harvestIds(operations);
    // The fuzzing accounts themselves are not fuzzed (disabled, a role changed): their tokens
    // must keep working for the whole run. Other people's accounts are.
    Set<String> own = ownAccounts();
    pools.replaceAll(
        (collection, ids) ->
            collection.startsWith("/api/users")
                ? ids.stream().filter(id -> !own.contains(id)).toList()
                : ids);

    List<Planned> plan = new ArrayList<>();
    JqwikSession.start(String.valueOf(seed));
    try {
      RequestMaker maker = new RequestMaker(pools);
      for (Op op : operations) {
        for (String role : ROLES) {
          Random random = new Random(seed ^ (op.key() + " " + role).hashCode());
          for (int i = 0; i < perPair; i++) {
            plan.add(maker.make(op, role, random));
          }
        }
      }
    } finally {
      JqwikSession.finish();
    }
    Collections.shuffle(plan, new Random(seed));

    int violationsBefore = Contract.violations().size();
    Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    Map<String, Map<Integer, AtomicInteger>> byRole = new ConcurrentHashMap<>();
    Map<String, Set<Integer>> byOperation = new ConcurrentHashMap<>();
    List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    for (Planned request : plan) {
      pool.execute(
          () -> {
            int status = send(request, findings);
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            byRole
                .computeIfAbsent(request.role(), r -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger())
                .incrementAndGet();
            byOperation
                .computeIfAbsent(request.op().key(), k -> ConcurrentHashMap.newKeySet())
                .add(status);
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).as("the run finished").isTrue();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    List<String> violations =
        Contract.violations().subList(violationsBefore, Contract.violations().size());

    long reached2xx =
        byOperation.values().stream()
            .filter(s -> s.stream().anyMatch(x -> x >= 200 && x < 300))
            .count();
    System.out.printf(
        "OpenAPI fuzz: seed %d (-Dmedley.fuzz.seed=%d), %d operations × %d roles × %d = %d"
            + " requests in %.1f s on %d threads (%.0f/s)%n  by status: %s%n  operations with a"
            + " 2xx: %d of %d; without: %s%n  by role: %s%n  5xx: %d, not problem+json: %d,"
            + " contract violations: %d, re-sent on a closed kept-alive connection: %d%n",
        seed,
        seed,
        operations.size(),
        ROLES.size(),
        perPair,
        plan.size(),
        took.toMillis() / 1000.0,
        threads,
        plan.size() * 1000.0 / Math.max(1, took.toMillis()),
        counts(byStatus),
        reached2xx,
        operations.size(),
        byOperation.entrySet().stream()
            .filter(e -> e.getValue().stream().noneMatch(x -> x >= 200 && x < 300))
            .map(e -> e.getKey() + " " + new java.util.TreeSet<>(e.getValue()))
            .sorted()
            .toList(),
        new TreeMap<>(
            byRole.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(e -> e.getKey(), e -> counts(e.getValue())))),
        findings.stream().filter(f -> f.what().startsWith("5xx")).count(),
        findings.stream().filter(f -> f.what().startsWith("not problem")).count(),
        violations.size(),
        RESENT.get());
    findings.stream().limit(60).forEach(f -> System.out.println("  FINDING " + f));
    violations.stream().distinct().limit(60).forEach(v -> System.out.println("  CONTRACT " + v));

    assertThat(plan.size()).as("requests per run").isGreaterThanOrEqualTo(MIN_REQUESTS);
    assertThat(findings).as("5xx, answers that are not problem+json, hangs").isEmpty();
    assertThat(violations).as("exchanges that contradict the OpenAPI document").isEmpty();
  }

  private static Set<String> ownAccounts() throws java.sql.SQLException {
    Set<String> ids = new java.util.HashSet<>();
    try (Connection c = medley.database().connect();
        var rows =
            c.createStatement()
                .executeQuery(
                    "SELECT id FROM user_accounts WHERE username IN ('"
                        + String.join("','", ROLES)
                        + "')")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static long seed() {
    String property = System.getProperty("medley.fuzz.seed", String.valueOf(DEFAULT_SEED));
    return property.equals("random") ? new Random().nextLong() : Long.parseLong(property);
  }

  private static Map<Integer, Integer> counts(Map<Integer, AtomicInteger> counters) {
    Map<Integer, Integer> counts = new TreeMap<>();
    counters.forEach((k, v) -> counts.put(k, v.get()));
    return counts;
  }

  /** Sends one request, checks its answer; returns the status (0 when none came). */
  private static int send(Planned request, List<Finding> findings) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(node.getURL() + request.target()))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept(request.op()));
    if (tokens.containsKey(request.role())) {
      builder.header("Authorization", "Bearer " + tokens.get(request.role()));
    }
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(
        request.op().method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    HttpRequest http = builder.build();
    HttpResponse<byte[]> response;
    try {
      response = sendOnce(http);
    } catch (HttpTimeoutException e) {
      findings.add(new Finding("no answer in 30 s", request, 0, e.toString()));
      return 0;
    } catch (IOException e) {
      // A body over the size limit may be refused before it is read: the server answers 413 and
      // closes, and the client may see the reset instead. Anything else is a finding.
      if (request.body() == null || request.body().length < 1_000_000) {
        findings.add(new Finding("connection failed", request, 0, e.toString()));
      }
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    int status = response.statusCode();
    String answer = new String(response.body(), StandardCharsets.UTF_8);
    if (status >= 500) {
      findings.add(new Finding("5xx", request, status, answer));
    } else if (status >= 400
        && !response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json")
        && !documentedOtherwise(request.op(), status)) {
      findings.add(
          new Finding(
              "not problem+json ("
                  + response.headers().firstValue("Content-Type").orElse("no type")
                  + ")",
              request,
              status,
              answer));
    }
    Contract.check(
        new Contract.Exchange(
            http.method(),
            http.uri(),
            http.headers().map(),
            request.body(),
            status,
            response.headers().map(),
            response.body()));
    return status;
  }

  static final AtomicInteger RESENT = new AtomicInteger();

  /**
   * Sends; once more when a kept-alive connection turns out closed before any answer byte (the
   * client reused a connection the server had just closed after an earlier answer): counted and
   * printed, and a second failure is a finding.
   */
  private static HttpResponse<byte[]> sendOnce(HttpRequest http)
      throws IOException, InterruptedException {
    try {
      return HTTP.send(http, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      if (e instanceof HttpTimeoutException
          || e.getMessage() == null
          || !e.getMessage().contains("received no bytes")) {
        throw e;
      }
      RESENT.incrementAndGet();
      return HTTP.send(http, HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  /**
   * Whether the document names another type than problem+json for this error, as for the OAuth
   * token endpoint's {@code invalid_client} (RFC 6749 §5.2 prescribes {@code application/json}).
   */
  private static boolean documentedOtherwise(Op op, int status) {
    var responses = op.operation().getResponses();
    var response = responses == null ? null : responses.get(String.valueOf(status));
    return response != null
        && response.getContent() != null
        && response.getContent().keySet().stream()
            .anyMatch(type -> !type.equals("application/problem+json"));
  }

  /** The operation's first documented success type, else JSON. */
  private static String accept(Op op) {
    if (op.operation().getResponses() == null) {
      return "application/json";
    }
    return op.operation().getResponses().entrySet().stream()
        .filter(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null)
        .flatMap(e -> e.getValue().getContent().keySet().stream())
        .findFirst()
        .orElse("application/json");
  }

  // ---- the document

  static List<Op> operations() throws IOException {
    String document;
    try (InputStream in = OpenApiFuzzTest.class.getResourceAsStream(Contract.DOCUMENT)) {
      assertThat(in).as("the generated OpenAPI document").isNotNull();
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
    List<Op> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          if (method != PathItem.HttpMethod.HEAD
                              && method != PathItem.HttpMethod.OPTIONS
                              && method != PathItem.HttpMethod.TRACE) {
                            operations.add(new Op(method.name(), path, operation));
                          }
                        }));
    operations.sort(java.util.Comparator.comparing(Op::key));
    return operations;
  }

  // ---- ids the roles can reach, and ids they cannot

  /**
   * Ids read from list answers, by the collection they came from ({@code /api/tickets}, {@code
   * /api/tickets/{id}/comments}): what the fuzzer puts into path parameters besides junk. Read as
   * several roles, another health system's admin among them, so each role also gets ids of records
   * it may not see.
   */
  private static Map<String, List<String>> harvestIds(List<Op> operations) {
    Map<String, Set<String>> pools = new TreeMap<>();
    List<String> readers = List.of("admin", "partner", "fuzz-outsider");
    for (int round = 0; round < 2; round++) {
      for (Op op : operations) {
        if (!op.method().equals("GET")
            || op.parameters("query").stream()
                .anyMatch(p -> Boolean.TRUE.equals(p.getRequired()))) {
          continue;
        }
        List<String> names = pathParameters(op.path());
        if (names.size() != round) {
          continue;
        }
        List<String> targets = new ArrayList<>();
        if (round == 0) {
          targets.add(op.path());
        } else {
          Set<String> ids = pools.getOrDefault(prefix(op.path(), names.get(0)), Set.of());
          ids.stream()
              .limit(3)
              .forEach(id -> targets.add(op.path().replace("{" + names.get(0) + "}", id)));
        }
        Set<String> pool = pools.computeIfAbsent(op.path(), p -> new LinkedHashSet<>());
        targets.parallelStream()
            .flatMap(target -> readers.stream().map(role -> List.of(target, role)))
            .map(call -> EmptyMedley.send(node, "GET", call.get(0), null, tokens.get(call.get(1))))
            .filter(r -> r.status() == 200 && r.contentType().startsWith("application/json"))
            .toList()
            .forEach(reply -> collectIds(reply.json(), pool));
      }
    }
    Map<String, List<String>> lists = new TreeMap<>();
    pools.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return lists;
  }

  private static void collectIds(JsonNode json, Set<String> ids) {
    if (json.isArray()) {
      json.forEach(e -> collectIds(e, ids));
    } else if (json.isObject()) {
      if (json.path("id").isIntegralNumber() || json.path("id").isTextual()) {
        ids.add(json.path("id").asText());
      }
      for (String list : List.of("items", "content", "rows", "data")) {
        if (json.path(list).isArray()) {
          json.path(list).forEach(e -> collectIds(e, ids));
        }
      }
    }
  }

  static List<String> pathParameters(String path) {
    List<String> names = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** The collection a path parameter names a member of: the path before it. */
  static String prefix(String path, String parameter) {
    return path.substring(0, path.indexOf("/{" + parameter + "}"));
  }

  // ---- making requests

  /** Makes requests for operations from their schemas; one per call, from the given random. */
  static final class RequestMaker {

    private static final List<String> JUNK_IDS =
        List.of(
            "0",
            "-1",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999999",
            "abc",
            "1.5",
            "1e3",
            "%00",
            "%2e%2e",
            "%FF",
            "null",
            "%20",
            "1%3BDROP%20TABLE%20tickets",
            "0x10",
            "%F0%9F%98%80");

    private static final List<String> JUNK_JSON =
        List.of(
            "{",
            "[1,2",
            "{\"a\":}",
            "nul",
            "\"\\ud800\"",
            "{\"a\":1}{\"b\":2}",
            "{'a':1}",
            "NaN",
            "{\"version\":NaN}",
            "1e99999",
            "[]",
            "null",
            "\"text\"",
            "42",
            "\uFEFF{}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));

    private final Map<String, List<String>> pools;
    private final List<String> everyId;
    private final Map<Schema<?>, Arbitrary<Object>> arbitraries = new java.util.IdentityHashMap<>();

    RequestMaker(Map<String, List<String>> pools) {
      this.pools = pools;
      this.everyId = pools.values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    private Object value(Schema<?> schema, Random random) {
      Arbitrary<Object> arbitrary = arbitraries.computeIfAbsent(schema, s -> SchemaValues.valid(s));
      try {
        return SchemaValues.mutableCopy(arbitrary.generator(1000, true).next(random).value());
      } catch (net.jqwik.api.TooManyFilterMissesException e) {
        throw new IllegalStateException("No value for " + schema, e);
      }
    }

    Planned make(Op op, String role, Random random) {
      StringBuilder target = new StringBuilder();
      String path = op.path();
      for (String name : pathParameters(op.path())) {
        Parameter parameter =
            op.parameters("path").stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElse(null);
        path = path.replace("{" + name + "}", pathValue(op.path(), name, parameter, random));
      }
      target.append(path);
      List<String> query = new ArrayList<>();
      // One request in three breaks one query parameter; the others send only valid ones, so
      // that operations with many parameters are reached past their validation too.
      List<Parameter> sent =
          op.parameters("query").stream()
              .filter(p -> Boolean.TRUE.equals(p.getRequired()) || random.nextInt(10) < 6)
              .toList();
      int broken = !sent.isEmpty() && random.nextInt(3) == 0 ? random.nextInt(sent.size()) : -1;
      for (int i = 0; i < sent.size(); i++) {
        Object value = value(sent.get(i).getSchema(), random);
        if (i == broken) {
          value = SchemaValues.boundary(value, random);
        }
        query.add(encode(sent.get(i).getName()) + "=" + encode(scalar(value)));
      }
      if (random.nextInt(12) == 0) {
        query.add(
            "zzUnknown="
                + encode(SchemaValues.HOSTILE.get(random.nextInt(SchemaValues.HOSTILE.size()))));
      }
      if (!query.isEmpty()) {
        target.append('?').append(String.join("&", query));
      }
      if (op.bodies().isEmpty()) {
        return new Planned(op, role, "params", target.toString(), null, null);
      }
      List<String> types = new ArrayList<>(op.bodies().keySet());
      String type = types.get(random.nextInt(types.size()));
      Schema<?> schema = op.bodies().get(type).getSchema();
      return body(op, role, target.toString(), type, schema, random);
    }

    private String pathValue(String template, String name, Parameter parameter, Random random) {
      int roll = random.nextInt(20);
      if (roll < 3) {
        return JUNK_IDS.get(random.nextInt(JUNK_IDS.size()));
      }
      List<String> pool = pools.getOrDefault(prefix(template, name), List.of());
      if (roll < 17 && !pool.isEmpty()) {
        return encode(pool.get(random.nextInt(pool.size())));
      }
      if (roll < 19 && !everyId.isEmpty()) {
        return encode(everyId.get(random.nextInt(everyId.size())));
      }
      return encode(scalar(parameter == null ? 1 : value(parameter.getSchema(), random)));
    }

    private Planned body(
        Op op, String role, String target, String type, Schema<?> schema, Random random) {
      if (type.contains("json")) {
        int roll = random.nextInt(100);
        String mode;
        Object value = value(schema, random);
        if (roll < 35) {
          mode = "valid";
        } else if (roll < 50) {
          mode = "boundary";
          value = SchemaValues.mutateOne(value, random, SchemaValues::boundary);
        } else if (roll < 62) {
          mode = "wrong type";
          value = SchemaValues.mutateOne(value, random, SchemaValues::otherType);
        } else if (roll < 72) {
          mode = "missing member";
          value = SchemaValues.mutateOne(value, random, (v, r) -> SchemaValues.REMOVE);
        } else if (roll < 78) {
          mode = "unknown member";
          if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) map;
            members.put("zzUnknown", List.of(1, "x"));
          }
        } else if (roll < 90) {
          mode = "junk JSON";
          return new Planned(
              op,
              role,
              mode,
              target,
              type,
              JUNK_JSON.get(random.nextInt(JUNK_JSON.size())).getBytes(StandardCharsets.UTF_8));
        } else if (roll < 95) {
          mode = "wrong content type";
          return new Planned(op, role, mode, target, "text/plain", json(value));
        } else {
          mode = "no body";
          return new Planned(op, role, mode, target, type, null);
        }
        return new Planned(op, role, mode, target, type, json(value));
      }
      if (type.startsWith("multipart/")) {
        return multipart(op, role, target, random);
      }
      if (type.equals("application/x-www-form-urlencoded")) {
        String form =
            random.nextBoolean()
                ? "grant_type=client_credentials&client_id="
                    + encode(SchemaValues.HOSTILE.get(random.nextInt(SchemaValues.HOSTILE.size())))
                    + "&client_secret=x"
                : "=&&a=%ZZ&grant_type";
        return new Planned(op, role, "form", target, type, form.getBytes(StandardCharsets.UTF_8));
      }
      return new Planned(op, role, "file", target, type, file(type, random));
    }

    /** A spreadsheet-ish upload: CSV text, workbook bytes, or noise. */
    private static byte[] file(String type, Random random) {
      if (type.equals("text/csv") || random.nextInt(3) == 0) {
        StringBuilder csv = new StringBuilder();
        String cells = "ab,\"\n\r;=+é😀 \u0000'x9";
        int lines = random.nextInt(6);
        for (int l = 0; l < lines; l++) {
          int length = random.nextInt(40);
          for (int i = 0; i < length; i++) {
            csv.append(cells.charAt(random.nextInt(cells.length())));
          }
          csv.append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0 && bytes.length > 0) {
          bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // not UTF-8 any more
        }
        return bytes;
      }
      byte[] noise = new byte[random.nextInt(2_000)];
      random.nextBytes(noise);
      if (noise.length > 4 && random.nextBoolean()) {
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
      }
      return noise;
    }

    private static Planned multipart(Op op, String role, String target, Random random) {
      String boundary = "fuzz" + random.nextInt(1_000_000);
      String name =
          List.of(
                  "note.txt",
                  "scan.pdf",
                  "../../x.sh",
                  "",
                  "a\u0000b.png",
                  "😀.jpg",
                  "x".repeat(300))
              .get(random.nextInt(7));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] content = new byte[random.nextInt(3_000)];
      random.nextBytes(content);
      String part = random.nextInt(4) == 0 ? "nofile" : "file";
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part
                  + "\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      if (random.nextInt(5) != 0) { // sometimes the closing boundary never comes
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      }
      return new Planned(
          op,
          role,
          "multipart",
          target,
          "multipart/form-data; boundary=" + boundary,
          out.toByteArray());
    }

    private static byte[] json(Object value) {
      try {
        return JSON.writeValueAsBytes(value);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String scalar(Object value) {
      if (value instanceof String s) {
        return s;
      }
      if (value instanceof List<?> list) {
        return list.isEmpty() ? "" : scalar(list.get(0));
      }
      if (value instanceof Map<?, ?>) {
        return "{}";
      }
      return String.valueOf(value);
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  static String abbreviate(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }
}
