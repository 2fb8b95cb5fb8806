package org.medley.integrations.jsm;

import org.medley.integrations.api.DeskRefused;

/**
 * A refusal Medley reads off the desk's state rather than its HTTP status: the workflow offers no
 * way to the wanted status, or the connector lacks a setting. Sending it again cannot help, so it
 * parks like any refusal; the message says what an admin must change.
 */
final class JsmRefusal extends DeskRefused {

  private final String reason;

  JsmRefusal(int status, String reason) {
    super(status, reason);
    this.reason = reason;
  }

  @Override
  public String getMessage() {
    return reason;
  }
}
