package org.medley.desk;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmarks for the desk against a running Medley on MariaDB (see
 * infra/scripts/bench-desk.sh, which starts one):
 *
 * <ol>
 *   <li>ticket creation over HTTP by N clients for S seconds, next to a raw JDBC implementation
 *       that writes the same rows in the same run (see {@link RawTicketWriter}); prints tickets/s,
 *       p50/p99 and the ratio;
 *   <li>with {@code --queue}: the database is grown to at least 1 million tickets and a group's
 *       queue page (50 open tickets sorted by SLA due) is read by 8 clients; prints p50/p99 next to
 *       {@code GET /health} read the same way as a baseline.
 * </ol>
 *
 * Every phase first runs unmeasured for a warm-up (as long as the phase, at most 30 s, or {@code
 * --warmup=S}) so that the server's JIT and both connection pools are warm before figures are
 * taken, and then, when the server's pid is known, until its JIT compiler threads have settled
 * ({@link Cpu#untilJitSettles}). The last lines are markdown table rows for docs/benchmarks.md.
 *
 * <p>Usage: DeskLoad baseUrl jdbcUrl [clients] [seconds] [--queue | --queue-only | --http-only]
 * [--warmup=S] [--server-pid=N]; jdbcUrl {@code -} for a server on its embedded database (with
 * {@code --http-only}: HTTP creation only, see infra/scripts/bench-embedded.sh).
 */
public final class DeskLoad {

  private static final String TITLE = "Load test: label printer offline";
  private static final String DESCRIPTION = "Benchmark ticket";

  /**
   * Unmeasured seconds before each phase; negative: as long as the phase, at most 30 s. Shorter
   * warm-ups left the JIT compiling the create path during the measurement (C2 threads used 2 ms of
   * CPU per ticket after 10 s), which a long-running server does not pay.
   */
  static int warmUpSeconds = -1;

  private DeskLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int clients = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 32;
    int seconds = args.length > 3 && !args[3].startsWith("--") ? Integer.parseInt(args[3]) : 30;
    List<String> flags = Arrays.asList(args);
    boolean queueOnly = flags.contains("--queue-only");
    boolean queue = queueOnly || flags.contains("--queue");
    flags.stream()
        .filter(f -> f.startsWith("--warmup="))
        .forEach(f -> warmUpSeconds = Integer.parseInt(f.substring("--warmup=".length())));
    flags.stream()
        .filter(f -> f.startsWith("--server-pid="))
        .forEach(f -> Cpu.server = Long.parseLong(f.substring("--server-pid=".length())));
    String token = login(base, "agent");
    long application;
    long group = 0;
    if (EMBEDDED.equals(jdbc)) {
      // The embedded database is locked by the server: HTTP creation only, the catalog over HTTP.
      if (queue || !flags.contains("--http-only")) {
        throw new IllegalArgumentException("jdbcUrl '-' (embedded) goes with --http-only");
      }
      application = firstApplication(base, token);
    } else {
      try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
        application = single(c, "SELECT MIN(id) FROM applications");
        group = single(c, "SELECT id FROM support_groups WHERE name = 'Service Desk'");
      }
    }
    System.out.printf(
        "machine: %d cores, Java %s, load average %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load());
    List<String> rows = new ArrayList<>();
    if (!queueOnly) {
      rows.add(creation(base, jdbc, clients, seconds, token, application, flags));
    }
    if (queue) {
      rows.add(queue(base, jdbc, token, group));
    }
    System.out.println();
    rows.forEach(System.out::println);
  }

  static String creation(
      String base,
      String jdbc,
      int clients,
      int seconds,
      String token,
      long application,
      List<String> flags)
      throws Exception {
    String body =
        "{\"type\":\"INCIDENT\",\"title\":\""
            + TITLE
            + "\",\"description\":\""
            + DESCRIPTION
            + "\",\"applicationId\":"
            + application
            + ",\"impact\":2,\"urgency\":2,\"phi\":false}";
    Client probe = httpCreate(base, token, body);
    long probeId = probe.call();
    String loadBefore = load();
    Result raw = null;
    if (!flags.contains("--http-only")) {
      RawTicketWriter.Template template;
      try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
        template = RawTicketWriter.Template.of(c, probeId);
      }
      System.out.println("one HTTP create wrote: " + template.describe());
      RawTicketWriter.Numbers numbers = new RawTicketWriter.Numbers(jdbc, template.tenant());
      raw =
          run(
              "raw JDBC, same rows",
              clients,
              seconds,
              () -> new RawTicketWriter(jdbc, template, numbers));
    }
    Result http =
        run("HTTP POST /api/tickets", clients, seconds, () -> httpCreate(base, token, body));
    // What any signed-in request costs here: token check, routing, one SELECT, JSON.
    Result floor =
        run("HTTP GET /api/me (floor)", clients, seconds, () -> httpGet(base, "/api/me", token));
    String loadAfter = load();
    if (raw == null) {
      return String.format(
          "| %d × %d s | — | %s | — | %s | %s → %s |",
          clients, seconds, http.row(), floor.row(), loadBefore, loadAfter);
    }
    double ratio = http.perSecond() / raw.perSecond();
    System.out.printf(
        "creation ratio: HTTP/raw JDBC = %.2f (goal >= 0.50); GET /api/me/raw JDBC = %.2f%n",
        ratio, floor.perSecond() / raw.perSecond());
    return String.format(
        "| %d × %d s | %s | %s | %.2f | %s | %s → %s |",
        clients, seconds, raw.row(), http.row(), ratio, floor.row(), loadBefore, loadAfter);
  }

  static String queue(String base, String jdbc, String token, long group) throws Exception {
    long open;
    try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
      grow(c, 1_000_000);
      settle(c, group, OPEN_IN_QUEUE);
      open =
          single(c, "SELECT COUNT(*) FROM tickets WHERE open_work = TRUE AND group_id = " + group);
    }
    String page =
        "/api/tickets?queue=ALL&groupId="
            + group
            + "&status=NEW,ASSIGNED,IN_PROGRESS,PENDING&sort=SLA_DUE&order=asc&size=50";
    String loadBefore = load();
    Result health = run("GET /health (baseline)", 8, 20, () -> httpGet(base, "/health", null));
    Result queuePage =
        run("GET group queue page, 50 by SLA due", 8, 20, () -> httpGet(base, page, token));
    System.out.printf(
        "queue page p99 %.1f ms (goal < 50 ms); %.1fx the /health p99%n",
        queuePage.p99Millis(), queuePage.p99Millis() / Math.max(0.01, health.p99Millis()));
    return String.format(
        "| 1 M tickets, %,d open in the group | %,.0f/s | %.1f ms | %.1f ms | %.1f ms | %s → %s |",
        open,
        queuePage.perSecond(),
        queuePage.percentile(0.5),
        queuePage.p99Millis(),
        health.p99Millis(),
        loadBefore,
        load());
  }

  /** One load-generating client; returns the id of what it created, or 0. */
  interface Client extends AutoCloseable {
    long call() throws Exception;

    @Override
    default void close() throws Exception {}
  }

  interface ClientFactory {
    Client create() throws Exception;
  }

  static Client httpCreate(String base, String token, String body) throws Exception {
    Pattern id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    HttpConnection http = new HttpConnection(URI.create(base));
    return new Client() {
      @Override
      public long call() throws Exception {
        String reply = http.exchange("POST", "/api/tickets", token, body, 201);
        Matcher m = id.matcher(reply);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
      }

      @Override
      public void close() throws Exception {
        http.close();
      }
    };
  }

  static Client httpGet(String base, String path, String token) throws Exception {
    HttpConnection http = new HttpConnection(URI.create(base));
    return new Client() {
      @Override
      public long call() throws Exception {
        http.exchange("GET", path, token, null, 200);
        return 0;
      }

      @Override
      public void close() throws Exception {
        http.close();
      }
    };
  }

  /**
   * One kept-alive HTTP/1.1 connection that sends a request and reads the whole answer. The load
   * generator shares the two cores with the server: java.net.http.HttpClient spent about 1.8 ms of
   * CPU per call here (its selector thread and futures), this about a tenth of that, so the figures
   * measure Medley rather than the client. Real clients (browsers, partner desks) run elsewhere.
   */
  static final class HttpConnection implements AutoCloseable {
    private final URI base;
    private java.net.Socket socket;
    private java.io.BufferedInputStream in;
    private java.io.OutputStream out;

    HttpConnection(URI base) {
      this.base = base;
    }

    String exchange(String method, String path, String token, String body, int expected)
        throws Exception {
      Reply reply = send(method, path, token, body);
      if (reply.code() != expected) {
        throw new IllegalStateException("HTTP " + reply.code() + " " + reply.body());
      }
      return reply.body();
    }

    /** An answer: its status code and body. */
    record Reply(int code, String body) {}

    /** Sends a request and reads the whole answer, whatever its status. */
    Reply send(String method, String path, String token, String body) throws Exception {
      if (socket == null) {
        socket = new java.net.Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
      }
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head =
          new StringBuilder(method)
              .append(' ')
              .append(path)
              .append(" HTTP/1.1\r\nHost: ")
              .append(base.getHost())
              .append(':')
              .append(base.getPort())
              .append("\r\nAccept: application/json, text/plain;q=0.5\r\n");
      if (token != null) {
        head.append("Authorization: Bearer ").append(token).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: application/json\r\nContent-Length: ")
            .append(content.length)
            .append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      int length = -1;
      boolean close = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:")) {
          throw new IllegalStateException("chunked answers are not expected here");
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      String reply = new String(in.readNBytes(Math.max(0, length)), StandardCharsets.UTF_8);
      if (close) {
        close();
      }
      return new Reply(code, reply);
    }

    private String line() throws java.io.IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new java.io.EOFException("connection closed by the server");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws Exception {
      if (socket != null) {
        socket.close();
        socket = null;
      }
    }
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

    String row() {
      return String.format(
          "%,.0f/s, p50 %.1f ms, p99 %.1f ms%s",
          perSecond(), percentile(0.5), p99Millis(), errors == 0 ? "" : ", " + errors + " errors");
    }
  }

  /**
   * Runs {@code clients} threads, each with its own client, for a warm-up and then {@code seconds}
   * measured: only calls that start inside the measured window count.
   */
  static Result run(String name, int clients, int seconds, ClientFactory factory) throws Exception {
    long warmUp =
        Duration.ofSeconds(warmUpSeconds >= 0 ? warmUpSeconds : Math.min(30, seconds)).toNanos();
    List<long[]> samples = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<Client> opened = new ArrayList<>();
    AtomicLongArray window = new AtomicLongArray(2); // measured from, until
    Cpu cpu = new Cpu();
    for (int i = 0; i < clients; i++) {
      long[][] mine = {new long[1 << 16]};
      int[] count = {0};
      Client client = factory.create();
      opened.add(client);
      Thread thread =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                long t0;
                while ((t0 = System.nanoTime()) < window.get(1)) {
                  try {
                    client.call();
                    if (t0 >= window.get(0)) {
                      if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                      }
                      mine[0][count[0]++] = System.nanoTime() - t0;
                    }
                  } catch (Exception e) {
                    if (t0 >= window.get(0) && errors.incrementAndGet() == 1) {
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
    window.set(0, Long.MAX_VALUE);
    window.set(1, Long.MAX_VALUE);
    long started = System.nanoTime();
    go.countDown();
    Thread.sleep(Duration.ofNanos(warmUp).toMillis());
    String settled = Cpu.untilJitSettles();
    long from = System.nanoTime();
    window.set(1, from + Duration.ofSeconds(seconds).toNanos());
    window.set(0, from);
    warmUp = from - started;
    cpu.start();
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - window.get(0)) / 1e9;
    cpu.stop();
    for (Client client : opened) {
      client.close();
    }
    long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    Result result = new Result(all.length, errors.get(), elapsed, all);
    System.out.printf(
        "%-40s %d clients %ds (+%ds warm-up): %8.1f/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n",
        name,
        clients,
        seconds,
        Duration.ofNanos(warmUp).toSeconds(),
        result.perSecond(),
        result.percentile(0.5),
        result.p99Millis(),
        errors.get());
    System.out.println("  CPU per call: " + cpu.perCall(result.calls()));
    if (!settled.isEmpty()) {
      System.out.println("  warm-up: " + settled);
    }
    return result;
  }

  /**
   * CPU time spent while a phase was measured, per call: by the Medley server (when its pid is
   * given), by mariadbd (shared with anything else using the database server) and by this load
   * generator. Unlike latency, this hardly moves when other work competes for the cores.
   */
  static final class Cpu {
    static long server;
    private final long[] begin = new long[3];
    private final long[] end = new long[3];
    private java.util.Map<String, Long> threadsBegin = java.util.Map.of();
    private java.util.Map<String, Long> threadsEnd = java.util.Map.of();

    void start() {
      read(begin);
      threadsBegin = threads();
    }

    void stop() {
      read(end);
      threadsEnd = threads();
    }

    String perCall(long calls) {
      double n = Math.max(1, calls);
      StringBuilder text =
          new StringBuilder(
              String.format(
                  "server %s, mariadbd %.2f ms, load generator %.2f ms",
                  server == 0 ? "n/a" : String.format("%.2f ms", (end[0] - begin[0]) / 1e6 / n),
                  (end[1] - begin[1]) / 1e6 / n,
                  (end[2] - begin[2]) / 1e6 / n));
      if (server != 0) {
        text.append("\n  server threads:");
        threadsEnd.entrySet().stream()
            .map(
                e ->
                    java.util.Map.entry(
                        e.getKey(), e.getValue() - threadsBegin.getOrDefault(e.getKey(), 0L)))
            .filter(e -> e.getValue() > 0)
            .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(8)
            .forEach(
                e ->
                    text.append(String.format(" %s %.2f ms;", e.getKey(), e.getValue() / 1e6 / n)));
      }
      return text.toString();
    }

    private static void read(long[] into) {
      into[0] = server == 0 ? 0 : ticks(Path.of("/proc", String.valueOf(server), "stat"));
      into[1] = mariadbd();
      into[2] = ticks(Path.of("/proc/self/stat"));
    }

    /** The server's CPU by thread kind (names without their numbers: "C2 CompilerThread", …). */
    private static java.util.Map<String, Long> threads() {
      return threads(server);
    }

    /** A process's CPU by thread kind; empty for pid 0. */
    static java.util.Map<String, Long> threads(long pid) {
      java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
      if (pid == 0) {
        return byKind;
      }
      try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
        tasks.forEach(
            task -> {
              try {
                String kind =
                    Files.readString(task.resolve("comm")).strip().replaceAll("[0-9#-]+$", "");
                byKind.merge(kind, ticks(task.resolve("stat")), Long::sum);
              } catch (Exception gone) {
                // the thread ended meanwhile
              }
            });
      } catch (Exception e) {
        // no /proc: no breakdown
      }
      return byKind;
    }

    /**
     * After the minimum warm-up, keeps warming up until the server's JIT compiler threads used less
     * than {@value #JIT_SETTLED_SHARE} of one core over {@value #JIT_WINDOW_SECONDS} s, for at most
     * {@value #JIT_MAX_EXTRA_SECONDS} s more. On two cores busy with 32 clients the C2 queue drains
     * slowly: after a fixed 60–90 s some runs still spent 2 ms of compiler CPU per created ticket,
     * others 0.06 ms, and the figures measured the JIT, not Medley. Says what it waited for.
     */
    static String untilJitSettles() throws InterruptedException {
      if (server == 0) {
        return "";
      }
      long extra = 0;
      double share;
      do {
        long before = jitTicks();
        Thread.sleep(JIT_WINDOW_SECONDS * 1000L);
        extra += JIT_WINDOW_SECONDS;
        share = (jitTicks() - before) / (JIT_WINDOW_SECONDS * 1e9);
      } while (share >= JIT_SETTLED_SHARE && extra < JIT_MAX_EXTRA_SECONDS);
      return String.format(
          "%d s more until the JIT compiler threads used %.1f %% of a core over %d s (settled below"
              + " %.0f %%%s)",
          extra,
          share * 100,
          JIT_WINDOW_SECONDS,
          JIT_SETTLED_SHARE * 100,
          share >= JIT_SETTLED_SHARE ? "; NOT settled, gave up" : "");
    }

    static final double JIT_SETTLED_SHARE = 0.03;
    static final int JIT_WINDOW_SECONDS = 10;
    static final int JIT_MAX_EXTRA_SECONDS = 300;

    private static long jitTicks() {
      return jitTicks(server);
    }

    /** CPU of a process's C1 and C2 compiler threads, in nanoseconds. */
    static long jitTicks(long pid) {
      return threads(pid).entrySet().stream()
          .filter(e -> e.getKey().startsWith("C1 Compiler") || e.getKey().startsWith("C2 Compiler"))
          .mapToLong(java.util.Map.Entry::getValue)
          .sum();
    }

    static long mariadbd() {
      return ProcessHandle.allProcesses()
          .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
          .mapToLong(p -> ticks(Path.of("/proc", String.valueOf(p.pid()), "stat")))
          .sum();
    }

    /** utime + stime from a /proc stat file, in nanoseconds (Linux clock ticks are 10 ms). */
    static long ticks(Path stat) {
      try {
        String text = Files.readString(stat);
        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
      } catch (Exception e) {
        return 0;
      }
    }
  }

  /**
   * A fair raw-JDBC implementation of "file this ticket": per ticket one transaction on the
   * client's own connection (autocommit off) writing exactly the rows that one HTTP create of the
   * same ticket wrote, read back from the database by {@link Template#of} and checked there:
   *
   * <ul>
   *   <li>{@code tickets}: the ticket, its SLA due time included (the app sets it with a second
   *       statement once its timers exist; knowing it up front, raw JDBC writes it in the insert);
   *   <li>{@code ticket_audit}: its lines (one, CREATED);
   *   <li>{@code sla_timers}: its timers (two: SLA RESPONSE and RESOLUTION), one JDBC batch;
   *   <li>{@code sla_timer_history}: each timer's STARTED line, one JDBC batch;
   *   <li>{@code ticket_sequences}: a block of 20 numbers reserved in its own short transaction and
   *       shared by all clients, as each Medley node does ({@code TicketNumbers}).
   * </ul>
   *
   * No reads per ticket: routing, policy and deadlines are taken from the probe ticket once
   * (deadlines as the same offsets from the creation instant; the calendar arithmetic the app does
   * instead costs about 0.06 µs, see the calendar benchmark).
   */
  static final class RawTicketWriter implements Client {

    /** The probe ticket's rows: what every raw ticket repeats with its own id, number and time. */
    record Template(
        long tenant,
        long application,
        String priority,
        String tier,
        long group,
        long requester,
        String actorName,
        List<String> audit,
        List<Timer> timers,
        Duration slaDue) {

      record Timer(
          String kind,
          String target,
          long policy,
          long calendar,
          long targetMs,
          String warnings,
          Duration due,
          Duration nextCheck,
          List<String[]> history) {}

      static Template of(Connection c, long ticket) throws Exception {
        // Rows a create may write that the raw writer does not: any here means the app changed.
        for (String table :
            List.of(
                "notifications WHERE ticket_id = ?",
                "ticket_holders WHERE ticket_id = ?",
                "outbox_events WHERE aggregate_type = 'ticket' AND aggregate_id = ?",
                "phi_access_log WHERE ticket_id = ?",
                "ticket_comments WHERE ticket_id = ?")) {
          if (count(c, "SELECT COUNT(*) FROM " + table, ticket) != 0) {
            throw new IllegalStateException(
                "The HTTP create wrote "
                    + table
                    + " rows; teach RawTicketWriter to write them too");
          }
        }
        long tenant;
        long application;
        String priority;
        String tier;
        long group;
        long requester;
        Instant created;
        Instant slaDue;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT tenant_id, application_id, priority, tier, group_id, requester_id,"
                    + " created_at, sla_due_at, assignee_id FROM tickets WHERE id = ?")) {
          s.setLong(1, ticket);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            tenant = r.getLong(1);
            application = r.getLong(2);
            priority = r.getString(3);
            tier = r.getString(4);
            group = r.getLong(5);
            requester = r.getLong(6);
            created = r.getTimestamp(7).toInstant();
            slaDue = r.getTimestamp(8).toInstant();
            if (r.getObject(9) != null) {
              throw new IllegalStateException("The probe ticket was auto-assigned");
            }
          }
        }
        List<String> audit = new ArrayList<>();
        String actorName = null;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT action, actor_name, field FROM ticket_audit WHERE ticket_id = ? ORDER"
                    + " BY id")) {
          s.setLong(1, ticket);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              if (r.getString(3) != null) {
                throw new IllegalStateException("The probe ticket's audit changed a field");
              }
              audit.add(r.getString(1));
              actorName = r.getString(2);
            }
          }
        }
        List<Timer> timers = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT id, kind, target, policy_id, calendar_id, target_ms, warnings, due_at,"
                        + " next_check_at, state, partner_id FROM sla_timers WHERE ticket_id = ?"
                        + " ORDER BY id");
            PreparedStatement h =
                c.prepareStatement(
                    "SELECT event, detail FROM sla_timer_history WHERE timer_id = ? ORDER BY id")) {
          s.setLong(1, ticket);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              if (!"RUNNING".equals(r.getString(10)) || r.getObject(11) != null) {
                throw new IllegalStateException("The probe ticket has a timer of another kind");
              }
              List<String[]> history = new ArrayList<>();
              h.setLong(1, r.getLong(1));
              try (ResultSet e = h.executeQuery()) {
                while (e.next()) {
                  history.add(new String[] {e.getString(1), e.getString(2)});
                }
              }
              timers.add(
                  new Timer(
                      r.getString(2),
                      r.getString(3),
                      r.getLong(4),
                      r.getLong(5),
                      r.getLong(6),
                      r.getString(7),
                      Duration.between(created, r.getTimestamp(8).toInstant()),
                      Duration.between(created, r.getTimestamp(9).toInstant()),
                      history));
            }
          }
        }
        return new Template(
            tenant,
            application,
            priority,
            tier,
            group,
            requester,
            actorName,
            audit,
            timers,
            Duration.between(created, slaDue));
      }

      String describe() {
        return String.format(
            "1 tickets, %d ticket_audit (%s), %d sla_timers (%s), %d sla_timer_history;"
                + " numbers from ticket_sequences in blocks of %d",
            audit.size(),
            String.join(", ", audit),
            timers.size(),
            String.join(", ", timers.stream().map(t -> t.kind() + " " + t.target()).toList()),
            timers.stream().mapToInt(t -> t.history().size()).sum(),
            Numbers.BLOCK);
      }

      private static long count(Connection c, String sql, long ticket) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setLong(1, ticket);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        }
      }
    }

    /** Ticket numbers in blocks, one shared block for all clients, as a Medley node keeps. */
    static final class Numbers {
      static final int BLOCK = 20;
      private final String jdbc;
      private final long tenant;
      private long next;
      private long end;

      Numbers(String jdbc, long tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
      }

      synchronized String next(Connection c) throws Exception {
        if (next >= end) {
          try (PreparedStatement up =
                  c.prepareStatement(
                      "UPDATE ticket_sequences SET next_value = next_value + ? WHERE tenant_id = ?"
                          + " AND type = 'INCIDENT'");
              PreparedStatement read =
                  c.prepareStatement(
                      "SELECT next_value FROM ticket_sequences WHERE tenant_id = ?"
                          + " AND type = 'INCIDENT'")) {
            up.setInt(1, BLOCK);
            up.setLong(2, tenant);
            up.executeUpdate();
            read.setLong(1, tenant);
            try (ResultSet r = read.executeQuery()) {
              r.next();
              next = r.getLong(1) - BLOCK;
            }
            c.commit();
          }
          end = next + BLOCK;
        }
        return TicketType.INCIDENT.number(next++);
      }
    }

    private final Template template;
    private final Numbers numbers;
    private final Connection connection;
    private final PreparedStatement ticket;
    private final PreparedStatement audit;
    private final PreparedStatement timers;
    private final PreparedStatement history;

    RawTicketWriter(String jdbc, Template template, Numbers numbers) throws Exception {
      this.template = template;
      this.numbers = numbers;
      connection = DriverManager.getConnection(jdbc, "root", "");
      connection.setAutoCommit(false);
      ticket =
          connection.prepareStatement(
              "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                  + " impact, urgency, priority, status, tier, group_id, assignee_id, requester_id,"
                  + " phi, version, created_at, updated_at, affected_users, open_work, sla_due_at)"
                  + " VALUES (?,?,'INCIDENT',?,?,?,2,2,?,'NEW',?,?,NULL,?,FALSE,0,?,?,1,TRUE,?)",
              Statement.RETURN_GENERATED_KEYS);
      audit =
          connection.prepareStatement(
              "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_id, actor_name, at, action,"
                  + " field, old_value, new_value, note) VALUES (?,?,?,?,?,?,NULL,NULL,NULL,NULL)");
      timers =
          connection.prepareStatement(
              "INSERT INTO sla_timers (tenant_id, ticket_id, ticket_number, kind, target,"
                  + " policy_id, partner_id, calendar_id, target_ms, warnings, state, started_at,"
                  + " run_from, elapsed_ms, paused_since, warned_percent, due_at, next_check_at,"
                  + " ended_at, priority, tier, application_id, group_id, group_partner_id,"
                  + " assignee_id, version) VALUES (?,?,?,?,?,?,NULL,?,?,?,'RUNNING',?,?,0,NULL,0,"
                  + "?,?,NULL,?,?,?,?,NULL,NULL,0)",
              Statement.RETURN_GENERATED_KEYS);
      history =
          connection.prepareStatement(
              "INSERT INTO sla_timer_history (timer_id, event, at, detail, recorded_at)"
                  + " VALUES (?,?,?,?,?)");
    }

    @Override
    public long call() throws Exception {
      String number = numbers.next(connection);
      Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
      Timestamp at = Timestamp.from(now);
      Template t = template;
      try {
        int i = 0;
        ticket.setLong(++i, t.tenant());
        ticket.setString(++i, number);
        ticket.setString(++i, TITLE);
        ticket.setString(++i, DESCRIPTION);
        ticket.setLong(++i, t.application());
        ticket.setString(++i, t.priority());
        ticket.setString(++i, t.tier());
        ticket.setLong(++i, t.group());
        ticket.setLong(++i, t.requester());
        ticket.setTimestamp(++i, at);
        ticket.setTimestamp(++i, at);
        ticket.setTimestamp(++i, Timestamp.from(now.plus(t.slaDue())));
        ticket.executeUpdate();
        long id;
        try (ResultSet keys = ticket.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        for (String action : t.audit()) {
          audit.setLong(1, t.tenant());
          audit.setLong(2, id);
          audit.setLong(3, t.requester());
          audit.setString(4, t.actorName());
          audit.setTimestamp(5, at);
          audit.setString(6, action);
          audit.addBatch();
        }
        audit.executeBatch();
        for (Template.Timer timer : t.timers()) {
          i = 0;
          timers.setLong(++i, t.tenant());
          timers.setLong(++i, id);
          timers.setString(++i, number);
          timers.setString(++i, timer.kind());
          timers.setString(++i, timer.target());
          timers.setLong(++i, timer.policy());
          timers.setLong(++i, timer.calendar());
          timers.setLong(++i, timer.targetMs());
          timers.setString(++i, timer.warnings());
          timers.setTimestamp(++i, at);
          timers.setTimestamp(++i, at);
          timers.setTimestamp(++i, Timestamp.from(now.plus(timer.due())));
          timers.setTimestamp(++i, Timestamp.from(now.plus(timer.nextCheck())));
          timers.setString(++i, t.priority());
          timers.setString(++i, t.tier());
          timers.setLong(++i, t.application());
          timers.setLong(++i, t.group());
          timers.addBatch();
        }
        timers.executeBatch();
        try (ResultSet keys = timers.getGeneratedKeys()) {
          for (Template.Timer timer : t.timers()) {
            keys.next();
            long timerId = keys.getLong(1);
            for (String[] line : timer.history()) {
              history.setLong(1, timerId);
              history.setString(2, line[0]);
              history.setTimestamp(3, at);
              history.setString(4, line[1]);
              history.setTimestamp(5, at);
              history.addBatch();
            }
          }
        }
        history.executeBatch();
        connection.commit();
        return id;
      } catch (Exception e) {
        connection.rollback();
        throw e;
      }
    }

    @Override
    public void close() throws Exception {
      connection.close();
    }
  }

  /**
   * Open tickets in the measured queue: a busy hospital L1 queue holds hundreds to a few thousand;
   * 10,000 is a generous upper bound. Without it, the queue would hold whatever the creation phase
   * left open (tens of thousands on a fast run), and the page's total count would measure that.
   */
  static final int OPEN_IN_QUEUE = 10_000;

  /**
   * Leaves exactly {@code open} open tickets in the group: closes the newest beyond it (as if they
   * were worked), or reopens closed history with a running deadline when there are fewer.
   */
  static void settle(Connection c, long group, int open) throws Exception {
    long surplus =
        single(c, "SELECT COUNT(*) FROM tickets WHERE open_work = TRUE AND group_id = " + group)
            - open;
    try (Statement s = c.createStatement()) {
      if (surplus > 0) {
        s.executeUpdate(
            "UPDATE tickets SET status = 'CLOSED', open_work = FALSE, resolved_at = updated_at,"
                + " closed_at = updated_at WHERE open_work = TRUE AND group_id = "
                + group
                + " ORDER BY id DESC LIMIT "
                + surplus);
      } else if (surplus < 0) {
        s.executeUpdate(
            "UPDATE tickets SET status = 'ASSIGNED', open_work = TRUE, resolved_at = NULL,"
                + " closed_at = NULL, sla_due_at = created_at + INTERVAL 90 DAY + INTERVAL (id %"
                + " 48) HOUR WHERE open_work = FALSE AND group_id = "
                + group
                + " ORDER BY id DESC LIMIT "
                + -surplus);
      }
    }
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
          "UPDATE tickets SET sla_due_at = created_at + INTERVAL (id % 48) HOUR WHERE status IN "
              + TicketStatus.OPEN_SQL
              + " AND sla_due_at IS NULL");
    }
    System.out.printf(
        "history: %d tickets (%d open) after %.0f s of bulk inserts%n",
        rows,
        single(
            c,
            "SELECT COUNT(*) FROM tickets WHERE status IN " + TicketStatus.OPEN_SQL),
        (System.nanoTime() - t0) / 1e9);
  }

  /** The jdbcUrl argument that names the server's own embedded database. */
  static final String EMBEDDED = "-";

  /** The first application of the catalog, read over HTTP (pattern-matched, as the rest here). */
  static long firstApplication(String base, String token) throws Exception {
    try (HttpConnection http = new HttpConnection(URI.create(base))) {
      String reply = http.exchange("GET", "/api/applications?size=1", token, null, 200);
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(reply);
      if (!id.find()) {
        throw new IllegalStateException("no application in the catalog: " + reply);
      }
      return Long.parseLong(id.group(1));
    }
  }

  static String login(String base, String user) throws Exception {
    try (HttpConnection http = new HttpConnection(URI.create(base))) {
      String reply =
          http.exchange(
              "POST", "/login", null, "{\"username\":\"" + user + "\",\"password\":\"demo\"}", 200);
      Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply);
      if (!token.find()) {
        throw new IllegalStateException("login failed: " + reply);
      }
      return token.group(1);
    }
  }

  /** The 1-, 5- and 15-minute load averages (Linux), to print beside every figure. */
  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  static long single(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
