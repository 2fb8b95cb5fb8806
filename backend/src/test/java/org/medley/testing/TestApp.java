package org.medley.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/**
 * The one application every API test talks to: started once per test JVM on the run's MariaDB
 * database (with the demo hospital seeded), over real HTTP on a random port.
 */
public final class TestApp {

  private static EmbeddedServer server;
  private static HttpClient client;

  private TestApp() {}

  public static synchronized EmbeddedServer server() {
    if (server == null) {
      server =
          ApplicationContext.run(
              EmbeddedServer.class,
              // Tests run the SLA sweep and the desk poller themselves, at instants they choose.
              Map.of(
                  "micronaut.server.port",
                  -1,
                  "medley.sla.sweep.enabled",
                  false,
                  "medley.ebonding.poll.enabled",
                  false),
              "test");
      Contract.serving(server.getPort());
      client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  public static ApplicationContext context() {
    return server().getApplicationContext();
  }

  public static BlockingHttpClient http() {
    server();
    return client.toBlocking();
  }

  /** A pooled connection outside Micronaut's transaction management, for direct SQL checks. */
  public static java.sql.Connection connection() throws java.sql.SQLException {
    var resolver = context().getBean(io.micronaut.jdbc.DataSourceResolver.class);
    var connection =
        resolver.resolve(context().getBean(javax.sql.DataSource.class)).getConnection();
    // Pooled connections come back without a commit after a read; on autocommit off that keeps an
    // old
    // REPEATABLE READ snapshot alive for the next borrower, who then misses newer rows.
    connection.setAutoCommit(true);
    return connection;
  }

  /** The first column of the first row of {@code sql}, for direct SQL checks in tests. */
  public static long queryLong(String sql) {
    try (var c = connection();
        var rows = c.createStatement().executeQuery(sql)) {
      if (!rows.next()) {
        throw new IllegalStateException("No row for: " + sql);
      }
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Like {@link #queryLong}, as text. */
  public static String queryString(String sql) {
    try (var c = connection();
        var rows = c.createStatement().executeQuery(sql)) {
      if (!rows.next()) {
        throw new IllegalStateException("No row for: " + sql);
      }
      return rows.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in a demo user and returns the bearer token. */
  public static String tokenFor(String username) {
    var response =
        http()
            .retrieve(
                HttpRequest.POST("/login", Map.of("username", username, "password", "demo")),
                Map.class);
    return (String) response.get("access_token");
  }
}
