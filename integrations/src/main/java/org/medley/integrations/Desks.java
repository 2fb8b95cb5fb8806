package org.medley.integrations;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.api.MailGateway;
import org.medley.integrations.api.MalformedDeskEvent;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.jsm.JiraServiceManagement;
import org.medley.integrations.mail.Mailboxes;
import org.medley.integrations.route.CamelDeskHttp;
import org.medley.integrations.route.DeskErrors;
import org.medley.integrations.route.DeskHttpRoute;
import org.medley.integrations.route.DeskRetryStrategy;
import org.medley.integrations.rt.RequestTracker;
import org.medley.integrations.servicenow.ServiceNow;
import org.medley.integrations.tmf.Tmf621;

/**
 * The {@link DeskGateway} on one Camel context: each protocol bean decides what to call, the {@code
 * desk-http} route carries the calls under the shared {@link DeskErrors} configuration. Start it
 * once per process with {@link #start}; {@link #close} stops Camel.
 */
public final class Desks implements DeskGateway, AutoCloseable {

  /** How the Camel side is tuned; {@link #defaults()} suits production. */
  public record Settings(
      Duration connectTimeout,
      Duration responseTimeout,
      int quickRetries,
      Duration quickRetryDelay,
      int maxConnections) {

    /**
     * The longest one desk call can take: every try (the first and {@code quickRetries} more) may
     * wait for a pooled connection, to connect and for the answer, and the quick retries wait
     * {@code quickRetryDelay}, doubling, in between ({@link DeskErrors}).
     */
    public Duration longestCall() {
      Duration oneTry = connectTimeout.multipliedBy(2).plus(responseTimeout);
      Duration pauses = quickRetryDelay.multipliedBy((1L << quickRetries) - 1);
      return oneTry.multipliedBy(quickRetries + 1L).plus(pauses);
    }

    public static Settings defaults() {
      return new Settings(
          Duration.ofSeconds(5), Duration.ofSeconds(20), 2, Duration.ofMillis(200), 200);
    }
  }

  private final CamelContext camel;
  private final DeskHttp http;
  private final Map<DeskKind, DeskProtocol> protocols = new EnumMap<>(DeskKind.class);
  private final Mailboxes mailboxes;

  private Desks(
      CamelContext camel, DeskHttp http, List<DeskProtocol> protocols, Settings settings) {
    this.camel = camel;
    this.http = http;
    this.mailboxes = new Mailboxes(camel, settings.responseTimeout().toMillis());
    protocols.forEach(p -> this.protocols.put(p.kind(), p));
  }

  /** The protocols Medley ships, one per {@link DeskKind} as they land. */
  public static List<DeskProtocol> standardProtocols() {
    return List.of(
        new RequestTracker(), new ServiceNow(), new JiraServiceManagement(), new Tmf621());
  }

  /** Starts Camel with the desk routes and the given protocols. */
  public static Desks start(List<DeskProtocol> protocols, Settings settings, Clock clock) {
    try {
      DefaultCamelContext camel = new DefaultCamelContext();
      camel.getCamelContextExtension().setName("medley-desks");
      HttpComponent component = camel.getComponent("http", HttpComponent.class);
      component.setConnectTimeout(settings.connectTimeout().toMillis());
      component.setConnectionRequestTimeout(settings.connectTimeout().toMillis());
      component.setResponseTimeout(settings.responseTimeout().toMillis());
      component.setSoTimeout(settings.responseTimeout().toMillis());
      component.setMaxTotalConnections(settings.maxConnections());
      component.setConnectionsPerRoute(settings.maxConnections());
      component.setHttpClientConfigurer(
          builder ->
              builder.setRetryStrategy(
                  DeskRetryStrategy.of(
                      settings.quickRetries(), settings.quickRetryDelay().toMillis())));
      camel.addRoutes(
          new DeskErrors(settings.quickRetries(), settings.quickRetryDelay().toMillis()));
      camel.addRoutes(new DeskHttpRoute());
      camel.start();
      return new Desks(
          camel, new CamelDeskHttp(camel.createProducerTemplate(), clock), protocols, settings);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the desk routes", e);
    }
  }

  /** The Camel context, for route tests (AdviceWith, NotifyBuilder). */
  public CamelContext camel() {
    return camel;
  }

  /** The support mailboxes (EMAIL connectors), read on the same Camel context. */
  public MailGateway mailboxes() {
    return mailboxes;
  }

  /** HTTP through the desk route, for protocol tests. */
  public DeskHttp http() {
    return http;
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update) {
    return protocol(connection.kind()).deliver(connection, update, http);
  }

  @Override
  public boolean polled(DeskKind kind) {
    DeskProtocol protocol = protocols.get(kind);
    return protocol != null && protocol.polled();
  }

  @Override
  public DeskChanges poll(DeskConnection connection, String watermark) {
    return protocol(connection.kind()).poll(connection, watermark, http);
  }

  @Override
  public List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    DeskProtocol protocol = protocols.get(connection.kind());
    if (protocol == null) {
      throw new MalformedDeskEvent("Medley does not speak " + connection.kind() + " yet");
    }
    return protocol.webhook(connection, headers, body);
  }

  @Override
  public boolean hubListener(DeskKind kind) {
    DeskProtocol protocol = protocols.get(kind);
    return protocol != null && protocol.hubListener();
  }

  @Override
  public String subscribe(DeskConnection connection, String callbackUrl) {
    return protocol(connection.kind()).subscribe(connection, callbackUrl, http);
  }

  @Override
  public void unsubscribe(DeskConnection connection, String hubId) {
    protocol(connection.kind()).unsubscribe(connection, hubId, http);
  }

  @Override
  public DeskHealth test(DeskConnection connection) {
    if (connection.kind() == DeskKind.EMAIL) {
      return mailboxes.test(connection);
    }
    DeskProtocol protocol = protocols.get(connection.kind());
    if (protocol == null) {
      return new DeskHealth(false, "Medley does not speak " + connection.kind() + " yet", 0);
    }
    try {
      return protocol.test(connection, http);
    } catch (RuntimeException e) {
      return new DeskHealth(false, e.getMessage(), 0);
    }
  }

  private DeskProtocol protocol(DeskKind kind) {
    DeskProtocol protocol = protocols.get(kind);
    if (protocol == null) {
      throw new IllegalStateException("No protocol for " + kind);
    }
    return protocol;
  }

  @Override
  public void close() {
    camel.stop();
  }
}
