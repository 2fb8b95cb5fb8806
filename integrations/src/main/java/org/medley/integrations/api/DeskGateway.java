package org.medley.integrations.api;

import java.util.List;
import java.util.Map;

/**
 * What the backend asks of partner desks. Implemented by the integrations module on Camel ({@code
 * org.medley.integrations.Desks}); each call is safe to repeat and holds no database transaction.
 */
public interface DeskGateway {

  /**
   * Carries one update to the desk.
   *
   * @throws DeskRefused the desk refused it for good (park it)
   * @throws DeskUnavailable the desk cannot take it now (retry later)
   */
  DeskReceipt deliver(DeskConnection connection, DeskUpdate update);

  /** Whether this kind of desk is polled for changes (it cannot call out). */
  boolean polled(DeskKind kind);

  /**
   * Changes made in the desk since {@code watermark} (null: from now on, returning only a
   * watermark), oldest first, at most a page of them.
   *
   * @throws DeskUnavailable the desk cannot answer now
   */
  DeskChanges poll(DeskConnection connection, String watermark);

  /**
   * The changes a desk's call to Medley's webhook reports; the caller has checked its signature.
   *
   * @throws MalformedDeskEvent the body is not this protocol's event
   */
  List<DeskChange> webhook(DeskConnection connection, Map<String, String> headers, String body);

  /** Reaches the desk and checks the credentials; never throws. */
  DeskHealth test(DeskConnection connection);

  /**
   * Whether Medley registers its webhook at this kind of desk's event hub (a TMF621 API), rather
   * than an admin entering the webhook URL in the desk.
   */
  boolean hubListener(DeskKind kind);

  /**
   * Registers {@code callbackUrl} as a listener at the desk's hub.
   *
   * @return the hub's id of the registration, for {@link #unsubscribe}
   * @throws DeskRefused the hub refused it for good
   * @throws DeskUnavailable the hub cannot take it now (retry later)
   */
  String subscribe(DeskConnection connection, String callbackUrl);

  /**
   * Removes a registration; one the hub no longer knows counts as removed.
   *
   * @throws DeskRefused the hub refused it for good
   * @throws DeskUnavailable the hub cannot take it now (retry later)
   */
  void unsubscribe(DeskConnection connection, String hubId);
}
