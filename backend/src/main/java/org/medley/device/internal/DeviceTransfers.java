package org.medley.device.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medley.device.Device;
import org.medley.device.DeviceStatus;
import org.medley.identity.Caller;
import org.medley.market.Engagements;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.platform.Spreadsheet;
import org.medley.platform.Spreadsheet.Format;
import org.medley.platform.Spreadsheet.Line;
import org.medley.platform.Spreadsheet.RowError;

/**
 * A CMMS export in, a CSV out, in the same columns. Unlike the coverage imports (all or nothing), a
 * device file is taken row by row: a fleet export of thousands of rows always has a few bad ones,
 * and biomed fixes those rather than the whole file. Each row is matched by asset tag: an unknown
 * tag creates a device, a known one updates it (columns the file leaves out keep the stored
 * values); a row with any problem is refused with every reason and nothing of it is written. A file
 * that cannot be read at all (no header, unknown columns, too many rows) is refused whole (422).
 */
@Singleton
class DeviceTransfers {

  /** Where the row limit of one import is configured. */
  static final String MAX_ROWS_KEY = "medley.devices.import-max-rows";

  static final List<String> COLUMNS =
      List.of(
          "asset_tag",
          "serial",
          "manufacturer",
          "model",
          "site",
          "building",
          "unit",
          "room",
          "department",
          "status",
          "connected",
          "ip_address",
          "mac_address",
          "firmware",
          "contract_vendor",
          "contract_engagement_id",
          "contract_ends_on",
          "acquired_on",
          "acquisition_cost",
          "end_of_support");

  private static final Set<String> REQUIRED =
      Set.of("asset_tag", "serial", "manufacturer", "model", "site");

  private static final Set<String> OPTIONAL = optional();

  /** The JSON field a rule names, as the file's column. */
  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.ofEntries(
          Map.entry("assetTag", "asset_tag"),
          Map.entry("ipAddress", "ip_address"),
          Map.entry("macAddress", "mac_address"),
          Map.entry("contractVendor", "contract_vendor"),
          Map.entry("contractEngagementId", "contract_engagement_id"),
          Map.entry("contractEndsOn", "contract_ends_on"),
          Map.entry("acquiredOn", "acquired_on"),
          Map.entry("acquisitionCost", "acquisition_cost"),
          Map.entry("endOfSupport", "end_of_support"));

