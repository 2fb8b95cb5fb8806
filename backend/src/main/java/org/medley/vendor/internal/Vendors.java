package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The vendor directory's shapes at the API. */
final class Vendors {

  private Vendors() {}

  /** How a vendor receives cases. */
  enum Channel {
    /** A case mail to the vendor's support address; answers come back by the support mailbox. */
    EMAIL,
    /** The vendor's own desk through an e-bonding connector. */
    CONNECTOR
  }

  @Serdeable
  record Contact(
      @NotBlank @Size(max = 120) String name,
      @Nullable @Email @Size(max = 254) String email,
      @Nullable @Size(max = 40) String phone,
      @Nullable @Size(max = 120) String role) {}

  @Serdeable
  record ApplicationRef(long id, String name) {}

  /** A vendor as the hospital's directory shows it. */
  @Serdeable
  record Vendor(
      long id,
      String name,
      @Nullable Channel channel,
      @Nullable String caseEmail,
      @Nullable Long connectorId,
      @Nullable String casePattern,
      String subjectTemplate,
      String bodyTemplate,
      List<Contact> contacts,
      List<ApplicationRef> applications,
      int openCases,
      boolean businessAssociate,
      long version) {}

  @Serdeable
  record NewVendor(@NotBlank @Size(max = 200) String name) {}

  /** A change of a vendor's set-up: all of it, with the version read. */
  @Serdeable
  record Change(
      @Nullable Channel channel,
      @Nullable @Email @Size(max = 254) String caseEmail,
      @Nullable @Min(1) Long connectorId,
      @Nullable @Size(max = CasePattern.MAX_LENGTH) String casePattern,
      @Nullable @Size(max = 300) String subjectTemplate,
      @Nullable @Size(max = 20_000) String bodyTemplate,
      @Nullable @Size(max = 20) List<@Valid Contact> contacts,
      @NotNull @Min(0) Long version) {}

  @Serdeable
  record Page<T>(List<T> items, int page, int size, long total) {}

  @Serdeable
  record AuditEntry(Instant at, String actor, String summary) {}

  /** The status a case is in. */
  enum CaseStatus {
    OPEN,
    CLOSED
  }

  /** Where a case's last mail is. */
  enum Delivery {
    QUEUED,
    SENT,
    FAILED
  }
}
