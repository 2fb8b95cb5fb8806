package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.PhiAccessLog;
import org.medley.platform.SqlRows;

/** The PHI access log in the database: appended by reads, listed by compliance, never changed. */
@Singleton
class StoredPhiAccessLog implements PhiAccessLog {

  private final JdbcOperations jdbc;
  private final Accounts accounts;
  private final Clock clock;

  private final boolean trustForwardedFor;

  StoredPhiAccessLog(
      JdbcOperations jdbc,
      Accounts accounts,
      Clock clock,
      @io.micronaut.context.annotation.Value("${medley.trust-forwarded-for:false}")
          boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(Caller caller, String channel, List<Read> reads) {
    if (reads.isEmpty()) {
      return;
    }
    long account = accounts.accountId(caller);
    Timestamp at = Timestamp.from(clock.instant());
    String address = clientAddress();
    for (List<Read> run : SqlRows.runs(reads)) {
      jdbc.prepareStatement(
          "INSERT INTO phi_access_log (tenant_id, account_id, username, organization_id,"
              + " ticket_id, ticket_number, fields, channel, client_address, at) VALUES "
              + SqlRows.values(run.size(), 10),
          statement -> {
            int i = 0;
            for (Read read : run) {
              statement.setLong(++i, caller.tenantId());
              statement.setLong(++i, account);
              statement.setString(++i, caller.username());
              statement.setLong(++i, caller.organizationId());
              statement.setLong(++i, read.ticketId());
              statement.setString(++i, read.ticketNumber());
              statement.setString(++i, String.join(",", read.fields()));
              statement.setString(++i, channel);
              statement.setString(++i, address);
              statement.setTimestamp(++i, at);
            }
            return statement.executeUpdate();
          });
    }
  }

  /**
   * Where the request came from: the first X-Forwarded-For hop behind a trusted proxy, else the
   * peer.
   */
  private @Nullable String clientAddress() {
    return ServerRequestContext.currentRequest()
        .map(
            (HttpRequest<Object> request) -> {
              String forwarded = request.getHeaders().get("X-Forwarded-For");
              if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
                return truncate(forwarded.split(",")[0].strip());
              }
              InetSocketAddress remote = request.getRemoteAddress();
              return remote.getAddress() == null
                  ? remote.getHostString()
                  : remote.getAddress().getHostAddress();
            })
        .orElse(null);
  }

  private static String truncate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64);
  }

  @Serdeable
  record Entry(
      long id,
      Instant at,
      String username,
      @Nullable String displayName,
      long organizationId,
      @Nullable String organizationName,
      boolean partner,
      long ticketId,
      String ticketNumber,
      String fields,
      String channel,
      @Nullable String clientAddress) {}

  record Filter(
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String username,
      @Nullable String ticketNumber) {}

  record Listing(List<Entry> items, long total) {}

  @ReadOnly
  Listing list(long tenantId, Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE l.tenant_id = ?");
    List<Object> parameters = new ArrayList<>(List.of(tenantId));
    if (filter.from() != null) {
      where.append(" AND l.at >= ?");
      parameters.add(Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" AND l.at < ?");
      parameters.add(Timestamp.from(filter.to()));
    }
    if (filter.username() != null && !filter.username().isBlank()) {
      where.append(" AND l.username = ?");
      parameters.add(filter.username().strip());
    }
    if (filter.ticketNumber() != null && !filter.ticketNumber().isBlank()) {
      where.append(" AND l.ticket_number = ?");
      parameters.add(filter.ticketNumber().strip().toUpperCase(java.util.Locale.ROOT));
    }
    List<Entry> items =
        jdbc.prepareStatement(
            "SELECT l.id, l.at, l.username, u.display_name, l.organization_id, o.name, o.kind,"
                + " l.ticket_id, l.ticket_number, l.fields, l.channel, l.client_address"
                + " FROM phi_access_log l"
                + " LEFT JOIN user_accounts u ON u.id = l.account_id"
                + " LEFT JOIN organizations o ON o.id = l.organization_id"
                + where
                + " ORDER BY l.at DESC, l.id DESC LIMIT ? OFFSET ?",
            statement -> {
              int i = 1;
              for (Object parameter : parameters) {
                statement.setObject(i++, parameter);
              }
              statement.setInt(i++, size);
              statement.setLong(i, (long) page * size);
              List<Entry> entries = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  entries.add(
                      new Entry(
                          rows.getLong(1),
                          rows.getTimestamp(2).toInstant(),
                          rows.getString(3),
                          rows.getString(4),
                          rows.getLong(5),
                          rows.getString(6),
                          "PARTNER".equals(rows.getString(7)),
                          rows.getLong(8),
                          rows.getString(9),
                          rows.getString(10),
                          rows.getString(11),
                          rows.getString(12)));
                }
              }
              return entries;
            });
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM phi_access_log l" + where,
            statement -> {
              int i = 1;
              for (Object parameter : parameters) {
                statement.setObject(i++, parameter);
              }
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    return new Listing(items, total);
  }
}
