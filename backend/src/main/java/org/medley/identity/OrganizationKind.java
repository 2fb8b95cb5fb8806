package org.medley.identity;

/** A health system is a tenant; partners and vendors work for tenants. */
public enum OrganizationKind {
  HEALTH_SYSTEM,
  PARTNER,
  VENDOR
}
