package org.medley.ebonding.internal;

/**
 * Which files of a ticket a partner's own desk is sent: what the partner's agents could download in
 * Medley's partner portal, no more.
 *
 * <ul>
 *   <li>INTERNAL files are the hospital desk's own, like its internal notes in the portal: they
 *       never leave ({@link OutboundRule} does not even consider them).
 *   <li>A photo or a PDF cannot pass the minimum-necessary filter the way text does, so on a ticket
 *       flagged as holding patient information (PHI) a file goes only to a partner whose business
 *       associate agreement is in force. Otherwise it is withheld, and the ticket's audit trail and
 *       the connector's audit say so.
 * </ul>
 *
 * The PHI flag is read twice: when the file is attached (nothing is queued for a desk that may not
 * have it) and again when the delivery runs (a ticket flagged PHI in between is not sent then).
 */
final class FileSharing {

  private FileSharing() {}

  /** Whether a file of a ticket with the given PHI flag may go to a partner so cleared. */
  static boolean shared(boolean phi, boolean partnerUnderAgreement) {
    return !phi || partnerUnderAgreement;
  }

  /** The reason given in the audit trails, naming the desk. */
  static String withheldReason(String desk) {
    return "Not sent to "
        + desk
        + ": the ticket holds patient information and the partner has no business associate"
        + " agreement in force.";
  }
}
