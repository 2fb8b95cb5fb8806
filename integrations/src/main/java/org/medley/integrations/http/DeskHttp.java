package org.medley.integrations.http;

import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;

/**
 * HTTP to a partner desk, signed in as the connection says. Protocol beans decide what to call;
 * this sends it through the {@code desk-http} route and its shared error handling.
 */
public interface DeskHttp {

  /**
   * Sends the call and returns the desk's answer.
   *
   * @throws DeskRefused a 4xx (other than 429 and the statuses the call accepts)
   * @throws DeskUnavailable a 5xx, a 429, a timeout or no connection
   */
  HttpAnswer call(DeskConnection connection, HttpCall call);
}
