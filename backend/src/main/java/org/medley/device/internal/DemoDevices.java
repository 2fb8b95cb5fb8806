package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.device.Device;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;

/**
 * Riverside Health's device fleet: about 3,100 devices of 15 models across three sites, from
 * infusion pumps by the hundred to two MRI scanners; most infusion pumps, monitors, ventilators and
 * scanners are on the network with a firmware version. Imaging and ventilators are under the
 * manufacturer's service contract; the vital-signs monitors under Northwind's engagement (so
 * Northwind's people see those, and only those). Written in multi-row statements ({@link
 * DeviceStore#insertDevices}) so that the seed stays fast.
 */
@Singleton
class DemoDevices implements DemoContribution {

  /** One model and the demo hospital's fleet of it. */
  private record Fleet(
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      @Nullable Integer pmMonths,
      String procedure,
      int count,
      boolean connected,
      @Nullable String firmware,
      String serialPrefix,
      int cost,
      @Nullable String contract,
      int endOfSupportYears) {}

  private static final String NORTHWIND = "Northwind";

  private static final List<Fleet> FLEETS =
      List.of(
          new Fleet(
              "BD",
              "Alaris 8015 PC Unit",
              "Infusion pump",
              RiskLevel.HIGH,
              12,
              "Manufacturer PM: occlusion pressure\nFlow accuracy\nAir-in-line\nAlarms\nBattery",
              900,
              true,
              "12.1.",
              "8015",
              4_200,
              "BD Service",
              4),
          new Fleet(
              "Baxter",
              "Spectrum IQ",
              "Infusion pump",
              RiskLevel.HIGH,
              12,
              "Flow rate check\nOcclusion alarm\nDoor and battery test\nUpdate the drug library",
              500,
              true,
              "9.0.",
              "SIQ",
              5_100,
              "Baxter Service",
              6),
          new Fleet(
              "ICU Medical",
              "Plum 360",
              "Infusion pump",
              RiskLevel.HIGH,
              12,
              "Cassette pumping accuracy\nDistal occlusion\nAir sensor and battery",
              300,
              true,
              "15.1.",
              "P360",
              4_600,
              null,
              5),
          new Fleet(
              "Philips",
              "IntelliVue MX800",
              "Patient monitor",
              RiskLevel.HIGH,
              12,
              "ECG\nSpO2\nNIBP and IBP simulation\nAlarm volume\nNetwork and central station",
              220,
              true,
              "M.00.",
              "DE6",
              24_000,
              "Philips Healthcare",
              5),
          new Fleet(
              "GE HealthCare",
              "CARESCAPE B650",
              "Patient monitor",
              RiskLevel.HIGH,
              12,
              "Parameter simulation\nAlarm check\nElectrical safety\nNetwork to the central",
              180,
              true,
              "3.2.",
              "SH6",
              21_000,
              null,
              3),
          new Fleet(
              "Masimo",
              "Radical-7",
              "Pulse oximeter",
              RiskLevel.MEDIUM,
              24,
              "SpO2 simulation\nAlarm check\nBattery",
              250,
              false,
              null,
              "R7",
              3_300,
              null,
              4),
          new Fleet(
              "Welch Allyn",
              "Connex Spot Monitor",
              "Vital signs monitor",
              RiskLevel.MEDIUM,
              12,
              "NIBP calibration check\nSpO2 and temperature\nWireless to the EHR",
              300,
              true,
              "2.4.",
              "CSM",
              2_900,
              NORTHWIND,
              5),
          new Fleet(
              "Hamilton Medical",
              "C6",
              "Ventilator",
              RiskLevel.LIFE_SUPPORT,
              6,
              "Manufacturer PM kit: O2 cell\nFlow sensor\nLeak test\nAlarms\nBattery\nTightness",
              60,
              true,
              "2.0.",
              "HC6",
              48_000,
              "Hamilton Service",
              7),
          new Fleet(
              "Dräger",
              "Evita V800",
              "Ventilator",
              RiskLevel.LIFE_SUPPORT,
              6,
              "Device check\nO2 sensor\nExpiratory valve\nAlarms\n6-monthly manufacturer kit",
              40,
              true,
              "1.0.",
              "EV8",
              52_000,
              "Dräger Service",
              8),
          new Fleet(
              "ZOLL",
              "R Series",
              "Defibrillator",
              RiskLevel.LIFE_SUPPORT,
              6,
              "Energy delivery at 50/200 J into a test load\nPacing\nECG\nBattery and pads",
              110,
              false,
              null,
              "AR",
              17_500,
              null,
              4),
          new Fleet(
              "Philips",
              "HeartStart MRx",
              "Defibrillator",
              RiskLevel.LIFE_SUPPORT,
              6,
              "Energy delivery\nPacing\nSpO2\nPrinter and battery capacity test",
              60,
              false,
              null,
              "US",
              16_000,
              null,
              1),
          new Fleet(
              "GE HealthCare",
              "Revolution CT",
              "CT scanner",
              RiskLevel.HIGH,
              6,
              "Vendor PM and physicist's dose and image quality test",
              3,
              true,
              "CT.21.",
              "RCT",
              1_900_000,
              "GE HealthCare Service",
              9),
          new Fleet(
              "Siemens Healthineers",
              "MAGNETOM Vida",
              "MRI scanner",
              RiskLevel.HIGH,
              6,
              "Vendor PM\nHelium level\nCoil checks and image quality phantom",
              2,
              true,
              "XA50.",
              "MRV",
              2_800_000,
              "Siemens Healthineers Service",
              10),
          new Fleet(
              "GE HealthCare",
              "Voluson E10",
              "Ultrasound",
              RiskLevel.MEDIUM,
              12,
              "Probe inspection\nElectrical safety\nImage quality",
              25,
              true,
              "BT22.",
              "VE10",
              140_000,
              "GE HealthCare Service",
              6),
          new Fleet(
              "Stryker",
              "ProCuity bed",
              "Hospital bed",
              RiskLevel.LOW,
              24,
              "Brakes\nSide rails\nBed exit alarm\nScale check",
              180,
              false,
              null,
              "PCB",
              11_000,
              null,
              8));

