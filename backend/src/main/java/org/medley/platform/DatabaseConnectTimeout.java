package org.medley.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;

/**
 * How long the MariaDB or MySQL driver tries to open one connection (TCP connect, server greeting,
 * login) before giving up: {@code medley.database.connect-timeout}, 2 s unless configured. The
 * drivers' own defaults are 30 s (MariaDB Connector/J) and none at all (MySQL Connector/J): against
 * a server that hangs or a host that drops packets, the pool's only thread that opens connections
 * then waits that long on one attempt, and a database that came back meanwhile stays unused until
 * it gives up. Requests never wait for this: they wait for a pooled connection at most {@code
 * datasources.default.connection-timeout} (docs/decisions.md, "Database outage").
 *
 * <p>Set as a driver property, so only for those two drivers (H2 refuses settings it does not
 * know), and only where the URL does not choose its own {@code connectTimeout}. No {@code
 * socketTimeout} is set: it would bound every statement, and an import or an insight rebuild may
 * legitimately wait far longer for its answer than an outage should take to be noticed.
 */
@Singleton
class DatabaseConnectTimeout implements BeanCreatedEventListener<DatasourceConfiguration> {

  static final String PROPERTY = "connectTimeout";

  private final Duration timeout;

  DatabaseConnectTimeout(@Value("${medley.database.connect-timeout:2s}") Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "medley.database.connect-timeout (MEDLEY_DB_CONNECT_TIMEOUT) must be positive, not "
              + timeout);
    }
    this.timeout = timeout;
  }

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration datasource = event.getBean();
    if (appliesTo(datasource.getUrl())
        && !datasource.getDataSourceProperties().containsKey(PROPERTY)) {
      datasource.addDataSourceProperty(PROPERTY, String.valueOf(timeout.toMillis()));
    }
    return datasource;
  }

  static boolean appliesTo(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:"))
        && !lower.contains(PROPERTY.toLowerCase(Locale.ROOT) + "=");
  }
}
