package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.medley.coverage.ContractedStaff;
import org.medley.platform.Refused;

/**
 * {@link ContractedStaff}: the people are written like the staff editor writes them, plus their
 * active dates. No change event is published: the revision bump makes every node reload the
 * tenant's matrix, which reads the dates.
 */
@Singleton
class StoredContractedStaff implements ContractedStaff {

  private final StaffStore staff;
  private final SkillStore skills;
  private final JdbcOperations jdbc;
  private final Clock clock;

  StoredContractedStaff(StaffStore staff, SkillStore skills, JdbcOperations jdbc, Clock clock) {
    this.staff = staff;
    this.skills = skills;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<Long> contract(
      long tenantId,
      long partnerId,
      List<Person> people,
      LocalDate from,
      @Nullable LocalDate until) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      String email = p.email().strip().toLowerCase(Locale.ROOT);
      var existing =
          staff.staffIdByEmail(tenantId, email).flatMap(id -> staff.person(tenantId, id));
      if (existing.isPresent()) {
        if (existing.get().employerId() != partnerId) {
          throw Refused.conflict(
              "people[" + i + "].email",
              email + " is on the hospital's staff for another employer");
        }
        ids.add(existing.get().id());
        raise(tenantId, existing.get().id(), p.levels());
        continue;
      }
      long id =
          staff.insertStaff(
              tenantId,
              new StaffStore.StaffFields(
                  p.name().strip(),
                  email,
                  "CONTRACTED",
                  partnerId,
                  p.team(),
                  p.zone().getId(),
                  p.capacityHours(),
                  p.shifts()),
              clock.instant());
      jdbc.prepareStatement(
          "UPDATE staff_members SET active_from = ?, active_until = ? WHERE id = ?",
          s -> {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, until == null ? null : Date.valueOf(until));
            s.setLong(3, id);
            return s.executeUpdate();
          });
      skills.putSkills(
          tenantId,
          p.levels().entrySet().stream()
              .map(e -> new Snapshot.Skill(id, e.getKey(), e.getValue(), null))
              .toList());
      ids.add(id);
    }
    return ids;
  }

  /** The skills named, where higher than the person's own. */
  private void raise(long tenant, long staffId, java.util.Map<Long, Integer> levels) {
    var known = new java.util.HashMap<Long, Integer>();
    skills
        .skills(tenant, staffId, null)
        .forEach(s -> known.put(s.skill().applicationId(), s.skill().level()));
    skills.putSkills(
        tenant,
        levels.entrySet().stream()
            .filter(e -> e.getValue() > known.getOrDefault(e.getKey(), 0))
            .map(e -> new Snapshot.Skill(staffId, e.getKey(), e.getValue(), null))
            .toList());
  }

  @Override
  public List<String> taken(long tenantId, long partnerId, Collection<String> emails) {
    return emails.stream()
        .map(e -> e.strip().toLowerCase(Locale.ROOT))
        .filter(
            e ->
                staff
                    .staffIdByEmail(tenantId, e)
                    .flatMap(id -> staff.person(tenantId, id))
                    .filter(p -> p.employerId() != partnerId)
                    .isPresent())
        .toList();
  }
}
