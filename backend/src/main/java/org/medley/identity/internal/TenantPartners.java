package org.medley.identity.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medley.identity.Partners;

/** {@link Partners}: identity's own ties (accounts, agreements) joined with the other features'. */
@Singleton
class TenantPartners implements Partners {

  private final JdbcOperations jdbc;
  private final List<Ties> ties;

  TenantPartners(JdbcOperations jdbc, List<Ties> ties) {
    this.jdbc = jdbc;
    this.ties = ties;
  }

  @Override
  @ReadOnly
  public List<Partner> of(long tenantId) {
    return ofKind(tenantId, "PARTNER");
  }

  @Override
  @ReadOnly
  public List<Partner> vendorsOf(long tenantId) {
    return ofKind(tenantId, "VENDOR");
  }

  private List<Partner> ofKind(long tenantId, String kind) {
    Set<Long> ids = tied(tenantId);
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> list = List.copyOf(ids);
    return jdbc.prepareStatement(
        "SELECT id, name FROM organizations WHERE kind = '"
            + kind
            + "' AND id IN ("
            + "?,".repeat(list.size() - 1)
            + "?) ORDER BY name",
        statement -> {
          for (int i = 0; i < list.size(); i++) {
            statement.setLong(i + 1, list.get(i));
          }
          List<Partner> found = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(new Partner(rows.getLong(1), rows.getString(2)));
            }
          }
          return found;
        });
  }

  @Override
  @ReadOnly
  public boolean worksFor(long tenantId, long organizationId) {
    return of(tenantId).stream().anyMatch(p -> p.id() == organizationId);
  }

  private Set<Long> tied(long tenantId) {
    Set<Long> ids =
        new HashSet<>(
            jdbc.prepareStatement(
                "SELECT organization_id FROM user_accounts WHERE tenant_id = ? UNION SELECT"
                    + " partner_id FROM business_associate_agreements WHERE tenant_id = ?",
                statement -> {
                  statement.setLong(1, tenantId);
                  statement.setLong(2, tenantId);
                  List<Long> found = new ArrayList<>();
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      found.add(rows.getLong(1));
                    }
                  }
                  return found;
                }));
    ties.forEach(t -> ids.addAll(t.organizationIds(tenantId)));
    return ids;
  }
}
