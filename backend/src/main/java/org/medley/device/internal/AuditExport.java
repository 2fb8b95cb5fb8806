package org.medley.device.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.coverage.Certification;
import org.medley.coverage.StaffCertifications;
import org.medley.coverage.StaffNames;
import org.medley.device.PmTimeliness;
import org.medley.device.WorkOrderKind;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.OrganizationNames;
import org.medley.platform.Refused;

/**
 * The audit-ready record of a site for a period, as an accreditation survey (The Joint Commission
 * EC.02.04.03, CMS) asks for it: every device the caller sees at the site with its preventive
 * maintenance (due, window, done, on time / late / missed, reason), its corrective work and its
 * remediation still open, and who did the work with their certification for the device's class (the
 * coverage matrix's current record; "none on record" when they hold none, and flagged when it had
 * expired before the work).
 *
 * <p>Written {@link #PAGE} devices at a time to a temporary file that the controller streams, so a
 * site of 100,000 devices never sits in memory, and read in one transaction, so the file is one
 * consistent picture.
 */
@Singleton
class AuditExport {

  enum Format {
    CSV,
    PDF
  }

  /** The order of an entry's lines: maintenance, repairs, then security work. */
  static final List<WorkOrderKind> KINDS =
      List.of(WorkOrderKind.PREVENTIVE, WorkOrderKind.CORRECTIVE, WorkOrderKind.REMEDIATION);

  /** Devices read per query; their orders come in one more. */
  static final int PAGE = 500;

  static final String MAX_PDF_KEY = "medley.htm.audit-pdf-max-devices";

  static final String CERTIFICATIONS =
      "Certifications are each technician's current record in Medley's coverage matrix for the"
          + " device's class (its name and last valid day), flagged when it had expired before the"
          + " work; earlier certificates are in the HR or training record.";

  /** What the file is of, for its title. {@code partial}: only the partner's devices. */
  record Scope(
      String hospital,
      String site,
      Uptime.Period period,
      ZoneId zone,
      Instant generatedAt,
      boolean partial) {}

  /** One order as the audit reads it; {@code timeliness} for preventive orders only. */
  record Line(
      AuditExportStore.AuditOrder order,
      @Nullable PmTimeliness timeliness,
      LocalDate openedOn,
      @Nullable LocalDate completedOn,
      @Nullable String technician,
      @Nullable String certification) {}

  /** A device and its orders of the period, preventive first, then corrective, remediation. */
  record Entry(AuditExportStore.AuditDevice device, List<Line> lines) {}

  /** Where entries go, in order; closing finishes the file. */
  interface Sink extends AutoCloseable {
    void add(Entry entry) throws IOException;

    @Override
    void close() throws IOException;
  }

  private final AuditExportStore store;
  private final ReplacementStore models;
  private final DeviceService devices;
  private final StaffNames staff;
  private final StaffCertifications certifications;
  private final Hospitals hospitals;
  private final OrganizationNames organizations;
  private final Clock clock;
  private final int maxPdfDevices;

  AuditExport(
      AuditExportStore store,
      ReplacementStore models,
      DeviceService devices,
      StaffNames staff,
      StaffCertifications certifications,
      Hospitals hospitals,
      OrganizationNames organizations,
      Clock clock,
      @Value("${" + MAX_PDF_KEY + ":5000}") int maxPdfDevices) {
    this.store = store;
    this.models = models;
    this.devices = devices;
    this.staff = staff;
    this.certifications = certifications;
    this.hospitals = hospitals;
    this.organizations = organizations;
    this.clock = clock;
    this.maxPdfDevices = maxPdfDevices;
  }

