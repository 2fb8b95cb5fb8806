package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.packaged.Sql.column;
import static org.medley.packaged.Sql.queryLong;
import static org.medley.packaged.Sql.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medley.integrations.fakes.FakeRequestTracker;

/**
 * Issue #19's "two Medley nodes on one MariaDB relay and poll: nothing delivered or imported twice;
 * a node killed with SIGKILL mid-delivery: nothing lost", on the packaged jar. Two nodes share a
 * fresh MariaDB database and one Request Tracker (the fake, in this JVM, answering each call after
 * {@link #DESK_LATENCY}); the admin connects Apex's engagement to it; agents on both nodes hand
 * tickets to Apex's group and reply on them while Apex's agents reply in RT. One node is killed
 * with SIGKILL while deliveries are in flight; the survivor alone must deliver what it had claimed
 * once its lease lapsed, and the killed node is started again on the same database and works on.
 * Afterwards RT holds each ticket and each hospital reply once, in each ticket's order, and Medley
 * each RT reply once. The outbox and poll leases are short ({@link #LEASE}) so the killed node's
 * claims lapse within the test; the figures are printed for the release notes. Partner replies go
 * only to tickets Medley has recorded in RT (see NOTES: a reply on a ticket whose creation the
 * killed node had not recorded yet is skipped by the poll).
 */
class EbondingNodesIT {

  private static final Duration LEASE = Duration.ofSeconds(10);
  private static final Duration DESK_LATENCY = Duration.ofMillis(150);
  private static final Duration LOAD = Duration.ofSeconds(8);
  private static final Duration KILL_AFTER = Duration.ofSeconds(5);
  private static final int CLIENTS_PER_NODE = 3;
  private static final int REPLIES_PER_TICKET = 3;
  private static final String TOKEN = "1-22-nodes-it";
  private static final String[] JVM_OPTIONS = {
    "-Dmedley.ebonding.poll.initial-delay=1s", "-Dmedley.outbox.relay.initial-delay=1s"
  };

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER =
      Pattern.compile("\\[medley:([0-9a-f-]{36})\\]", Pattern.CASE_INSENSITIVE);

