package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.platform.JdbcRows;

/** Proposals and their audit trail; the named people are one JSON list per proposal. */
@Singleton
class ProposalStore {

  record Row(
      long id,
      long tenantId,
      long requestId,
      long partnerId,
      Proposal.Status status,
      Proposal.Terms terms,
      @Nullable String decisionComment,
      @Nullable String decidedBy,
      @Nullable Instant decidedAt,
      @Nullable Long engagementId,
      String createdBy,
      Instant createdAt,
      @Nullable Instant submittedAt,
      Instant updatedAt,
      long version) {}

  private static final String SELECT =
      "SELECT id, tenant_id, request_id, partner_id, status, tier, hourly_rate, response_minutes,"
          + " resolution_hours, commitment_notes, starts_on, notes, people, decision_comment,"
          + " decided_by, decided_at, engagement_id, created_by, created_at, submitted_at,"
          + " updated_at, version FROM proposals";

  private static final Argument<List<PartnerProfile.Person>> PEOPLE =
      Argument.listOf(PartnerProfile.Person.class);

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  ProposalStore(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(
      long tenant, long request, long partner, Proposal.Terms t, String actor, Instant now) {
    List<Object> values = new ArrayList<>(List.of(tenant, request, partner, "DRAFT"));
    values.addAll(termValues(t));
    values.addAll(List.of(actor, Timestamp.from(now), Timestamp.from(now)));
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO proposals (tenant_id, request_id, partner_id, status, tier, hourly_rate,"
            + " response_minutes, resolution_hours, commitment_notes, starts_on, notes, people,"
            + " created_by, created_at, updated_at, version)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
        values);
  }

  /** New terms if still at {@code version}. */
  boolean update(long id, long version, Proposal.Terms t, Instant now) {
    List<Object> values = new ArrayList<>(termValues(t));
    values.addAll(List.of(Timestamp.from(now), id, version));
    return execute(
            "UPDATE proposals SET tier = ?, hourly_rate = ?, response_minutes = ?,"
                + " resolution_hours = ?, commitment_notes = ?, starts_on = ?, notes = ?,"
                + " people = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ? AND version = ?",
            values)
        == 1;
  }

  /** A step of the proposal's life if still at {@code version}; decisions carry a comment. */
  boolean changeStatus(
      long id,
      long version,
      Proposal.Status status,
      Instant now,
      @Nullable String decidedBy,
      @Nullable String comment,
      @Nullable Long engagementId) {
    boolean decision = status == Proposal.Status.ACCEPTED || status == Proposal.Status.DECLINED;
    return execute(
            "UPDATE proposals SET status = ?, updated_at = ?, version = version + 1"
                + (status == Proposal.Status.SUBMITTED ? ", submitted_at = ?" : "")
                + (decision ? ", decided_by = ?, decided_at = ?, decision_comment = ?" : "")
                + (engagementId != null ? ", engagement_id = ?" : "")
                + " WHERE id = ? AND version = ?",
            values(status, now, decidedBy, comment, engagementId, id, version, decision))
        == 1;
  }

  private static List<Object> values(
      Proposal.Status status,
      Instant now,
      String decidedBy,
      String comment,
      Long engagementId,
      long id,
      long version,
      boolean decision) {
    List<Object> values = new ArrayList<>(List.of(status.name(), Timestamp.from(now)));
    if (status == Proposal.Status.SUBMITTED) {
      values.add(Timestamp.from(now));
    }
    if (decision) {
      values.add(decidedBy);
      values.add(Timestamp.from(now));
      values.add(comment);
    }
    if (engagementId != null) {
      values.add(engagementId);
    }
    values.add(id);
    values.add(version);
    return values;
  }

  Optional<Row> find(long tenant, long id, boolean lock) {
    List<Row> rows =
        query(" WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""), tenant, id);
    return rows.stream().findFirst();
  }

  /**
   * The tenant's proposals, newest first: of one partner (null: any), for one request (null: any),
   * in one status (null: any); drafts only when {@code drafts}.
   */
  List<Row> list(
      long tenant,
      @Nullable Long partner,
      @Nullable Long request,
      @Nullable Proposal.Status status,
      boolean drafts) {
    StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
    List<Object> values = new ArrayList<>(List.of(tenant));
    if (partner != null) {
      where.append(" AND partner_id = ?");
      values.add(partner);
    }
    if (request != null) {
      where.append(" AND request_id = ?");
      values.add(request);
    }
    if (status != null) {
      where.append(" AND status = ?");
      values.add(status.name());
    }
    if (!drafts) {
      where.append(" AND status <> 'DRAFT'");
    }
    where.append(" ORDER BY created_at DESC, id DESC LIMIT 500");
    return query(where.toString(), values.toArray());
  }

  /** Submitted-or-later proposals per partner for a request (drafts are the partner's own). */
  Map<Long, Integer> countsByPartner(long tenant, long request) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Row row : list(tenant, null, request, null, false)) {
      counts.merge(row.partnerId(), 1, Integer::sum);
    }
    return counts;
  }

  void audit(long id, Proposal.Event event, String actorName) {
    execute(
        "INSERT INTO proposal_audit (proposal_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        java.util.Arrays.asList(
            id,
            event.action(),
            event.actor(),
            actorName,
            Timestamp.from(event.at()),
            event.detail() == null ? null : clip(event.detail(), 2000)));
  }

  List<Api.Event> history(long id) {
    return AuditTrails.read(jdbc, "proposal_audit", "proposal_id", id);
  }

  private List<Object> termValues(Proposal.Terms t) {
    return java.util.Arrays.asList(
        t.tier(),
        java.math.BigDecimal.valueOf(t.hourlyRate()),
        t.responseMinutes(),
        t.resolutionHours(),
        t.commitmentNotes(),
        Date.valueOf(t.startsOn()),
        t.notes(),
        write(t.people()));
  }

  private List<Row> query(String where, Object... parameters) {
    return jdbc.prepareStatement(
        SELECT + where,
        s -> {
          bind(s, java.util.Arrays.asList(parameters));
          List<Row> rows = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              rows.add(row(r));
            }
          }
          return rows;
        });
  }

  private Row row(ResultSet r) throws SQLException {
    Timestamp decided = r.getTimestamp(16);
    Timestamp submitted = r.getTimestamp(20);
    return new Row(
        r.getLong(1),
        r.getLong(2),
        r.getLong(3),
        r.getLong(4),
        Proposal.Status.valueOf(r.getString(5)),
        new Proposal.Terms(
            read(r.getString(13)),
            r.getBigDecimal(7).doubleValue(),
            r.getString(6),
            r.getInt(8),
            r.getInt(9),
            r.getString(10),
            r.getDate(11).toLocalDate(),
            r.getString(12)),
        r.getString(14),
        r.getString(15),
        decided == null ? null : decided.toInstant(),
        r.getObject(17) == null ? null : r.getLong(17),
        r.getString(18),
        r.getTimestamp(19).toInstant(),
        submitted == null ? null : submitted.toInstant(),
        r.getTimestamp(21).toInstant(),
        r.getLong(22));
  }

  private int execute(String sql, List<Object> values) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          bind(s, values);
          return s.executeUpdate();
        });
  }

  private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      s.setObject(i + 1, values.get(i));
    }
  }

  private String write(List<PartnerProfile.Person> people) {
    try {
      return json.writeValueAsString(people);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<PartnerProfile.Person> read(String text) {
    try {
      return json.readValue(text, PEOPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
