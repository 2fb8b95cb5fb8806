package org.medley.ebonding.internal;

import static org.medley.platform.JdbcRows.instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.platform.JdbcRows;

/**
 * {@code desk_connectors} and {@code ebonding_audit} in SQL. The JSON columns (settings, status
 * map, the public and the sealed secret auth fields) are written and read here; the secrets stay
 * sealed: {@link SecretBox} opens them where they are used. Deleted connectors are kept (their
 * tickets' references and sync state name them) and read as missing. Callers hold the transaction.
 */
@Singleton
class ConnectorStore {

  /** The sign-in fields that are no secret: shown to admins. */
  @Serdeable
  record PublicAuth(
      @Nullable String username, @Nullable String clientId, @Nullable String tokenUrl) {}

  /** The sign-in secrets, sealed together as one JSON value. */
  @Serdeable
  record SecretAuth(
      @Nullable String token, @Nullable String password, @Nullable String clientSecret) {}

  @Serdeable
  record StatusMapJson(Map<String, String> inbound, Map<String, String> outbound) {}

  /** A connector as stored; {@code authSecret} and {@code webhookSecret} are sealed. */
  record Row(
      long id,
      long tenantId,
      DeskKind kind,
      String name,
      String refSystem,
      String baseUrl,
      DeskConnection.Auth.Type authType,
      PublicAuth publicAuth,
      @Nullable String authSecret,
      @Nullable String webhookSecret,
      Map<String, String> settings,
      DeskConnection.StatusMap statusMap,
      Instant createdAt,
      Instant updatedAt,
      long version) {}

  /** What a create or change writes, secrets already sealed. */
  record Sealed(
      DeskKind kind,
      String name,
      String baseUrl,
      DeskConnection.Auth.Type authType,
      PublicAuth publicAuth,
      @Nullable String authSecret,
      @Nullable String webhookSecret,
      Map<String, String> settings,
      DeskConnection.StatusMap statusMap) {}

  private static final String COLUMNS =
      "SELECT id, tenant_id, kind, name, ref_system, base_url, auth_type, auth_public,"
          + " auth_secret, webhook_secret, settings, status_map, created_at, updated_at, version"
          + " FROM desk_connectors";

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  ConnectorStore(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A connector not deleted, whatever its tenant. */
  Optional<Row> find(long id) {
    return one(COLUMNS + " WHERE id = ? AND deleted_at IS NULL", id);
  }

  /** The tenant's connector, not deleted, locked until the transaction ends. */
  Optional<Row> lock(long tenantId, long id) {
    return one(
        COLUMNS + " WHERE id = ? AND tenant_id = ? AND deleted_at IS NULL FOR UPDATE",
        id,
        tenantId);
  }

  /** The tenant's connectors not deleted, by name. */
  List<Row> list(long tenantId) {
    return many(
        COLUMNS + " WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY name, id", tenantId);
  }

  /** Every connector not deleted. */
  List<Row> all() {
    return many(COLUMNS + " WHERE deleted_at IS NULL ORDER BY id");
  }

  /** The reference systems the tenant's connectors hold, deleted ones included. */
  Set<String> refSystems(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT ref_system FROM desk_connectors WHERE tenant_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          Set<String> systems = new HashSet<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              systems.add(rows.getString(1));
            }
          }
          return systems;
        });
  }

  long insert(long tenantId, String refSystem, Sealed c, Instant now) {
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO desk_connectors (tenant_id, kind, name, ref_system, base_url, auth_type,"
            + " auth_public, auth_secret, webhook_secret, settings, status_map, created_at,"
            + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        Arrays.asList(
            tenantId,
            c.kind().name(),
            c.name(),
            refSystem,
            c.baseUrl(),
            c.authType().name(),
            write(c.publicAuth()),
            c.authSecret(),
            c.webhookSecret(),
            write(c.settings()),
            write(statusMapJson(c.statusMap())),
            now,
            now));
  }

  /** The new settings if the row is still at {@code version}; false when someone changed it. */
  boolean update(long tenantId, long id, long version, Sealed c, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE desk_connectors SET name = ?, base_url = ?, auth_type = ?, auth_public = ?,"
                + " auth_secret = ?, webhook_secret = ?, settings = ?, status_map = ?,"
                + " updated_at = ?, version = version + 1"
                + " WHERE id = ? AND tenant_id = ? AND version = ? AND deleted_at IS NULL",
            statement -> {
              JdbcRows.bindAll(
                  statement,
                  c.name(),
                  c.baseUrl(),
                  c.authType(),
                  write(c.publicAuth()),
                  c.authSecret(),
                  c.webhookSecret(),
                  write(c.settings()),
                  write(statusMapJson(c.statusMap())),
                  now,
                  id,
                  tenantId,
                  version);
              return statement.executeUpdate();
            })
        == 1;
  }

  /**
   * Deleted: kept for the history that names it, its secrets wiped. False when someone changed it.
   */
  boolean delete(long tenantId, long id, long version, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE desk_connectors SET deleted_at = ?, updated_at = ?, auth_secret = NULL,"
                + " webhook_secret = NULL, version = version + 1"
                + " WHERE id = ? AND tenant_id = ? AND version = ? AND deleted_at IS NULL",
            statement -> {
              JdbcRows.bindAll(statement, now, now, id, tenantId, version);
              return statement.executeUpdate();
            })
        == 1;
  }

  /** One line of the e-bonding audit trail. {@code detail} must hold no secret. */
  void audit(
      long tenantId, long connectorId, String actorName, Instant at, String action, String detail) {
    jdbc.prepareStatement(
        "INSERT INTO ebonding_audit (tenant_id, connector_id, actor_name, at, action, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        statement -> {
          JdbcRows.bindAll(
              statement, tenantId, connectorId, cut(actorName, 200), at, action, cut(detail, 2000));
          return statement.executeUpdate();
        });
  }

  private Optional<Row> one(String sql, Object... parameters) {
    List<Row> rows = many(sql, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private List<Row> many(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          JdbcRows.bindAll(statement, parameters);
          List<Row> rows = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              rows.add(row(rs));
            }
          }
          return rows;
        });
  }

  private Row row(ResultSet rs) throws SQLException {
    StatusMapJson map = read(rs.getString("status_map"), Argument.of(StatusMapJson.class));
    String publicAuth = rs.getString("auth_public");
    return new Row(
        rs.getLong("id"),
        rs.getLong("tenant_id"),
        DeskKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("ref_system"),
        rs.getString("base_url"),
        DeskConnection.Auth.Type.valueOf(rs.getString("auth_type")),
        publicAuth == null
            ? new PublicAuth(null, null, null)
            : read(publicAuth, Argument.of(PublicAuth.class)),
        rs.getString("auth_secret"),
        rs.getString("webhook_secret"),
        read(rs.getString("settings"), Argument.mapOf(String.class, String.class)),
        new DeskConnection.StatusMap(map.inbound(), map.outbound()),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getLong("version"));
  }

  private static StatusMapJson statusMapJson(DeskConnection.StatusMap map) {
    return new StatusMapJson(map.inbound(), map.outbound());
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T read(String text, Argument<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
