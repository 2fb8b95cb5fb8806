package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON of the staffing-request API: bodies it accepts (validated) and what it answers. */
final class Api {

  private Api() {}

  static final String KIND = "LONG_TERM|TEMPORARY|PROJECT|GO_LIVE_SURGE";
  static final String STATUS = "OPEN|PUBLISHED|AWARDED|CANCELLED";

  @Serdeable
  record NewRequest(
      @Nullable @Size(max = 200) String title,
      @NotNull @Pattern(regexp = KIND, message = "must be one of " + KIND) String kind,
      @NotEmpty @Size(max = 20) List<@NotNull @Min(1) Long> applicationIds,
      @NotNull @Min(1) @Max(4) Integer minimumLevel,
      @NotNull @Min(1) @Max(50) Integer peopleNeeded,
      @NotNull @DecimalMin(value = "1") @DecimalMax("999") Double hoursPerWeek,
      @NotBlank @Size(max = 200) String supportWindow,
      @NotNull LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable @Size(max = 4000) String notes,
      @Nullable @Size(max = 2000) String rationale) {}

  @Serdeable
  record Cancel(@NotBlank @Size(max = 1000) String reason, @Nullable @Min(0) Long version) {}

  @Serdeable
  record ApplicationRef(long id, String name) {}

  @Serdeable
  record Event(
      String action, String actor, String actorName, Instant at, @Nullable String detail) {}

  /** A request as read; {@code history} only on the single-request read. */
  @Serdeable
  record StaffingRequestView(
      long id,
      String title,
      String kind,
      String status,
      List<ApplicationRef> applications,
      int minimumLevel,
      int peopleNeeded,
      double hoursPerWeek,
      String supportWindow,
      LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable String notes,
      @Nullable String rationale,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      @Nullable String audience,
      @Nullable List<PublishedTo> publishedTo,
      @Nullable List<Event> history) {}

  /** A partner a request was published to by name (the hospital's view only). */
  @Serdeable
  record PublishedTo(long partnerId, String name, Instant at) {}

  /** {@code {"all": true}} or {@code {"partnerIds": [...]}}, with the version read. */
  @Serdeable
  record Publish(
      @Nullable Boolean all,
      @Nullable @Size(max = 100) List<@NotNull @Min(1) Long> partnerIds,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record Page<T>(List<T> items, int page, int size, long total) {

    /** A page request sorted by a row property, then by id so that pages are stable. */
    static Pageable request(int page, int size, String property, boolean descending) {
      Sort.Order.Direction direction =
          descending ? Sort.Order.Direction.DESC : Sort.Order.Direction.ASC;
      return Pageable.from(
          page,
          size,
          Sort.of(
              new Sort.Order(property, direction, false), new Sort.Order("id", direction, false)));
    }
  }
}
