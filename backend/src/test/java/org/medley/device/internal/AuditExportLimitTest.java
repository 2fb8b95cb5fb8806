package org.medley.device.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medley.coverage.StaffNames;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.OrganizationNames;
import org.medley.identity.Role;
import org.medley.platform.Refused;
import org.medley.testing.TestApp;

/**
 * A printable record has a size limit (a site of 100,000 devices is no PDF anyone prints): past it
 * the export refuses the PDF naming the format, while the CSV of the same site is written. The
 * limit is set to 10 here; the demo's main campus has about 1,500 devices.
 */
class AuditExportLimitTest {

  private static final String SITE = "Riverside Main Campus";

  @Test
  @SuppressWarnings("unchecked")
  void aSiteOverThePdfLimitIsRefusedAsPdfAndWrittenAsCsv() throws Exception {
    ApplicationContext context = TestApp.context();
    AuditExport export =
        new AuditExport(
            context.getBean(AuditExportStore.class),
            context.getBean(ReplacementStore.class),
            context.getBean(DeviceService.class),
            context.getBean(StaffNames.class),
            context.getBean(org.medley.coverage.StaffCertifications.class),
            context.getBean(Hospitals.class),
            context.getBean(OrganizationNames.class),
            context.getBean(Clock.class),
            10);
    TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
    long tenant =
        TestApp.queryLong("SELECT tenant_id FROM devices WHERE site = '" + SITE + "' LIMIT 1");
    Caller leader = new Caller("leader", "Leader", tenant, tenant, Set.of(Role.IT_LEADER));

    assertThatThrownBy(
            () ->
                tx.executeRead(s -> export.write(leader, SITE, null, null, AuditExport.Format.PDF)))
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.errors()).anyMatch(e -> e.field().equals("format")));
    Path csv = tx.executeRead(s -> export.write(leader, SITE, null, null, AuditExport.Format.CSV));
    try {
      // One row per device without work, past the ten a PDF may hold, read a page at a time.
      assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(AuditExport.PAGE + 1);
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
