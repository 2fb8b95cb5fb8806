package org.medley.platform;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * On the embedded default, makes commits durable ({@code WRITE_DELAY 0}, see {@link
 * EmbeddedDatabase}) as the last step before Medley serves. The migrations and the demo seed before
 * it run with H2's 500 ms delay: under {@code WRITE_DELAY=0} each DDL statement and each identity's
 * cache step (every 32 new ids, a system commit) wrote the whole store, the seed's uncommitted
 * pages and undo log included, which cost about half of a first start's seed (docs/benchmarks.md).
 * Nothing acknowledged can be lost meanwhile: no request is served yet, and a seed cut short is
 * redone on the next start.
 */
@Singleton
class EmbeddedDurability implements ApplicationEventListener<StartupEvent>, Ordered {

  private final DataSource dataSource;

  EmbeddedDurability(DataSource dataSource, DataSourceResolver resolver) {
    this.dataSource = resolver.resolve(dataSource);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the demo seed and every other start-up listener
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    try (Connection connection = dataSource.getConnection()) {
      if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
        try (Statement statement = connection.createStatement()) {
          // Also writes out what the delay held back.
          statement.execute("SET WRITE_DELAY 0");
        }
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make the embedded database's commits durable", e);
    }
  }
}
