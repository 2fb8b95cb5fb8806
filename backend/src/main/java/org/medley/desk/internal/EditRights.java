package org.medley.desk.internal;

import org.medley.platform.Refused;

/**
 * Which of a ticket's fields a caller who may work it may also change. The PHI flag is the
 * hospital's call: when it is off, reads stop being logged, so no partner (with an agreement or
 * without) sets or clears it. A partner without a business associate agreement reads the title and
 * description through the minimum-necessary filter; an edit would save its masked rendering
 * ("[MRN]", "[name]") over the original, so for it those fields are read-only and its words go in
 * as a comment.
 */
final class EditRights {

  private EditRights() {}

  static void check(TicketGate.Context context, Ticket ticket, Ticket.Edit edit) {
    if (edit.phi() != null && edit.phi() != ticket.phi() && !context.access().setsPhiFlag()) {
      throw Refused.forbidden("phi", "only the hospital's own staff change the PHI flag");
    }
    if (context.mask() != null) {
      String why =
          "you read it with patient details masked, so you cannot change it: add a comment";
      if (edit.title() != null) {
        throw Refused.forbidden("title", why);
      }
      if (edit.description() != null) {
        throw Refused.forbidden("description", why);
      }
    }
  }
}
