package org.medley.desk;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medley.desk.DeskLoad.Cpu;
import org.medley.desk.DeskLoad.HttpConnection;

/**
 * 200 agents working the desk against one or more Medley nodes over one MariaDB (issue #23; run by
 * infra/scripts/bench-load.sh, which starts the nodes). Each agent signs in with its own account
 * and, request by request, reads its groups' queue page (60 %), opens a ticket from that page (25
 * %), adds an internal note to one (10 %) or files a ticket (5 %); with several nodes an agent's
 * requests go to them in turn (round-robin, each over its own kept-alive connection).
 *
 * <p>Phases, in one run: a warm-up in shape (b), unmeasured; shape (a)'s anchor, {@code GET
 * /health} with the same think time; shape (a), every agent thinking 1–3 s after each answer (about
 * 100 requests/s from 200 agents); shape (b)'s anchor, {@code GET /health} from 200 connections
 * without pause; shape (b), the mix from 200 connections without pause (the saturation
 * throughput). Each phase prints answered requests/s (errors apart), p50/p95/p99, errors by kind
 * and cause, the nodes' CPU and RSS, their connection pools' waits, mariadbd's and this generator's
 * CPU (it shares the machine), InnoDB lock waits and deadlocks, and the load average. A /health
 * anchor on a machine this busy says how much of a latency is the machine's rather than Medley's.
 *
 * <p>Usage: AgentLoad jdbcUrl baseUrl[,baseUrl…] [--agents=200] [--seconds=60] [--warmup=60]
 * [--anchor=20] [--pids=pid,…] [--prepare-only]. {@code --prepare-only} grows the database to a
 * desk of {@value #TICKETS} tickets with {@value #OPEN_PER_GROUP} open in each of the {@value
 * #GROUPS} busiest internal groups and adds the agents (login {@code load-agent-N}, password {@code
 * demo}, copies of the demo agent), then stops; nodes started after it read that state.
 */
public final class AgentLoad {

  static final int TICKETS = 50_000;
  static final int GROUPS = 8;
  static final int OPEN_PER_GROUP = 500;
  static final String PREFIX = "load-agent-";

  private AgentLoad() {}

