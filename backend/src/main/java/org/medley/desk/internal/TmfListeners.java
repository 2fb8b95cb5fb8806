package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * The TMF621 hub's listeners: a partner desk registers a callback and hears of changes to the
 * tickets its organisation's groups hold or held. A listener belongs to the caller's partner
 * organisation (any of its agents may remove it); the hospital's own staff register none, since
 * they read Medley itself. {@code query} may name the event types wanted ({@code
 * eventType=TroubleTicketStateChangeEvent}); without it a listener hears both.
 */
@Singleton
@RetryLockConflicts
class TmfListeners {

  record Listener(long id, long tenantId, long partnerId, String callback, @Nullable String query) {

    /** Whether the listener's query lets this event type through. */
    boolean wants(String eventType) {
      if (query == null) {
        return true;
      }
      for (String term : query.split("&")) {
        String[] pair = term.split("=", 2);
        if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("eventType")) {
          for (String type : pair[1].split(",")) {
            if (type.strip().equalsIgnoreCase(eventType)) {
              return true;
            }
          }
          return false;
        }
      }
      return true;
    }
  }

  private final JdbcOperations jdbc;
  private final Clock clock;
  private final int maxPerPartner;

  TmfListeners(
      JdbcOperations jdbc,
      Clock clock,
      @Value("${medley.desk.tmf.hub.max-listeners:5}") int maxPerPartner) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxPerPartner = maxPerPartner;
  }

  @Transactional
  Listener register(Caller caller, long accountId, String callback, @Nullable String query) {
    requirePartner(caller);
    String url = callback(callback);
    if (query != null && query.length() > 1000) {
      throw Refused.invalid("query", "at most 1000 characters");
    }
    long id =
        JdbcRows.insert(
            jdbc,
            "INSERT INTO tmf_hub_listeners (tenant_id, partner_id, callback, query, created_by,"
                + " created_at) VALUES (?,?,?,?,?,?)",
            java.util.Arrays.asList(
                caller.tenantId(),
                caller.organizationId(),
                url,
                query == null || query.isBlank() ? null : query.strip(),
                accountId,
                clock.instant()));
    // Counted after the insert with a locking read, which waits for a registration under way
    // elsewhere: two at once may both be refused near the limit, never both let past it (a
    // deadlock between them ends one, and @RetryLockConflicts runs it again).
    long registered =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM tmf_hub_listeners WHERE tenant_id = ? AND partner_id = ?"
                + " FOR UPDATE",
            statement -> {
              bindAll(statement, caller.tenantId(), caller.organizationId());
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    if (registered > maxPerPartner) {
      throw Refused.conflict(
          "A partner registers at most " + maxPerPartner + " listeners: remove one first.");
    }
    return new Listener(
        id,
        caller.tenantId(),
        caller.organizationId(),
        url,
        query == null || query.isBlank() ? null : query.strip());
  }

  @Transactional
  void remove(Caller caller, long id) {
    requirePartner(caller);
    int removed =
        jdbc.prepareStatement(
            "DELETE FROM tmf_hub_listeners WHERE id = ? AND tenant_id = ? AND partner_id = ?",
            statement -> {
              bindAll(statement, id, caller.tenantId(), caller.organizationId());
              return statement.executeUpdate();
            });
    if (removed == 0) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such listener.");
    }
  }

  List<Listener> forPartner(long tenantId, long partnerId) {
    return select(" WHERE tenant_id = ? AND partner_id = ? ORDER BY id", tenantId, partnerId);
  }

  @ReadOnly
  Optional<Listener> find(long id) {
    return select(" WHERE id = ?", id).stream().findFirst();
  }

  private List<Listener> select(String where, Object... values) {
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, partner_id, callback, query FROM tmf_hub_listeners" + where,
        statement -> {
          bindAll(statement, values);
          List<Listener> listeners = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              listeners.add(
                  new Listener(
                      rows.getLong(1),
                      rows.getLong(2),
                      rows.getLong(3),
                      rows.getString(4),
                      rows.getString(5)));
            }
          }
          return listeners;
        });
  }

  private static void requirePartner(Caller caller) {
    if (!caller.has(Role.PARTNER_AGENT) || caller.organizationId() == caller.tenantId()) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "Hub listeners are registered by a partner's desk.");
    }
  }

  /** An absolute http(s) URL with a host, at most 2000 characters. */
  static String callback(String text) {
    String url = text.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (url.length() <= 2000
          && uri.isAbsolute()
          && (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getUserInfo() == null
          && uri.getFragment() == null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw Refused.invalid(
        "callback", "an absolute http(s) URL without credentials or fragment, at most 2000 chars");
  }
}
