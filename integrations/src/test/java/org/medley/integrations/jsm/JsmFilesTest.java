package org.medley.integrations.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medley.integrations.TestUpdates.PNG;
import static org.medley.integrations.TestUpdates.attached;
import static org.medley.integrations.TestUpdates.create;
import static org.medley.integrations.TestUpdates.described;
import static org.medley.integrations.TestUpdates.png;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeJiraServiceManagement;

/**
 * Description edits and files to Jira Service Management: the description through the platform
 * API's version 2 (plain text), a file in JSM's two steps (temporary upload, then attach with a
 * comment carrying the event id), once even when a delivery is repeated.
 */
class JsmFilesTest {

  static final String EMAIL = "medley@stolaf.example";
  static final String TOKEN = "atlassian-api-token";
  static final String MEDLEY = "712020:medley-integration";

  static FakeJiraServiceManagement jsm;
  static Desks desks;

  @BeforeAll
  static void start() {
    jsm = new FakeJiraServiceManagement(EMAIL, TOKEN, MEDLEY);
    desks =
        Desks.start(
            List.of(new JiraServiceManagement()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    jsm.close();
  }

  @BeforeEach
  void healthy() {
    jsm.recover();
    jsm.maxAttachmentBytes(10L * 1024 * 1024);
  }

  static DeskConnection connection() {
    return new DeskConnection(
        7,
        DeskKind.JIRA_SM,
        "Northwind JSM",
        jsm.baseUrl(),
        DeskConnection.Auth.basic(EMAIL, TOKEN),
        Map.of(
            "serviceDeskId",
            FakeJiraServiceManagement.SERVICE_DESK_ID,
            "requestTypeId",
            FakeJiraServiceManagement.REQUEST_TYPE_ID,
            "integrationUser",
            MEDLEY),
        null);
  }

  @Test
  void anEditedDescriptionIsWrittenAsPlainTextThroughVersionTwo() {
    String key = desks.deliver(connection(), create("INC-000801")).externalId();

    desks.deliver(connection(), described("INC-000801", key, "Every page since the toner change"));

    assertThat(jsm.issue(key).orElseThrow().description)
        .isEqualTo("Every page since the toner change");
    assertThat(jsm.requests())
        .anyMatch(r -> r.method().equals("PUT") && r.path().equals("/rest/api/2/issue/" + key));
  }

  @Test
  void aFileIsAttachedPubliclyByteForByteAndARepeatAttachesNothing() {
    String key = desks.deliver(connection(), create("INC-000802")).externalId();
    DeskUpdate file = attached("INC-000802", key, png("pump-error.png"));

    desks.deliver(connection(), file);
    desks.deliver(connection(), file); // the answer was lost: the outbox delivers again

    FakeJiraServiceManagement.Issue issue = jsm.issue(key).orElseThrow();
    assertThat(issue.attachments)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename()).isEqualTo("pump-error.png");
              assertThat(a.mimeType()).isEqualTo("image/png");
              assertThat(a.content()).isEqualTo(PNG);
              assertThat(a.visible()).isTrue();
            });
    assertThat(issue.comments)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.body())
                    .isEqualTo(
                        "Attached in Medley by Sam Servicedesk: pump-error.png [medley:"
                            + file.eventId()
                            + "]"));
  }

  @Test
  void aFileOverTheSitesLimitIsRefusedForGood() {
    String key = desks.deliver(connection(), create("INC-000803")).externalId();
    jsm.maxAttachmentBytes(4);

    assertThatThrownBy(
            () -> desks.deliver(connection(), attached("INC-000803", key, png("big.png"))))
        .isInstanceOf(DeskRefused.class)
        .satisfies(e -> assertThat(((DeskRefused) e).status()).isEqualTo(413));
    assertThat(jsm.issue(key).orElseThrow().attachments).isEmpty();
  }
}
