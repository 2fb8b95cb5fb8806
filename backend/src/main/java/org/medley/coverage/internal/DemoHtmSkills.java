package org.medley.coverage.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.medley.coverage.DeviceClasses;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * The demo fleet's device classes as matrix rows, and the HTM skills of Riverside's two clinical
 * engineers and two Northwind contractors, most resting on a manufacturer's service training. Frank
 * Delgado's ventilator training has expired, so ventilators show a biomed GAP; his defibrillator
 * and Owen Price's vital-signs training expire within 60 days and are flagged.
 */
@Singleton
class DemoHtmSkills implements DemoContribution {

  /** A person's level on a device class, on a certification expiring this many days from now. */
  private record HtmSkill(
      String person, String deviceClass, int level, String certification, Integer days) {}

  private static final String ALARIS = "BD Alaris factory service training";
  private static final String INTELLIVUE = "Philips IntelliVue service training";
  private static final String CONNEX = "Welch Allyn Connex biomed certification";

  private static final List<HtmSkill> SKILLS =
      List.of(
          new HtmSkill("Frank Delgado", "Infusion pump", 4, ALARIS, 400),
          new HtmSkill("Frank Delgado", "Ventilator", 4, "Hamilton C6 service training", -20),
          new HtmSkill("Frank Delgado", "Defibrillator", 3, "ZOLL R Series service training", 35),
          new HtmSkill("Frank Delgado", "Patient monitor", 3, INTELLIVUE, 300),
          new HtmSkill("Frank Delgado", "Pulse oximeter", 3, null, null),
          new HtmSkill("Frank Delgado", "Hospital bed", 3, null, null),
          new HtmSkill("Olga Ivanova", "Infusion pump", 3, ALARIS, 200),
          new HtmSkill("Olga Ivanova", "Patient monitor", 4, INTELLIVUE, 500),
          new HtmSkill("Olga Ivanova", "Ventilator", 2, "Dräger Evita V800 service training", 250),
          new HtmSkill("Olga Ivanova", "Defibrillator", 4, "Philips HeartStart service", 600),
          new HtmSkill("Olga Ivanova", "CT scanner", 2, null, null),
          new HtmSkill("Olga Ivanova", "Ultrasound", 3, null, null),
          new HtmSkill("Olga Ivanova", "Vital signs monitor", 3, CONNEX, 180),
          new HtmSkill("Leila Nasser", "Vital signs monitor", 3, CONNEX, 150),
          new HtmSkill("Leila Nasser", "Patient monitor", 3, INTELLIVUE, 90),
          new HtmSkill("Owen Price", "Vital signs monitor", 3, CONNEX, 40));

  @Override
  public int order() {
    return 75; // after the device fleet (70) registered its classes
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    for (String deviceClass : context.keys(DemoContext.DEVICE_CLASS)) {
      long id =
          context.insert(
              "INSERT INTO applications (tenant_id, name, vendor, category, criticality,"
                  + " lifecycle, calendar_id, created_at, aliases) VALUES (?,?,?,?,?,?,?,?,?)",
              tenant,
              deviceClass,
              DeviceClasses.VENDOR,
              DeviceClasses.CATEGORY,
              (int) context.id(DemoContext.DEVICE_CLASS, deviceClass),
              "LIVE",
              context.id("calendar", "24x7"),
              context.now(),
              "");
      context.register("application", deviceClass, id);
    }
    LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    try (var batch =
        context.batch(
            "INSERT INTO skills (staff_id, application_id, level, verified_at, certification,"
                + " certification_expires_on) VALUES (?,?,?,?,?,?)")) {
      for (HtmSkill skill : SKILLS) {
        batch.add(
            context.id("staff", skill.person()),
            context.id("application", skill.deviceClass()),
            skill.level(),
            context.now().minus(java.time.Duration.ofDays(30)),
            skill.certification(),
            skill.days() == null ? null : java.sql.Date.valueOf(today.plusDays(skill.days())));
      }
    }
  }
}
