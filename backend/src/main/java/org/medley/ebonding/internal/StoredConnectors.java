package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.ebonding.internal.ConnectorStore.PublicAuth;
import org.medley.ebonding.internal.ConnectorStore.Row;
import org.medley.ebonding.internal.ConnectorStore.SecretAuth;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskConnection.Auth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors as the e-bonding pipeline reads them: secrets opened with the {@link SecretBox},
 * delivery settings parsed. A secret that no longer opens (the key was changed) reads as not set,
 * with a warning: the desk then refuses Medley's calls and an admin enters the secret again.
 */
@Singleton
class StoredConnectors implements ConnectorDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(StoredConnectors.class);

  private final ConnectorStore store;
  private final SecretBox box;

  StoredConnectors(ConnectorStore store, SecretBox box) {
    this.store = store;
    this.box = box;
  }

  @Override
  @ReadOnly
  public Optional<Connector> find(long tenantId, long connectorId) {
    return store.find(connectorId).filter(r -> r.tenantId() == tenantId).map(this::connector);
  }

  @Override
  @ReadOnly
  public Optional<Connector> find(long connectorId) {
    return store.find(connectorId).map(this::connector);
  }

  @Override
  @ReadOnly
  public List<Connector> all() {
    return store.all().stream().map(this::connector).toList();
  }

  /**
   * How the outbox retries a desk, from its settings {@code retryInitial}, {@code retryMax}
   * (ISO-8601 durations) and {@code maxAttempts}; each one unset takes {@link Delivery#DEFAULTS}'.
   */
  static Delivery delivery(Map<String, String> settings) {
    Delivery defaults = Delivery.DEFAULTS;
    Duration initial =
        ConnectorForm.parsedOr(settings.get("retryInitial"), defaults.retryInitial());
    Duration max = ConnectorForm.parsedOr(settings.get("retryMax"), defaults.retryMax());
    int attempts = defaults.maxAttempts();
    String given = settings.get("maxAttempts");
    if (given != null && !given.isBlank()) {
      try {
        attempts = Integer.parseInt(given.strip());
      } catch (NumberFormatException e) {
        // the form refuses these; a row written otherwise keeps the default
      }
    }
    return new Delivery(initial, max.compareTo(initial) < 0 ? initial : max, attempts);
  }

  /** The row's connection, secrets opened. */
  DeskConnection connection(Row row) {
    return connector(row).connection();
  }

  private Connector connector(Row row) {
    ConnectorForm.Current current = current(row);
    DeskConnection connection =
        new DeskConnection(
            row.id(),
            row.kind(),
            row.name(),
            URI.create(row.baseUrl()),
            current.auth(),
            row.settings(),
            row.statusMap());
    return new Connector(
        row.id(),
        row.tenantId(),
        row.refSystem(),
        connection,
        current.webhookSecret(),
        delivery(row.settings()));
  }

  /** The row's kind and its secrets opened, for a change to keep those left out. */
  ConnectorForm.Current current(Row row) {
    SecretAuth secrets =
        row.authSecret() == null
            ? new SecretAuth(null, null, null)
            : Optional.ofNullable(open(row, "sign-in secret", row.authSecret()))
                .map(json -> store.read(json, Argument.of(SecretAuth.class)))
                .orElse(new SecretAuth(null, null, null));
    PublicAuth p = row.publicAuth();
    Auth auth =
        new Auth(
            row.authType(),
            secrets.token(),
            p.username(),
            secrets.password(),
            p.clientId(),
            secrets.clientSecret(),
            p.tokenUrl());
    String webhookSecret =
        row.webhookSecret() == null ? null : open(row, "webhook secret", row.webhookSecret());
    return new ConnectorForm.Current(row.kind(), auth, webhookSecret);
  }

  /** The draft as stored: public fields as they are, secrets sealed. */
  ConnectorStore.Sealed seal(ConnectorForm.Draft draft) {
    Auth auth = draft.auth();
    boolean anySecret =
        auth.token() != null || auth.password() != null || auth.clientSecret() != null;
    return new ConnectorStore.Sealed(
        draft.kind(),
        draft.name(),
        draft.baseUrl().toString(),
        auth.type(),
        new PublicAuth(auth.username(), auth.clientId(), auth.tokenUrl()),
        anySecret
            ? box.seal(
                store.write(new SecretAuth(auth.token(), auth.password(), auth.clientSecret())))
            : null,
        draft.webhookSecret() == null ? null : box.seal(draft.webhookSecret()),
        draft.settings(),
        draft.statusMap());
  }

  private @Nullable String open(Row row, String what, String sealed) {
    try {
      return box.open(sealed);
    } catch (SecretBox.Unopenable e) {
      LOG.warn(
          "The {} of connector {} ({}) does not open with this key ({}): enter it again",
          what,
          row.id(),
          row.name(),
          e.getMessage());
      return null;
    }
  }
}
