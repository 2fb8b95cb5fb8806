package org.medley.coverage;

import java.util.Optional;

/** The application catalog as other features need it. */
public interface Catalog {

  record ApplicationRef(
      long id, String name, String vendor, String category, int criticality, long calendarId) {}

  Optional<ApplicationRef> application(long tenantId, long applicationId);

  /**
   * The tenant's "Other / I don't know" entry, created on first use: a ticket whose reporter cannot
   * name the application is filed against it. It is an application like the others for SLAs, views
   * and history, but the coverage matrix, catalog search and exports leave it out.
   */
  ApplicationRef triageApplication(long tenantId);
}
