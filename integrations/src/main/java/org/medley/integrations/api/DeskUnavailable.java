package org.medley.integrations.api;

/**
 * The desk could not take the update now (5xx, 429, a timeout, a refused connection): the backend
 * retries later with backoff, in order.
 */
public class DeskUnavailable extends RuntimeException {

  public DeskUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  public DeskUnavailable(String message) {
    super(message);
  }
}
