package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an e-mail notice may say: the minimum necessary, decided without a server. */
class TicketMailTest {

  @Test
  void anOrdinaryTicketIsNamedByNumberAndTitle() {
    var mail =
        TicketMail.compose(
            "RESOLVED",
            new TicketMail.TicketLine("INC-000042", "Printer jams", false),
            "https://medley.example/portal/tickets/42");
    assertThat(mail.subject()).isEqualTo("[INC-000042] Your ticket was resolved: Printer jams");
    assertThat(mail.body())
        .contains("INC-000042 — Printer jams")
        .contains("https://medley.example/portal/tickets/42")
        .contains("reopen");
  }

  @Test
  void aTicketWaitingOnTheRequesterAsksHerToReply() {
    var mail =
        TicketMail.compose(
            Notifications.NEEDS_YOU,
            new TicketMail.TicketLine("INC-000044", "Badge reader", false),
            "https://medley.example/portal/tickets/44");
    assertThat(mail.subject())
        .isEqualTo("[INC-000044] Your ticket is waiting for your answer: Badge reader");
    assertThat(mail.body())
        .contains("https://medley.example/portal/tickets/44")
        .contains("cannot go on until you reply");
    assertThat(Notifications.EMAILED).contains(Notifications.NEEDS_YOU);
  }

  @Test
  void aPhiTicketIsNamedByNumberOnly() {
    var mail =
        TicketMail.compose(
            "ASSIGNED",
            new TicketMail.TicketLine("INC-000043", "Jane Roe MRN 1234 chart", true),
            "https://medley.example/workspace/tickets/43");
    assertThat(mail.subject()).isEqualTo("[INC-000043] A ticket was assigned to you");
    assertThat(mail.subject() + mail.body()).doesNotContain("Jane").doesNotContain("1234");
  }
}
