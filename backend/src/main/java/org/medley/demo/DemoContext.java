package org.medley.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medley.platform.JdbcRows;

/**
 * What a {@link DemoContribution} works with: one connection (one transaction for the whole seed),
 * the instant the seed is anchored to, a deterministic random source per contribution, and a
 * registry of the ids contributions created, by kind and natural key.
 */
public final class DemoContext {

  /** Kind and key under which the identity contribution registers the demo tenant. */
  public static final String TENANT = "tenant";

  /**
   * Kind under which the catalog registers the application of the demo's recent go-live, keyed by
   * its name; the value is the go-live date as an epoch day (the desk seeds its ticket surge).
   */
  public static final String GO_LIVE = "go-live";

  /** Kind: an application's vendor organisation, keyed by the application's id. */
  public static final String VENDOR_OF_APPLICATION = "vendor-of-application";

  /** Device classes of the demo fleet, registered with the criticality of their riskiest model. */
  public static final String DEVICE_CLASS = "device-class";

  private final Connection connection;
  private final Instant now;
  private final long seed;
  private final Map<String, Map<String, Long>> ids = new HashMap<>();

  DemoContext(Connection connection, Instant now, long seed) {
    this.connection = connection;
    this.now = now;
    this.seed = seed;
  }

  public Connection connection() {
    return connection;
  }

  /** The seed's "now": demo history is laid out backwards from here. */
  public Instant now() {
    return now;
  }

  /** A random source that depends only on the seed and the name, never on contribution order. */
  public Random random(String name) {
    return new Random(seed * 31 + name.hashCode());
  }

  public long tenantId() {
    return id(TENANT, TENANT);
  }

  public void register(String kind, String key, long id) {
    ids.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, id);
  }

  public long id(String kind, String key) {
    Long id = ids.getOrDefault(kind, Map.of()).get(key);
    if (id == null) {
      throw new IllegalStateException("demo data has no " + kind + " '" + key + "'");
    }
    return id;
  }

  /** Ids of one kind in the order they were registered. */
  public List<Long> ids(String kind) {
    return new ArrayList<>(ids.getOrDefault(kind, Map.of()).values());
  }

  /** Keys of one kind in the order they were registered. */
  public List<String> keys(String kind) {
    return new ArrayList<>(ids.getOrDefault(kind, Map.of()).keySet());
  }

  /** Runs an INSERT with parameters and returns the generated id. */
  public long insert(String sql, Object... parameters) throws SQLException {
    return JdbcRows.insert(connection, sql, Arrays.asList(parameters));
  }

  /** Runs a statement that generates no key. */
  public void execute(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      JdbcRows.bindAll(statement, parameters);
      statement.executeUpdate();
    }
  }

  /** A batch of rows for one statement, for the bulk parts of the seed. */
  public Batch batch(String sql) throws SQLException {
    return new Batch(connection.prepareStatement(sql));
  }

  public static final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private int pending;

    private Batch(PreparedStatement statement) {
      this.statement = statement;
    }

    public void add(Object... parameters) throws SQLException {
      JdbcRows.bindAll(statement, parameters);
      statement.addBatch();
      if (++pending == 500) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
      }
      statement.close();
    }
  }
}
