package org.medley.platform;

/**
 * One line of the admin's setup checklist (organisation, calendars, applications, staff, groups,
 * routing, SLA policies, partners): each feature that owns such a thing contributes a bean, so the
 * checklist counts what the feature's own tables hold without reading them from outside.
 */
public interface SetupStep {

  /** Stable key, e.g. {@code "calendars"}; the SPA's tests and scripts rely on it. */
  String key();

  /** What the admin reads, e.g. "Business calendars". */
  String label();

  /** One sentence: what to do first when the count is zero. */
  String hint();

  /** The SPA path where this is set up, e.g. {@code /admin/calendars}. */
  String link();

  /** Position in the checklist, ascending. */
  int order();

  /** How many the tenant has; the step is done when this is above zero. */
  long count(long tenantId);
}
