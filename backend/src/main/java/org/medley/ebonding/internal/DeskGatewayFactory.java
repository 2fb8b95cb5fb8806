package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.MailGateway;

/** Starts the integrations module's Camel context once per process, and stops it at shutdown. */
@Factory
class DeskGatewayFactory {

  @Singleton
  Desks.Settings settings(
      @Value("${medley.ebonding.connect-timeout:5s}") Duration connectTimeout,
      @Value("${medley.ebonding.response-timeout:20s}") Duration responseTimeout,
      @Value("${medley.ebonding.quick-retries:2}") int quickRetries) {
    return new Desks.Settings(
        connectTimeout, responseTimeout, quickRetries, Duration.ofMillis(200), 200);
  }

  @Singleton
  @Bean(preDestroy = "close")
  Desks desks(Clock clock, Desks.Settings settings) {
    return Desks.start(Desks.standardProtocols(), settings, clock);
  }

  @Singleton
  DeskGateway gateway(Desks desks) {
    return desks;
  }

  @Singleton
  MailGateway mailboxes(Desks desks) {
    return desks.mailboxes();
  }
}
