package org.medley.coverage;

import java.util.Optional;

/** The application catalog as other features need it. */
public interface Catalog {

  record ApplicationRef(
      long id, String name, String vendor, String category, int criticality, long calendarId) {}

  Optional<ApplicationRef> application(long tenantId, long applicationId);
}
