package org.medley.setup.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The unattended install's settings ({@code medley.setup.*}, from {@code MEDLEY_ADMIN_EMAIL},
 * {@code MEDLEY_ADMIN_PASSWORD}, {@code MEDLEY_ADMIN_NAME}, {@code MEDLEY_ORGANIZATION_NAME},
 * {@code MEDLEY_TIME_ZONE}, {@code MEDLEY_BUSINESS_HOURS}) as the setup form they stand for.
 */
@Singleton
class UnattendedSetup {

  private static final Map<String, String> VARIABLES =
      Map.of(
          "admin.email", "MEDLEY_ADMIN_EMAIL",
          "admin.password", "MEDLEY_ADMIN_PASSWORD",
          "admin.displayName", "MEDLEY_ADMIN_NAME",
          "organization.name", "MEDLEY_ORGANIZATION_NAME",
          "organization.timeZone", "MEDLEY_TIME_ZONE",
          "businessHours.from", "MEDLEY_BUSINESS_HOURS",
          "businessHours.to", "MEDLEY_BUSINESS_HOURS");

  private final String email;
  private final String password;
  private final String name;
  private final String organization;
  private final String zone;
  private final String hours;

  UnattendedSetup(
      @Nullable @Value("${medley.setup.admin-email:}") String email,
      @Nullable @Value("${medley.setup.admin-password:}") String password,
      @Nullable @Value("${medley.setup.admin-name:Administrator}") String name,
      @Nullable @Value("${medley.setup.organization-name:Our hospital}") String organization,
      @Nullable @Value("${medley.setup.time-zone:UTC}") String zone,
      @Nullable @Value("${medley.setup.business-hours:}") String hours) {
    this.email = blankToEmpty(email);
    this.password = password == null ? "" : password;
    this.name = blankToEmpty(name).isEmpty() ? "Administrator" : name.strip();
    this.organization =
        blankToEmpty(organization).isEmpty() ? "Our hospital" : organization.strip();
    this.zone = blankToEmpty(zone).isEmpty() ? "UTC" : zone.strip();
    this.hours = blankToEmpty(hours);
  }

  boolean requested() {
    return !email.isEmpty() || !password.isEmpty();
  }

  String email() {
    return email;
  }

  /** The form these settings fill in; a missing e-mail or password stops the start. */
  SetupRequest request() {
    if (email.isEmpty() || password.isEmpty()) {
      throw new IllegalStateException(
          "Unattended setup needs both MEDLEY_ADMIN_EMAIL and MEDLEY_ADMIN_PASSWORD");
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalStateException("MEDLEY_ADMIN_EMAIL is not an e-mail address: " + email);
    }
    SetupRequest.BusinessHours businessHours = null;
    if (!hours.isEmpty()) {
      String[] fromTo = hours.split("-", 2);
      if (fromTo.length != 2) {
        throw new IllegalStateException(
            "MEDLEY_BUSINESS_HOURS must read like 08:00-17:00, not " + hours);
      }
      businessHours = new SetupRequest.BusinessHours(fromTo[0].strip(), fromTo[1].strip());
    }
    return new SetupRequest(
        null,
        new SetupRequest.Organization(organization, zone),
        businessHours,
        new SetupRequest.Admin(name, email, password));
  }

  /** The environment variable behind a field of the setup form. */
  static String variableFor(@Nullable String field) {
    return field == null ? "" : VARIABLES.getOrDefault(field, field);
  }

  private static String blankToEmpty(@Nullable String text) {
    return text == null ? "" : text.strip();
  }
}
