package org.medley.calendar.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.calendar.CalendarSpec;

/**
 * Stored calendars of a tenant and the business-time questions asked of them; other features reach
 * them through {@link CalendarDirectory}. Parsed calendars are cached by id (calendars are never
 * changed or deleted): building one costs tens of microseconds, a question about 0.05 µs.
 */
@Singleton
class Calendars implements CalendarDirectory {

  /** Longer than any SLA target Medley should hold; bounds the work one request can cause. */
  static final Duration MAX_DURATION = Duration.ofDays(366);

  private final CalendarRepository repository;
  private final JsonMapper json;
  private final Clock clock;
  private final Map<Long, BusinessCalendar> cache = new ConcurrentHashMap<>();

  Calendars(CalendarRepository repository, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  @Serdeable
  record CalendarView(long id, String name, String zone, CalendarSpec definition) {}

  record Listing(List<CalendarView> items, long total) {}

  Listing list(long tenant, @Nullable String query, Pageable pageable) {
    String pattern = "%" + (query == null ? "" : escapeLike(query.strip())) + "%";
    var page = repository.findByTenantIdAndNameIlikeOrderByName(tenant, pattern, pageable);
    return new Listing(page.getContent().stream().map(this::view).toList(), page.getTotalSize());
  }

  CalendarView view(long tenant, long id) {
    return view(row(tenant, id));
  }

  @Transactional
  CalendarView create(long tenant, CalendarSpec spec) {
    BusinessCalendar calendar = BusinessCalendar.of(spec); // throws with every field's mistake
    if (repository.existsByTenantIdAndName(tenant, calendar.name())) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT, "A calendar named \"" + calendar.name() + "\" already exists.");
    }
    CalendarRow row =
        repository.save(
            new CalendarRow(
                null,
                tenant,
                calendar.name(),
                calendar.zone().getId(),
                write(calendar.spec()),
                clock.instant()));
    cache.put(row.id(), calendar);
    return view(row);
  }

  @Override
  public long createCalendar(long tenantId, CalendarSpec spec) {
    return create(tenantId, spec).id();
  }

  Instant deadline(long tenant, long id, Instant start, Duration duration) {
    if (duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "duration: must be between PT0S and P366D");
    }
    return parsed(row(tenant, id)).deadline(start, duration);
  }

  Duration elapsed(long tenant, long id, Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new HttpStatusException(HttpStatus.BAD_REQUEST, "to: must not be before from");
    }
    if (Duration.between(from, to).compareTo(MAX_DURATION.multipliedBy(10)) > 0) {
      throw new HttpStatusException(HttpStatus.BAD_REQUEST, "to: at most ten years after from");
    }
    return parsed(row(tenant, id)).elapsed(from, to);
  }

  @Override
  @ReadOnly
  public Optional<StoredCalendar> calendar(long tenantId, long calendarId) {
    return repository.findByIdAndTenantId(calendarId, tenantId).map(this::stored);
  }

  @Override
  @ReadOnly
  public List<StoredCalendar> calendars(long tenantId) {
    return repository.findByTenantIdOrderByName(tenantId).stream().map(this::stored).toList();
  }

  private StoredCalendar stored(CalendarRow row) {
    return new StoredCalendar(row.id(), row.name(), parsed(row));
  }

  private BusinessCalendar parsed(CalendarRow row) {
    return cache.computeIfAbsent(row.id(), key -> BusinessCalendar.of(read(row.definition())));
  }

  @Override
  @ReadOnly
  public BusinessCalendar byId(long id) {
    BusinessCalendar cached = cache.get(id);
    if (cached != null) {
      return cached;
    }
    CalendarRow row =
        repository.findById(id).orElseThrow(() -> new IllegalStateException("no calendar " + id));
    return parsed(row);
  }

  @Override
  @ReadOnly
  public boolean exists(long tenant, long id) {
    return repository.findByIdAndTenantId(id, tenant).isPresent();
  }

  private CalendarRow row(long tenant, long id) {
    // Another tenant's calendar is simply not there.
    return repository
        .findByIdAndTenantId(id, tenant)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No calendar " + id));
  }

  private CalendarView view(CalendarRow row) {
    return new CalendarView(row.id(), row.name(), row.zone(), read(row.definition()));
  }

  private CalendarSpec read(String definition) {
    try {
      return json.readValue(definition, CalendarSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(CalendarSpec spec) {
    try {
      return json.writeValueAsString(spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
