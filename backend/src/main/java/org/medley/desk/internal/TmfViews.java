package org.medley.desk.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The shapes of TM Forum's TMF621 Trouble Ticket API v4 that Medley serves: a trouble ticket with
 * its notes and related parties, a hub subscription, and the event a listener receives. A Medley
 * ticket is a {@code MedleyTroubleTicket} ({@code @baseType} TroubleTicket) that adds its {@code
 * number} and {@code pendingReason}. Absent fields are left out (TMF's {@code fields} selection
 * relies on it), unlike Medley's own API, where every field is always present.
 */
final class TmfViews {

  static final String TYPE = "MedleyTroubleTicket";
  static final String BASE_TYPE = "TroubleTicket";
  static final String CREATE = "TroubleTicketCreateEvent";
  static final String STATE_CHANGE = "TroubleTicketStateChangeEvent";
  static final String ATTRIBUTE_CHANGE = "TroubleTicketAttributeValueChangeEvent";

  private TmfViews() {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TroubleTicket(
      @Nullable String id,
      @Nullable String href,
      @Nullable String name,
      @Nullable String description,
      @Nullable String severity,
      @Nullable String priority,
      @Nullable String ticketType,
      @Nullable String status,
      @Nullable String statusChangeReason,
      @Nullable Instant statusChangeDate,
      @Nullable Instant creationDate,
      @Nullable Instant lastUpdate,
      @Nullable Instant resolutionDate,
      @Nullable String externalId,
      @Nullable List<Note> note,
      @Nullable List<RelatedParty> relatedParty,
      @Nullable String number,
      @Nullable String pendingReason,
      @Nullable @JsonProperty("@type") String type,
      @Nullable @JsonProperty("@baseType") String baseType) {

    /** Attributes TMF's {@code fields} parameter may name; id, href and @type always come. */
    static final Set<String> FIELDS =
        Set.of(
            "name",
            "description",
            "severity",
            "priority",
            "ticketType",
            "status",
            "statusChangeReason",
            "statusChangeDate",
            "creationDate",
            "lastUpdate",
            "resolutionDate",
            "externalId",
            "note",
            "relatedParty",
            "number",
            "pendingReason");

    /** Only the attributes named (plus id, href, @type and @baseType). */
    TroubleTicket only(Set<String> fields) {
      return new TroubleTicket(
          id,
          href,
          fields.contains("name") ? name : null,
          fields.contains("description") ? description : null,
          fields.contains("severity") ? severity : null,
          fields.contains("priority") ? priority : null,
          fields.contains("ticketType") ? ticketType : null,
          fields.contains("status") ? status : null,
          fields.contains("statusChangeReason") ? statusChangeReason : null,
          fields.contains("statusChangeDate") ? statusChangeDate : null,
          fields.contains("creationDate") ? creationDate : null,
          fields.contains("lastUpdate") ? lastUpdate : null,
          fields.contains("resolutionDate") ? resolutionDate : null,
          fields.contains("externalId") ? externalId : null,
          fields.contains("note") ? note : null,
          fields.contains("relatedParty") ? relatedParty : null,
          fields.contains("number") ? number : null,
          fields.contains("pendingReason") ? pendingReason : null,
          type,
          baseType);
    }
  }

  /**
   * A comment: {@code noteType} "public" (the requester reads it too) or "internal" (the hospital
   * desk's own notes, never shown to a partner).
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Note(
      String id,
      String author,
      Instant date,
      String text,
      String noteType,
      @JsonProperty("@type") String type) {}

  /** The requester, the group holding the ticket and its assignee. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RelatedParty(
      String id, String name, String role, @JsonProperty("@referredType") String referredType) {}

  /** The request body of a PATCH, as documented; {@link TmfPatch} reads and checks it. */
  @Serdeable
  @Schema(name = "TmfTroubleTicketPatch")
  record TroubleTicketPatch(
      @Nullable String status,
      @Nullable String statusChangeReason,
      @Nullable List<NoteInput> note,
      @Nullable String externalId,
      @Nullable String priority,
      @Nullable String resolutionCode) {}

  /** A note in a PATCH: without {@code id} it is added; with one it names a note already there. */
  @Serdeable
  @Schema(name = "TmfNoteInput")
  record NoteInput(@Nullable String id, @Nullable String text, @Nullable String noteType) {}

  /** A hub registration. */
  @Serdeable
  @Schema(name = "TmfEventSubscriptionInput")
  record EventSubscriptionInput(String callback, @Nullable String query) {}

  /** A listener registered at the hub. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TmfEventSubscription")
  record EventSubscription(String id, String callback, @Nullable String query) {}

  /** What the hub POSTs to a listener's callback. */
  @Serdeable
  @Schema(name = "TmfEvent")
  record Event(String eventId, Instant eventTime, String eventType, EventPayload event) {}

  @Serdeable
  record EventPayload(TroubleTicket troubleTicket) {}
}
