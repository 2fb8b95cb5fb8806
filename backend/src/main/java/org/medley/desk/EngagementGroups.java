package org.medley.desk;

import java.util.List;

/**
 * Support groups opened for an engagement accepted through the marketplace: the group receives
 * tickets like any other (routing rules can name it) and holds the partner's people it brought.
 */
public interface EngagementGroups {

  /**
   * Opens a group at {@code tier} ("L1", "L2", "L3") on the calendar, staffed by the partner, with
   * the staff as members; a taken name gets a number added. Returns its id, for the marketplace to
   * record which engagement provides it.
   */
  long open(
      long tenantId,
      long partnerId,
      String name,
      String tier,
      long calendarId,
      List<Long> memberStaffIds,
      String actor);
}
