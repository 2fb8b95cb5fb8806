package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medley.ebonding.internal.ConnectorApi.AuthView;
import org.medley.ebonding.internal.ConnectorApi.Connector;
import org.medley.ebonding.internal.ConnectorApi.Input;
import org.medley.ebonding.internal.ConnectorApi.StatusMapView;
import org.medley.ebonding.internal.ConnectorStore.Row;
import org.medley.identity.Caller;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.market.Engagements;
import org.medley.platform.LockConflicts;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * An admin sets up the hospital's partner-desk connectors: creates, changes (optimistic version;
 * secrets left out are kept), deletes them (kept for history, secrets wiped; refused while an
 * active or planned engagement relies on one) and records each connection test. Every change is a
 * line of {@code ebonding_audit} naming the admin, never a secret.
 */
@Singleton
@RetryLockConflicts
class ConnectorAdmin {

  private final ConnectorStore store;
  private final StoredConnectors connectors;
  private final Engagements engagements;
  private final HubSubscriptions hubs;
  private final Clock clock;
  private final String publicUrl;

  ConnectorAdmin(
      ConnectorStore store,
      StoredConnectors connectors,
      Engagements engagements,
      HubSubscriptions hubs,
      Clock clock,
      @Value("${medley.public-url:`http://localhost:8080`}") String publicUrl) {
    this.store = store;
    this.connectors = connectors;
    this.engagements = engagements;
    this.hubs = hubs;
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /**
   * The tenant's connectors by name, filtered by words in the name and by kind. A hospital has a
   * handful, so the page is cut in memory.
   */
  @ReadOnly
  ConnectorApi.Page list(
      Caller caller, @Nullable String q, @Nullable DeskKind kind, int page, int size) {
    String words = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<Row> matching =
        store.list(caller.tenantId()).stream()
            .filter(c -> kind == null || c.kind() == kind)
            .filter(c -> words.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(words))
            .toList();
    int from = (int) Math.min((long) page * size, matching.size());
    int to = Math.min(from + size, matching.size());
    return new ConnectorApi.Page(
        matching.subList(from, to).stream().map(this::view).toList(), page, size, matching.size());
  }

  @ReadOnly
  Connector get(Caller caller, long id) {
    return view(existing(caller.tenantId(), id));
  }

  @Transactional
  Connector create(Caller caller, Input input) {
    long tenant = caller.tenantId();
    ConnectorForm.Draft draft = ConnectorForm.check(input, null);
    refuseTakenName(tenant, draft.name(), 0);
    String refSystem = RefSystems.unique(draft.name(), store.refSystems(tenant));
    Instant now = clock.instant();
    long id;
    try {
      id = store.insert(tenant, refSystem, connectors.seal(draft), now);
    } catch (DataAccessException e) {
      throw taken(e, draft.name());
    }
    store.audit(tenant, id, actor(caller), now, "CREATED", describe(draft, refSystem));
    Row created = store.find(id).orElseThrow();
    hubs.changed(null, created);
    return view(created);
  }

  @Transactional
  Connector change(Caller caller, long id, Input input) {
    long tenant = caller.tenantId();
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    Row current = store.lock(tenant, id).orElseThrow(() -> notFound(id));
    if (current.version() != input.version()) {
      throw stale(current);
    }
    ConnectorForm.Draft draft = ConnectorForm.check(input, connectors.current(current));
    refuseTakenName(tenant, draft.name(), id);
    Instant now = clock.instant();
    boolean written;
    try {
      written = store.update(tenant, id, current.version(), connectors.seal(draft), now);
    } catch (DataAccessException e) {
      throw taken(e, draft.name());
    }
    if (!written) {
      throw stale(store.find(id).orElse(current));
    }
    store.audit(tenant, id, actor(caller), now, "CHANGED", difference(current, draft, input));
    Row changed = store.find(id).orElseThrow();
    hubs.changed(current, changed);
    return view(changed);
  }

  @Transactional
  void delete(Caller caller, long id, long version) {
    long tenant = caller.tenantId();
    Row current = store.lock(tenant, id).orElseThrow(() -> notFound(id));
    if (current.version() != version) {
      throw stale(current);
    }
    List<Engagements.Ref> relying = engagements.relyingOnConnector(tenant, id);
    if (!relying.isEmpty()) {
      throw Refused.conflict(
          current.name()
              + " is the partner desk of "
              + relying.stream().map(e -> "\"" + e.name() + "\"").collect(Collectors.joining(", "))
              + ": choose another desk for "
              + (relying.size() == 1 ? "that engagement" : "those engagements")
              + " or end "
              + (relying.size() == 1 ? "it" : "them")
              + " first");
    }
    Instant now = clock.instant();
    if (!store.delete(tenant, id, current.version(), now)) {
      throw stale(current);
    }
    store.audit(tenant, id, actor(caller), now, "DELETED", current.name() + " deleted");
    hubs.changed(current, null);
  }

  /** The connection a test of the tenant's connector uses, secrets opened. */
  @ReadOnly
  DeskConnection connection(Caller caller, long id) {
    existing(caller.tenantId(), id);
    return connectors
        .find(caller.tenantId(), id)
        .map(ConnectorDirectory.Connector::connection)
        .orElseThrow(() -> notFound(id));
  }

  /** Records a connection test's outcome. */
  @Transactional
  void tested(Caller caller, long id, DeskHealth health) {
    store.audit(
        caller.tenantId(),
        id,
        actor(caller),
        clock.instant(),
        "TESTED",
        (health.ok() ? "ok" : "failed") + " in " + health.millis() + " ms: " + health.detail());
  }

  private Row existing(long tenant, long id) {
    return store.find(id).filter(c -> c.tenantId() == tenant).orElseThrow(() -> notFound(id));
  }

  Connector view(Row row) {
    return new Connector(
        row.id(),
        row.kind(),
        row.name(),
        row.refSystem(),
        row.baseUrl(),
        new AuthView(
            row.authType(),
            row.publicAuth().username(),
            row.publicAuth().clientId(),
            row.publicAuth().tokenUrl(),
            row.authSecret() != null),
        row.settings(),
        new StatusMapView(row.statusMap().inbound(), row.statusMap().outbound()),
        row.webhookSecret() != null,
        webhookUrl(row.id()),
        tokenUrl(row.id()),
        WebhookTokens.clientId(row.id()),
        row.version(),
        row.createdAt(),
        row.updatedAt());
  }

  /** Where the desk calls Medley: {@code <medley.public-url>/api/integrations/<id>/webhook}. */
  String webhookUrl(long id) {
    return webhookUrl(publicUrl, id);
  }

  static String webhookUrl(String publicUrl, long id) {
    return publicUrl.replaceAll("/+$", "") + "/api/integrations/" + id + "/webhook";
  }

  /** Where the desk trades its client id and secret for a webhook token (OAuth2). */
  String tokenUrl(long id) {
    return publicUrl + "/api/integrations/" + id + "/token";
  }

  private void refuseTakenName(long tenant, String name, long exceptId) {
    Optional<Row> holder =
        store.list(tenant).stream()
            .filter(c -> c.id() != exceptId && c.name().equalsIgnoreCase(name))
            .findFirst();
    if (holder.isPresent()) {
      throw Refused.conflict(
          "name", "a connector called \"" + holder.get().name() + "\" already exists");
    }
  }

  private static RuntimeException taken(DataAccessException e, String name) {
    if (LockConflicts.among(e)) {
      return e;
    }
    // Another request took the same name (so the same reference system) between check and write.
    return Refused.conflict("name", "a connector called \"" + name + "\" already exists");
  }

  private static Refused stale(Row current) {
    return Refused.conflict(
        "version",
        "someone changed "
            + current.name()
            + " (it is now at version "
            + current.version()
            + "); reload it and apply your change again");
  }

  private static HttpStatusException notFound(long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No connector " + id + ".");
  }

  private static String actor(Caller caller) {
    return caller.displayName() + " (" + caller.username() + ")";
  }

  private static String describe(ConnectorForm.Draft d, String refSystem) {
    return "kind="
        + d.kind()
        + ", name="
        + d.name()
        + ", refSystem="
        + refSystem
        + ", baseUrl="
        + d.baseUrl()
        + ", auth="
        + d.auth().type()
        + ", settings="
        + d.settings()
        + ", statusMap="
        + d.statusMap()
        + ", webhookSecret="
        + (d.webhookSecret() == null ? "none" : "set");
  }

  /** Each field that changed, as {@code field: before → after}; secrets only as "replaced". */
  static String difference(Row before, ConnectorForm.Draft after, Input input) {
    List<String> changed = new ArrayList<>();
    note(changed, "name", before.name(), after.name());
    note(changed, "baseUrl", before.baseUrl(), after.baseUrl().toString());
    note(changed, "auth", before.authType(), after.auth().type());
    note(changed, "username", before.publicAuth().username(), after.auth().username());
    note(changed, "clientId", before.publicAuth().clientId(), after.auth().clientId());
    note(changed, "tokenUrl", before.publicAuth().tokenUrl(), after.auth().tokenUrl());
    settingsDifference(changed, before.settings(), after.settings());
    note(changed, "statusMap.inbound", before.statusMap().inbound(), after.statusMap().inbound());
    note(
        changed, "statusMap.outbound", before.statusMap().outbound(), after.statusMap().outbound());
    ConnectorApi.AuthInput auth = input.auth();
    if (auth != null
        && (given(auth.token()) || given(auth.password()) || given(auth.clientSecret()))) {
      changed.add("auth secret replaced");
    }
    if (input.webhookSecret() != null) {
      changed.add(
          input.webhookSecret().isEmpty() ? "webhook secret removed" : "webhook secret replaced");
    }
    return changed.isEmpty() ? "no change" : String.join("; ", changed);
  }

  private static void settingsDifference(
      List<String> changed, Map<String, String> before, Map<String, String> after) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      note(changed, "settings." + key, before.get(key), after.get(key));
    }
  }

  private static boolean given(@Nullable String value) {
    return value != null && !value.isBlank();
  }

  private static void note(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field + ": " + before + " → " + after);
    }
  }
}