  public static void main(String[] args) throws Exception {
    String jdbc = args[0];
    List<URI> nodes = Arrays.stream(args[1].split(",")).map(URI::create).toList();
    Map<String, String> flags = new HashMap<>();
    for (String arg : Arrays.asList(args).subList(2, args.length)) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      flags.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    int agents = Integer.parseInt(flags.getOrDefault("agents", "200"));
    int seconds = Integer.parseInt(flags.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(flags.getOrDefault("warmup", "60"));
    int anchor = Integer.parseInt(flags.getOrDefault("anchor", "20"));
    long[] pids =
        flags.containsKey("pids")
            ? Arrays.stream(flags.get("pids").split(",")).mapToLong(Long::parseLong).toArray()
            : new long[0];
    Target target = new Target(pids, nodes, jdbc);
    if (flags.containsKey("prepare-only")) {
      try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
        prepare(c, agents);
      }
      return;
    }
    Desk desk;
    try (Connection c = DriverManager.getConnection(jdbc, "root", "")) {
      desk = Desk.read(c, agents);
    }
    System.out.printf(
        "desk: %,d tickets, %,d open in %d groups; %d agents over %d node(s); %d cores, Java %s%n",
        desk.tickets(),
        desk.open().values().stream().mapToInt(List::size).sum(),
        desk.open().size(),
        agents,
        nodes.size(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    List<Agent> team = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < agents; i++) {
      String username = PREFIX + (i + 1);
      team.add(
          new Agent(
              i,
              DeskLoad.login(nodes.get(i % nodes.size()).toString(), username),
              desk.groupOf().get(username),
              desk,
              nodes));
    }
    System.out.printf(
        "%d agents signed in (POST /login) in %.1f s%n", agents, (System.nanoTime() - t0) / 1e9);
    List<String> rows = new ArrayList<>();
    run("warm-up, shape (b), unmeasured", team, warmup, Shape.SATURATE, target);
    settle(target);
    rows.add(
        run("(a) anchor GET /health, think", team, anchor, Shape.HEALTH_THINK, target)
            .row("(a) anchor: GET /health, think 1–3 s"));
    rows.add(run("(a) think 1–3 s", team, seconds, Shape.THINK, target).row("(a) think 1–3 s"));
    Phase health = run("(b) anchor GET /health", team, anchor, Shape.HEALTH, target);
    rows.add(health.row("anchor: GET /health, 200 connections"));
    Phase saturate = run("(b) no think time", team, seconds, Shape.SATURATE, target);
    rows.add(saturate.row("(b) no think time, 200 connections"));
    System.out.printf(
        "shape (b) throughput = %.2f of the /health anchor%n",
        saturate.perSecond() / health.perSecond());
    for (Agent agent : team) {
      agent.close();
    }
    System.out.println();
    rows.forEach(System.out::println);
  }

  /**
   * Waits until the nodes and mariadbd are idle again after the saturating warm-up: the database
   * works off its writes (purge, page flushing) and the nodes their compilations for a while, and
   * on two cores that work would land in shape (a)'s tail instead of Medley's. Idle: under 0.1 cores
   * each over two seconds; at most 120 s.
   */
  private static void settle(Target target) throws Exception {
    long started = System.nanoTime();
    long[] pids = target.pids();
    while (System.nanoTime() - started < 120_000_000_000L) {
      long nodes0 = nodeTicks(pids);
      long db0 = Cpu.mariadbd();
      Thread.sleep(2_000);
      double nodes = (nodeTicks(pids) - nodes0) / 2e9;
      double db = (Cpu.mariadbd() - db0) / 2e9;
      if (nodes < 0.1 && db < 0.1) {
        System.out.printf(
            "settled after the warm-up in %.0f s (nodes %.2f, mariadbd %.2f cores)%n",
            (System.nanoTime() - started) / 1e9, nodes, db);
        return;
      }
    }
    System.out.println("NOT settled 120 s after the warm-up; measuring anyway");
  }

  private static long nodeTicks(long[] pids) {
    return Arrays.stream(pids).map(pid -> Cpu.ticks(Path.of("/proc/" + pid + "/stat"))).sum();
  }

  // ---------------------------------------------------------------------------------------------
  // The desk: prepared once, read at every run

  /** What the agents work on: their groups' open tickets and which group each agent is in. */
  record Desk(
      long tickets, long application, Map<Long, List<Long>> open, Map<String, Long> groupOf) {

    static Desk read(Connection c, int agents) throws Exception {
      Map<String, Long> groupOf = new HashMap<>();
      Map<Long, List<Long>> open = new TreeMap<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT u.username, m.group_id FROM user_accounts u JOIN staff_members st ON"
                      + " st.user_account_id = u.id JOIN group_members m ON m.staff_id = st.id"
                      + " WHERE u.username LIKE '"
                      + PREFIX
                      + "%'")) {
        while (r.next()) {
          groupOf.put(r.getString(1), r.getLong(2));
        }
      }
      if (groupOf.size() < agents) {
        throw new IllegalStateException(
            "the database holds " + groupOf.size() + " load agents; prepare it first");
      }
      for (long group : groupOf.values()) {
        open.computeIfAbsent(
            group,
            g -> {
              try (Statement s = c.createStatement();
                  ResultSet r =
                      s.executeQuery(
                          "SELECT id FROM tickets WHERE open_work = TRUE AND group_id = " + g)) {
                List<Long> ids = new ArrayList<>();
                while (r.next()) {
                  ids.add(r.getLong(1));
                }
                return ids;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
      }
      return new Desk(
          DeskLoad.single(c, "SELECT COUNT(*) FROM tickets"),
          DeskLoad.single(c, "SELECT MIN(id) FROM applications"),
          open,
          groupOf);
    }
  }

  /**
   * Grows the demo desk to {@value #TICKETS} tickets (closed history), leaves {@value
   * #OPEN_PER_GROUP} open in each of the {@value #GROUPS} internal groups with the most tickets, and
   * adds {@code agents} agents spread over those groups. Idempotent: a prepared database is left as
   * it is.
   */
  static void prepare(Connection c, int agents) throws Exception {
    long present =
        DeskLoad.single(
            c, "SELECT COUNT(*) FROM user_accounts WHERE username LIKE '" + PREFIX + "%'");
    if (present >= agents) {
      System.out.println("desk already prepared: " + present + " load agents");
      return;
    }
    DeskLoad.grow(c, TICKETS);
    List<Long> groups = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT g.id FROM support_groups g JOIN tickets t ON t.group_id = g.id WHERE"
                    + " g.partner_id IS NULL GROUP BY g.id ORDER BY COUNT(*) DESC LIMIT "
                    + GROUPS)) {
      while (r.next()) {
        groups.add(r.getLong(1));
      }
    }
    for (long group : groups) {
      DeskLoad.settle(c, group, OPEN_PER_GROUP);
    }
    long agent = DeskLoad.single(c, "SELECT id FROM user_accounts WHERE username = 'agent'");
    String accounts =
        copy(
            c,
            "user_accounts",
            Map.of(
                "username",
                "?",
                "display_name",
                "?",
                "email",
                "NULL",
                "last_sign_in_at",
                "NULL",
                "failed_logins",
                "0"),
            "username = 'agent'");
    String staff =
        copy(
            c,
            "staff_members",
            Map.of("user_account_id", "?", "name", "?", "email", "NULL"),
            "user_account_id = " + agent);
    try (PreparedStatement account = c.prepareStatement(accounts, Statement.RETURN_GENERATED_KEYS);
        PreparedStatement member = c.prepareStatement(staff, Statement.RETURN_GENERATED_KEYS);
        PreparedStatement join =
            c.prepareStatement("INSERT INTO group_members (group_id, staff_id) VALUES (?, ?)")) {
      for (long i = present + 1; i <= agents; i++) {
        String name = "Load Agent " + i;
        account.setString(1, PREFIX + i);
        account.setString(2, name);
        member.setLong(1, key(account));
        member.setString(2, name);
        join.setLong(1, groups.get((int) (i % groups.size())));
        join.setLong(2, key(member));
        join.executeUpdate();
      }
    }
    System.out.printf(
        "prepared: %,d tickets, %d open in each of %d groups, %d agents%n",
        DeskLoad.single(c, "SELECT COUNT(*) FROM tickets"), OPEN_PER_GROUP, groups.size(), agents);
  }

