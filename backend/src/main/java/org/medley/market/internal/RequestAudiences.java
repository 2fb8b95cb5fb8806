package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Who a staffing request is published to: all partners, or a shortlist of them. */
@Singleton
class RequestAudiences {

  static final String ALL = "ALL";
  static final String SHORTLIST = "SHORTLIST";

  record Shortlisted(long partnerId, Instant at) {}

  private final JdbcOperations jdbc;

  RequestAudiences(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** ALL, SHORTLIST, or null while the request is not published. */
  @Nullable
  String audience(long requestId) {
    return jdbc.prepareStatement(
        "SELECT audience FROM staffing_requests WHERE id = ?",
        s -> {
          s.setLong(1, requestId);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
          }
        });
  }

  List<Shortlisted> shortlist(long requestId) {
    return jdbc.prepareStatement(
        "SELECT partner_id, published_at FROM staffing_request_partners WHERE request_id = ?"
            + " ORDER BY published_at, partner_id",
        s -> {
          s.setLong(1, requestId);
          List<Shortlisted> found = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              found.add(new Shortlisted(rows.getLong(1), rows.getTimestamp(2).toInstant()));
            }
          }
          return found;
        });
  }

  /** Whether the partner may see the request (its status is checked by the caller). */
  boolean reaches(long requestId, long partnerId) {
    String audience = audience(requestId);
    return ALL.equals(audience)
        || (SHORTLIST.equals(audience)
            && shortlist(requestId).stream().anyMatch(s -> s.partnerId() == partnerId));
  }

  void publishToAll(long requestId) {
    setAudience(requestId, ALL);
  }

  /** Adds partners to the shortlist (those already on it keep their date). */
  void shortlist(
      long requestId, Collection<Long> partnerIds, String actor, Instant now, boolean widen) {
    if (widen) {
      setAudience(requestId, SHORTLIST);
    }
    List<Long> already = shortlist(requestId).stream().map(Shortlisted::partnerId).toList();
    for (long partner : partnerIds) {
      if (already.contains(partner)) {
        continue;
      }
      jdbc.prepareStatement(
          "INSERT INTO staffing_request_partners (request_id, partner_id, published_by,"
              + " published_at) VALUES (?,?,?,?)",
          s -> {
            s.setLong(1, requestId);
            s.setLong(2, partner);
            s.setString(3, actor);
            s.setTimestamp(4, Timestamp.from(now));
            return s.executeUpdate();
          });
    }
  }

  private void setAudience(long requestId, String audience) {
    jdbc.prepareStatement(
        "UPDATE staffing_requests SET audience = ? WHERE id = ?",
        s -> {
          s.setString(1, audience);
          s.setLong(2, requestId);
          return s.executeUpdate();
        });
  }
}
