package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Audit lines name groups and people as they were called at the time, not by id: a group renamed or
 * a person gone later leaves the trail readable as it was.
 */
@Singleton
class AuditNames {

  private final SupportGroupStore groups;
  private final TicketReads reads;

  AuditNames(SupportGroupStore groups, TicketReads reads) {
    this.groups = groups;
    this.reads = reads;
  }

  List<Change> named(long tenant, List<Change> changes) {
    return changes.stream()
        .map(
            c ->
                switch (c.field() == null ? "" : c.field()) {
                  case "group" ->
                      new Change(
                          c.action(),
                          c.field(),
                          groupName(tenant, c.oldValue()),
                          groupName(tenant, c.newValue()),
                          c.note());
                  case "assignee" ->
                      new Change(
                          c.action(),
                          c.field(),
                          reads.staffName(c.oldValue()),
                          reads.staffName(c.newValue()),
                          c.note());
                  default -> c;
                })
        .toList();
  }

  private @Nullable String groupName(long tenant, @Nullable String id) {
    return id == null
        ? null
        : groups.group(tenant, Long.parseLong(id)).map(SupportGroupStore.Group::name).orElse(id);
  }
}
