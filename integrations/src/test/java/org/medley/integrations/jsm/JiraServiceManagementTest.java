package org.medley.integrations.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.api.MalformedDeskEvent;
import org.medley.integrations.api.WebhookSignature;
import org.medley.integrations.fakes.FakeDesk;
import org.medley.integrations.fakes.FakeJiraServiceManagement;
import org.medley.integrations.fakes.FakeJiraServiceManagement.Webhook;
import org.medley.integrations.tmf.Tmf621;

/**
 * Jira Service Management through the gateway and its Camel route, against a fake JSM Cloud: what
 * Medley sends arrives as JSM requests, comments and transitions; what the partner does comes back
 * from Jira's webhooks; what Medley did itself never does.
 */
class JiraServiceManagementTest {

  static final String EMAIL = "medley@stolaf.example";
  static final String TOKEN = "atlassian-api-token";
  static final String MEDLEY = "712020:medley-integration";

  static FakeJiraServiceManagement jsm;
  static Desks desks;
  static int numbers;

  @BeforeAll
  static void start() {
    jsm = new FakeJiraServiceManagement(EMAIL, TOKEN, MEDLEY);
    desks =
        Desks.start(
            List.of(new JiraServiceManagement(), new Tmf621()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    jsm.close();
  }

  @AfterEach
  void healthy() {
    jsm.recover();
  }

  static DeskConnection connection(Map<String, String> settings, DeskConnection.StatusMap map) {
    Map<String, String> all = new java.util.HashMap<>();
    all.put("serviceDeskId", FakeJiraServiceManagement.SERVICE_DESK_ID);
    all.put("requestTypeId", FakeJiraServiceManagement.REQUEST_TYPE_ID);
    all.put("integrationUser", MEDLEY);
    all.putAll(settings);
    return new DeskConnection(
        7,
        DeskKind.JIRA_SM,
        "Northwind JSM",
        jsm.baseUrl(),
        DeskConnection.Auth.basic(EMAIL, TOKEN),
        all,
        map);
  }

  static DeskConnection connection() {
    return connection(Map.of(), null);
  }

  static String number() {
    return "INC-%06d".formatted(++numbers);
  }

  static DeskUpdate create(String number, String title) {
    return new DeskUpdate(
        UUID.randomUUID(),
        numbers,
        number,
        null,
        DeskUpdate.Kind.CREATE,
        title,
        "Ward 3 reports the pump shows E-17.",
        "P2",
        "ASSIGNED",
        null,
        null,
        null,
        "Nurse Joy",
        Instant.now());
  }

  static DeskUpdate update(
      String number, String key, DeskUpdate.Kind kind, String status, String text) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        key,
        kind,
        null,
        null,
        null,
        status,
        null,
        text,
        kind == DeskUpdate.Kind.RESOLVE ? "FIXED" : null,
        "Nurse Joy",
        Instant.now());
  }

  static List<DeskChange> fromDesk(Webhook webhook) {
    return desks.webhook(connection(), webhook.headers(), webhook.body());
  }

