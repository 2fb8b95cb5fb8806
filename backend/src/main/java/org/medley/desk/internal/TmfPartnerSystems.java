package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import org.medley.identity.OrganizationNames;

/**
 * The external-reference system ({@code ticket_references.system}) a partner's own ticket ids are
 * recorded under when its desk sends {@code externalId} through the TMF621 API: its organisation's
 * name in upper case, runs of other characters as one dash ("Northwind Health IT" → {@code
 * NORTHWIND-HEALTH-IT}), within {@link ReferenceDesk#SYSTEM}'s 60 characters.
 */
@Singleton
class TmfPartnerSystems {

  private final OrganizationNames names;

  TmfPartnerSystems(OrganizationNames names) {
    this.names = names;
  }

  String of(long organizationId) {
    String name = names.names(Set.of(organizationId)).getOrDefault(organizationId, "");
    return system(name, organizationId);
  }

  static String system(String name, long organizationId) {
    String system =
        name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (system.isEmpty()) {
      system = "PARTNER-" + organizationId;
    }
    return system.length() > 60 ? system.substring(0, 60).replaceAll("-+$", "") : system;
  }
}
