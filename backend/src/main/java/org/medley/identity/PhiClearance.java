package org.medley.identity;

/**
 * Who reads patient information as written and who through the {@link MinimumNecessary} filter: the
 * health system's own people read it as written; a partner's agents only while their organisation
 * has a business associate agreement in force with the caller's health system.
 */
public interface PhiClearance {

  /** Whether the caller may read PHI unfiltered today. */
  boolean readsPhi(Caller caller);

  /** A business associate agreement on file: its reference and the days it is in force. */
  record AgreementOnFile(
      String reference,
      java.time.LocalDate effectiveFrom,
      @io.micronaut.core.annotation.Nullable java.time.LocalDate effectiveUntil) {}

  /** The organisation's agreement with the tenant in force today, if any. */
  java.util.Optional<AgreementOnFile> agreementOf(long tenantId, long organizationId);

  /** The tenant's minimum-necessary filter (the names its organisation lists included). */
  MinimumNecessary filter(long tenantId);
}
