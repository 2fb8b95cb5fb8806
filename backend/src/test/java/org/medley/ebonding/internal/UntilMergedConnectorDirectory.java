package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;

/**
 * TEMPORARY, test scope only: stands in for the connector store's {@link ConnectorDirectory} until
 * the connectors branch lands (then the real one wins, being primary, and this file goes). Reads
 * {@code desk_connectors} rows that {@link TestDesks} writes with a plain-text webhook secret and
 * no auth or settings.
 */
@Singleton
@Secondary
class UntilMergedConnectorDirectory implements ConnectorDirectory {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;

  UntilMergedConnectorDirectory(
      JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  @Override
  public Optional<Connector> find(long tenantId, long connectorId) {
    return find(connectorId).filter(c -> c.tenantId() == tenantId);
  }

  @Override
  public Optional<Connector> find(long connectorId) {
    List<Connector> found = query(" AND id = " + connectorId);
    return found.stream().findFirst();
  }

  @Override
  public List<Connector> all() {
    return query("");
  }

  private List<Connector> query(String where) {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT id, tenant_id, kind, name, ref_system, base_url, webhook_secret FROM"
                    + " desk_connectors WHERE deleted_at IS NULL"
                    + where,
                statement -> {
                  List<Connector> connectors = new ArrayList<>();
                  try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                      connectors.add(connector(rows));
                    }
                  }
                  return connectors;
                }));
  }

  private static Connector connector(ResultSet rows) throws SQLException {
    long id = rows.getLong("id");
    return new Connector(
        id,
        rows.getLong("tenant_id"),
        rows.getString("ref_system"),
        new DeskConnection(
            id,
            DeskKind.valueOf(rows.getString("kind")),
            rows.getString("name"),
            URI.create(rows.getString("base_url")),
            DeskConnection.Auth.none(),
            Map.of(),
            DeskConnection.StatusMap.DEFAULTS),
        rows.getString("webhook_secret"),
        Delivery.DEFAULTS);
  }
}
