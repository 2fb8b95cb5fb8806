package org.medley.identity.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.medley.identity.Hospitals;

/** {@link Hospitals} from the tenant's organisation row. */
@Singleton
class StoredHospitals implements Hospitals {

  private final OrganizationRepository organizations;

  StoredHospitals(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Override
  @ReadOnly
  public ZoneId zone(long tenantId) {
    return organizations.findById(tenantId).map(o -> zone(o.timeZone())).orElse(ZoneOffset.UTC);
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