  /**
   * An INSERT … SELECT that copies the row {@code where} picks from {@code table}, every column but
   * the id as it is except those {@code replaced} (an expression or a {@code ?} parameter, bound in
   * the table's column order).
   */
  private static String copy(
      Connection c, String table, Map<String, String> replaced, String where) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet r = c.getMetaData().getColumns(c.getCatalog(), null, table, null)) {
      while (r.next()) {
        columns.add(r.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    columns.remove("id");
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") SELECT "
        + columns.stream()
            .map(col -> replaced.getOrDefault(col, col))
            .collect(Collectors.joining(", "))
        + " FROM "
        + table
        + " WHERE "
        + where;
  }

  private static long key(PreparedStatement insert) throws Exception {
    if (insert.executeUpdate() != 1) {
      throw new IllegalStateException("the row to copy is missing: " + insert);
    }
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The agents

  /** How agents send: with or without think time, the mix or only {@code GET /health}. */
  enum Shape {
    THINK(true, false),
    SATURATE(false, false),
    HEALTH_THINK(true, true),
    HEALTH(false, true);

    final boolean think;
    final boolean health;

    Shape(boolean think, boolean health) {
      this.think = think;
      this.health = health;
    }
  }

  /** The request kinds, in the order of the mix; HEALTH only in the anchor phase. */
  enum Kind {
    QUEUE,
    VIEW,
    COMMENT,
    CREATE,
    HEALTH
  }

  private static final Pattern ITEM_ID = Pattern.compile("\\{\"id\":(\\d+)");

  /** One signed-in agent: its token, its group, and one connection per node. */
  static final class Agent implements AutoCloseable {
    private final int index;
    private final String token;
    private final long group;
    private final Desk desk;
    private final List<HttpConnection> connections = new ArrayList<>();
    private final String queuePath;
    private final String createBody;
    private long[] page = new long[0];
    private long sent;

    Agent(int index, String token, long group, Desk desk, List<URI> nodes) {
      this.index = index;
      this.token = token;
      this.group = group;
      this.desk = desk;
      nodes.forEach(node -> connections.add(new HttpConnection(node)));
      queuePath =
          "/api/tickets?queue=MY_GROUPS&status=NEW,ASSIGNED,IN_PROGRESS,PENDING&sort=SLA_DUE"
              + "&order=asc&page=0&size=25";
      createBody =
          "{\"type\":\"INCIDENT\",\"title\":\"Load test: printer offline on 4 West\","
              + "\"description\":\"Filed by load agent "
              + (index + 1)
              + "\",\"applicationId\":"
              + desk.application()
              + ",\"impact\":3,\"urgency\":3,\"phi\":false}";
    }

    /** The next request of the mix; an agent's first is always its queue page. */
    Kind next() {
      if (sent == 0) {
        return Kind.QUEUE;
      }
      int roll = ThreadLocalRandom.current().nextInt(100);
      return roll < 60 ? Kind.QUEUE : roll < 85 ? Kind.VIEW : roll < 95 ? Kind.COMMENT : Kind.CREATE;
    }

    /** Sends one request; returns the answer. */
    HttpConnection.Reply send(Kind kind) throws Exception {
      HttpConnection http = connections.get((int) ((index + sent++) % connections.size()));
      HttpConnection.Reply reply =
          switch (kind) {
            case QUEUE -> http.send("GET", queuePath, token, null);
            case VIEW -> http.send("GET", "/api/tickets/" + pick(), token, null);
            case COMMENT ->
                http.send(
                    "POST",
                    "/api/tickets/" + pick() + "/comments",
                    token,
                    "{\"body\":\"Checked with the unit; still investigating.\","
                        + "\"visibility\":\"INTERNAL\"}");
            case CREATE -> http.send("POST", "/api/tickets", token, createBody);
            case HEALTH -> http.send("GET", "/health", null, null);
          };
      if (kind == Kind.QUEUE && reply.code() == 200) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ITEM_ID.matcher(reply.body());
        while (m.find()) {
          ids.add(Long.parseLong(m.group(1)));
        }
        page = ids.stream().mapToLong(Long::longValue).toArray();
      }
      return reply;
    }

    /** A ticket from the last queue page the agent read (as a click would), else its group's. */
    private long pick() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      if (page.length > 0) {
        return page[random.nextInt(page.length)];
      }
      List<Long> open = desk.open().get(group);
      return open.get(random.nextInt(open.size()));
    }

    static int expected(Kind kind) {
      return kind == Kind.COMMENT || kind == Kind.CREATE ? 201 : 200;
    }

    @Override
    public void close() throws Exception {
      for (HttpConnection connection : connections) {
        connection.close();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A phase and its figures

  /** Thinks for {@code millis}, or until the window ends; false when interrupted. */
  private static boolean sleepUntilNext(long millis, long end) {
    long left = (end - System.nanoTime()) / 1_000_000;
    try {
      Thread.sleep(Math.max(0, Math.min(millis, left)));
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /**
   * How long an agent already at work thinks before its first request of a window. Starting all
   * of them at once sent 200 requests in the same instant, a burst no team of agents makes, and its
   * queue was the tail of shape (a) (docs/benchmarks.md). For think times uniform on [1, 3] s the
   * time left until a thinking agent's next request, seen at a random instant, has the density
   * P(think > t) / E[think]: 1/2 below 1 s, (3 - t)/4 from 1 to 3 s; this draws from it by its
   * inverse distribution function.
   */
  static long firstThinkMillis() {
    double u = ThreadLocalRandom.current().nextDouble();
    double seconds = u < 0.5 ? 2 * u : 3 - 2 * Math.sqrt(2 * (1 - u));
    return Math.round(seconds * 1000);
  }

  /** Latencies by kind and errors by kind and cause, over one measured window. */
  record Phase(
      double seconds,
      long[][] nanos,
      Map<String, Long> errors,
      Resources resources,
      String load) {

    long calls() {
      return Arrays.stream(nanos).mapToLong(n -> n.length).sum();
    }

    long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    double perSecond() {
      return calls() / seconds;
    }

    long[] all() {
      return Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
    }

    static double percentile(long[] sorted, double p) {
      return sorted.length == 0
          ? 0
          : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    String row(String name) {
      long[] all = all();
      return String.format(
          "| %s | %,.0f/s | %.1f ms | %.1f ms | %.1f ms | %s | %s | %s |",
          name,
          perSecond(),
          percentile(all, 0.50),
          percentile(all, 0.95),
          percentile(all, 0.99),
          errors.isEmpty()
              ? "0"
              : String.format(
                  "%d (%.2f %%): %s",
                  errorCount(),
                  100.0 * errorCount() / Math.max(1, calls()),
                  errors.entrySet().stream()
                      .map(e -> e.getKey() + " × " + e.getValue())
                      .collect(Collectors.joining(", "))),
          resources.summary(calls()),
          load);
    }
  }

  /**
   * Runs the agents in one shape for {@code seconds}; only requests that start inside the window
   * count (and only their answers' times: a request in flight at the end is not waited for).
   */
  static Phase run(String name, List<Agent> team, int seconds, Shape shape, Target target)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    int kinds = Kind.values().length;
    List<long[][]> samples = new ArrayList<>();
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    Map<String, String> firstError = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    String loadBefore = DeskLoad.load();
    Resources resources = Resources.start(target);
    long started = System.nanoTime();
    for (Agent agent : team) {
      long[][] mine = new long[kinds][1024];
      int[] counts = new int[kinds];
      Thread thread =
          new Thread(
              () -> {
                if (shape.think && !sleepUntilNext(firstThinkMillis(), end)) {
                  return;
                }
                long t0;
                while ((t0 = System.nanoTime()) < end) {
                  Kind kind = shape.health ? Kind.HEALTH : agent.next();
                  String error;
                  String detail;
                  try {
                    HttpConnection.Reply reply = agent.send(kind);
                    error = reply.code() == Agent.expected(kind) ? null : "HTTP " + reply.code();
                    detail = reply.body();
                  } catch (Exception e) {
                    error = e.getClass().getSimpleName();
                    detail = String.valueOf(e.getMessage());
                    try {
                      agent.close(); // reconnect on the next request
                    } catch (Exception ignored) {
                      // already broken
                    }
                  }
                  long took = System.nanoTime() - t0;
                  if (error == null) {
                    int k = kind.ordinal();
                    if (counts[k] == mine[k].length) {
                      mine[k] = Arrays.copyOf(mine[k], mine[k].length * 2);
                    }
                    mine[k][counts[k]++] = took;
                  } else {
                    String key = kind.name().toLowerCase(java.util.Locale.ROOT) + " " + error;
                    errors.computeIfAbsent(key, x -> new LongAdder()).increment();
                    firstError.putIfAbsent(key, detail.substring(0, Math.min(300, detail.length())));
                  }
                  if (shape.think
                      && !sleepUntilNext(ThreadLocalRandom.current().nextLong(1_000, 3_001), end)) {
                    return;
                  }
                }
                long[][] kept = new long[kinds][];
                for (int k = 0; k < kinds; k++) {
                  kept[k] = Arrays.copyOf(mine[k], counts[k]);
                }
                synchronized (samples) {
                  samples.add(kept);
                }
              },
              "agent-" + agent.index);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    resources.stop();
    long[][] nanos = new long[kinds][];
    for (int k = 0; k < kinds; k++) {
      int kind = k;
      nanos[k] = samples.stream().flatMapToLong(s -> Arrays.stream(s[kind])).sorted().toArray();
    }
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
    Phase phase =
        new Phase(
            elapsed, nanos, errorCounts, resources, loadBefore + " → " + DeskLoad.load());
    long[] all = phase.all();
    System.out.printf(
        "%-32s %d agents %d s: %,8.1f/s  p50 %6.1f  p95 %6.1f  p99 %6.1f  max %7.1f ms  errors %d%n",
        name,
        team.size(),
        seconds,
        phase.perSecond(),
        Phase.percentile(all, 0.5),
        Phase.percentile(all, 0.95),
        Phase.percentile(all, 0.99),
        Phase.percentile(all, 1.0),
        phase.errorCount());
    for (Kind kind : Kind.values()) {
      long[] n = nanos[kind.ordinal()];
      if (n.length > 0) {
        System.out.printf(
            "  %-8s %,7d  %5.1f %%  p50 %6.1f  p99 %6.1f ms%n",
            kind,
            n.length,
            100.0 * n.length / Math.max(1, phase.calls()),
            Phase.percentile(n, 0.5),
            Phase.percentile(n, 0.99));
      }
    }
    errorCounts.forEach(
        (k, v) -> System.out.printf("  error %s: %d, first: %s%n", k, v, firstError.get(k)));
    System.out.println("  " + resources.summary(phase.calls()));
    System.out.println("  load average " + phase.load());
    return phase;
  }

  /** What is measured beside the requests: the nodes' pids and addresses, the database. */
  record Target(long[] pids, List<URI> nodes, String jdbc) {}

  /**
   * Over a phase: CPU of the nodes, mariadbd and this generator; the nodes' RSS at its end; their
   * connection pools' waits, hold times and timeouts (Hikari's meters on {@code /prometheus}); and
   * InnoDB's row lock waits and deadlocks (server-wide: other users of the MariaDB count too).
   */
  static final class Resources {
    private static final List<String> POOL =
        List.of(
            "hikaricp_connections_acquire_seconds_count",
            "hikaricp_connections_acquire_seconds_sum",
            "hikaricp_connections_usage_seconds_count",
            "hikaricp_connections_usage_seconds_sum",
            "hikaricp_connections_timeout_total");
    private static final List<String> INNODB = List.of("Innodb_row_lock_waits", "Innodb_deadlocks");

    private final Target target;
    private final long[] pids;
    private final long[] cpu = new long[3]; // nodes, mariadbd, generator: begin, then spent
    private double[] pool;
    private long[] innodb;
    private long jit;
    private long wall;
    private final List<String> rss = new ArrayList<>();

    private Resources(Target target) {
      this.target = target;
      this.pids = target.pids();
    }

    static Resources start(Target target) throws Exception {
      Resources r = new Resources(target);
      r.pool = r.pool();
      r.innodb = r.innodb();
      r.wall = System.nanoTime();
      r.cpu[0] = r.nodes();
      r.cpu[1] = Cpu.mariadbd();
      r.cpu[2] = Cpu.ticks(Path.of("/proc/self/stat"));
      r.jit = Arrays.stream(r.pids).map(Cpu::jitTicks).sum();
      return r;
    }

    void stop() throws Exception {
      wall = System.nanoTime() - wall;
      cpu[0] = nodes() - cpu[0];
      cpu[1] = Cpu.mariadbd() - cpu[1];
      cpu[2] = Cpu.ticks(Path.of("/proc/self/stat")) - cpu[2];
      jit = Arrays.stream(pids).map(Cpu::jitTicks).sum() - jit;
      for (long pid : pids) {
        rss.add(status(pid, "VmRSS") + " (peak " + status(pid, "VmHWM") + ")");
      }
      double[] poolEnd = pool();
      for (int i = 0; i < pool.length; i++) {
        pool[i] = poolEnd[i] - pool[i];
      }
      long[] innodbEnd = innodb();
      for (int i = 0; i < innodb.length; i++) {
        innodb[i] = innodbEnd[i] - innodb[i];
      }
    }

    /** The {@link #POOL} meters summed over the nodes. */
    private double[] pool() throws Exception {
      double[] sums = new double[POOL.size()];
      for (URI node : target.nodes()) {
        try (HttpConnection http = new HttpConnection(node)) {
          for (String line : http.exchange("GET", "/prometheus", null, null, 200).split("\n")) {
            for (int i = 0; i < POOL.size(); i++) {
              if (line.startsWith(POOL.get(i) + "{")) {
                sums[i] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
              }
            }
          }
        }
      }
      return sums;
    }

    private long[] innodb() throws Exception {
      long[] values = new long[INNODB.size()];
      try (Connection c = DriverManager.getConnection(target.jdbc(), "root", "");
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_%'")) {
        while (r.next()) {
          int i = INNODB.indexOf(r.getString(1));
          if (i >= 0) {
            values[i] = r.getLong(2);
          }
        }
      }
      return values;
    }

    private long nodes() {
      return nodeTicks(pids);
    }

    /** A /proc/pid/status value in MB, e.g. VmRSS. */
    private static String status(long pid, String field) {
      try {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
            .filter(line -> line.startsWith(field + ":"))
            .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
            .findFirst()
            .orElse("n/a");
      } catch (Exception e) {
        return "n/a";
      }
    }

    String summary(long calls) {
      double n = Math.max(1, calls);
      return String.format(
          "node CPU %.2f cores (%.2f ms/request, JIT %.2f), RSS %s; mariadbd %.2f cores;"
              + " load generator %.2f cores (%.2f ms/request); pool: wait mean %.1f ms, held mean"
              + " %.1f ms, %.0f timed out; InnoDB row lock waits %d, deadlocks %d",
          cpu[0] / (double) wall,
          cpu[0] / 1e6 / n,
          jit / 1e6 / n,
          rss.isEmpty() ? "n/a" : String.join(" + ", rss),
          cpu[1] / (double) wall,
          cpu[2] / (double) wall,
          cpu[2] / 1e6 / n,
          pool[1] * 1e3 / Math.max(1, pool[0]),
          pool[3] * 1e3 / Math.max(1, pool[2]),
          pool[4],
          innodb[0],
          innodb[1]);
    }
  }
}
