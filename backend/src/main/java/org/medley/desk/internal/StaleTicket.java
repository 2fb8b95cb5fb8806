package org.medley.desk.internal;

/** Someone changed the ticket since the caller read it: 409 with the version to reload. */
final class StaleTicket extends RuntimeException {

  private final long currentVersion;

  StaleTicket(long currentVersion) {
    super(
        "The ticket was changed by someone else (it is now at version "
            + currentVersion
            + "). Reload it and apply your change again.",
        null,
        false,
        false);
    this.currentVersion = currentVersion;
  }

  long currentVersion() {
    return currentVersion;
  }
}
