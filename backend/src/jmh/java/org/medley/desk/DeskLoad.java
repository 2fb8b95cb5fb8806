package org.medley.desk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmarks for the desk against a running Medley on MariaDB (see
 * infra/scripts/bench-desk.sh, which starts one):
 *
 * <ol>
 *   <li>ticket creation over HTTP by N clients for S seconds, next to raw JDBC inserts of the same
 *       ticket rows by N threads in the same run; prints tickets/s, p50/p99 and the ratio;
 *   <li>with {@code --queue}: the database is grown to at least 1 million tickets and a group's
 *       queue page (50 open tickets sorted by SLA due) is read by 8 clients; prints p50/p99 next to
 *       {@code GET /health} read the same way as a baseline.
 * </ol>
 *
 * Usage: DeskLoad baseUrl jdbcUrl [clients] [seconds] [--queue]
 */
public final class DeskLoad {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private DeskLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    boolean queue = Arrays.asList(args).contains("--queue");
    String token = login(base, "agent");
    long application;
    long tenant;
    long requester;
    long group;
    try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
      application = single(c, "SELECT MIN(id) FROM applications");
      tenant = single(c, "SELECT tenant_id FROM applications WHERE id = " + application);
      requester = single(c, "SELECT id FROM user_accounts WHERE username = 'agent'");
      group = single(c, "SELECT id FROM support_groups WHERE name = 'Service Desk'");
    }
    System.out.printf("machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

    boolean creation = !Arrays.asList(args).contains("--queue-only");
    queue |= !creation;
    if (creation) {
      creation(base, jdbc, clients, seconds, token, tenant, application, requester, group);
    }
    if (queue) {
      queue(base, jdbc, token, group);
    }
  }

  static void creation(
      String base,
      String jdbc,
      int clients,
      int seconds,
      String token,
      long tenant,
      long application,
      long requester,
      long group)
      throws Exception {
    Result raw = run("raw JDBC insert", clients, seconds, () -> jdbcInserter(jdbc, tenant, application, requester, group));
    String body =
        "{\"type\":\"INCIDENT\",\"title\":\"Load test: label printer offline\","
            + "\"description\":\"Benchmark ticket\",\"applicationId\":"
            + application
            + ",\"impact\":2,\"urgency\":2,\"phi\":false}";
    Result http =
        run(
            "HTTP POST /api/tickets",
            clients,
            seconds,
            () ->
                () -> {
                  var reply =
                      HTTP.send(
                          HttpRequest.newBuilder(URI.create(base + "/api/tickets"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (reply.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + reply.statusCode());
                  }
                });
    System.out.printf(
        "creation ratio: HTTP/raw JDBC = %.2f (goal >= 0.50)%n", http.perSecond() / raw.perSecond());

  }

  static void queue(String base, String jdbc, String token, long group) throws Exception {
    {
      try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
        grow(c, 1_000_000);
      }
      String page =
          base
              + "/api/tickets?queue=ALL&groupId="
              + group
              + "&status=NEW,ASSIGNED,IN_PROGRESS,PENDING&sort=SLA_DUE&order=asc&size=50";
      Result health = run("GET /health (baseline)", 8, 20, () -> () -> get(base + "/health", null));
      Result queuePage = run("GET group queue page, 50 by SLA due", 8, 20, () -> () -> get(page, token));
      System.out.printf(
          "queue page p99 %.1f ms (goal < 50 ms); %.1fx the /health p99%n",
          queuePage.p99Millis(), queuePage.p99Millis() / Math.max(0.01, health.p99Millis()));
    }
  }

  interface Call {
    void call() throws Exception;
  }

  interface CallFactory {
    Call create() throws Exception;
  }

  record Result(long calls, long errors, double seconds, long[] nanos) {
    double perSecond() {
      return calls / seconds;
    }

    double p99Millis() {
      return percentile(0.99);
    }

    double percentile(double p) {
      if (nanos.length == 0) {
        return 0;
      }
      return nanos[(int) Math.min(nanos.length - 1, Math.floor(p * nanos.length))] / 1e6;
    }
  }

  static Result run(String name, int clients, int seconds, CallFactory factory) throws Exception {
    List<long[]> samples = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long[] deadline = new long[1];
    for (int i = 0; i < clients; i++) {
      long[][] mine = {new long[1 << 16]};
      int[] count = {0};
      Call call = factory.create();
      Thread thread =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                while (System.nanoTime() < deadline[0]) {
                  long t0 = System.nanoTime();
                  try {
                    call.call();
                    if (count[0] == mine[0].length) {
                      mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                    }
                    mine[0][count[0]++] = System.nanoTime() - t0;
                  } catch (Exception e) {
                    if (errors.incrementAndGet() == 1) {
                      System.out.println("  first error: " + e);
                    }
                  }
                }
                synchronized (samples) {
                  samples.add(Arrays.copyOf(mine[0], count[0]));
                }
              });
      threads.add(thread);
      thread.start();
    }
    ready.await();
    long start = System.nanoTime();
    deadline[0] = start + Duration.ofSeconds(seconds).toNanos();
    go.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    Result result = new Result(all.length, errors.get(), elapsed, all);
    System.out.printf(
        "%-40s %d clients %ds: %8.1f/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n",
        name, clients, seconds, result.perSecond(), result.percentile(0.5), result.p99Millis(), errors.get());
    return result;
  }

  /** One connection per client, autocommit: each ticket row is its own transaction, as over HTTP. */
  static Call jdbcInserter(String jdbc, long tenant, long application, long requester, long group)
      throws Exception {
    Connection connection = DriverManager.getConnection(jdbc, "root", "");
    PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                + " impact, urgency, priority, status, tier, group_id, requester_id, phi, version,"
                + " created_at, updated_at, affected_users) VALUES (?,?,'INCIDENT',?,?,?,2,2,'P3',"
                + "'NEW','L1',?,?,FALSE,0,?,?,1)");
    String prefix = "RAW-" + Long.toString(System.nanoTime(), 36) + "-";
    long[] n = {0};
    return () -> {
      Timestamp now = Timestamp.from(Instant.now());
      insert.setLong(1, tenant);
      insert.setString(2, prefix + n[0]++);
      insert.setString(3, "Load test: label printer offline");
      insert.setString(4, "Benchmark ticket");
      insert.setLong(5, application);
      insert.setLong(6, group);
      insert.setLong(7, requester);
      insert.setTimestamp(8, now);
      insert.setTimestamp(9, now);
      insert.executeUpdate();
    };
  }

  /** Doubles the ticket history (as closed tickets) until it holds at least {@code target} rows. */
  static void grow(Connection c, long target) throws Exception {
    int round = 0;
    long rows = single(c, "SELECT COUNT(*) FROM tickets");
    long t0 = System.nanoTime();
    try (Statement s = c.createStatement()) {
      while (rows < target) {
        round++;
        s.executeUpdate(
            "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                + " impact, urgency, priority, status, tier, group_id, assignee_id, requester_id,"
                + " phi, version, created_at, updated_at, resolved_at, closed_at, affected_users)"
                + " SELECT tenant_id, CONCAT('H"
                + round
                + "-', id), type, title, description, application_id, impact, urgency, priority,"
                + " 'CLOSED', tier, group_id, assignee_id, requester_id, phi, version,"
                + " created_at - INTERVAL 90 * "
                + round
                + " DAY, updated_at, resolved_at, COALESCE(closed_at, updated_at), affected_users"
                + " FROM tickets LIMIT "
                + Math.min(rows, target - rows + 1));
        rows = single(c, "SELECT COUNT(*) FROM tickets");
      }
      // Open work has a running deadline, as the SLA feature keeps it.
      s.executeUpdate(
          "UPDATE tickets SET sla_due_at = created_at + INTERVAL (id % 48) HOUR WHERE status IN"
              + " ('NEW','ASSIGNED','IN_PROGRESS','PENDING') AND sla_due_at IS NULL");
    }
    System.out.printf(
        "history: %d tickets (%d open) after %.0f s of bulk inserts%n",
        rows,
        single(c, "SELECT COUNT(*) FROM tickets WHERE status IN ('NEW','ASSIGNED','IN_PROGRESS','PENDING')"),
        (System.nanoTime() - t0) / 1e9);
  }

  static void get(String url, String token) throws Exception {
    var builder = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    var reply = HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + reply.statusCode() + " " + url);
    }
  }

  static String login(String base, String user) throws Exception {
    var reply =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
    if (!token.find()) {
      throw new IllegalStateException("login failed: " + reply.statusCode() + " " + reply.body());
    }
    return token.group(1);
  }

  static long single(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