  private record Place(String site, String building, String unit, String department) {}

  private static final List<Place> PLACES =
      List.of(
          new Place("Riverside Main Campus", "Tower A", "ICU 5", "Critical Care"),
          new Place("Riverside Main Campus", "Tower A", "CVICU", "Critical Care"),
          new Place("Riverside Main Campus", "Tower A", "Emergency Department", "Emergency"),
          new Place("Riverside Main Campus", "Tower B", "Med-Surg 4 West", "Nursing"),
          new Place("Riverside Main Campus", "Tower B", "Med-Surg 6 East", "Nursing"),
          new Place("Riverside Main Campus", "Tower B", "Oncology Infusion", "Oncology"),
          new Place("Riverside Main Campus", "Pavilion", "Operating Rooms", "Surgery"),
          new Place("Riverside Main Campus", "Pavilion", "PACU", "Surgery"),
          new Place("Riverside Main Campus", "Pavilion", "Radiology", "Imaging"),
          new Place("Riverside Main Campus", "Women's Center", "Labor and Delivery", "Women's"),
          new Place("Riverside Main Campus", "Women's Center", "NICU", "Women's"),
          new Place("Riverside North", "North Hospital", "Med-Surg 2", "Nursing"),
          new Place("Riverside North", "North Hospital", "Emergency Department", "Emergency"),
          new Place("Riverside North", "North Hospital", "ICU North", "Critical Care"),
          new Place("Eastside Outpatient Center", "Main", "Infusion Clinic", "Oncology"),
          new Place("Eastside Outpatient Center", "Main", "Imaging", "Imaging"));