  @Test
  void twoNodesDeliverAndImportOnceAndAKilledNodeLosesNothing(@TempDir Path logs) throws Exception {
    String db = Sql.createDatabase("medley_nodes_");
    long started = System.nanoTime();
    List<Node> nodes = new ArrayList<>();
    try (FakeRequestTracker rt = new FakeRequestTracker("medley", TOKEN);
        Connection sql = Sql.open(db)) {
      rt.answerAfter(DESK_LATENCY);
      Map<String, String> env = new HashMap<>();
      env.put("MEDLEY_DB_URL", Sql.SERVER + db);
      env.put("MEDLEY_DB_USER", "root");
      env.put("MEDLEY_DB_PASSWORD", "");
      env.put("MEDLEY_OUTBOX_LEASE", LEASE.toSeconds() + "s");
      env.put("MEDLEY_OUTBOX_INTERVAL", "1s");
      env.put("MEDLEY_EBONDING_POLL_LEASE", LEASE.toSeconds() + "s");
      env.put("MEDLEY_EBONDING_POLL_INTERVAL", "1s");
      // One desk call must end within half the lease: 1 s to connect, 3 s for the answer, no
      // quick retries (the outbox retries).
      env.put("MEDLEY_EBONDING_CONNECT_TIMEOUT", "1s");
      env.put("MEDLEY_EBONDING_RESPONSE_TIMEOUT", "3s");
      env.put("MEDLEY_EBONDING_QUICK_RETRIES", "0");
      env.put("MEDLEY_TMF_HUB_TIMEOUT", "2s"); // TMF621 listeners: connect + answer, 2 s each

      // Both start at once on the empty database: one migrates and seeds the demo hospital, the
      // other waits for it and finds it seeded.
      Node first = Node.launch("a", env, logs, JVM_OPTIONS);
      nodes.add(first);
      Node second = Node.launch("b", env, logs, JVM_OPTIONS);
      nodes.add(second);
      first.awaitReady();
      second.awaitReady();
      long nodesUp = System.nanoTime();

      long apexGroup =
          queryLong(sql, "SELECT id FROM support_groups WHERE name = 'Apex Legacy Support'");
      long engagement =
          queryLong(
              sql, "SELECT engagement_id FROM engagement_groups WHERE group_id = " + apexGroup);
      long application = queryLong(sql, "SELECT MIN(id) FROM applications");
      String admin = first.login("admin");
      long connector = connect(first, admin, rt, engagement);

      Map<Node, String> agents = new LinkedHashMap<>();
      agents.put(first, first.login("agent"));
      agents.put(second, second.login("agent"));

      Load load = new Load();
      for (var node : agents.entrySet()) {
        for (int c = 0; c < CLIENTS_PER_NODE; c++) {
          String client = node.getKey().name + c;
          load.clients.execute(
              () -> load.work(node.getKey(), node.getValue(), client, application, apexGroup));
        }
      }
      Partner partner = new Partner(rt, sql, connector);
      Thread partnerThread = new Thread(partner::work, "apex-partner");
      partnerThread.setDaemon(true); // ends with the test JVM even if an assertion stops the test
      partnerThread.start();

      // Kill one node while deliveries are in flight.
      assertThat(first.process.waitFor(KILL_AFTER.toMillis(), TimeUnit.MILLISECONDS))
          .as("node a exited under load:%n%s", first.errors())
          .isFalse();
      long pendingAtKill = pending(sql);
      long leasedAtKill =
          queryLong(
              sql,
              "SELECT COUNT(*) FROM outbox_events WHERE type = 'ebonding.deliver'"
                  + " AND delivered_at IS NULL AND available_at > UTC_TIMESTAMP(6)");
      int callsAtKill = rt.requests().size();
      first.kill();
      long killed = System.nanoTime();
      assertThat(pendingAtKill).as("desk updates still undelivered at the kill").isPositive();

      // The survivor's clients keep working for the rest of the load.
      assertThat(second.process.waitFor(LOAD.minus(KILL_AFTER).toMillis(), TimeUnit.MILLISECONDS))
          .as("node b exited under load:%n%s", second.errors())
          .isFalse();
      load.finish();
      // The survivor alone delivers what the dead node had claimed, once its lease lapsed.
      await("outbox drained by the survivor")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> pending(sql) == 0);
      long drained = System.nanoTime();
      first.relaunch();
      long restarted = System.nanoTime();
      // The restarted node works on: one more ticket filed there reaches RT too.
      load.stop.set(false);
      load.round(first, agents.get(first), "a9", 1, application, apexGroup);
      assertThat(load.refused)
          .as("answers other than 2xx; node a's log:%n%s", first.errors())
          .isEmpty();
      await("outbox drained after the restart")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> pending(sql) == 0);
      partner.stop.set(true);
      partnerThread.join(10_000);
      long lastTransaction =
          rt.transactions().stream().mapToLong(FakeRequestTracker.Transaction::id).max().orElse(0);
      await("both nodes polled every RT change")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> watermark(sql, connector) >= lastTransaction);

      // ---- what arrived where ----
      List<String[]> handed =
          rows(
              sql,
              "SELECT id, number FROM tickets WHERE title LIKE 'Nodes test %' AND group_id = "
                  + apexGroup
                  + " ORDER BY id");
      Map<String, List<FakeRequestTracker.Ticket>> inRt = new HashMap<>();
      for (FakeRequestTracker.Ticket t : rt.tickets()) {
        inRt.computeIfAbsent(t.subject().split(" ", 2)[0], k -> new ArrayList<>()).add(t);
      }
      List<String> notOnce = new ArrayList<>();
      List<String> outOfOrder = new ArrayList<>();
      int hospitalReplies = 0;
      for (String[] ticket : handed) {
        List<FakeRequestTracker.Ticket> copies = inRt.getOrDefault(ticket[1], List.of());
        if (copies.size() != 1) {
          notOnce.add(ticket[1] + " is in RT " + copies.size() + " times");
          continue;
        }
        List<String> medley =
            column(
                sql,
                "SELECT body FROM ticket_comments WHERE ticket_id = "
                    + ticket[0]
                    + " AND body LIKE 'Hospital note %' ORDER BY id");
        List<String> desk =
            rt.transactions(copies.get(0).id()).stream()
                .filter(t -> "Correspond".equals(t.type()))
                .map(FakeRequestTracker.Transaction::content)
                .filter(text -> text != null && text.startsWith("Hospital note "))
                .toList();
        hospitalReplies += medley.size();
        if (!desk.equals(medley)) {
          (desk.size() == medley.size() && desk.containsAll(medley) ? outOfOrder : notOnce)
              .add(ticket[1] + ": Medley " + medley + ", RT " + desk);
        }
      }
      long foreign = rt.tickets().size() - handed.size();

      List<String> imports = new ArrayList<>();
      for (Partner.Reply reply : partner.replies) {
        long count =
            queryLong(
                sql,
                "SELECT COUNT(*) FROM ticket_comments WHERE ticket_id = "
                    + reply.ticketId()
                    + " AND body LIKE '%"
                    + reply.text()
                    + "%'");
        if (count != 1) {
          imports.add(reply.text() + " imported " + count + " times");
        }
      }
      Map<String, Integer> searches = new HashMap<>();
      for (var request : rt.requests()) {
        if (request.method().equals("GET") && request.path().contains("/attachments?")) {
          Matcher m = MARKER.matcher(URLDecoder.decode(request.path(), StandardCharsets.UTF_8));
          if (m.find()) {
            searches.merge(m.group(1), 1, Integer::sum);
          }
        }
      }
      long redelivered = searches.values().stream().filter(n -> n > 1).count();
      long events =
          queryLong(sql, "SELECT COUNT(*) FROM outbox_events WHERE type = 'ebonding.deliver'");
      long parked =
          queryLong(
              sql,
              "SELECT COUNT(*) FROM outbox_events WHERE type = 'ebonding.deliver'"
                  + " AND parked_at IS NOT NULL");
      System.out.printf(
          "EbondingNodesIT: 2 nodes up in %.1f s (started at once on one empty MariaDB); %d"
              + " clients, desk latency %d ms, lease %d s; %d desk updates (%d tickets, %d"
              + " hospital replies); SIGKILL of node a after %d s with %d undelivered (%d leased),"
              + " %d desk calls so far; outbox drained by node b alone %.1f s after the kill;"
              + " node a back %.1f s later; hospital replies sent again after the kill and found in RT: %d; RT"
              + " tickets twice: %d, replies lost or twice: %d, out of order: %d, dead letters:"
              + " %d; partner replies %d, imported other than once: %d; whole test %.0f s%n",
          seconds(started, nodesUp),
          2 * CLIENTS_PER_NODE,
          DESK_LATENCY.toMillis(),
          LEASE.toSeconds(),
          events,
          handed.size(),
          hospitalReplies,
          KILL_AFTER.toSeconds(),
          pendingAtKill,
          leasedAtKill,
          callsAtKill,
          seconds(killed, drained),
          seconds(drained, restarted),
          redelivered,
          notOnce.stream().filter(s -> s.contains(" times")).count(),
          notOnce.size(),
          outOfOrder.size(),
          parked,
          partner.replies.size(),
          imports.size(),
          seconds(started, System.nanoTime()));

      assertThat(load.refused)
          .as("answers other than 2xx on the surviving node; its log:%n%s", second.errors())
          .isEmpty();
      assertThat(handed).as("tickets handed to Apex").hasSizeGreaterThan(10);
      assertThat(notOnce).as("tickets and replies not in RT exactly once").isEmpty();
      assertThat(outOfOrder).as("replies out of their ticket's order").isEmpty();
      assertThat(foreign).as("RT tickets no Medley ticket asked for").isZero();
      assertThat(parked).as("dead letters").isZero();
      assertThat(partner.replies).as("partner replies made during the run").hasSizeGreaterThan(5);
      assertThat(imports).as("partner replies not imported exactly once").isEmpty();
    } finally {
      for (Node node : nodes) {
        node.stop(); // also when an assertion failed: no node outlives the test
      }
      Sql.dropDatabase(db);
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  /** The connector to the fake RT, made by the admin, named on Apex's engagement. */
  private static long connect(Node node, String admin, FakeRequestTracker rt, long engagement)
      throws Exception {
    ObjectNode connector = JSON.createObjectNode();
    connector.put("kind", "REQUEST_TRACKER");
    connector.put("name", "Apex RT");
    connector.put("baseUrl", rt.baseUrl().toString());
    connector.putObject("auth").put("type", "TOKEN").put("token", TOKEN);
    connector
        .putObject("settings")
        .put("integrationUser", "medley")
        .put("queue", "General")
        .put("pollInterval", "PT5S"); // the shortest a connector allows
    var created = node.send("POST", "/api/integrations/connectors", admin, connector);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).path("id").asLong();

    JsonNode view =
        JSON.readTree(node.send("GET", "/api/engagements/" + engagement, admin, null).body());
    ObjectNode change = JSON.createObjectNode();
    change.put("name", view.path("name").asText());
    change.put("scope", view.path("scope").asText());
    change.set("startsOn", view.path("startsOn"));
    change.set("endsOn", view.path("endsOn"));
    if (view.hasNonNull("manager")) {
      change.put("managerAccountId", view.path("manager").path("id").asLong());
    }
    if (view.hasNonNull("staffingRequest")) {
      change.put("staffingRequestId", view.path("staffingRequest").path("id").asLong());
    }
    var groups = change.putArray("groupIds");
    view.path("groups").forEach(g -> groups.add(g.path("id").asLong()));
    change.put("connectorId", id);
    change.put("version", view.path("version").asLong());
    var changed = node.send("PUT", "/api/engagements/" + engagement, admin, change);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    return id;
  }

  private static long pending(Connection sql) throws Exception {
    return queryLong(
        sql,
        "SELECT COUNT(*) FROM outbox_events WHERE type = 'ebonding.deliver'"
            + " AND delivered_at IS NULL AND discarded_at IS NULL");
  }

  private static long watermark(Connection sql, long connector) throws Exception {
    List<String> marks =
        column(sql, "SELECT watermark FROM desk_poll_state WHERE connector_id = " + connector);
    return marks.isEmpty() || marks.get(0) == null ? 0 : Long.parseLong(marks.get(0));
  }

  /**
   * Agents' clients: each files a ticket, hands it to Apex's group and replies on it, over and
   * over, until stopped or until its node dies (then it stops: whatever the node committed counts).
   */
  static final class Load {
    final Queue<String> refused = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final ExecutorService clients = Executors.newCachedThreadPool();

    void work(Node node, String token, String client, long application, long apexGroup) {
      int round = 0;
      while (!stop.get() && round(node, token, client, ++round, application, apexGroup)) {
        // next ticket
      }
    }

    /** One ticket filed, handed to Apex and replied on; false when this client must stop. */
    boolean round(
        Node node, String token, String client, int round, long application, long apexGroup) {
      try {
        ObjectNode ticket =
            Node.incident(
                "Nodes test " + client + "r" + round + " label printer offline",
                "Filed by client " + client,
                application);
        JsonNode created = node.expect("POST", "/api/tickets", token, ticket, 201);
        long id = created.path("id").asLong();
        JsonNode read = node.expect("GET", "/api/tickets/" + id, token, null, 200);
        ObjectNode move = JSON.createObjectNode();
        move.put("groupId", apexGroup);
        move.put("version", read.path("version").asLong());
        node.expect("PATCH", "/api/tickets/" + id, token, move, 200);
        for (int r = 1; r <= REPLIES_PER_TICKET && !stop.get(); r++) {
          ObjectNode comment = JSON.createObjectNode();
          comment.put("body", "Hospital note " + client + "r" + round + "n" + r);
          comment.put("visibility", "PUBLIC");
          node.expect("POST", "/api/tickets/" + id + "/comments", token, comment, 201);
        }
        return true;
      } catch (IOException killed) {
        if (!node.killed) {
          refused.add(client + ": " + killed);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        refused.add(client + ": " + e.getMessage());
      }
      return false;
    }

    void finish() throws InterruptedException {
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    }
  }

  /** Apex's agents in RT: a reply now and then on each ticket Medley already knows there. */
  static final class Partner {
    record Reply(long ticketId, String text) {}

    final FakeRequestTracker rt;
    final Connection sql;
    final long connector;
    final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger serial = new AtomicInteger();

    Partner(FakeRequestTracker rt, Connection sql, long connector) {
      this.rt = rt;
      this.sql = sql;
      this.connector = connector;
    }

    void work() {
      Map<Long, Integer> made = new HashMap<>();
      try {
        while (!stop.get()) {
          List<String[]> known;
          synchronized (sql) {
            known =
                rows(
                    sql,
                    "SELECT ticket_id, external_id FROM desk_sync WHERE external_id IS NOT NULL"
                        + " AND connector_id = "
                        + connector);
          }
          for (String[] row : known) {
            long ticket = Long.parseLong(row[0]);
            if (made.getOrDefault(ticket, 0) < 2 && !stop.get()) {
              String text = "Partner reply p" + serial.incrementAndGet() + "x";
              rt.reply(Integer.parseInt(row[1]), "root", text);
              replies.add(new Reply(ticket, text));
              made.merge(ticket, 1, Integer::sum);
            }
          }
          Thread.sleep(300); // a partner's pace, not a wait for a condition
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
