package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;
import org.medley.identity.PhiClearance;
import org.medley.identity.PhiKind;
import org.medley.identity.PhiOutbound;
import org.slf4j.LoggerFactory;

/** Each outbound payload is filtered unless an agreement covers its receiver, and logs counts. */
class LoggedPhiOutboundTest {

  private static final long TENANT = 1;
  private static final long COVERED = 7;
  private static final long UNCOVERED = 8;

  private final MinimumNecessary filter = new MinimumNecessary(List.of("Jane Roe"));
  private final PhiClearance clearance =
      new PhiClearance() {
        @Override
        public boolean readsPhi(Caller caller) {
          return caller.organizationId() == COVERED;
        }

        @Override
        public MinimumNecessary filter(long tenantId) {
          return filter;
        }

        @Override
        public java.util.Optional<AgreementOnFile> agreementOf(long tenantId, long organization) {
          return java.util.Optional.empty();
        }
      };
  private final Hospitals hospitals =
      new Hospitals() {
        @Override
        public ZoneId zone(long tenantId) {
          return ZoneOffset.UTC;
        }

        @Override
        public java.util.List<Long> tenants() {
          return java.util.List.of();
        }

        @Override
        public Duration reopenWindow(long tenantId) {
          return Duration.ZERO;
        }

        @Override
        public MinimumNecessary minimumNecessary(long tenantId) {
          return filter;
        }

        @Override
        public Optional<Long> defaultCalendar(long tenantId) {
          return Optional.empty();
        }
      };
  private final PhiOutbound outbound = new LoggedPhiOutbound(clearance, hospitals);

  private final Logger log = (Logger) LoggerFactory.getLogger("org.medley.phi.outbound");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void capture() {
    lines.start();
    log.addAppender(lines);
  }

  @AfterEach
  void release() {
    log.detachAppender(lines);
  }

  @Test
  void aReceiverWithoutAnAgreementGetsMaskedTextAndTheLogGetsCountsOnly() {
    try (PhiOutbound.Payload out =
        outbound.payload(TENANT, UNCOVERED, "vendor-email", "INC-000123")) {
      assertThat(out.text("Wristband for MRN 4471234 prints blank"))
          .isEqualTo("Wristband for [MRN] prints blank");
      assertThat(out.text("Patient Jane Roe, call 555-201-3344"))
          .isEqualTo("Patient [name], call [phone]");
      assertThat(out.text(null)).isNull();
      assertThat(out.filtered()).isTrue();
      assertThat(out.removed())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(PhiKind.MRN, 1, PhiKind.NAME, 1, PhiKind.PHONE, 1));
    }

    assertThat(lines.list).singleElement();
    String line = lines.list.get(0).getFormattedMessage();
    assertThat(line)
        .contains("vendor-email", "INC-000123", "organisation 8", "NAME=1 MRN=1 PHONE=1")
        .doesNotContain("4471234", "Jane", "Roe", "555-201-3344");
  }

  @Test
  void aReceiverUnderAnAgreementGetsTheTextAsWrittenAndTheLogSaysSo() {
    PhiOutbound.Payload out = outbound.payload(TENANT, COVERED, "partner-desk", "INC-000124");
    assertThat(out.text("MRN 4471234")).isEqualTo("MRN 4471234");
    assertThat(out.filtered()).isFalse();
    out.close();
    out.close();

    assertThat(lines.list).singleElement();
    assertThat(lines.list.get(0).getFormattedMessage()).contains("not filtered");
  }

  @Test
  void aReceiverNoAgreementCanCoverIsAlwaysFiltered() {
    try (PhiOutbound.Payload out = outbound.payload(TENANT, null, "email-notice", "INC-000125")) {
      assertThat(out.text("DOB 03/14/1957")).isEqualTo("[date of birth]");
    }
    assertThat(lines.list.get(0).getFormattedMessage())
        .contains("a receiver without an agreement", "DATE_OF_BIRTH=1");
  }
}
