package org.medley.ebonding.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;

/**
 * TEMPORARY, test sources only: reads {@code desk_connectors} rows that tests insert (auth NONE;
 * settings {@code retryInitial}/{@code retryMax}/{@code maxAttempts} honoured) until the connector
 * store's own {@link ConnectorDirectory} lands. Delete this class when it does.
 */
@Singleton
class TestConnectorDirectory implements ConnectorDirectory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcOperations jdbc;

  TestConnectorDirectory(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Connector> find(long tenantId, long connectorId) {
    return find(connectorId).filter(c -> c.tenantId() == tenantId);
  }

  @Override
  public Optional<Connector> find(long connectorId) {
    return query(" AND id = " + connectorId).stream().findFirst();
  }

  @Override
  public List<Connector> all() {
    return query("");
  }

  private List<Connector> query(String where) {
    return jdbc.execute(
        connection -> {
          try (var statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT id, tenant_id, kind, name, ref_system, base_url, settings"
                          + " FROM desk_connectors WHERE deleted_at IS NULL"
                          + where)) {
            List<Connector> list = new ArrayList<>();
            while (rows.next()) {
              Map<String, String> settings =
                  JSON.readValue(rows.getString("settings"), new TypeReference<>() {});
              Delivery defaults = Delivery.DEFAULTS;
              Delivery delivery =
                  new Delivery(
                      settings.containsKey("retryInitial")
                          ? Duration.parse(settings.get("retryInitial"))
                          : defaults.retryInitial(),
                      settings.containsKey("retryMax")
                          ? Duration.parse(settings.get("retryMax"))
                          : defaults.retryMax(),
                      settings.containsKey("maxAttempts")
                          ? Integer.parseInt(settings.get("maxAttempts"))
                          : defaults.maxAttempts());
              list.add(
                  new Connector(
                      rows.getLong("id"),
                      rows.getLong("tenant_id"),
                      rows.getString("ref_system"),
                      new DeskConnection(
                          rows.getLong("id"),
                          DeskKind.valueOf(rows.getString("kind")),
                          rows.getString("name"),
                          URI.create(rows.getString("base_url")),
                          DeskConnection.Auth.none(),
                          settings,
                          DeskConnection.StatusMap.DEFAULTS),
                      null,
                      delivery));
            }
            return list;
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
