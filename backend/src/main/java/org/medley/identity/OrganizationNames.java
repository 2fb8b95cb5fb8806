package org.medley.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Organisations (partners, vendors) as other features name and check them (SLA: OLAs, reports). */
public interface OrganizationNames {

  /** Names of those of {@code ids} that exist; unknown ids are left out. */
  Map<Long, String> names(Collection<Long> ids);

  /** The organisation's kind, or empty when there is no such organisation. */
  Optional<OrganizationKind> kind(long id);

  /**
   * The vendor of this name (names are unique across organisations, case-insensitive), created on
   * first use; refused (409) when a partner or a hospital has the name. Runs in the caller's
   * transaction.
   */
  long vendorNamed(String name);
}
