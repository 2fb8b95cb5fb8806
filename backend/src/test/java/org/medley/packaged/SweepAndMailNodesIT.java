package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.packaged.Sql.queryLong;
import static org.medley.packaged.Sql.rows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23's "two nodes under load: with one node killed by SIGKILL and restarted, SLA sweeps and
 * mailbox polling produce no duplicate effect and miss none", on the packaged jar. Two nodes share
 * a fresh MariaDB database and one support mailbox (GreenMail, in this JVM, over IMAP). Agents on
 * both nodes file incidents that a short SLA policy (24x7, response {@link #RESPONSE}, resolution
 * {@link #RESOLUTION}, warnings at 50/75/90 %, a breach escalates and tells the group's leads)
 * governs, so every timer warns and breaches during the run while both nodes sweep every second;
 * meanwhile a ward sends the mailbox new requests and replies to the tickets those opened. Node a
 * is killed with SIGKILL twice — once while it holds the mailbox's poll, once while breaches are
 * being swept — and started again each time. Afterwards each timer breached exactly once at its
 * deadline, with each warning at most once, and every effect of each warning and breach (the
 * sweep's notice, the bell notification, the escalation's audit line, the insight read models'
 * breach row and day count) exists exactly once; each mail became exactly one ticket or one comment
 * and none is left unread. The figures are printed for docs/benchmarks.md.
 */
class SweepAndMailNodesIT {

  private static final Duration RESPONSE = Duration.ofSeconds(15);
  private static final Duration RESOLUTION = Duration.ofSeconds(30);
  private static final Duration POLL_LEASE = Duration.ofSeconds(10);
  private static final Duration FILING_PACE = Duration.ofMillis(250);
  private static final int CLIENTS_PER_NODE = 2;
  private static final int MAILS = 80;
  private static final int MAIL_BURST = 10;

  private static final String MAILBOX = "servicedesk@riverside-health.example";
  private static final String[] JVM_OPTIONS = {
    "-Dmedley.ebonding.poll.initial-delay=1s",
    "-Dmedley.sla.sweep.initial-delay=1s",
    "-Dmedley.sla.sweep.trace=true" // a line per batch swept: which node swept when
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sweepsAndMailboxPollsActOnceAcrossAKilledNode(@TempDir Path logs) throws Exception {
    String db = Sql.createDatabase("medley_nodes_sweep_");
    long started = System.nanoTime();
    List<Node> nodes = new ArrayList<>();
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
            });
    try (Connection sql = Sql.open(db)) {
      mail.start();
      GreenMailUser mailbox = mail.setUser(MAILBOX, "servicedesk", "mailbox-pw");
      Map<String, String> env = new HashMap<>();
      env.put("MEDLEY_DB_URL", Sql.SERVER + db);
      env.put("MEDLEY_DB_USER", "root");
      env.put("MEDLEY_DB_PASSWORD", "");
      env.put("MEDLEY_SLA_SWEEP_INTERVAL", "1s");
      env.put("MEDLEY_EBONDING_POLL_INTERVAL", "1s");
      env.put("MEDLEY_EBONDING_POLL_LEASE", POLL_LEASE.toSeconds() + "s");
      Node a = Node.launch("a", env, logs, JVM_OPTIONS);
      nodes.add(a);
      Node b = Node.launch("b", env, logs, JVM_OPTIONS);
      nodes.add(b);
      a.awaitReady();
      b.awaitReady();
      long nodesUp = System.nanoTime();

      String admin = a.login("admin");
      long application = application(a, admin, sql);
      policy(a, admin, sql);
      long connector = mailboxConnector(a, admin, mail.getImap().getPort());
      String ward =
          Sql.column(sql, "SELECT email FROM user_accounts WHERE username = 'enduser'").get(0);

      // ---- the load: agents on both nodes file incidents, the ward writes to the mailbox ----
      Filing filing = new Filing(application);
      String agent = a.login("agent");
      filing.start(a, agent, 1);
      filing.start(b, agent, 1);
      Ward sender = new Ward(mail.getSmtp().getPort(), ward, sql);
      Thread wardThread = new Thread(sender::work, "ward-mail");
      wardThread.setDaemon(true); // ends with the test JVM even if an assertion stops the test
      wardThread.start();

      // First kill: node a mid-poll of the mailbox (its lease names it), warnings being swept.
      await("node a polling the mailbox while warnings are swept")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () ->
                  count(sql, history(application, "WARNING")) > 0
                      && leaseHolder(sql, connector).startsWith("a/"));
      Kill first = Kill.of(a, sql, connector, application);
      a.relaunch();
      filing.start(a, agent, 2);
      // Second kill: once node a (back) sweeps breaches and their escalations, again mid-poll if
      // the ward is still writing; the agents file on until then, so timers keep falling due.
      long breachesBefore = count(sql, history(application, "BREACHED"));
      await("node a sweeping again while breaches fall due")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () ->
                  batchesSwept(a) > 0
                      && count(sql, history(application, "BREACHED")) > breachesBefore);
      // Not awaited strictly: once the ward is done the mailbox may stay idle.
      for (long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
          System.nanoTime() < until && !sender.done.get(); ) {
        if (leaseHolder(sql, connector).startsWith("a/")) {
          break;
        }
        Thread.sleep(20); // the lease's state is polled, there is nothing to wait on
      }
      Kill second = Kill.of(a, sql, connector, application);
      long killed = System.nanoTime();
      filing.finish();
      a.relaunch();
      long restarted = System.nanoTime();

      wardThread.join(120_000);
      assertThat(sender.failures).as("the ward's mail").isEmpty();
      long tickets =
          count(sql, "SELECT COUNT(*) FROM tickets WHERE application_id = " + application);
      await("every timer settled")
          .atMost(RESOLUTION.plusSeconds(150)) // the sweep can lag far behind on a loaded machine
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  count(
                          sql,
                          "SELECT COUNT(*) FROM sla_timers WHERE kind = 'SLA' AND application_id = "
                              + application
                              + " AND (state <> 'BREACHED' OR next_check_at IS NOT NULL)")
                      == 0);
      long swept = System.nanoTime();
      await("every mail read")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> unread(mail, mailbox) == 0);
      long read = System.nanoTime();

      // ---- SLA sweeps: each timer breached once, each warning at most once, each effect once ----
      long timers =
          count(
              sql,
              "SELECT COUNT(*) FROM sla_timers WHERE kind = 'SLA' AND state = 'BREACHED'"
                  + " AND ended_at = due_at AND application_id = "
                  + application);
      List<String> breachedOtherThanOnce =
          Sql.column(
              sql,
              "SELECT s.id FROM sla_timers s LEFT JOIN sla_timer_history h ON h.timer_id = s.id"
                  + " AND h.event = 'BREACHED' WHERE s.kind = 'SLA' AND s.application_id = "
                  + application
                  + " GROUP BY s.id HAVING COUNT(h.id) <> 1");
      List<String> warnedTwice =
          Sql.column(
              sql,
              "SELECT CONCAT(h.timer_id, ' ', h.detail) FROM sla_timer_history h JOIN sla_timers s"
                  + " ON s.id = h.timer_id WHERE h.event = 'WARNING' AND s.application_id = "
                  + application
                  + " GROUP BY h.timer_id, h.detail HAVING COUNT(*) > 1");
      long warnings = count(sql, history(application, "WARNING"));
      long breaches = count(sql, history(application, "BREACHED"));
      // The sweep's own notice: one per warning (to the assignee or the group's leads) and one
      // per breach (to the group's leads); its unique key holds at most one.
      List<String> noticesNotOnce =
          Sql.column(
              sql,
              "SELECT CONCAT(h.timer_id, ' ', h.event, ' ', h.detail) FROM sla_timer_history h"
                  + " JOIN sla_timers s ON s.id = h.timer_id LEFT JOIN sla_notifications n ON"
                  + " n.timer_id = h.timer_id AND n.kind = IF(h.event = 'BREACHED', 'BREACH',"
                  + " 'WARNING') AND n.threshold = IF(h.event = 'BREACHED', 100,"
                  + " CAST(SUBSTRING_INDEX(h.detail, ' ', 1) AS UNSIGNED)) WHERE h.event IN"
                  + " ('WARNING', 'BREACHED') AND s.application_id = "
                  + application
                  + " GROUP BY h.id HAVING COUNT(n.id) <> 1");
      long notices =
          count(
              sql,
              "SELECT COUNT(*) FROM sla_notifications n JOIN sla_timers s ON s.id = n.timer_id"
                  + " WHERE s.application_id = "
                  + application);
      // The bell: each notice rings once for each account it reaches (the assignee's; the
      // group's leads', or its members' in a group without leads: Notifications), no more, no less.
      List<String> bellsNotOnce =
          Sql.column(
              sql,
              "SELECT CONCAT(timer_id, ' ', message, ': ', rung, ' of ', reach) FROM (SELECT"
                  + " s.timer_id, s.message, (SELECT COUNT(*) FROM notifications n WHERE"
                  + " n.ticket_id = s.ticket_id AND n.kind = CONCAT('SLA_', s.kind) AND n.message ="
                  + " s.message) AS rung, IF(s.recipient = 'ASSIGNEE', (SELECT COUNT(*) FROM"
                  + " staff_members st WHERE st.id = s.recipient_id AND st.user_account_id IS NOT"
                  + " NULL), (SELECT COUNT(*) FROM group_members m JOIN staff_members st ON st.id ="
                  + " m.staff_id WHERE m.group_id = s.recipient_id AND st.user_account_id IS NOT"
                  + " NULL AND (m.lead OR NOT EXISTS (SELECT 1 FROM group_members l WHERE"
                  + " l.group_id = m.group_id AND l.lead)))) AS reach FROM sla_notifications s"
                  + " JOIN sla_timers t ON t.id = s.timer_id WHERE t.application_id = "
                  + application
                  + ") x WHERE rung <> reach");
      long bells =
          count(
              sql,
              "SELECT COUNT(*) FROM notifications n JOIN tickets t ON t.id = n.ticket_id WHERE"
                  + " n.kind LIKE 'SLA\\_%' AND t.application_id = "
                  + application);
      // Each breach escalates its ticket once: one audit line (ESCALATED, or ESCALATION_SKIPPED
      // where the tenant has no group at the next tier) per breached target.
      List<String> escalationsNotOnce = new ArrayList<>();
      for (String target : List.of("response", "resolution")) {
        escalationsNotOnce.addAll(
            Sql.column(
                sql,
                "SELECT CONCAT(t.number, ' ', '"
                    + target
                    + "', ' ', COUNT(a.id)) FROM tickets t LEFT JOIN ticket_audit a ON"
                    + " a.ticket_id = t.id AND a.action IN ('ESCALATED', 'ESCALATION_SKIPPED')"
                    + " AND a.note LIKE '%SLA "
                    + target
                    + " target breached%' WHERE t.application_id = "
                    + application
                    + " GROUP BY t.id HAVING COUNT(a.id) <> 1"));
      }
      long escalated =
          count(
              sql,
              "SELECT COUNT(*) FROM ticket_audit a JOIN tickets t ON t.id = a.ticket_id WHERE"
                  + " a.action = 'ESCALATED' AND t.application_id = "
                  + application);
      // Insight's read models, fed in the sweep's transaction: one breach row per timer, and the
      // day counts add up to the timers.
      long breachRows =
          count(
              sql,
              "SELECT COUNT(*) FROM insight_sla_breaches b JOIN sla_timers s ON s.id = b.timer_id"
                  + " WHERE s.application_id = "
                  + application);
      long dayBreaches =
          count(
              sql,
              "SELECT COALESCE(SUM(breached), 0) FROM insight_sla_days WHERE kind = 'SLA' AND"
                  + " application_id = "
                  + application);
      long dayMet =
          count(
              sql,
              "SELECT COALESCE(SUM(met), 0) FROM insight_sla_days WHERE kind = 'SLA' AND"
                  + " application_id = "
                  + application);

      // ---- the mailbox: each mail one ticket or one comment ----
      List<String> mailsNotOnce = new ArrayList<>();
      for (int i = 0; i < MAILS; i++) {
        long opened =
            count(sql, "SELECT COUNT(*) FROM tickets WHERE title LIKE '" + Ward.subject(i) + "%'");
        if (opened != 1) {
          mailsNotOnce.add("m" + i + " opened " + opened + " tickets");
        }
      }
      for (int i : sender.replied) {
        long comments =
            count(
                sql,
                "SELECT COUNT(*) FROM ticket_comments c JOIN tickets t ON t.id = c.ticket_id WHERE"
                    + " t.title LIKE '"
                    + Ward.subject(i)
                    + "%' AND c.body LIKE '%"
                    + Ward.reply(i)
                    + "%'");
        if (comments != 1) {
          mailsNotOnce.add("r" + i + " became " + comments + " comments on its ticket");
        }
      }
      long keyed =
          count(
              sql,
              "SELECT COUNT(*) FROM mail_messages WHERE direction = 'IN' AND connector_id = "
                  + connector);
      long sent = MAILS + sender.replied.size();

      System.out.printf(
          "SweepAndMailNodesIT: 2 nodes up in %.1f s; %d agents filed %d incidents, one each %d ms (SLA"
              + " 24x7, response %d s, resolution %d s); the ward sent %d mails (%d new, %d"
              + " replies). SIGKILL of node a twice: first %s; second %s. Node a back %.1f s after"
              + " the second kill; every timer settled %.1f s after it, every mail read %.1f s"
              + " after it. Timers %d, breached once at the deadline %d, breached other than"
              + " once %d; warnings %d (any twice %d), breaches %d; sweep notices %d (not once"
              + " %d); bell notifications %d (not one per account reached %d); escalations %d (audit lines"
              + " not once per breach %d); insight breach rows %d,"
              + " day counts breached %d met %d. Mails keyed %d of %d sent, not exactly one"
              + " ticket or comment %d (a reply filed as a ticket counts). Whole test %.0f s%n",
          seconds(started, nodesUp),
          2 * CLIENTS_PER_NODE,
          tickets,
          FILING_PACE.toMillis(),
          RESPONSE.toSeconds(),
          RESOLUTION.toSeconds(),
          sent,
          MAILS,
          sender.replied.size(),
          first,
          second,
          seconds(killed, restarted),
          seconds(killed, swept),
          seconds(killed, read),
          2 * tickets,
          timers,
          breachedOtherThanOnce.size(),
          warnings,
          warnedTwice.size(),
          breaches,
          notices,
          noticesNotOnce.size(),
          bells,
          bellsNotOnce.size(),
          escalated,
          escalationsNotOnce.size(),
          breachRows,
          dayBreaches,
          dayMet,
          keyed,
          sent,
          mailsNotOnce.size(),
          seconds(started, System.nanoTime()));

      assertThat(filing.refused)
          .as("answers other than 2xx; node b's log:%n%s", b.errors())
          .isEmpty();
      assertThat(first.heldPoll()).as("node a held the mailbox's poll when first killed").isTrue();
      assertThat(second.sweptBatches()).as("node a swept before its second kill").isPositive();
      assertThat(tickets).as("incidents filed").isGreaterThan(20);
      assertThat(timers).as("SLA timers breached at their deadline").isEqualTo(2 * tickets);
      assertThat(breachedOtherThanOnce).as("timers breached other than once").isEmpty();
      assertThat(warnings).as("warnings swept").isPositive();
      assertThat(warnedTwice).as("thresholds warned twice").isEmpty();
      assertThat(noticesNotOnce).as("warnings and breaches without exactly one notice").isEmpty();
      assertThat(bells).as("bell notifications rung").isPositive();
      assertThat(bellsNotOnce).as("notices not rung once for each account reached").isEmpty();
      assertThat(escalationsNotOnce).as("breaches not escalated exactly once").isEmpty();
      assertThat(breachRows).as("insight breach rows").isEqualTo(2 * tickets);
      assertThat(dayBreaches).as("insight day counts of breaches").isEqualTo(2 * tickets);
      assertThat(dayMet).as("insight day counts of met targets").isZero();
      assertThat(sender.replied).as("replies sent").hasSizeGreaterThan(MAILS / 2);
      assertThat(keyed).as("mails keyed on their Message-ID").isEqualTo(sent);
      assertThat(mailsNotOnce).as("mails not exactly one ticket or one comment").isEmpty();
    } finally {
      for (Node node : nodes) {
        node.stop(); // also when an assertion failed: no node outlives the test
      }
      mail.stop();
      Sql.dropDatabase(db);
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  private static long count(Connection sql, String query) throws Exception {
    synchronized (sql) {
      return queryLong(sql, query);
    }
  }

  private static String history(long application, String event) {
    return "SELECT COUNT(*) FROM sla_timer_history h JOIN sla_timers s ON s.id = h.timer_id WHERE"
        + " s.kind = 'SLA' AND h.event = '"
        + event
        + "' AND s.application_id = "
        + application;
  }

  private static String leaseHolder(Connection sql, long connector) throws Exception {
    synchronized (sql) {
      List<String[]> held =
          rows(sql, "SELECT leased_by FROM desk_poll_state WHERE connector_id = " + connector);
      return held.isEmpty() || held.get(0)[0] == null ? "" : held.get(0)[0];
    }
  }

  /** How many batches of due timers this run of the node swept (its log, with the trace on). */
  private static long batchesSwept(Node node) {
    return node.log().lines().filter(l -> l.contains("SLA sweep batch:")).count();
  }

  /** Mails in the mailbox not marked seen: not handled yet. */
  private static long unread(GreenMail mail, GreenMailUser user) throws Exception {
    return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
        .filter(m -> !m.isSet(Flags.Flag.SEEN))
        .count();
  }

  /** A SIGKILL of a node, and what was going on at that moment. */
  record Kill(
      boolean heldPoll, long sweptBatches, long timersDue, long breachesSoFar, long mailsKeyed) {

    static Kill of(Node node, Connection sql, long connector, long application) throws Exception {
      String holder = leaseHolder(sql, connector);
      long due =
          count(
              sql,
              "SELECT COUNT(*) FROM sla_timers WHERE next_check_at <= UTC_TIMESTAMP(6) AND"
                  + " application_id = "
                  + application);
      long batches = batchesSwept(node);
      node.kill();
      // A node that held the poll never released it: its claim stays until the lease lapses.
      boolean held =
          holder.startsWith(node.name + "/") && holder.equals(leaseHolder(sql, connector));
      return new Kill(
          held,
          batches,
          due,
          count(sql, history(application, "BREACHED")),
          count(sql, "SELECT COUNT(*) FROM mail_messages WHERE direction = 'IN'"));
    }

    @Override
    public String toString() {
      return (heldPoll ? "holding the mailbox's poll" : "not polling the mailbox")
          + ", "
          + sweptBatches
          + " sweep batches in this run of it, "
          + timersDue
          + " timers due, "
          + breachesSoFar
          + " breaches swept, "
          + mailsKeyed
          + " mails handled so far";
    }
  }

  /** The desk's own application for this run, so the figures count only this run's tickets. */
  private static long application(Node node, String admin, Connection sql) throws Exception {
    ObjectNode app = JSON.createObjectNode();
    app.put("name", "Nodes sweep test analyzer");
    app.put("vendor", "Acme");
    app.put("category", "LABORATORY");
    app.put("criticality", 4);
    app.put("lifecycle", "LIVE");
    app.put("calendarId", calendar(sql));
    return node.expect("POST", "/api/applications", admin, app, 201).path("id").asLong();
  }

  private static long calendar(Connection sql) throws Exception {
    return count(sql, "SELECT id FROM calendars WHERE name = '24x7'");
  }

  /**
   * Incidents on criticality-4 applications (only this run's analyzer gets new ones) run on a 24x7
   * calendar with short targets; only a public reply meets the response target, and nobody replies,
   * so every timer warns and breaches.
   */
  private static void policy(Node node, String admin, Connection sql) throws Exception {
    ObjectNode policy = JSON.createObjectNode();
    policy.put("name", "Nodes sweep test");
    policy.put("ticketType", "INCIDENT");
    policy.put("criticality", 4);
    policy.put("calendarId", calendar(sql));
    policy.put("response", RESPONSE.toString());
    policy.put("resolution", RESOLUTION.toString());
    policy.put("responseMetBy", "PUBLIC_REPLY");
    policy.putArray("warnings").add(50).add(75).add(90);
    policy.putArray("breachActions").add("ESCALATE_TIER").add("NOTIFY_GROUP_LEAD");
    node.expect("POST", "/api/sla/policies", admin, policy, 201);
  }

  private static long mailboxConnector(Node node, String admin, int imapPort) throws Exception {
    ObjectNode connector = JSON.createObjectNode();
    connector.put("kind", "EMAIL");
    connector.put("name", "Service desk mailbox");
    connector
        .putObject("settings")
        .put("protocol", "imap")
        .put("host", "127.0.0.1")
        .put("port", String.valueOf(imapPort))
        .put("folder", "INBOX")
        .put("unknownSenders", "REFUSE");
    connector
        .putObject("auth")
        .put("type", "BASIC")
        .put("username", "servicedesk")
        .put("password", "mailbox-pw");
    return node.expect("POST", "/api/integrations/connectors", admin, connector, 201)
        .path("id")
        .asLong();
  }

  /**
   * Agents filing incidents on the run's application, each one every {@link #FILING_PACE}, until
   * told to stop or until their node dies.
   */
  static final class Filing {
    final long application;
    final Queue<String> refused = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final ExecutorService clients = Executors.newCachedThreadPool();

    Filing(long application) {
      this.application = application;
    }

    /** {@link #CLIENTS_PER_NODE} agents on {@code node} (in its {@code life}-th run). */
    void start(Node node, String token, int life) {
      for (int c = 0; c < CLIENTS_PER_NODE; c++) {
        String client = node.name + life + c;
        clients.execute(() -> work(node, token, client));
      }
    }

    private void work(Node node, String token, String client) {
      // One client works one run of its node: a request its kill cut off is expected, and after
      // the kill (the node may be starting again on a new port) it stops.
      Process serving = node.process;
      for (int round = 1; !stop.get() && node.process == serving; round++) {
        try {
          ObjectNode ticket =
              Node.incident(
                  "Sweep test " + client + "r" + round + " analyzer offline",
                  "Filed by client " + client,
                  application);
          node.expect("POST", "/api/tickets", token, ticket, 201);
          Thread.sleep(FILING_PACE.toMillis()); // an agent's pace, not a wait for a condition
        } catch (IOException killed) {
          // The connection can drop a moment before the killed process is reaped.
          if (stillRunning(serving)) {
            refused.add(client + ": " + killed);
          }
          return; // this client's node is gone: whatever it committed counts
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException e) {
          refused.add(client + ": " + e.getMessage());
          return;
        }
      }
    }

    private static boolean stillRunning(Process process) {
      try {
        return !process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    void finish() throws InterruptedException {
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    }
  }

  /**
   * A ward writing to the support mailbox: {@link #MAILS} new requests in bursts, and a reply to
   * each one whose ticket exists (by In-Reply-To, the way a mail client answers).
   */
  static final class Ward {
    final int smtpPort;
    final String from;
    final Connection sql;
    final List<Integer> replied = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicBoolean done = new AtomicBoolean();

    Ward(int smtpPort, String from, Connection sql) {
      this.smtpPort = smtpPort;
      this.from = from;
      this.sql = sql;
    }

    static String subject(int i) {
      return "Mail test m" + i + ":";
    }

    static String reply(int i) {
      return "Reply r" + i + " still jamming";
    }

    void work() {
      try {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int sent = 0;
        while (replied.size() < MAILS && System.nanoTime() < until) {
          for (int n = 0; n < MAIL_BURST && sent < MAILS; n++, sent++) {
            send(sent, null);
          }
          for (int i = 0; i < sent; i++) {
            if (!replied.contains(i)
                && count(sql, "SELECT COUNT(*) FROM tickets WHERE title LIKE '" + subject(i) + "%'")
                    > 0) {
              send(i, "<" + id(i, false) + ">");
              replied.add(i);
            }
          }
          Thread.sleep(700); // a ward's pace, not a wait for a condition
        }
      } catch (Exception e) {
        failures.add(e.toString());
      } finally {
        done.set(true);
      }
    }

    private static String id(int i, boolean reply) {
      return (reply ? "reply-" : "mail-") + i + "@ward4west.example";
    }

    private void send(int i, String inReplyTo) throws MessagingException {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", "127.0.0.1");
      properties.put("mail.smtp.port", String.valueOf(smtpPort));
      boolean reply = inReplyTo != null;
      MimeMessage message =
          new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", "<" + id(i, reply) + ">");
            }
          };
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
      if (reply) {
        message.setSubject("Re: " + subject(i) + " label printer jams", "UTF-8");
        message.setHeader("In-Reply-To", inReplyTo);
        message.setText(reply(i) + " after the restart", "UTF-8");
      } else {
        message.setSubject(subject(i) + " label printer jams", "UTF-8");
        message.setText("The label printer on 4 West jams (mail m" + i + ").", "UTF-8");
      }
      Transport.send(message);
    }
  }
}
