package org.medley.desk.internal;

import static java.util.stream.Collectors.toSet;
import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.medley.coverage.Tier;
import org.medley.desk.TicketType;
import org.medley.desk.internal.RoutingRules.Conditions;
import org.medley.desk.internal.RoutingRules.Rule;
import org.medley.platform.JdbcRows;

/**
 * The routing tables ({@code routing_rules} and their conditions, {@code routing_defaults}, {@code
 * routing_escalations}) and their append-only audit, in SQL. Callers hold the transaction.
 */
@Singleton
class RoutingRuleStore {

  /**
   * A rule as stored: the rule (its position counted from 0 within its tier, as the rules are
   * tried) and who changed it last.
   */
  record Stored(Rule rule, long version, String updatedBy, Instant updatedAt) {}

  /** Everything routing reads for a tenant. */
  record Table(List<Stored> rules, Map<Tier, Long> defaults, Map<Long, Long> escalations) {

    RoutingRules routing() {
      return new RoutingRules(rules.stream().map(Stored::rule).toList(), defaults, escalations);
    }
  }

  @Serdeable
  record AuditEntry(
      long id, @Nullable Long ruleId, String action, String actor, Instant at, String detail) {}

  private final JdbcOperations jdbc;

  RoutingRuleStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  Table table(long tenantId) {
    Map<Long, Map<String, Set<String>>> terms = new HashMap<>();
    jdbc.prepareStatement(
        "SELECT c.rule_id, c.kind, c.term FROM routing_rule_conditions c"
            + " JOIN routing_rules r ON r.id = c.rule_id WHERE r.tenant_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              terms
                  .computeIfAbsent(rows.getLong(1), k -> new HashMap<>())
                  .computeIfAbsent(rows.getString(2), k -> new TreeSet<>())
                  .add(rows.getString(3));
            }
          }
          return null;
        });
    Map<Tier, Integer> positions = new EnumMap<>(Tier.class);
    List<Stored> rules =
        jdbc.prepareStatement(
            "SELECT id, tier, ordinal, group_id, version, updated_by, updated_at FROM routing_rules"
                + " WHERE tenant_id = ? ORDER BY tier, ordinal, id",
            statement -> {
              statement.setLong(1, tenantId);
              List<Stored> list = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  long id = rows.getLong("id");
                  Tier tier = Tier.valueOf(rows.getString("tier"));
                  int position = positions.merge(tier, 1, Integer::sum) - 1;
                  list.add(
                      new Stored(
                          new Rule(
                              id,
                              tier,
                              position,
                              rows.getLong("group_id"),
                              conditions(terms.getOrDefault(id, Map.of()))),
                          rows.getLong("version"),
                          rows.getString("updated_by"),
                          instant(rows, "updated_at")));
                }
              }
              return list;
            });
    Map<Tier, Long> defaults = new EnumMap<>(Tier.class);
    jdbc.prepareStatement(
        "SELECT tier, group_id FROM routing_defaults WHERE tenant_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              defaults.put(Tier.valueOf(rows.getString(1)), rows.getLong(2));
            }
          }
          return null;
        });
    Map<Long, Long> escalations = new LinkedHashMap<>();
    jdbc.prepareStatement(
        "SELECT group_id, target_group_id FROM routing_escalations WHERE tenant_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              escalations.put(rows.getLong(1), rows.getLong(2));
            }
          }
          return null;
        });
    return new Table(List.copyOf(rules), Map.copyOf(defaults), Map.copyOf(escalations));
  }

  private static Conditions conditions(Map<String, Set<String>> terms) {
    Set<String> none = Set.of();
    return new Conditions(
        terms.getOrDefault("APPLICATION", none).stream().map(Long::valueOf).collect(toSet()),
        terms.getOrDefault("CATEGORY", none),
        terms.getOrDefault("TYPE", none).stream().map(TicketType::valueOf).collect(toSet()),
        terms.getOrDefault("IMPACT", none).stream().map(Integer::valueOf).collect(toSet()),
        terms.getOrDefault("DEPARTMENT", none),
        terms.getOrDefault("LOCATION", none),
        terms.getOrDefault("TITLE_WORD", none));
  }

  /**
   * The position after the tier's last rule. Two rules created at once may share one; the id then
   * orders them, and the next reorder numbers them apart.
   */
  int nextOrdinal(long tenantId, Tier tier) {
    return jdbc.prepareStatement(
        "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM routing_rules WHERE tenant_id = ? AND tier = ?",
        statement -> {
          bindAll(statement, tenantId, tier.name());
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
          }
        });
  }

  long insert(long tenantId, Tier tier, int ordinal, long groupId, String actor, Instant now) {
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO routing_rules (tenant_id, tier, ordinal, group_id, version, updated_by,"
            + " updated_at) VALUES (?,?,?,?,0,?,?)",
        List.of(tenantId, tier.name(), ordinal, groupId, actor, now));
  }

  /** False when the rule is no longer at {@code version}. */
  boolean update(
      long id,
      long version,
      Tier tier,
      @Nullable Integer ordinal,
      long groupId,
      String actor,
      Instant now) {
    return jdbc.prepareStatement(
            "UPDATE routing_rules SET tier = ?, ordinal = COALESCE(?, ordinal), group_id = ?,"
                + " version = version + 1,"
                + " updated_by = ?, updated_at = ? WHERE id = ? AND version = ?",
            statement -> {
              bindAll(statement, tier.name(), ordinal, groupId, actor, now, id, version);
              return statement.executeUpdate();
            })
        == 1;
  }

  void replaceConditions(long ruleId, Conditions conditions) {
    jdbc.prepareStatement(
        "DELETE FROM routing_rule_conditions WHERE rule_id = ?",
        statement -> {
          statement.setLong(1, ruleId);
          return statement.executeUpdate();
        });
    List<List<Object>> rows = new ArrayList<>();
    conditions
        .applicationIds()
        .forEach(v -> rows.add(List.of(ruleId, "APPLICATION", v.toString())));
    conditions.categories().forEach(v -> rows.add(List.of(ruleId, "CATEGORY", v)));
    conditions.types().forEach(v -> rows.add(List.of(ruleId, "TYPE", v.name())));
    conditions.impacts().forEach(v -> rows.add(List.of(ruleId, "IMPACT", v.toString())));
    conditions.departments().forEach(v -> rows.add(List.of(ruleId, "DEPARTMENT", v)));
    conditions.locations().forEach(v -> rows.add(List.of(ruleId, "LOCATION", v)));
    conditions.titleWords().forEach(v -> rows.add(List.of(ruleId, "TITLE_WORD", v)));
    for (List<Object> row : rows) {
      jdbc.prepareStatement(
          "INSERT INTO routing_rule_conditions (rule_id, kind, term) VALUES (?,?,?)",
          statement -> {
            bindAll(statement, row);
            return statement.executeUpdate();
          });
    }
  }

  /** False when the rule is no longer at {@code version}. */
  boolean delete(long id, long version) {
    return jdbc.prepareStatement(
            "DELETE FROM routing_rules WHERE id = ? AND version = ?",
            statement -> {
              bindAll(statement, id, version);
              return statement.executeUpdate();
            })
        == 1;
  }

  /** Puts the rules in this order (each one's version moves on: its position changed). */
  void reorder(List<Long> ids, String actor, Instant now) {
    for (int i = 0; i < ids.size(); i++) {
      int ordinal = i;
      long id = ids.get(i);
      jdbc.prepareStatement(
          "UPDATE routing_rules SET ordinal = ?, version = version + 1, updated_by = ?,"
              + " updated_at = ? WHERE id = ? AND ordinal <> ?",
          statement -> {
            bindAll(statement, ordinal, actor, now, id, ordinal);
            return statement.executeUpdate();
          });
    }
  }

  void setDefault(long tenantId, Tier tier, Long groupId) {
    jdbc.prepareStatement(
        "DELETE FROM routing_defaults WHERE tenant_id = ? AND tier = ?",
        statement -> {
          bindAll(statement, tenantId, tier.name());
          return statement.executeUpdate();
        });
    if (groupId != null) {
      jdbc.prepareStatement(
          "INSERT INTO routing_defaults (tenant_id, tier, group_id) VALUES (?,?,?)",
          statement -> {
            bindAll(statement, tenantId, tier.name(), groupId);
            return statement.executeUpdate();
          });
    }
  }

  void setEscalation(long tenantId, long groupId, Long targetGroupId) {
    jdbc.prepareStatement(
        "DELETE FROM routing_escalations WHERE group_id = ?",
        statement -> {
          statement.setLong(1, groupId);
          return statement.executeUpdate();
        });
    if (targetGroupId != null) {
      jdbc.prepareStatement(
          "INSERT INTO routing_escalations (group_id, tenant_id, target_group_id) VALUES (?,?,?)",
          statement -> {
            bindAll(statement, groupId, tenantId, targetGroupId);
            return statement.executeUpdate();
          });
    }
  }

  void audit(long tenantId, Long ruleId, String action, String actor, Instant at, String detail) {
    String clipped = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
    JdbcRows.insert(
        jdbc,
        "INSERT INTO routing_rule_audit (tenant_id, rule_id, action, actor, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        Arrays.asList(tenantId, ruleId, action, actor, at, clipped));
  }

  long auditCount(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM routing_rule_audit WHERE tenant_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  /** Newest first. */
  List<AuditEntry> auditPage(long tenantId, int page, int size) {
    return jdbc.prepareStatement(
        "SELECT id, rule_id, action, actor, at, detail FROM routing_rule_audit WHERE tenant_id = ?"
            + " ORDER BY id DESC LIMIT ? OFFSET ?",
        statement -> {
          bindAll(statement, tenantId, size, (long) page * size);
          List<AuditEntry> list = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new AuditEntry(
                      rows.getLong("id"),
                      JdbcRows.nullableLong(rows, "rule_id"),
                      rows.getString("action"),
                      rows.getString("actor"),
                      instant(rows, "at"),
                      rows.getString("detail")));
            }
          }
          return list;
        });
  }

  long count(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT (SELECT COUNT(*) FROM routing_rules WHERE tenant_id = ?)"
            + " + (SELECT COUNT(*) FROM routing_defaults WHERE tenant_id = ?)",
        statement -> {
          bindAll(statement, tenantId, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }
}
