package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.coverage.ContractedStaff;
import org.medley.coverage.Shift;
import org.medley.platform.Refused;
import org.medley.testing.TestApp;

/**
 * People an engagement brings count in the matrix from its first day to its last, judged on the day
 * the matrix is loaded for (the hospital's date from the injected clock).
 */
class ContractedStaffTest {

  private static final LocalDate FIRST = LocalDate.of(2031, 3, 10);
  private static final LocalDate LAST = LocalDate.of(2031, 3, 20);

  @Test
  void contractedPeopleCountOnlyBetweenTheirDates() {
    long tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    long northwind =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Northwind Managed Services'");
    long application =
        TestApp.queryLong(
            "SELECT MIN(id) FROM applications WHERE triage = FALSE AND tenant_id = " + tenant);
    String email = "dated-" + UUID.randomUUID() + "@northwind.example";
    var person =
        new ContractedStaff.Person(
            "Dana Dated",
            email,
            null,
            ZoneId.of("America/New_York"),
            40,
            List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(19, 0))),
            Map.of(application, 4));

    long id =
        TestApp.context()
            .getBean(ContractedStaff.class)
            .contract(tenant, northwind, List.of(person), FIRST, LAST)
            .get(0);

    SnapshotStore snapshots = TestApp.context().getBean(SnapshotStore.class);
    assertThat(counts(snapshots, tenant, id, FIRST.minusDays(1))).isFalse();
    assertThat(counts(snapshots, tenant, id, FIRST)).isTrue();
    assertThat(counts(snapshots, tenant, id, LAST)).isTrue();
    assertThat(counts(snapshots, tenant, id, LAST.plusDays(1))).isFalse();
    // Exports and imports still see everyone.
    assertThat(read(() -> snapshots.snapshot(tenant, false)).staff()).anyMatch(p -> p.id() == id);
    assertThat(
            read(() -> snapshots.snapshot(tenant, false, FIRST)).skills().stream()
                .filter(s -> s.staffId() == id))
        .singleElement()
        .satisfies(s -> assertThat(s.level()).isEqualTo(4));
    assertThat(
            read(() -> snapshots.snapshot(tenant, false, LAST.plusDays(1))).skills().stream()
                .filter(s -> s.staffId() == id))
        .isEmpty();
    // The same person again for the same partner: one record, its dates kept, skills raised.
    long other =
        TestApp.queryLong(
            "SELECT MAX(id) FROM applications WHERE triage = FALSE AND tenant_id = " + tenant);
    var again =
        new ContractedStaff.Person(
            "Dana Dated",
            email,
            null,
            ZoneId.of("America/New_York"),
            40,
            List.of(),
            Map.of(application, 2, other, 3));
    assertThat(
            TestApp.context()
                .getBean(ContractedStaff.class)
                .contract(tenant, northwind, List.of(again), LAST, null))
        .containsExactly(id);
    assertThat(counts(snapshots, tenant, id, LAST.plusDays(1))).isFalse();
    assertThat(
            read(() -> snapshots.snapshot(tenant, false, FIRST)).skills().stream()
                .filter(s -> s.staffId() == id)
                .map(s -> s.applicationId() + ":" + s.level()))
        .containsExactlyInAnyOrder(application + ":4", other + ":3");
    // Another partner cannot bring someone already on the staff for Northwind.
    long apex =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Apex Clinical IT Staffing'");
    assertThatThrownBy(
            () ->
                TestApp.context()
                    .getBean(ContractedStaff.class)
                    .contract(tenant, apex, List.of(person), FIRST, LAST))
        .isInstanceOf(Refused.class)
        .hasMessageContaining(email);
  }

  private static boolean counts(SnapshotStore snapshots, long tenant, long id, LocalDate day) {
    return read(() -> snapshots.snapshot(tenant, false, day)).staff().stream()
        .anyMatch(p -> p.id() == id);
  }

  @SuppressWarnings("unchecked")
  private static Snapshot read(java.util.function.Supplier<Snapshot> query) {
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx =
        TestApp.context().getBean(io.micronaut.transaction.TransactionOperations.class);
    return tx.executeRead(status -> query.get());
  }
}