  /** The export in a temporary file; the caller deletes it. */
  @ReadOnly
  Path write(
      Caller caller,
      @Nullable String site,
      @Nullable String from,
      @Nullable String to,
      Format format) {
    long tenant = caller.tenantId();
    if (site == null || site.isBlank()) {
      throw Refused.invalid("site", "required: the site the survey covers");
    }
    String place = site.strip();
    ZoneId zone = hospitals.zone(tenant);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Uptime.Period period = Uptime.Period.parse(from, to, today);
    DeviceAccess access = devices.access(caller);
    if (format == Format.PDF && store.count(access, place) > maxPdfDevices) {
      throw Refused.invalid(
          "format",
          "a printable record holds at most "
              + maxPdfDevices
              + " devices ("
              + MAX_PDF_KEY
              + "): take the CSV for a site this large");
    }
    Scope scope =
        new Scope(
            organizations.names(List.of(tenant)).getOrDefault(tenant, "Hospital"),
            place,
            period,
            zone,
            now,
            access.engagementIds() != null);
    Instant start = period.start(zone);
    Instant end = period.end(zone, now);
    Path file = null;
    try {
      file = Files.createTempFile("medley-audit-", "." + format.name().toLowerCase());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
          Sink sink =
              format == Format.CSV
                  ? new AuditExportCsv(out, place)
                  : new AuditExportPdf(out, scope)) {
        Map<Long, ReplacementStore.ModelFacts> known = models.models(tenant);
        String after = null;
        while (true) {
          List<AuditExportStore.AuditDevice> page =
              store.devices(access, place, after, PAGE, known);
          for (Entry entry : entries(tenant, page, period, start, end, zone, today)) {
            sink.add(entry);
          }
          if (page.size() < PAGE) {
            break;
          }
          after = page.get(page.size() - 1).assetTag();
        }
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  private List<Entry> entries(
      long tenant,
      List<AuditExportStore.AuditDevice> page,
      Uptime.Period period,
      Instant start,
      Instant end,
      ZoneId zone,
      LocalDate today) {
    List<AuditExportStore.AuditOrder> orders =
        store.orders(
            tenant,
            page.stream().map(AuditExportStore.AuditDevice::id).toList(),
            period.from(),
            period.to(),
            start,
            end);
    Set<Long> technicians = new HashSet<>();
    orders.forEach(
        o -> {
          if (o.technicianId() != null) {
            technicians.add(o.technicianId());
          }
        });
    Map<Long, String> names = staff.names(tenant, technicians);
    Map<Long, Map<String, Certification>> certified = certifications.byRow(tenant, technicians);
    Map<Long, String> classes = new HashMap<>();
    page.forEach(d -> classes.put(d.id(), d.deviceClass()));
    Map<Long, List<Line>> byDevice = new LinkedHashMap<>();
    for (AuditExportStore.AuditOrder o : orders) {
      LocalDate completed =
          o.completedAt() == null ? null : LocalDate.ofInstant(o.completedAt(), zone);
      PmTimeliness timeliness =
          o.kind() == WorkOrderKind.PREVENTIVE && o.windowEndsOn() != null
              ? PmTimeliness.of(o.status(), o.windowEndsOn(), completed, today)
              : null;
      byDevice
          .computeIfAbsent(o.deviceId(), id -> new ArrayList<>())
          .add(
              new Line(
                  o,
                  timeliness,
                  LocalDate.ofInstant(o.openedAt(), zone),
                  completed,
                  o.technicianId() == null ? null : names.get(o.technicianId()),
                  o.technicianId() == null
                      ? null
                      : certification(
                          certified.getOrDefault(o.technicianId(), Map.of()),
                          classes.get(o.deviceId()),
                          completed)));
    }
    Comparator<Line> order =
        Comparator.comparingInt((Line l) -> KINDS.indexOf(l.order().kind()))
            .thenComparing(l -> l.order().dueOn() != null ? l.order().dueOn() : l.openedOn())
            .thenComparing(l -> l.order().id());
    List<Entry> entries = new ArrayList<>(page.size());
    for (AuditExportStore.AuditDevice d : page) {
      List<Line> lines = byDevice.getOrDefault(d.id(), new ArrayList<>());
      lines.sort(order);
      entries.add(new Entry(d, lines));
    }
    return entries;
  }

  private static void delete(@Nullable Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A temporary file left behind is the system's to clear.
      }
    }
  }

  /** The technician's certification for the class, as the record states it. */
  static String certification(
      Map<String, Certification> held, String deviceClass, @Nullable LocalDate workedOn) {
    Certification c = held.get(deviceClass);
    if (c == null) {
      return "none on record for " + deviceClass;
    }
    if (c.expiresOn() == null) {
      return c.name();
    }
    boolean lapsed = workedOn != null && workedOn.isAfter(c.expiresOn());
    return c.name()
        + " (valid to "
        + c.expiresOn()
        + (lapsed ? "; expired before this work)" : ")");
  }
}
