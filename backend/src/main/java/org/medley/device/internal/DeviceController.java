package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import org.medley.device.DeviceStatus;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Spreadsheet;

/**
 * The hospital's devices. The desk reads them all; an HTM partner's people read only the devices
 * whose support contract names their engagement ({@link DeviceAccess}); IT leaders and
 * administrators add, change and import them.
 */
@Controller("/api/devices")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.AGENT,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "devices")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class DeviceController {

  static final String SORT =
      "^(assetTag|serial|model|site|unit|status|acquiredOn|endOfSupport)(,(asc|desc))?$";

  static final String STATUS = "^(IN_SERVICE|OUT_FOR_REPAIR|CANNOT_LOCATE|RETIRED)$";

  /** Micronaut reads any word but "true" as false; a filter says exactly which it means. */
  static final String BOOLEAN = "^(true|false)$";

  static final String FORMAT = "^([cC][sS][vV]|[xX][lL][sS][xX])$";

  static final String CSV = "text/csv";

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final DeviceService devices;
  private final DeviceTransfers transfers;

  DeviceController(DeviceService devices, DeviceTransfers transfers) {
    this.devices = devices;
    this.transfers = transfers;
  }

  @Get
  @Operation(
      summary =
          "The devices the caller sees, by asset tag unless sort says otherwise (assetTag,"
              + " serial, model, site, unit, status, acquiredOn or endOfSupport; ,asc or ,desc);"
              + " q searches asset tag, serial, manufacturer, model, device class and location")
  DeviceApi.Page<DeviceApi.DeviceView> listDevices(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String q,
      @Nullable @QueryValue @Size(max = 100) String site,
      @Nullable @QueryValue @Size(max = 100) String unit,
      @Nullable
          @QueryValue
          @Pattern(
              regexp = STATUS,
              message = "must be IN_SERVICE, OUT_FOR_REPAIR, CANNOT_LOCATE or RETIRED")
          String status,
      @Nullable @QueryValue @Min(1) Long modelId,
      @Nullable @QueryValue @Pattern(regexp = BOOLEAN, message = "must be true or false")
          String connected,
      @QueryValue(defaultValue = "assetTag,asc")
          @Pattern(regexp = SORT, message = "must be a field such as assetTag, then ,asc or ,desc")
          String sort,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    String[] order = sort.split(",");
    return devices.list(
        Caller.of(authentication),
        filter(q, site, unit, status, modelId, connected),
        order[0],
        order.length > 1 && order[1].equals("desc"),
        page,
        size);
  }

  @Get(
      value = "/export",
      produces = {CSV, MediaType.APPLICATION_JSON})
  @ApiResponse(
      responseCode = "200",
      description = "The devices as a CSV attachment (UTF-8), in the columns the import takes",
      content = @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary")))
  @Operation(summary = "The devices the caller sees as CSV, filtered like the list (no paging)")
  HttpResponse<byte[]> exportDevices(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String q,
      @Nullable @QueryValue @Size(max = 100) String site,
      @Nullable @QueryValue @Size(max = 100) String unit,
      @Nullable
          @QueryValue
          @Pattern(
              regexp = STATUS,
              message = "must be IN_SERVICE, OUT_FOR_REPAIR, CANNOT_LOCATE or RETIRED")
          String status,
      @Nullable @QueryValue @Min(1) Long modelId,
      @Nullable @QueryValue @Pattern(regexp = BOOLEAN, message = "must be true or false")
          String connected) {
    byte[] file =
        transfers.export(
            Caller.of(authentication), filter(q, site, unit, status, modelId, connected));
    return HttpResponse.ok(file)
        .contentType(Spreadsheet.Format.CSV.mediaType)
        .header("Content-Disposition", "attachment; filename=\"medley-devices.csv\"");
  }

  @Get("/{id}")
  @Operation(summary = "One device")
  DeviceApi.DeviceView getDevice(Authentication authentication, long id) {
    return devices.device(Caller.of(authentication), id);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Add a device; its asset tag is unique in the hospital (409), its model and engagement"
              + " must be the hospital's (404)")
  HttpResponse<DeviceApi.DeviceView> createDevice(
      Authentication authentication, @Body @Valid DeviceApi.DeviceInput body) {
    var created = devices.create(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/devices/" + created.id()));
  }

  @Put("/{id}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Change a device; `version` must be the one last read (409 if not)")
  DeviceApi.DeviceView updateDevice(
      Authentication authentication, long id, @Body @Valid DeviceApi.DeviceInput body) {
    return devices.update(Caller.of(authentication), id, body);
  }

  @Post(
      value = "/import",
      consumes = {CSV, XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Import devices from a CMMS export (CSV or XLSX): rows are matched by asset tag and"
              + " created or updated one by one; the report lists every row, refused ones with"
              + " each reason. A file that cannot be read is refused whole (422); one over the"
              + " upload limit answers 413")
  DeviceApi.ImportReport importDevices(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body @Schema(type = "string", format = "binary") byte[] body) {
    return transfers.importFile(
        Caller.of(authentication),
        Spreadsheet.Format.valueOf(format.toUpperCase(Locale.ROOT)),
        body);
  }

  private static DeviceStore.Filter filter(
      @Nullable String q,
      @Nullable String site,
      @Nullable String unit,
      @Nullable String status,
      @Nullable Long modelId,
      @Nullable String connected) {
    return new DeviceStore.Filter(
        q,
        site == null || site.isBlank() ? null : site.strip(),
        unit == null || unit.isBlank() ? null : unit.strip(),
        status == null ? null : DeviceStatus.valueOf(status),
        modelId,
        connected == null ? null : Boolean.valueOf(connected));
  }
}
