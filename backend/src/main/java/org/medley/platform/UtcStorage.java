package org.medley.platform;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.TimeZone;

/**
 * Instants are stored as UTC wall time in {@code DATETIME(6)} columns. The JDBC drivers turn a
 * {@link java.sql.Timestamp} into wall time in the JVM's default zone, so a server running in
 * America/New_York would store local time and fold the repeated hour of every autumn clock change
 * into one: SLA timers an hour off. The zone is therefore pinned before any context starts, for the
 * packaged application and the tests alike.
 */
@ContextConfigurer
public final class UtcStorage implements ApplicationContextConfigurer {

  @Override
  public void configure(ApplicationContextBuilder builder) {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }
}