  @Override
  public int order() {
    return 70; // after the engagements (15) a contract may name
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    Random random = context.random("devices");
    LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    long northwind = context.id("engagement", NORTHWIND);
    List<Device> devices = new ArrayList<>(3_200);
    int tag = 100_000;
    for (Fleet fleet : FLEETS) {
      // Coverage seeds the matrix rows of the classes (DeviceClasses), as critical as their
      // riskiest model.
      int criticality = fleet.risk().criticality();
      if (context.keys(DemoContext.DEVICE_CLASS).contains(fleet.deviceClass())) {
        criticality =
            (int) Math.min(criticality, context.id(DemoContext.DEVICE_CLASS, fleet.deviceClass()));
      }
      context.register(DemoContext.DEVICE_CLASS, fleet.deviceClass(), criticality);
      long model =
          context.insert(
              "INSERT INTO device_models (tenant_id, manufacturer, model, device_class, risk,"
                  + " pm_interval_months, pm_procedure, replacement_cost, created_at, updated_at,"
                  + " version) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
              tenant,
              fleet.manufacturer(),
              fleet.model(),
              fleet.deviceClass(),
              fleet.risk().name(),
              fleet.pmMonths(),
              fleet.procedure(),
              // A new one today costs a fifth more than the fleet paid (the replacement plan).
              BigDecimal.valueOf(fleet.cost()).multiply(new BigDecimal("1.2")),
              context.now(),
              context.now());
      for (int i = 0; i < fleet.count(); i++) {
        tag++;
        Place place = place(fleet, random);
        LocalDate acquired = today.minusDays(200 + random.nextInt(3_300));
        boolean connected = fleet.connected() && random.nextInt(20) > 0;
        boolean partner = NORTHWIND.equals(fleet.contract());
        devices.add(
            new Device(
                model,
                "BME-" + tag,
                fleet.serialPrefix() + (10_000_000 + random.nextInt(89_999_999)),
                place.site(),
                place.building(),
                place.unit(),
                fleet.count() < 30 ? "Scanner " + (i + 1) : "Room " + (100 + random.nextInt(60)),
                place.department(),
                status(random),
                connected,
                connected
                    ? "10."
                        + (40 + random.nextInt(8))
                        + "."
                        + (tag / 250 % 256)
                        + "."
                        + (tag % 250 + 2)
                    : null,
                connected ? mac(random) : null,
                fleet.firmware() == null ? null : fleet.firmware() + random.nextInt(4),
                fleet.contract() == null || partner ? null : fleet.contract(),
                partner ? northwind : null,
                fleet.contract() == null ? null : today.plusMonths(3 + random.nextInt(30)),
                acquired,
                BigDecimal.valueOf(fleet.cost() * (90L + random.nextInt(20)), 2),
                acquired.plusYears(fleet.endOfSupportYears()).withDayOfMonth(1)));
      }
    }
    DeviceStore.insertDevices(context.connection(), tenant, devices, context.now());
  }

  /** Imaging stays in imaging; everything else spreads over the clinical units. */
  private static Place place(Fleet fleet, Random random) {
    if (fleet.count() < 30) {
      return random.nextBoolean() ? PLACES.get(8) : PLACES.get(15);
    }
    return PLACES.get(random.nextInt(PLACES.size()));
  }

  private static DeviceStatus status(Random random) {
    int roll = random.nextInt(100);
    return roll < 94
        ? DeviceStatus.IN_SERVICE
        : roll < 97
            ? DeviceStatus.OUT_FOR_REPAIR
            : roll < 98 ? DeviceStatus.CANNOT_LOCATE : DeviceStatus.RETIRED;
  }

  private static String mac(Random random) {
    char[] mac = "00:1A:00:00:00:00".toCharArray();
    for (int i = 6; i < mac.length; i += 3) {
      int octet = random.nextInt(256);
      mac[i] = HEX[octet >> 4];
      mac[i + 1] = HEX[octet & 15];
    }
    return new String(mac);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
