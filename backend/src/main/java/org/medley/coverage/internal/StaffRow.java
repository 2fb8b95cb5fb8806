package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.List;
import org.medley.coverage.Shift;

/** A staff member as the staff API reads one; shifts and the employer's name come separately. */
@MappedEntity("staff_members")
record StaffRow(
    @Id long id,
    long tenantId,
    long employerId,
    String name,
    @Nullable String email,
    String kind,
    @Nullable String team,
    String zone,
    double weeklyCapacityHours,
    long version) {

  Snapshot.Person person(@Nullable String employer, List<Shift> shifts) {
    return new Snapshot.Person(
        id,
        name,
        email,
        kind,
        employerId,
        employer,
        team,
        zone,
        weeklyCapacityHours,
        List.copyOf(shifts),
        version);
  }
}
