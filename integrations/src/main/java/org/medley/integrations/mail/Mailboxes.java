package org.medley.integrations.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledPollConsumer;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.InboundMail;
import org.medley.integrations.api.MailGateway;

/**
 * The {@link MailGateway} on Camel: one {@link MailboxRoute} per mailbox connector (replaced when
 * its settings or credentials change), whose camel-mail consumer polls only when {@link #fetch}
 * asks, on the caller's thread, so the backend's lease decides which node reads a mailbox. A poll
 * that cannot reach the mailbox or sign in is reported by the consumer's poll strategy and thrown
 * as {@link DeskUnavailable}.
 */
public final class Mailboxes implements MailGateway {

  private final CamelContext camel;
  private final long timeoutMillis;
  private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
  private final Map<Long, String> uris = new ConcurrentHashMap<>();

  /** A mailbox's route and the poll now running on it (one at a time). */
  private static final class Mailbox {
    final String uri;
    final String routeId;
    final Handover handover = new Handover();

    Mailbox(String uri, String routeId) {
      this.uri = uri;
      this.routeId = routeId;
    }
  }

  /** Hands each read mail to the handler of the poll that is running, and counts it. */
  public static final class Handover implements Processor {

    private volatile Handler handler;
    private volatile long maxFileBytes = Long.MAX_VALUE;
    private int taken;
    private int failed;
    private RuntimeException firstFailure;

    @Override
    public void process(Exchange exchange) {
      try {
        handler.handle(exchange.getMessage().getBody(InboundMail.class));
        taken++;
      } catch (RuntimeException e) {
        failed++;
        if (firstFailure == null) {
          firstFailure = e;
        }
        throw e; // the exchange fails, so camel-mail leaves the mail unread
      }
    }

    /** The file size limit of the poll that is running, for the reader. */
    public long maxFileBytes() {
      return maxFileBytes;
    }

    void reset(Handler handler, long maxFileBytes) {
      this.handler = handler;
      this.maxFileBytes = maxFileBytes;
      taken = 0;
      failed = 0;
      firstFailure = null;
    }
  }

  /** Records why a poll failed, for {@link #fetch} to throw. */
  private static final class Outcome implements PollingConsumerPollStrategy {

    private volatile Exception failure;

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
      failure = null;
      return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {}

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
      failure = e;
      return false;
    }
  }

  public Mailboxes(CamelContext camel, long timeoutMillis) {
    this.camel = camel;
    this.timeoutMillis = timeoutMillis;
    try {
      camel.addRoutes(new MailErrors());
    } catch (Exception e) {
      throw new IllegalStateException("Could not add the mail error handling", e);
    }
  }

  @Override
  public int fetch(DeskConnection connection, int max, long maxFileBytes, Handler handler) {
    Mailbox mailbox = mailbox(connection, max);
    synchronized (mailbox) {
      Route route = camel.getRoute(mailbox.routeId);
      ScheduledPollConsumer consumer = (ScheduledPollConsumer) route.getConsumer();
      Outcome outcome = new Outcome();
      consumer.setPollStrategy(outcome);
      mailbox.handover.reset(handler, maxFileBytes);
      try {
        consumer.run(); // one poll, on this thread
      } finally {
        mailbox.handover.handler = null;
      }
      if (outcome.failure != null) {
        throw new DeskUnavailable(
            "Could not read the mailbox " + connection.name() + ": " + describe(outcome.failure),
            outcome.failure);
      }
      if (mailbox.handover.failed > 0) {
        RuntimeException first = mailbox.handover.firstFailure;
        throw new MailNotHandled(
            mailbox.handover.failed
                + " of the mails could not be handled and stay unread ("
                + describe(first)
                + ")",
            first);
      }
      return mailbox.handover.taken;
    }
  }

  /**
   * The route of the connection's mailbox. Routes are keyed by their endpoint: camel-mail allows
   * one consumer per endpoint, and two connectors naming the same mailbox share it (one poll at a
   * time). A connector whose settings changed moves to a new route; the old one goes when no
   * connector uses it any more.
   */
  private synchronized Mailbox mailbox(DeskConnection connection, int max) {
    String uri = MailboxUri.of(connection, max, timeoutMillis);
    String before = uris.put(connection.id(), uri);
    if (before != null && !before.equals(uri) && !uris.containsValue(before)) {
      Mailbox gone = mailboxes.remove(before);
      if (gone != null) {
        remove(gone);
      }
    }
    Mailbox existing = mailboxes.get(uri);
    if (existing != null) {
      return existing;
    }
    try {
      String routeId = "mailbox-" + connection.id() + "-" + Integer.toHexString(uri.hashCode());
      Mailbox created = new Mailbox(uri, routeId);
      camel.addRoutes(new MailboxRoute(routeId, uri, created.handover));
      mailboxes.put(uri, created);
      return created;
    } catch (Exception e) {
      uris.remove(connection.id());
      throw new DeskUnavailable(
          "Could not set up the mailbox " + connection.name() + ": " + e.getMessage(), e);
    }
  }

  private void remove(Mailbox mailbox) {
    try {
      camel.getRouteController().stopRoute(mailbox.routeId);
      camel.removeRoute(mailbox.routeId);
    } catch (Exception e) {
      // a route that will not stop is left; it polls only when asked
    }
  }

  @Override
  public DeskHealth test(DeskConnection connection) {
    long started = System.nanoTime();
    try {
      String protocol = MailboxUri.protocol(connection);
      Properties properties = new Properties();
      String timeout = String.valueOf(timeoutMillis);
      properties.put("mail." + protocol + ".connectiontimeout", timeout);
      properties.put("mail." + protocol + ".timeout", timeout);
      Session session = Session.getInstance(properties);
      try (Store store = session.getStore(protocol)) {
        store.connect(
            MailboxUri.host(connection),
            MailboxUri.port(connection),
            connection.auth().username(),
            connection.auth().password());
        Folder folder = store.getFolder(MailboxUri.folder(connection));
        if (!folder.exists()) {
          return new DeskHealth(
              false,
              "Signed in, but the mailbox has no folder " + MailboxUri.folder(connection),
              millis(started));
        }
        folder.open(Folder.READ_ONLY);
        int count = folder.getMessageCount();
        folder.close(false);
        return new DeskHealth(
            true,
            "Signed in to "
                + MailboxUri.host(connection)
                + " and opened "
                + folder.getFullName()
                + " ("
                + count
                + (count == 1 ? " mail)" : " mails)"),
            millis(started));
      }
    } catch (AuthenticationFailedException e) {
      return new DeskHealth(
          false, "The mailbox refused the sign-in: " + describe(e), millis(started));
    } catch (MessagingException | RuntimeException e) {
      return new DeskHealth(false, "Could not reach the mailbox: " + describe(e), millis(started));
    }
  }

  private static long millis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** The innermost message, which names the real cause (connection refused, bad password). */
  static String describe(Throwable failure) {
    Throwable cause = failure;
    String message = failure.getMessage();
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    if (failure instanceof AuthenticationFailedException) {
      return "wrong user name or password" + (message == null ? "" : " (" + message + ")");
    }
    return message == null ? failure.getClass().getSimpleName() : message;
  }

  /** Some mails were read but the handler failed on them; they stay unread for the next poll. */
  public static final class MailNotHandled extends RuntimeException {
    MailNotHandled(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
