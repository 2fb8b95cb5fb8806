package org.medley.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Medley on a database of its own that starts empty, with demo data off: what a hospital gets on
 * its first {@code java -jar}. Keeps what the setup logged, for the link it prints. {@link #close}
 * stops the nodes and drops the database.
 */
public final class EmptyMedley implements AutoCloseable {

  /** The setup link as {@code org.medley.setup} logs it. */
  public static final Pattern SETUP_LINK =
      Pattern.compile("(https?://\\S+/setup\\?token=([\\w-]+))");

  private static final String SETUP_LOGGER = "org.medley.setup";

  private final MigratedDatabase database;
  private final List<EmbeddedServer> nodes = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  private EmptyMedley(MigratedDatabase database) {
    this.database = database;
    log.start();
    ((Logger) LoggerFactory.getLogger(SETUP_LOGGER)).addAppender(log);
  }

  /** A new empty database; no node runs yet. */
  public static EmptyMedley create() throws SQLException {
    return create("medley_empty_");
  }

  /** A new empty database whose name starts with {@code prefix}; no node runs yet. */
  public static EmptyMedley create(String prefix) throws SQLException {
    return new EmptyMedley(MigratedDatabase.empty(prefix));
  }

  /** Starts a node with these properties and environment variables (may be empty). */
  public EmbeddedServer start(Map<String, Object> properties, Map<String, Object> environment) {
    Map<String, Object> all = new HashMap<>(database.datasource());
    all.put("micronaut.server.port", -1);
    all.put("medley.demo.enabled", false);
    all.put("medley.sla.sweep.enabled", false);
    all.put("medley.outbox.relay.enabled", false);
    all.putAll(properties);
    var builder = ApplicationContext.builder(all).environments("test");
    if (!environment.isEmpty()) {
      builder.propertySources(
          PropertySource.of(
              "env", environment, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE));
    }
    // A start that fails (a refused setup) must not leave the context's scheduled work running
    // in this JVM against a database that close() drops.
    ApplicationContext context = builder.build();
    try {
      context.start();
      EmbeddedServer node = context.getBean(EmbeddedServer.class);
      if (!node.isRunning()) {
        node.start();
      }
      nodes.add(node);
      return node;
    } catch (RuntimeException e) {
      // A context whose start failed never counts as running, so close() stops nothing and its
      // scheduler would go on in this JVM: its executors are shut down by hand.
      context.getBeansOfType(ExecutorService.class).forEach(ExecutorService::shutdownNow);
      context.close();
      throw e;
    }
  }

  public EmbeddedServer start() {
    return start(Map.of(), Map.of());
  }

  /** What {@code org.medley.setup} logged so far, at any level. */
  public List<String> setupLog() {
    synchronized (log) {
      return log.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }
  }

  /** The token of the last setup link logged. */
  public String lastSetupToken() {
    String token = null;
    for (String line : setupLog()) {
      Matcher link = SETUP_LINK.matcher(line);
      if (link.find()) {
        token = link.group(2);
      }
    }
    if (token == null) {
      throw new AssertionError("No setup link in the log: " + setupLog());
    }
    return token;
  }

  public MigratedDatabase database() {
    return database;
  }

  /** A JSON request to a node, read whatever its status. */
  public static Api.Reply send(
      EmbeddedServer node, String method, String path, String body, String token) {
    var request =
        HttpRequest.newBuilder(URI.create(node.getURL() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Api.send(request.build());
  }

  @Override
  public void close() throws SQLException {
    ((Logger) LoggerFactory.getLogger(SETUP_LOGGER)).detachAppender(log);
    for (EmbeddedServer node : nodes) {
      node.close();
    }
    database.close();
  }
}
