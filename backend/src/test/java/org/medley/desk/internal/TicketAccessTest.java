package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Tier;
import org.medley.desk.internal.TicketAccess.Kind;

class TicketAccessTest {

  private static final long TENANT = 1;
  private static final long PARTNER_ORG = 7;

  private static final TicketAccess HOSPITAL_DESK =
      new TicketAccess(Kind.DESK, TENANT, TENANT, 10, false);
  private static final TicketAccess AFFILIATE_DESK =
      new TicketAccess(Kind.DESK, TENANT, 3, 11, false);
  private static final TicketAccess ADMIN = new TicketAccess(Kind.DESK, TENANT, TENANT, 15, true);
  private static final TicketAccess PARTNER =
      new TicketAccess(Kind.PARTNER, TENANT, PARTNER_ORG, 12, false);
  private static final TicketAccess REQUESTER =
      new TicketAccess(Kind.REQUESTER, TENANT, TENANT, 13, false);
  private static final TicketAccess NOBODY = new TicketAccess(Kind.NONE, TENANT, TENANT, 14, false);
  private static final TicketAccess OVERSIGHT =
      new TicketAccess(Kind.OVERSIGHT, TENANT, TENANT, 16, false);

  private static final SupportGroupStore.Group OWN =
      GroupsForTests.group(1, TENANT, "Overnight Desk", Tier.L1, PARTNER_ORG);
  private static final SupportGroupStore.Group HOSPITALS =
      GroupsForTests.group(2, TENANT, "Service Desk", Tier.L1, null);

  @Test
  void theDeskAndRequestersFileTicketsPartnersDoNot() {
    assertThat(HOSPITAL_DESK.filesTickets()).isTrue();
    assertThat(REQUESTER.filesTickets()).isTrue();
    assertThat(PARTNER.filesTickets()).isFalse();
    assertThat(NOBODY.filesTickets()).isFalse();
  }

  @Test
  void oversightFilesAndListsItsOwnRequestsReadsAuditAndWorksNothing() {
    assertThat(OVERSIGHT.filesTickets()).isTrue();
    assertThat(OVERSIGHT.seenRows())
        .as("lists hold its own requests")
        .isEqualTo(new TicketAccess.RowFilter(" AND t.requester_id = ?", List.of(16L)));
    assertThat(OVERSIGHT.readsAudit()).isTrue();
    assertThat(OVERSIGHT.seesInternal()).isFalse();
    assertThat(OVERSIGHT.worksTickets()).isFalse();
    assertThat(OVERSIGHT.canWork(null, false)).isFalse();
    assertThat(OVERSIGHT.oversight()).isTrue();
    assertThat(REQUESTER.oversight()).isFalse();
    assertThat(OVERSIGHT.seesEveryTicket())
        .as("not told other tickets' numbers in links")
        .isFalse();
  }

  @Test
  void aPartnerSeesAndAssignsWithinItsOwnGroupsOnly() {
    assertThat(PARTNER.seesGroup(OWN)).isTrue();
    assertThat(PARTNER.seesGroup(HOSPITALS)).isFalse();
    assertThat(PARTNER.mayAssignTo(OWN)).isTrue();
    assertThat(PARTNER.mayAssignTo(HOSPITALS)).isFalse();
    assertThat(HOSPITAL_DESK.seesGroup(OWN)).isTrue();
    assertThat(HOSPITAL_DESK.mayAssignTo(OWN)).isTrue();
    assertThat(REQUESTER.seesGroup(HOSPITALS)).isFalse();
  }

  @Test
  void onlyTheHospitalsOwnStaffSetThePhiFlag() {
    assertThat(HOSPITAL_DESK.setsPhiFlag()).isTrue();
    assertThat(AFFILIATE_DESK.setsPhiFlag()).isFalse();
    assertThat(PARTNER.setsPhiFlag()).isFalse();
  }

