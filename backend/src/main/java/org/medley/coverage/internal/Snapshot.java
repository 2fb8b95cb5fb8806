package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.medley.coverage.Certification;
import org.medley.coverage.Shift;

/** Everything the coverage matrix is computed from, as read at one revision of a tenant's data. */
record Snapshot(
    long revision,
    List<App> applications,
    List<Person> staff,
    List<Skill> skills,
    List<Certified> certifications) {

  Snapshot(long revision, List<App> applications, List<Person> staff, List<Skill> skills) {
    this(revision, applications, staff, skills, List.of());
  }

  record App(
      long id,
      String name,
      String vendor,
      @Nullable Long vendorId,
      String category,
      int criticality,
      String lifecycle,
      long calendarId,
      long version,
      List<String> aliases) {}

  record Person(
      long id,
      String name,
      String email,
      String kind,
      long employerId,
      String employer,
      String team,
      String zone,
      double capacityHours,
      List<Shift> shifts,
      long version) {}

  record Skill(long staffId, long applicationId, int level, Instant verifiedAt) {}

  /** A skill that rests on a certification; {@code level} is the recorded one. */
  record Certified(long staffId, long applicationId, int level, Certification certification) {}
}