  @Test
  void roundTripCreatePartnerRepliesHospitalRepliesPartnerResolves() {
    String number = number();
    int webhooksBefore = jsm.webhooks().size();
    NotifyBuilder lookupAndCreate =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenDone(2).create();

    DeskReceipt receipt = desks.deliver(connection(), create(number, "Infusion pump offline"));

    assertThat(lookupAndCreate.matches(5, TimeUnit.SECONDS)).isTrue();
    String key = receipt.externalId();
    assertThat(receipt.display()).isEqualTo(key).startsWith("HSD-");
    FakeJiraServiceManagement.Issue issue = jsm.issue(key).orElseThrow();
    assertThat(issue.summary).isEqualTo(number + " Infusion pump offline");
    assertThat(issue.description).contains("E-17");

    assertThat(fromDesk(jsm.partnerTransitions(key, "In progress", null)))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(DeskChange.Kind.IN_PROGRESS);
              assertThat(c.externalId()).isEqualTo(key);
              assertThat(c.deskStatus()).isEqualTo("In progress");
              assertThat(c.author()).isEqualTo(FakeJiraServiceManagement.AGENT_NAME);
            });
    List<DeskChange> reply = fromDesk(jsm.partnerComments(key, "Which serial number is it?", true));
    assertThat(reply.get(0).at()).isEqualTo(issue.comments.get(issue.comments.size() - 1).at());
    assertThat(reply)
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DeskChange.Kind.PUBLIC_REPLY, "Which serial number is it?"));
    assertThat(fromDesk(jsm.partnerComments(key, "Probably the battery pack", false)))
        .extracting(DeskChange::kind)
        .containsExactly(DeskChange.Kind.INTERNAL_NOTE);

    desks.deliver(
        connection(), update(number, key, DeskUpdate.Kind.PUBLIC_COMMENT, null, "SN 4711"));
    desks.deliver(
        connection(),
        update(number, key, DeskUpdate.Kind.INTERNAL_NOTE, null, "Ward keeps a spare"));
    assertThat(issue.comments)
        .filteredOn(c -> c.authorId().equals(MEDLEY))
        .extracting(
            FakeJiraServiceManagement.Comment::body, FakeJiraServiceManagement.Comment::visible)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SN 4711", true),
            org.assertj.core.groups.Tuple.tuple("Ward keeps a spare", false));

    assertThat(fromDesk(jsm.partnerTransitions(key, "Resolve this issue", "Replaced the battery")))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(DeskChange.Kind.RESOLVED);
              assertThat(c.text()).isEqualTo("Replaced the battery");
              assertThat(c.deskStatus()).isEqualTo("Resolved");
            });

    // Jira called for everything that happened, Medley's comments included: only the partner's
    // doings come back, each under its own event id.
    List<DeskChange> all = new ArrayList<>();
    jsm.webhooks()
        .subList(webhooksBefore, jsm.webhooks().size())
        .forEach(w -> all.addAll(fromDesk(w)));
    assertThat(all)
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DeskChange.Kind.IN_PROGRESS, null),
            org.assertj.core.groups.Tuple.tuple(
                DeskChange.Kind.PUBLIC_REPLY, "Which serial number is it?"),
            org.assertj.core.groups.Tuple.tuple(
                DeskChange.Kind.INTERNAL_NOTE, "Probably the battery pack"),
            org.assertj.core.groups.Tuple.tuple(
                DeskChange.Kind.PUBLIC_REPLY, "Replaced the battery"),
            org.assertj.core.groups.Tuple.tuple(DeskChange.Kind.RESOLVED, "Replaced the battery"));
    assertThat(all).extracting(DeskChange::deskEventId).doesNotHaveDuplicates();
    assertThat(all).extracting(DeskChange::author).doesNotContain("Medley Integration");
  }

  @Test
  void aRepeatedCreateFindsTheRequestInsteadOfRaisingASecond() {
    String number = number();
    DeskReceipt first = desks.deliver(connection(), create(number, "Badge reader dead"));
    int before = jsm.requests().size();

    DeskReceipt again = desks.deliver(connection(), create(number, "Badge reader dead"));

    assertThat(again).isEqualTo(first);
    assertThat(jsm.issues()).filteredOn(i -> i.summary.startsWith(number + " ")).hasSize(1);
    assertThat(jsm.requests().subList(before, jsm.requests().size()))
        .extracting(FakeDesk.Request::method)
        .containsExactly("GET");
  }

  @Test
  void aNumberThatPrefixesAnotherDoesNotMatchIt() {
    String number = number();
    String longer = number + "0";
    DeskReceipt other = desks.deliver(connection(), create(longer, "Other ticket"));

    DeskReceipt mine = desks.deliver(connection(), create(number, "Mine"));

    assertThat(mine.externalId()).isNotEqualTo(other.externalId());
  }

  @Test
  void medleysOwnCommentsAndTransitionsAreNotReportedBack() {
    String number = number();
    String key = desks.deliver(connection(), create(number, "Monitor flickers")).externalId();
    int before = jsm.webhooks().size();

    desks.deliver(
        connection(), update(number, key, DeskUpdate.Kind.PUBLIC_COMMENT, null, "Any news?"));
    desks.deliver(connection(), update(number, key, DeskUpdate.Kind.UPDATE, "IN_PROGRESS", null));
    desks.deliver(
        connection(), update(number, key, DeskUpdate.Kind.RESOLVE, null, "Cable swapped"));

    List<Webhook> fired = jsm.webhooks().subList(before, jsm.webhooks().size());
    assertThat(fired).hasSizeGreaterThanOrEqualTo(4);
    assertThat(fired).allSatisfy(w -> assertThat(fromDesk(w)).isEmpty());
  }

  @Test
  void statusesMoveByTheWorkflowsTransitionsAndARepeatDoesNothing() {
    String number = number();
    String key = desks.deliver(connection(), create(number, "Printer jam")).externalId();

    desks.deliver(connection(), update(number, key, DeskUpdate.Kind.UPDATE, "IN_PROGRESS", null));
    assertThat(jsm.issue(key).orElseThrow().status).isEqualTo("In progress");
    desks.deliver(connection(), update(number, key, DeskUpdate.Kind.UPDATE, "ASSIGNED", null));
    assertThat(jsm.issue(key).orElseThrow().status).isEqualTo("In progress");

    desks.deliver(
        connection(), update(number, key, DeskUpdate.Kind.RESOLVE, null, "Roller cleaned"));
    FakeJiraServiceManagement.Issue issue = jsm.issue(key).orElseThrow();
    assertThat(issue.status).isEqualTo("Resolved");
    assertThat(issue.comments)
        .extracting(FakeJiraServiceManagement.Comment::body)
        .containsExactly("Roller cleaned");
    int before = jsm.requests().size();

    desks.deliver(
        connection(), update(number, key, DeskUpdate.Kind.RESOLVE, null, "Roller cleaned"));

    assertThat(jsm.requests().subList(before, jsm.requests().size()))
        .extracting(FakeDesk.Request::method)
        .containsOnly("GET");
    assertThat(issue.comments).hasSize(1);
  }

  @Test
  void aStatusTheWorkflowCannotReachIsARefusalNamingWhatItOffers() {
    String number = number();
    String key = desks.deliver(connection(), create(number, "Scanner offline")).externalId();
    desks.deliver(connection(), update(number, key, DeskUpdate.Kind.RESOLVE, null, "Rebooted"));

    assertThatThrownBy(
            () ->
                desks.deliver(
                    connection(), update(number, key, DeskUpdate.Kind.UPDATE, "PENDING", null)))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.getMessage())
                  .contains("\"Pending\"")
                  .contains("Reopen")
                  .contains("statusMap.outbound");
            });
  }

  @Test
  void theOutboundStatusMapNamesTheDesksOwnTransition() {
    String number = number();
    String key = desks.deliver(connection(), create(number, "Phone dead")).externalId();
    DeskConnection custom =
        connection(
            Map.of(),
            new DeskConnection.StatusMap(Map.of(), Map.of("PENDING", "Respond to customer")));

    desks.deliver(custom, update(number, key, DeskUpdate.Kind.UPDATE, "PENDING", null));

    assertThat(jsm.issue(key).orElseThrow().status).isEqualTo("Waiting for customer");
  }

  @Test
  void theInboundStatusMapOverridesWhatAStatusMeans() {
    String key = desks.deliver(connection(), create(number(), "Fax")).externalId();
    Webhook declined = jsm.partnerTransitions(key, "Decline", "Not our contract");
    DeskConnection custom =
        connection(
            Map.of(), new DeskConnection.StatusMap(Map.of("Declined", "CANCELLED"), Map.of()));

    assertThat(fromDesk(declined))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DeskChange.Kind.REJECTED, "Not our contract"));
    assertThat(desks.webhook(custom, Map.of(), declined.body()))
        .extracting(DeskChange::kind)
        .containsExactly(DeskChange.Kind.CANCELLED);
  }

  @Test
  void pendingAndAssigneeComeBackAsOnHoldAndAssignee() {
    String key = desks.deliver(connection(), create(number(), "VPN")).externalId();

    assertThat(fromDesk(jsm.partnerTransitions(key, "Respond to customer", "Which ward?")))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DeskChange.Kind.ON_HOLD, "Which ward?"));
    assertThat(fromDesk(jsm.partnerAssigns(key, "Bob Builder")))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DeskChange.Kind.ASSIGNEE, "Bob Builder"));
  }

  @Test
  void aClientErrorIsARefusalWithTheDesksAnswer() {
    DeskConnection wrongType = connection(Map.of("requestTypeId", "99"), null);
    DeskConnection wrongToken =
        new DeskConnection(
            7,
            DeskKind.JIRA_SM,
            "Northwind JSM",
            jsm.baseUrl(),
            DeskConnection.Auth.basic(EMAIL, "expired"),
            connection().settings(),
            null);

    assertThatThrownBy(() -> desks.deliver(wrongType, create(number(), "Keyboard")))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused.answer()).contains("request type ID 99");
            });
    assertThatThrownBy(() -> desks.deliver(wrongToken, create(number(), "Keyboard")))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.status()).isEqualTo(401));
    assertThatThrownBy(
            () ->
                desks.deliver(
                    connection(),
                    update("INC-9", "HSD-999", DeskUpdate.Kind.PUBLIC_COMMENT, null, "Hello")))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.status()).isEqualTo(404));
  }

  @Test
  void anOutageIsUnavailableAfterTheRoutesQuickRetry() {
    jsm.failAll(503);
    NotifyBuilder failed =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenFailed(1).create();

    assertThatThrownBy(() -> desks.deliver(connection(), create(number(), "Pager")))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("503");
    assertThat(failed.matches(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aBodyThatIsNotAJiraWebhookIsMalformed() {
    for (String body :
        List.of(
            "",
            "not json",
            "[1,2]",
            "{}",
            "{\"webhookEvent\":\"comment_created\"}",
            "{\"webhookEvent\":\"comment_created\",\"issue\":{\"key\":\"HSD-1\"},\"comment\":{}}")) {
      assertThatThrownBy(() -> desks.webhook(connection(), Map.of(), body))
          .as(body)
          .isInstanceOf(MalformedDeskEvent.class);
    }
    assertThat(
            desks.webhook(
                connection(),
                Map.of(),
                "{\"webhookEvent\":\"worklog_created\",\"issue\":{\"key\":\"HSD-1\"}}"))
        .isEmpty();
  }

  @Test
  void aSignedWebhookCarriesJirasAndMedleysSignatureHeaders() {
    String key = desks.deliver(connection(), create(number(), "Mouse")).externalId();
    Webhook signed = jsm.partnerComments(key, "On it", true).signed("whsec");

    assertThat(
            WebhookSignature.valid(
                "whsec", signed.body(), signed.headers().get(WebhookSignature.HEADER)))
        .isTrue();
    assertThat(signed.headers().get("X-Hub-Signature"))
        .isEqualTo(signed.headers().get(WebhookSignature.HEADER));
    assertThat(desks.webhook(connection(), signed.headers(), signed.body())).hasSize(1);
  }

  @Test
  void theTestReachesTheServiceDeskAndSaysWhatFailed() {
    DeskHealth ok = desks.test(connection());
    DeskHealth badCredentials =
        desks.test(
            new DeskConnection(
                7,
                DeskKind.JIRA_SM,
                "Northwind JSM",
                jsm.baseUrl(),
                DeskConnection.Auth.basic(EMAIL, "wrong"),
                connection().settings(),
                null));
    DeskHealth noDesk = desks.test(connection(Map.of("serviceDeskId", "42"), null));

    assertThat(ok.ok()).isTrue();
    assertThat(ok.detail()).contains("Hospital Service Desk (HSD)");
    assertThat(badCredentials.ok()).isFalse();
    assertThat(badCredentials.detail()).isEqualTo("JSM refused the credentials");
    assertThat(noDesk.ok()).isFalse();
    assertThat(noDesk.detail()).contains("no service desk 42");
  }
}
