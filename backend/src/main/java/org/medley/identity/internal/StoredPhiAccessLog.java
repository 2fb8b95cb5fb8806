package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.OrganizationKind;
import org.medley.identity.PhiAccessLog;
import org.medley.platform.SqlRows;

/** The PHI access log in the database: appended by reads, listed by compliance, never changed. */
@Singleton
class StoredPhiAccessLog implements PhiAccessLog {

  private final JdbcOperations jdbc;
  private final PhiAccessRepository log;
  private final UserAccountRepository accounts;
  private final OrganizationRepository organizations;
  private final Accounts callers;
  private final Clock clock;

  private final boolean trustForwardedFor;

  StoredPhiAccessLog(
      JdbcOperations jdbc,
      PhiAccessRepository log,
      UserAccountRepository accounts,
      OrganizationRepository organizations,
      Accounts callers,
      Clock clock,
      @io.micronaut.context.annotation.Value("${medley.trust-forwarded-for:false}")
          boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
    this.jdbc = jdbc;
    this.log = log;
    this.accounts = accounts;
    this.organizations = organizations;
    this.callers = callers;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(Caller caller, String channel, List<Read> reads) {
    if (reads.isEmpty()) {
      return;
    }
    long account = callers.accountId(caller);
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

  private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("at"), Sort.Order.desc("id"));

  @ReadOnly
  Listing list(long tenantId, Filter filter, int page, int size) {
    Page<PhiAccessRow> rows =
        log.findAll(matching(tenantId, filter), Pageable.from(page, size, NEWEST_FIRST));
    if (rows.getContent().isEmpty()) {
      return new Listing(List.of(), rows.getTotalSize());
    }
    Map<Long, UserAccount> people =
        byId(accounts.findByIdIn(ids(rows, PhiAccessRow::accountId)), UserAccount::id);
    Map<Long, Organization> organizations =
        byId(
            this.organizations.findByIdIn(ids(rows, PhiAccessRow::organizationId)),
            Organization::id);
    List<Entry> items =
        rows.getContent().stream()
            .map(
                row -> {
                  UserAccount person = people.get(row.accountId());
                  Organization organization = organizations.get(row.organizationId());
                  return new Entry(
                      row.id(),
                      row.at(),
                      row.username(),
                      person == null ? null : person.displayName(),
                      row.organizationId(),
                      organization == null ? null : organization.name(),
                      organization != null && organization.kind() == OrganizationKind.PARTNER,
                      row.ticketId(),
                      row.ticketNumber(),
                      row.fields(),
                      row.channel(),
                      row.clientAddress());
                })
            .toList();
    return new Listing(items, rows.getTotalSize());
  }

  private static PredicateSpecification<PhiAccessRow> matching(long tenantId, Filter filter) {
    PredicateSpecification<PhiAccessRow> where =
        (root, cb) -> cb.equal(root.get("tenantId"), tenantId);
    if (filter.from() != null) {
      where =
          where.and((root, cb) -> cb.greaterThanOrEqualTo(root.<Instant>get("at"), filter.from()));
    }
    if (filter.to() != null) {
      where = where.and((root, cb) -> cb.lessThan(root.<Instant>get("at"), filter.to()));
    }
    if (filter.username() != null && !filter.username().isBlank()) {
      String username = filter.username().strip();
      where = where.and((root, cb) -> cb.equal(root.get("username"), username));
    }
    if (filter.ticketNumber() != null && !filter.ticketNumber().isBlank()) {
      String number = filter.ticketNumber().strip().toUpperCase(java.util.Locale.ROOT);
      where = where.and((root, cb) -> cb.equal(root.get("ticketNumber"), number));
    }
    return where;
  }

  private static Set<Long> ids(Page<PhiAccessRow> rows, Function<PhiAccessRow, Long> id) {
    return rows.getContent().stream().map(id).collect(Collectors.toSet());
  }

  private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
    return rows.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
