package org.medley.device;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * One device as the fleet records it, well formed: {@link #of} checks every rule at once and
 * returns the device with its text tidied (asset tag and MAC upper case, blanks as null), or
 * refuses naming each field. The API and the import share it, so a row of a CMMS file is held to
 * exactly what a form is.
 */
public record Device(
    long modelId,
    String assetTag,
    String serial,
    String site,
    @Nullable String building,
    @Nullable String unit,
    @Nullable String room,
    @Nullable String department,
    DeviceStatus status,
    boolean connected,
    @Nullable String ipAddress,
    @Nullable String macAddress,
    @Nullable String firmware,
    @Nullable String contractVendor,
    @Nullable Long contractEngagementId,
    @Nullable LocalDate contractEndsOn,
    @Nullable LocalDate acquiredOn,
    @Nullable BigDecimal acquisitionCost,
    @Nullable LocalDate endOfSupport) {

  /** Letters, digits and . _ / - as printed on a barcode label; stored upper case. */
  static final Pattern ASSET_TAG = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,49}");

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern MAC = Pattern.compile("([0-9A-F]{2}[:-]){5}[0-9A-F]{2}");

  static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

  /** The device, tidied, or {@link Refused} (400) naming every field that breaks a rule. */
  public static Device of(Device raw, LocalDate today) {
    List<Problem.FieldError> problems = new ArrayList<>();
    String tag = blankToNull(raw.assetTag());
    if (tag == null) {
      problems.add(new Problem.FieldError("assetTag", "required"));
    } else {
      tag = tag.toUpperCase(Locale.ROOT);
      if (!ASSET_TAG.matcher(tag).matches()) {
        problems.add(
            new Problem.FieldError(
                "assetTag", "up to 50 letters, digits, '.', '_', '/' or '-', such as BME-004417"));
      }
    }
    String serial = required(raw.serial(), "serial", 100, problems);
    String site = required(raw.site(), "site", 100, problems);
    String ip = blankToNull(raw.ipAddress());
    String mac = blankToNull(raw.macAddress());
    if (mac != null) {
      mac = mac.toUpperCase(Locale.ROOT);
    }
    if (ip != null && !IPV4.matcher(ip).matches() && !isIpv6(ip)) {
      problems.add(new Problem.FieldError("ipAddress", "an IPv4 or IPv6 address"));
    }
    if (mac != null && !MAC.matcher(mac).matches()) {
      problems.add(new Problem.FieldError("macAddress", "a MAC address such as 00:1A:2B:3C:4D:5E"));
    } else if (mac != null) {
      mac = mac.replace('-', ':');
    }
    if (!raw.connected()) {
      if (ip != null) {
        problems.add(new Problem.FieldError("ipAddress", "only for a network-connected device"));
      }
      if (mac != null) {
        problems.add(new Problem.FieldError("macAddress", "only for a network-connected device"));
      }
    }
    String vendor = blankToNull(raw.contractVendor());
    if (vendor != null && raw.contractEngagementId() != null) {
      problems.add(
          new Problem.FieldError(
              "contractEngagementId",
              "a support contract is with a vendor or with a partner's engagement, not both"));
    }
    if (raw.contractEndsOn() != null && vendor == null && raw.contractEngagementId() == null) {
      problems.add(
          new Problem.FieldError(
              "contractEndsOn", "a contract end date needs a contract vendor or engagement"));
    }
    date(raw.contractEndsOn(), "contractEndsOn", problems);
    date(raw.endOfSupport(), "endOfSupport", problems);
    if (date(raw.acquiredOn(), "acquiredOn", problems) && raw.acquiredOn().isAfter(today)) {
      problems.add(new Problem.FieldError("acquiredOn", "must not be in the future"));
    }
    BigDecimal cost = raw.acquisitionCost();
    if (cost != null) {
      if (cost.signum() < 0 || cost.compareTo(MAX_COST) > 0) {
        problems.add(new Problem.FieldError("acquisitionCost", "from 0 to 9,999,999,999.99"));
      } else if (cost.stripTrailingZeros().scale() > 2) {
        problems.add(new Problem.FieldError("acquisitionCost", "at most two decimals (cents)"));
      }
    }
    String building = optional(raw.building(), "building", 100, problems);
    String unit = optional(raw.unit(), "unit", 100, problems);
    String room = optional(raw.room(), "room", 50, problems);
    String department = optional(raw.department(), "department", 100, problems);
    String firmware = optional(raw.firmware(), "firmware", 100, problems);
    if (vendor != null && vendor.length() > 150) {
      problems.add(new Problem.FieldError("contractVendor", "at most 150 characters"));
    }
    if (raw.status() == null) {
      problems.add(new Problem.FieldError("status", "required"));
    }
    if (!problems.isEmpty()) {
      throw Refused.invalid(problems);
    }
    return new Device(
        raw.modelId(),
        tag,
        serial,
        site,
        building,
        unit,
        room,
        department,
        raw.status(),
        raw.connected(),
        ip,
        mac,
        firmware,
        vendor,
        raw.contractEngagementId(),
        raw.contractEndsOn(),
        raw.acquiredOn(),
        cost == null ? null : cost.setScale(2, java.math.RoundingMode.UNNECESSARY),
        raw.endOfSupport());
  }

  private static boolean isIpv6(String text) {
    if (!text.contains(":") || !IPV6.matcher(text).matches()) {
      return false;
    }
    try {
      // A literal of hex digits and colons is parsed, never looked up.
      return java.net.InetAddress.getByName(text) instanceof java.net.Inet6Address;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static boolean date(
      @Nullable LocalDate date, String field, List<Problem.FieldError> problems) {
    if (date == null) {
      return false;
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      problems.add(new Problem.FieldError(field, "must be between 1970 and 2100"));
      return false;
    }
    return true;
  }

  private static @Nullable String required(
      @Nullable String text, String field, int max, List<Problem.FieldError> problems) {
    String value = blankToNull(text);
    if (value == null) {
      problems.add(new Problem.FieldError(field, "required"));
    } else if (value.length() > max) {
      problems.add(new Problem.FieldError(field, "at most " + max + " characters"));
    }
    return value;
  }

  private static @Nullable String optional(
      @Nullable String text, String field, int max, List<Problem.FieldError> problems) {
    String value = blankToNull(text);
    if (value != null && value.length() > max) {
      problems.add(new Problem.FieldError(field, "at most " + max + " characters"));
    }
    return value;
  }

  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
