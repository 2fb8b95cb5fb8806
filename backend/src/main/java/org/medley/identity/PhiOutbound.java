package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * The one way ticket text leaves the hospital: partner desks, vendors, e-mail notices, exports. A
 * {@link Payload} passes each text of one outbound message through the hospital's {@link
 * MinimumNecessary} filter, unless the receiving organisation has a business associate agreement in
 * force, and on {@link Payload#close()} logs one line with how many identifiers of each kind it
 * removed (never a value):
 *
 * <pre>{@code
 * try (PhiOutbound.Payload out = phiOutbound.payload(tenant, vendorId, "vendor-email", number)) {
 *   mail.subject(out.text(title));
 *   mail.body(out.text(body));
 * }
 * }</pre>
 */
public interface PhiOutbound {

  /**
   * Opens one outbound payload.
   *
   * @param receiver the receiving partner's or vendor's organisation id, whose business associate
   *     agreement may lift the filter; null for a receiver no agreement covers (an e-mail notice to
   *     a mailbox, an export file), whose text is always filtered
   * @param channel where it goes, for the log line: {@code partner-desk}, {@code vendor-email},
   *     {@code email-notice}, {@code export}…
   * @param reference what it is about, for the log line: a ticket number, an export's name (never
   *     patient data)
   */
  Payload payload(long tenantId, @Nullable Long receiver, String channel, String reference);

  /** The texts of one outbound message; close it once the message is built. */
  interface Payload extends AutoCloseable {

    /** The text as it may leave; null stays null. */
    @Nullable
    String text(@Nullable String text);

    /** Whether the filter applies (no business associate agreement covers the receiver). */
    boolean filtered();

    /** What the texts passed so far lost, per kind. */
    Map<PhiKind, Integer> removed();

    /** Logs the payload's counts, once. */
    @Override
    void close();
  }
}