  @Test
  void requestersNeitherReadTheAuditNorWorkTickets() {
    assertThat(REQUESTER.readsAudit()).isFalse();
    assertThat(REQUESTER.worksTickets()).isFalse();
    assertThat(PARTNER.readsAudit()).isTrue();
    assertThat(PARTNER.worksTickets()).isTrue();
    assertThat(NOBODY.worksTickets()).isFalse();
  }

  @Test
  void aPartnerNamesWatchersOfItsOwnCompanyAndReadsThroughItsPortal() {
    assertThat(PARTNER.mayNameAsWatcher(PARTNER_ORG)).isTrue();
    assertThat(PARTNER.mayNameAsWatcher(TENANT)).isFalse();
    assertThat(HOSPITAL_DESK.mayNameAsWatcher(PARTNER_ORG)).isTrue();
    assertThat(PARTNER.channel()).isEqualTo("PARTNER_PORTAL");
    assertThat(HOSPITAL_DESK.channel()).isEqualTo("API");
    assertThat(HOSPITAL_DESK.seesEveryTicket()).isTrue();
    assertThat(PARTNER.seesEveryTicket()).isFalse();
  }

  @Test
  void cannedRepliesAreForTheirGroupsMembersItsPartnerAndAdmins() {
    Supplier<List<Long>> inServiceDesk = () -> List.of(HOSPITALS.id());
    Supplier<List<Long>> inNone = List::of;
    assertThat(HOSPITAL_DESK.usesRepliesOf(HOSPITALS, inServiceDesk)).isTrue();
    assertThat(HOSPITAL_DESK.usesRepliesOf(OWN, inServiceDesk)).isFalse();
    assertThat(ADMIN.usesRepliesOf(OWN, inNone)).isTrue();
    assertThat(PARTNER.usesRepliesOf(OWN, inNone)).isTrue();
    assertThat(PARTNER.usesRepliesOf(HOSPITALS, inServiceDesk)).isFalse();
    assertThat(REQUESTER.usesRepliesOf(HOSPITALS, inServiceDesk)).isFalse();
    assertThat(HOSPITAL_DESK.ownReplyGroups(List.of(OWN, HOSPITALS), inServiceDesk))
        .containsExactly(HOSPITALS.id());
    assertThat(PARTNER.ownReplyGroups(List.of(OWN, HOSPITALS), inServiceDesk))
        .containsExactly(OWN.id());
    assertThat(REQUESTER.ownReplyGroups(List.of(OWN, HOSPITALS), inServiceDesk)).isEmpty();
  }

  @Test
  void leadsWhoUseAGroupsRepliesAndAdminsManageThem() {
    Supplier<List<Long>> inServiceDesk = () -> List.of(HOSPITALS.id());
    assertThat(HOSPITAL_DESK.managesRepliesOf(HOSPITALS, inServiceDesk, () -> true)).isTrue();
    assertThat(HOSPITAL_DESK.managesRepliesOf(HOSPITALS, inServiceDesk, () -> false)).isFalse();
    assertThat(HOSPITAL_DESK.managesRepliesOf(OWN, inServiceDesk, () -> true)).isFalse();
    assertThat(ADMIN.managesRepliesOf(OWN, List::of, () -> false)).isTrue();
  }

  @Test
  void queueQueriesSeeTheTicketsCanSeeDoes() {
    assertThat(HOSPITAL_DESK.seenRows().sql()).isEmpty();
    assertThat(PARTNER.seenRows().sql()).contains("ticket_holders");
    assertThat(PARTNER.seenRows().parameters()).containsExactly(PARTNER_ORG);
    assertThat(REQUESTER.seenRows().sql()).isEqualTo(" AND t.requester_id = ?");
    assertThat(REQUESTER.seenRows().parameters()).containsExactly(13L);
    assertThat(NOBODY.seenRows().sql()).isEqualTo(" AND 1 = 0");
  }
}
