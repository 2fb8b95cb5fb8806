package org.medley.setup.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.medley.platform.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the start of an empty Medley without demo data: with {@code MEDLEY_ADMIN_EMAIL} and {@code
 * MEDLEY_ADMIN_PASSWORD}, sets it up unattended (a refused password stops the start); otherwise
 * logs a fresh one-time setup link. Safe with many nodes starting at once: {@link FirstSetup} takes
 * turns on one locked row, and whoever comes second finds Medley set up.
 */
@Singleton
@Requires(property = "medley.demo.enabled", value = "false")
class SetupOnStartup {

  private static final Logger LOG = LoggerFactory.getLogger(SetupOnStartup.class);

  private final FirstSetup setup;
  private final UnattendedSetup unattended;
  private final String linkBase;

  SetupOnStartup(
      FirstSetup setup,
      UnattendedSetup unattended,
      @Value("${medley.mail.link-base:`http://localhost:8080`}") String linkBase) {
    this.setup = setup;
    this.unattended = unattended;
    this.linkBase =
        linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (!setup.builtIn()) {
      if (unattended.requested()) {
        LOG.warn(
            "MEDLEY_ADMIN_EMAIL is ignored with an external issuer: an administrator of the"
                + " identity provider finishes setup after signing in");
      }
      return;
    }
    if (unattended.requested()) {
      runUnattended();
      return;
    }
    setup
        .newLinkIfNeeded()
        .ifPresent(
            token ->
                LOG.warn(
                    "Medley is not set up yet: open {}/setup?token={} within 24 hours to create"
                        + " the organisation and its first administrator (a restart prints a new"
                        + " link; MEDLEY_ADMIN_EMAIL and MEDLEY_ADMIN_PASSWORD set it up"
                        + " unattended)",
                    linkBase,
                    token));
  }

  private void runUnattended() {
    try {
      setup
          .unattended(unattended.request())
          .ifPresentOrElse(
              tenant ->
                  LOG.info(
                      "Set Medley up unattended: organisation {} with administrator {}",
                      tenant,
                      unattended.email()),
              () -> LOG.info("Medley is set up already; MEDLEY_ADMIN_EMAIL was not needed"));
    } catch (Refused refused) {
      throw new IllegalStateException(
          "Unattended setup refused: "
              + refused.errors().stream()
                  .map(e -> UnattendedSetup.variableFor(e.field()) + " " + e.message())
                  .reduce((a, b) -> a + "; " + b)
                  .orElse(refused.getMessage()),
          refused);
    }
  }
}
