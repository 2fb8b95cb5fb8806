package org.medley.integrations;

import java.util.List;
import java.util.Map;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.api.MalformedDeskEvent;
import org.medley.integrations.http.DeskHttp;

/**
 * One partner-desk protocol: how a Medley update becomes the desk's calls, and how the desk's
 * events become {@link DeskChange}s. Plain beans with no state of their own beyond caches, tested
 * against fakes that speak the protocol.
 */
public interface DeskProtocol {

  DeskKind kind();

  /** Carries one update; repeating it must do no harm (a create looks for its ticket first). */
  DeskReceipt deliver(DeskConnection connection, DeskUpdate update, DeskHttp http);

  /** Whether the desk is polled because it cannot call out. */
  default boolean polled() {
    return false;
  }

  /** Changes since {@code watermark}, oldest first, leaving out what Medley's own user did. */
  default DeskChanges poll(DeskConnection connection, String watermark, DeskHttp http) {
    throw new UnsupportedOperationException(kind() + " desks call Medley; they are not polled");
  }

  /** The changes one webhook call reports, leaving out what Medley's own user did. */
  default List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    throw new MalformedDeskEvent(kind() + " desks do not call Medley; Medley polls them");
  }

  /** Whether Medley registers its webhook as a listener at the desk's event hub. */
  default boolean hubListener() {
    return false;
  }

  /** Registers {@code callbackUrl} at the desk's hub; returns the hub's id of the registration. */
  default String subscribe(DeskConnection connection, String callbackUrl, DeskHttp http) {
    throw new UnsupportedOperationException(kind() + " desks have no event hub");
  }

  /** Removes a registration {@link #subscribe} made; one the hub no longer knows is gone. */
  default void unsubscribe(DeskConnection connection, String hubId, DeskHttp http) {
    throw new UnsupportedOperationException(kind() + " desks have no event hub");
  }

  /** Reaches the desk and checks the credentials; reports failures rather than throwing. */
  DeskHealth test(DeskConnection connection, DeskHttp http);
}