  /** Day 0 of Excel's date serials (a date cell arrives as its serial number). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final DeviceStore store;
  private final DeviceService devices;
  private final Engagements engagements;
  private final Clock clock;
  private final int maxRows;

  DeviceTransfers(
      DeviceStore store,
      DeviceService devices,
      Engagements engagements,
      Clock clock,
      @Value("${" + MAX_ROWS_KEY + ":20000}") int maxRows) {
    this.store = store;
    this.devices = devices;
    this.engagements = engagements;
    this.clock = clock;
    this.maxRows = maxRows;
  }

  private static Set<String> optional() {
    Set<String> optional = new HashSet<>(COLUMNS);
    optional.removeAll(REQUIRED);
    return Set.copyOf(optional);
  }

  // ---- export

  @ReadOnly
  byte[] export(Caller caller, DeviceStore.Filter filter) {
    List<List<String>> rows = new ArrayList<>();
    for (DeviceApi.DeviceView d : store.all(devices.access(caller), filter)) {
      rows.add(
          List.of(
              d.assetTag(),
              d.serial(),
              d.manufacturer(),
              d.model(),
              d.site(),
              text(d.building()),
              text(d.unit()),
              text(d.room()),
              text(d.department()),
              d.status().name(),
              d.connected() ? "yes" : "no",
              text(d.ipAddress()),
              text(d.macAddress()),
              text(d.firmware()),
              text(d.contractVendor()),
              text(d.contractEngagementId()),
              text(d.contractEndsOn()),
              text(d.acquiredOn()),
              d.acquisitionCost() == null ? "" : d.acquisitionCost().toPlainString(),
              text(d.endOfSupport())));
    }
    return Spreadsheet.write(Format.CSV, "devices", COLUMNS, rows);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  // ---- import

  @Transactional
  DeviceApi.ImportReport importFile(Caller caller, Format format, byte[] file) {
    long tenant = caller.tenantId();
    List<Line> lines = Spreadsheet.read(file, format, COLUMNS, OPTIONAL, maxRows, MAX_ROWS_KEY);
    if (lines.isEmpty()) {
      throw new Spreadsheet.Rejected(new RowError(2, null, "The file has a header but no rows."));
    }
    Map<String, Long> models = store.modelIds(tenant);
    Map<String, DeviceApi.DeviceView> stored = new HashMap<>();
    store
        .all(
            new DeviceAccess(tenant, null),
            new DeviceStore.Filter(null, null, null, null, null, null))
        .forEach(d -> stored.put(d.assetTag(), d));
    Map<Long, Boolean> engagementsHere = new HashMap<>();
    LocalDate today = devices.today();

    List<DeviceApi.ImportRow> report = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Device> inserts = new ArrayList<>();
    Map<DeviceStore.Key, Device> updates = new LinkedHashMap<>();
    Map<Integer, String> written = new LinkedHashMap<>(); // line → asset tag of a written row
    for (Line line : lines) {
      List<RowError> problems = new ArrayList<>();
      String tag = line.get("asset_tag").toUpperCase(Locale.ROOT);
      DeviceApi.DeviceView current = stored.get(tag);
      Device device =
          parse(
              line,
              current,
              models,
              id ->
                  engagementsHere.computeIfAbsent(id, e -> engagements.byId(tenant, e).isPresent()),
              problems,
              today);
      Integer first = tag.isEmpty() ? null : seen.putIfAbsent(tag, line.number());
      if (first != null) {
        problems.add(new RowError(line.number(), "asset_tag", "Duplicate of line " + first + "."));
      }
      if (!problems.isEmpty() || device == null) {
        report.add(
            new DeviceApi.ImportRow(
                line.number(),
                tag.isEmpty() ? null : tag,
                DeviceApi.Outcome.REFUSED,
                current == null ? null : current.id(),
                problems));
      } else if (current == null) {
        inserts.add(device);
        written.put(line.number(), tag);
        report.add(
            new DeviceApi.ImportRow(
                line.number(), tag, DeviceApi.Outcome.CREATED, null, List.of()));
      } else {
        updates.put(new DeviceStore.Key(current.id(), current.version()), device);
        written.put(line.number(), tag);
        report.add(
            new DeviceApi.ImportRow(
                line.number(), tag, DeviceApi.Outcome.UPDATED, current.id(), List.of()));
      }
    }
    Instant now = clock.instant();
    try {
      store.insertDevices(tenant, inserts, now);
      if (store.updateDevices(tenant, updates, now) != updates.size()) {
        throw Refused.conflict(
            "file", "someone changed these devices while the file was read; import it again");
      }
    } catch (DataAccessException raced) {
      throw Refused.conflict(
          "file", "someone added these devices while the file was read; import it again");
    }
    Map<String, DeviceStore.Key> keys = store.keys(tenant);
    List<DeviceApi.ImportRow> rows = new ArrayList<>(report.size());
    int created = 0;
    int updated = 0;
    for (DeviceApi.ImportRow row : report) {
      if (row.outcome() == DeviceApi.Outcome.CREATED) {
        created++;
        row =
            new DeviceApi.ImportRow(
                row.line(),
                row.assetTag(),
                row.outcome(),
                keys.get(row.assetTag()).id(),
                List.of());
      } else if (row.outcome() == DeviceApi.Outcome.UPDATED) {
        updated++;
      }
      rows.add(row);
    }
    return new DeviceApi.ImportReport(created, updated, rows.size() - created - updated, rows);
  }

  /**
   * The row as a device (a stored one's values where the file leaves a column out), or null with
   * the row's problems added.
   */
  private static @Nullable Device parse(
      Line line,
      @Nullable DeviceApi.DeviceView current,
      Map<String, Long> models,
      java.util.function.LongPredicate engagementHere,
      List<RowError> problems,
      LocalDate today) {
    int n = line.number();
    Long model = null;
    for (String column : List.of("manufacturer", "model")) {
      if (line.get(column).isEmpty()) {
        problems.add(new RowError(n, column, "Required."));
      }
    }
    if (!line.get("manufacturer").isEmpty() && !line.get("model").isEmpty()) {
      model = models.get(DeviceStore.modelKey(line.get("manufacturer"), line.get("model")));
      if (model == null) {
        problems.add(
            new RowError(
                n,
                "model",
                "No device model “"
                    + line.get("manufacturer")
                    + " "
                    + line.get("model")
                    + "”: add it under device models first."));
      }
    }
    DeviceStatus status = current == null ? DeviceStatus.IN_SERVICE : current.status();
    if (line.has("status") && !line.get("status").isEmpty()) {
      String name = line.get("status").toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      try {
        status = DeviceStatus.valueOf(name);
      } catch (IllegalArgumentException e) {
        problems.add(
            new RowError(n, "status", "Use IN_SERVICE, OUT_FOR_REPAIR, CANNOT_LOCATE or RETIRED."));
      }
    }
    boolean connected = current != null && current.connected();
    if (line.has("connected")) {
      String value = line.get("connected").toLowerCase(Locale.ROOT);
      if (List.of("yes", "y", "true", "1").contains(value)) {
        connected = true;
      } else if (List.of("no", "n", "false", "0", "").contains(value)) {
        connected = false;
      } else {
        problems.add(new RowError(n, "connected", "Use yes or no."));
      }
    }
    Long engagement = current == null ? null : current.contractEngagementId();
    if (line.has("contract_engagement_id")) {
      String value = line.get("contract_engagement_id");
      engagement = null;
      if (!value.isEmpty()) {
        try {
          engagement = Long.parseLong(value);
          if (engagement < 1) {
            throw new NumberFormatException();
          }
          if (!engagementHere.test(engagement)) {
            problems.add(
                new RowError(
                    n, "contract_engagement_id", "No engagement " + engagement + " here."));
          }
        } catch (NumberFormatException e) {
          problems.add(
              new RowError(
                  n, "contract_engagement_id", "Use the engagement's number, or nothing."));
          engagement = null;
        }
      }
    }
    BigDecimal cost = current == null ? null : current.acquisitionCost();
    if (line.has("acquisition_cost")) {
      String value = line.get("acquisition_cost").replace("$", "").replace(",", "").strip();
      cost = null;
      if (!value.isEmpty()) {
        try {
          cost = new BigDecimal(value);
        } catch (NumberFormatException e) {
          problems.add(new RowError(n, "acquisition_cost", "Use an amount such as 12500.00."));
        }
      }
    }
    LocalDate contractEnds =
        date(line, "contract_ends_on", current == null ? null : current.contractEndsOn(), problems);
    LocalDate acquired =
        date(line, "acquired_on", current == null ? null : current.acquiredOn(), problems);
    LocalDate endOfSupport =
        date(line, "end_of_support", current == null ? null : current.endOfSupport(), problems);
    Device raw =
        new Device(
            model == null ? 0 : model,
            line.get("asset_tag"),
            line.get("serial"),
            line.get("site"),
            cell(line, "building", current == null ? null : current.building()),
            cell(line, "unit", current == null ? null : current.unit()),
            cell(line, "room", current == null ? null : current.room()),
            cell(line, "department", current == null ? null : current.department()),
            status,
            connected,
            cell(line, "ip_address", current == null ? null : current.ipAddress()),
            cell(line, "mac_address", current == null ? null : current.macAddress()),
            cell(line, "firmware", current == null ? null : current.firmware()),
            cell(line, "contract_vendor", current == null ? null : current.contractVendor()),
            engagement,
            contractEnds,
            acquired,
            cost,
            endOfSupport);
    try {
      Device device = Device.of(raw, today);
      return problems.isEmpty() && model != null ? device : null;
    } catch (Refused refused) {
      for (Problem.FieldError error : refused.errors()) {
        String column = COLUMN_OF_FIELD.getOrDefault(error.field(), error.field());
        String message = error.message();
        problems.add(
            new RowError(
                n, column, Character.toUpperCase(message.charAt(0)) + message.substring(1) + "."));
      }
      return null;
    }
  }

  private static @Nullable String cell(Line line, String column, @Nullable String stored) {
    return line.has(column) ? line.get(column) : stored;
  }

  /**
   * An ISO date (2026-03-31, a time after it ignored) or, from a workbook, Excel's serial number of
   * the day.
   */
  private static @Nullable LocalDate date(
      Line line, String column, @Nullable LocalDate stored, List<RowError> problems) {
    if (!line.has(column)) {
      return stored;
    }
    String value = line.get(column);
    if (value.isEmpty()) {
      return null;
    }
    if (value.matches("\\d{4,6}")) {
      return EXCEL_EPOCH.plusDays(Long.parseLong(value));
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      problems.add(new RowError(line.number(), column, "Not a date such as 2026-03-31."));
      return null;
    }
  }
}
