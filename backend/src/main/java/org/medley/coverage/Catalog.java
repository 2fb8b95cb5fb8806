package org.medley.coverage;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/** The application catalog as other features need it. */
public interface Catalog {

  /** An application; {@code vendorId} names its vendor (an organisation of kind VENDOR), if any. */
  record ApplicationRef(
      long id,
      String name,
      String vendor,
      @Nullable Long vendorId,
      String category,
      int criticality,
      long calendarId) {}

  Optional<ApplicationRef> application(long tenantId, long applicationId);

  /** The tenant's applications that name a vendor, by name. */
  java.util.List<ApplicationRef> vendorApplications(long tenantId);

  /**
   * The tenant's "Other / I don't know" entry, created on first use: a ticket whose reporter cannot
   * name the application is filed against it. It is an application like the others for SLAs, views
   * and history, but the coverage matrix, catalog search and exports leave it out.
   */
  ApplicationRef triageApplication(long tenantId);
}
