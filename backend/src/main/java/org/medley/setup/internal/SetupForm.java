package org.medley.setup.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medley.identity.PasswordPolicy;
import org.medley.platform.Problem;

/**
 * What the setup form must say before anything is written, each mistake naming its field: a real
 * IANA zone (not an offset: a hospital's clocks change), business hours as {@code HH:mm} that
 * differ, and (with an administrator) a password {@link PasswordPolicy} accepts.
 */
final class SetupForm {

  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private SetupForm() {}

  static List<Problem.FieldError> refusals(SetupRequest request, boolean withAdmin) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    var organization = request.organization();
    if (organization.name().isBlank()) {
      refusals.add(new Problem.FieldError("organization.name", "must not be blank"));
    }
    if (!ZONES.contains(organization.timeZone())) {
      refusals.add(
          new Problem.FieldError(
              "organization.timeZone", "not an IANA time zone such as America/Chicago"));
    }
    var hours = request.businessHours();
    if (hours != null) {
      LocalTime from = time(hours.from(), "businessHours.from", refusals);
      LocalTime to = time(hours.to(), "businessHours.to", refusals);
      if (from != null && from.equals(to)) {
        refusals.add(
            new Problem.FieldError(
                "businessHours.to", "must differ from the opening time; choose 24x7 instead"));
      }
    }
    if (withAdmin) {
      var admin = request.admin();
      if (admin == null) {
        refusals.add(new Problem.FieldError("admin", "the first administrator is required"));
      } else {
        PasswordPolicy.refusal(
                admin.password(), List.of(admin.displayName(), admin.email(), organization.name()))
            .ifPresent(why -> refusals.add(new Problem.FieldError("admin.password", why)));
      }
    }
    return refusals;
  }

  private static LocalTime time(String text, String field, List<Problem.FieldError> refusals) {
    try {
      return LocalTime.parse(text, HH_MM);
    } catch (DateTimeParseException e) {
      refusals.add(new Problem.FieldError(field, "a time of day as HH:mm, e.g. 08:00"));
      return null;
    }
  }
}
