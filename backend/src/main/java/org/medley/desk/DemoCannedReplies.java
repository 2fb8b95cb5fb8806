package org.medley.desk;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * The answers a hospital service desk gives every day, as canned replies of the demo's Service Desk
 * and of Northwind's overnight desk, so the reply box's picker has something true to offer.
 */
@Singleton
class DemoCannedReplies implements DemoContribution {

  private record Reply(String group, String title, String body) {}

  private static final List<Reply> REPLIES =
      List.of(
          new Reply(
              "Service Desk",
              "Password reset done",
              "Hello {{requester.firstName}},\n\nI have reset your password for {{ticket.number}}."
                  + " Sign in with the temporary password I gave you by phone; you will be asked"
                  + " to choose a new one.\n\nIf it still does not work, reply here and I will"
                  + " call you.\n\n{{agent.name}}, IT Service Desk"),
          new Reply(
              "Service Desk",
              "Known outage: we are on it",
              "Hello {{requester.firstName}},\n\nThank you for reporting this. It is part of a"
                  + " known outage and the team is working on it now. We will update"
                  + " {{ticket.number}} as soon as it is fixed; there is no need to call.\n\n"
                  + "{{agent.name}}, IT Service Desk"),
          new Reply(
              "Service Desk",
              "Need a callback number",
              "Hello {{requester.firstName}},\n\nTo look into \"{{ticket.title}}\" I need to"
                  + " see it on your screen. Which extension can I reach you on, and when?\n\n"
                  + "{{agent.name}}, IT Service Desk"),
          new Reply(
              "Northwind Overnight Desk",
              "Overnight: handed to day team",
              "Hello {{requester.firstName}},\n\nThe overnight desk has done what can be done"
                  + " tonight on {{ticket.number}}. The hospital's day team picks it up at 07:00"
                  + " and will contact you.\n\n{{agent.name}}, Northwind overnight desk"));

  @Override
  public int order() {
    return 45;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    for (Reply reply : REPLIES) {
      context.execute(
          "INSERT INTO canned_replies (tenant_id, group_id, title, body, version, updated_by,"
              + " created_at, updated_at) VALUES (?,?,?,?,0,?,?,?)",
          context.tenantId(),
          context.id("group", reply.group()),
          reply.title(),
          reply.body(),
          "Medley demo",
          context.now(),
          context.now());
    }
  }
}
