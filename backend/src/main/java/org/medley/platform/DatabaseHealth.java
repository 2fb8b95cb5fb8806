package org.medley.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health}'s {@code jdbc} part, as Micronaut's {@link JdbcIndicator} reports it (UP with the
 * database's name and version, DOWN otherwise), but bounded and quiet while the database is out of
 * reach: the check's query gets {@link #CHECK_TIMEOUT} to answer, where the stock indicator's
 * {@code isValid(3)} waits as long as the driver's socket timeout (none is set, see {@link
 * DatabaseConnectTimeout}) on a server that hangs; and DOWN is one log line, where the stock
 * indicator logs an error with its stack trace at every probe of a load balancer.
 */
@Singleton
@Replaces(JdbcIndicator.class)
@Requires(beans = HealthEndpoint.class)
@Requires(property = "endpoints.health.jdbc.enabled", notEquals = "false")
@Requires(beans = DataSource.class)
class DatabaseHealth implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);
  private static final String NAME = "jdbc";

  /** How long the check's query may take on a connection the pool handed out. */
  static final Duration CHECK_TIMEOUT = Duration.ofSeconds(1);

  private final ExecutorService executor;
  private final DataSource dataSource;
  private final HealthAggregator<?> aggregator;

  /** Medley has one datasource, {@code datasources.default}. */
  DatabaseHealth(
      @Named(TaskExecutors.BLOCKING) ExecutorService executor,
      DataSource dataSource,
      DataSourceResolver resolver,
      HealthAggregator<?> aggregator) {
    this.executor = executor;
    this.dataSource = resolver.resolve(dataSource);
    this.aggregator = aggregator;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return aggregator.aggregate(
        NAME, new AsyncSingleResultPublisher<>(executor, () -> check(dataSource)));
  }

  private HealthResult check(DataSource dataSource) {
    String name = "database";
    try (Connection connection = dataSource.getConnection()) {
      bound(connection);
      DatabaseMetaData meta = connection.getMetaData();
      name = nameOf(meta.getURL());
      if (!connection.isValid((int) CHECK_TIMEOUT.toSeconds())) {
        throw new SQLException("The database did not answer the check", "08000");
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("database", meta.getDatabaseProductName());
      details.put("version", meta.getDatabaseProductVersion());
      return HealthResult.builder(name, HealthStatus.UP).details(details).build();
    } catch (SQLException | RuntimeException e) {
      String why = DatabaseUnreachable.summary(e);
      LOG.warn("/health: the database is DOWN ({})", why);
      return HealthResult.builder(name, HealthStatus.DOWN).details(Map.of("error", why)).build();
    }
  }

  /**
   * Bounds the check's own statement: the pool validated the connection only if it sat idle, and
   * the server may have stopped answering since. The pool restores the timeout when the connection
   * goes back.
   */
  private void bound(Connection connection) throws SQLException {
    try {
      connection.setNetworkTimeout(executor, (int) CHECK_TIMEOUT.toMillis());
    } catch (SQLFeatureNotSupportedException embedded) {
      // H2 in the same process: nothing on the wire to wait for.
    }
  }

  /** {@code host:port/database} of a JDBC URL, without its options (which may hold secrets). */
  static String nameOf(String url) {
    if (url == null) {
      return "database";
    }
    String withoutOptions = url.replaceFirst("[;?].*$", "");
    return withoutOptions.replaceFirst("^jdbc:[a-z0-9]+:(//)?", "");
  }
}
