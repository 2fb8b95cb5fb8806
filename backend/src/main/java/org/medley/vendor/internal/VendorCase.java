package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.medley.desk.Priority;
import org.medley.vendor.internal.Vendors.CaseStatus;
import org.medley.vendor.internal.Vendors.Channel;
import org.medley.vendor.internal.Vendors.Delivery;

/** A ticket's case with one vendor, as the API shows it, and the requests that act on it. */
@Serdeable
record VendorCase(
    long id,
    long ticketId,
    String ticketNumber,
    String ticketTitle,
    String ticketStatus,
    @Nullable String pendingReason,
    Priority priority,
    long vendorId,
    String vendorName,
    @Nullable String caseNumber,
    CaseStatus status,
    Instant openedAt,
    String openedBy,
    int escalations,
    @Nullable Instant lastSentAt,
    Delivery delivery,
    @Nullable String deliveryError,
    @Nullable Instant lastReplyAt,
    @Nullable Instant closedAt,
    @Nullable String closedBy,
    @Nullable String closeNote,
    long version) {

  /** The case mail as it would leave, for the agent to read and edit before sending. */
  @Serdeable
  record Draft(
      long vendorId,
      String vendorName,
      @Nullable Channel channel,
      @Nullable String to,
      String subject,
      String body,
      boolean filtered,
      Map<String, Integer> removed,
      @Nullable String problem) {}

  /** Escalate a ticket to a vendor (the ticket's version guards it). */
  @Serdeable
  record Escalation(
      @NotNull @Min(1) Long vendorId,
      @NotBlank @Size(max = 300) String subject,
      @NotBlank @Size(max = 20_000) String body,
      @Nullable @Min(0) Long version) {}

  /** Send the case again, in its thread. */
  @Serdeable
  record ReEscalation(
      @NotBlank @Size(max = 300) String subject,
      @NotBlank @Size(max = 20_000) String body,
      @NotNull @Min(0) Long version) {}

  @Serdeable
  record NumberChange(
      @NotBlank @Size(max = 100) String caseNumber, @NotNull @Min(0) Long version) {}

  @Serdeable
  record Closing(@NotBlank @Size(max = 2_000) String note, @NotNull @Min(0) Long version) {}

  /** The open cases of one vendor, for the weekly vendor call. */
  @Serdeable
  record VendorSummary(long vendorId, String vendorName, int open, Instant oldestOpenedAt) {}

  @Serdeable
  record Page(
      List<VendorCase> items, int page, int size, long total, List<VendorSummary> vendors) {}

  @Serdeable
  record TicketCases(List<VendorCase> items) {}
}
