package org.medley.coverage;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * A mid-size health system's application catalog (about 60 systems), its 40 internal IT staff, the
 * partners' contracted people, and their skills: deliberately uneven, so the coverage matrix shows
 * strong areas, single points of failure and gaps.
 */
@Singleton
class DemoCatalog implements DemoContribution {

  /** Name, vendor, category, criticality (1 = most critical), support window calendar. */
  private record App(String name, String vendor, String category, int criticality, String window) {}

  static final List<App> APPS =
      List.of(
          new App("Epic Ambulatory", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic ClinDoc (Inpatient)", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic ASAP (Emergency)", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic OpTime (Surgery)", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic Willow (Pharmacy)", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic Beaker (Lab)", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic Radiant (Radiology)", "Epic Systems", "EHR", 2, "24x7"),
          new App("Epic Cadence (Scheduling)", "Epic Systems", "EHR", 2, "Clinical hours"),
          new App("Epic Prelude (Registration)", "Epic Systems", "EHR", 1, "24x7"),
          new App(
              "Epic Resolute Hospital Billing",
              "Epic Systems",
              "REVENUE_CYCLE",
              2,
              "Business hours"),
          new App(
              "Epic Resolute Professional Billing",
              "Epic Systems",
              "REVENUE_CYCLE",
              2,
              "Business hours"),
          new App("Epic MyChart", "Epic Systems", "PATIENT_ENGAGEMENT", 2, "24x7"),
          new App("Epic Haiku / Rover (Mobile)", "Epic Systems", "EHR", 2, "24x7"),
          new App("Epic Healthy Planet", "Epic Systems", "EHR", 3, "Business hours"),
          new App(
              "Epic Cogito / Clarity Reporting", "Epic Systems", "ANALYTICS", 3, "Business hours"),
          new App("Epic Stork (Obstetrics)", "Epic Systems", "EHR", 1, "24x7"),
          new App("Epic Cupid (Cardiology)", "Epic Systems", "EHR", 2, "Clinical hours"),
          new App("Epic Kaleidoscope (Ophthalmology)", "Epic Systems", "EHR", 3, "Clinical hours"),
          new App("Legacy Meditech Magic (Archive)", "Meditech", "EHR", 3, "Business hours"),
          new App("Oracle Health PowerChart (Affiliate)", "Oracle Health", "EHR", 2, "24x7"),
          new App("Sunquest Laboratory", "Sunquest", "LABORATORY", 1, "24x7"),
          new App("Blood Bank Safetrace Tx", "Haemonetics", "LABORATORY", 1, "24x7"),
          new App("Anatomic Pathology CoPath", "Sunquest", "LABORATORY", 2, "Clinical hours"),
          new App("Omnicell Automated Dispensing", "Omnicell", "PHARMACY", 1, "24x7"),
          new App("Pyxis MedStation", "BD", "PHARMACY", 1, "24x7"),
          new App("Pharmacy Compounding (DoseEdge)", "Omnicell", "PHARMACY", 2, "Clinical hours"),
          new App("Philips IntelliSpace PACS", "Philips", "IMAGING", 1, "24x7"),
          new App("GE Centricity Cardio Imaging", "GE HealthCare", "IMAGING", 2, "24x7"),
          new App("Nuance PowerScribe 360", "Microsoft", "IMAGING", 1, "24x7"),
          new App("Vendor Neutral Archive (Hyland)", "Hyland", "IMAGING", 2, "24x7"),
          new App("3D Imaging TeraRecon", "TeraRecon", "IMAGING", 3, "Business hours"),
          new App("Teladoc Virtual Visits", "Teladoc Health", "TELEHEALTH", 2, "Clinical hours"),
          new App("Tele-ICU eCare Manager", "Philips", "TELEHEALTH", 1, "24x7"),
          new App("Telestroke Network (InTouch)", "Teladoc Health", "TELEHEALTH", 1, "24x7"),
          new App("Regional HIE Gateway", "Orion Health", "HIE", 2, "24x7"),
          new App("Care Everywhere Interop", "Epic Systems", "HIE", 2, "24x7"),
          new App("Rhapsody Integration Engine", "Lyniate", "INTEGRATION", 1, "24x7"),
          new App("Imprivata OneSign SSO", "Imprivata", "SECURITY", 1, "24x7"),
          new App("CrowdStrike Falcon", "CrowdStrike", "SECURITY", 2, "24x7"),
          new App("Palo Alto Firewalls", "Palo Alto Networks", "INFRASTRUCTURE", 1, "24x7"),
          new App("Citrix Virtual Apps", "Citrix", "INFRASTRUCTURE", 1, "24x7"),
          new App("VMware vSphere Cluster", "Broadcom", "INFRASTRUCTURE", 1, "24x7"),
          new App("Active Directory / Entra ID", "Microsoft", "INFRASTRUCTURE", 1, "24x7"),
          new App("Microsoft 365 / Exchange Online", "Microsoft", "INFRASTRUCTURE", 2, "24x7"),
          new App("Cisco Wireless Network", "Cisco", "INFRASTRUCTURE", 1, "24x7"),
          new App("Zebra Label Printers", "Zebra", "INFRASTRUCTURE", 2, "24x7"),
          new App("Clinical Workstations (WOWs)", "Dell", "INFRASTRUCTURE", 2, "24x7"),
          new App("Vocera Clinical Communications", "Stryker", "CLINICAL_COMMS", 1, "24x7"),
          new App("Spok Paging", "Spok", "CLINICAL_COMMS", 1, "24x7"),
          new App("Nurse Call (Rauland Responder)", "Rauland", "CLINICAL_COMMS", 1, "24x7"),
          new App("Philips IntelliVue Patient Monitoring", "Philips", "MEDICAL_DEVICE", 1, "24x7"),
          new App("Alaris Infusion Pump Server", "BD", "MEDICAL_DEVICE", 1, "24x7"),
          new App("Capsule Device Integration", "Philips", "MEDICAL_DEVICE", 1, "24x7"),
          new App("GE MUSE Cardiology ECG", "GE HealthCare", "MEDICAL_DEVICE", 2, "24x7"),
          new App("Kronos Workforce Timekeeping", "UKG", "ERP", 3, "Business hours"),
          new App("Workday HCM", "Workday", "ERP", 3, "Business hours"),
          new App("Lawson Supply Chain", "Infor", "ERP", 3, "Business hours"),
          new App("Press Ganey Surveys", "Press Ganey", "ANALYTICS", 4, "Business hours"),
          new App("Dragon Medical One", "Microsoft", "CLINICAL_COMMS", 2, "Clinical hours"),
          new App("Clinical Data Warehouse", "Snowflake", "ANALYTICS", 4, "Business hours"));

  /**
   * What clinicians call these systems when they report a problem: the names on their screens and
   * in training, not the catalog's module names.
   */
  static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("Epic ClinDoc (Inpatient)", "Hyperspace;EHR;EMR;Chart;Flowsheets;MAR"),
          Map.entry("Epic Ambulatory", "Hyperspace;EpicCare;Clinic chart"),
          Map.entry("Epic ASAP (Emergency)", "Hyperspace;ED board;Track board"),
          Map.entry("Epic OpTime (Surgery)", "Hyperspace;OR schedule;Anesthesia"),
          Map.entry("Epic Willow (Pharmacy)", "Hyperspace;Pharmacy orders"),
          Map.entry("Epic Beaker (Lab)", "Hyperspace;Lab orders;Lab results"),
          Map.entry("Epic Radiant (Radiology)", "Hyperspace;Radiology orders"),
          Map.entry("Epic Cadence (Scheduling)", "Hyperspace;Appointments;Scheduling"),
          Map.entry("Epic Prelude (Registration)", "Hyperspace;ADT;Registration;Check-in"),
          Map.entry("Epic MyChart", "Patient portal"),
          Map.entry("Epic Haiku / Rover (Mobile)", "Haiku;Canto;Rover;Epic mobile;Barcode scanner"),
          Map.entry("Epic Cogito / Clarity Reporting", "Clarity;Reporting Workbench;Radar"),
          Map.entry("Oracle Health PowerChart (Affiliate)", "PowerChart;Cerner;Millennium"),
          Map.entry("Legacy Meditech Magic (Archive)", "Meditech;Old charts"),
          Map.entry("Omnicell Automated Dispensing", "Omnicell;Med cabinet"),
          Map.entry("Pyxis MedStation", "Pyxis;Med cabinet"),
          Map.entry("Philips IntelliSpace PACS", "PACS;Images;X-ray viewer"),
          Map.entry("Nuance PowerScribe 360", "PowerScribe;Dictation"),
          Map.entry("Dragon Medical One", "Dragon;Dictation;Speech recognition"),
          Map.entry("Imprivata OneSign SSO", "Imprivata;Badge tap;Single sign-on;Login"),
          Map.entry("Citrix Virtual Apps", "Citrix;Remote desktop;Workspace"),
          Map.entry("Active Directory / Entra ID", "Password;Account;Login;Network account"),
          Map.entry("Microsoft 365 / Exchange Online", "Outlook;Email;Teams"),
          Map.entry("Cisco Wireless Network", "Wi-Fi;WiFi;Wireless"),
          Map.entry("Zebra Label Printers", "Printer;Label printer;Wristband printer"),
          Map.entry("Clinical Workstations (WOWs)", "WOW;Computer;Workstation on wheels;COW"),
          Map.entry("Vocera Clinical Communications", "Vocera;Badge"),
          Map.entry("Spok Paging", "Pager;Paging"),
          Map.entry("Nurse Call (Rauland Responder)", "Nurse call;Call light"),
          Map.entry("Alaris Infusion Pump Server", "Alaris;Infusion pump;IV pump"),
          Map.entry("Kronos Workforce Timekeeping", "Kronos;Timeclock;Timesheet"),
          Map.entry("Workday HCM", "Workday;Payroll;HR"),
          Map.entry("Teladoc Virtual Visits", "Video visit;Telehealth"));

  /**
   * The demo's recent go-live: the mobile app's barcode medication administration went live on the
   * wards this many days before the seed's "now", and is still in hypercare. Only one analyst was
   * trained to level 3 before it, so it is a single point of failure.
   */
  static final String GO_LIVE = "Epic Haiku / Rover (Mobile)";

  private static final int GO_LIVE_DAYS_AGO = 12;
  private static final String GO_LIVE_EXPERT = "Rachel Stein";
  private static final ZoneId HOSPITAL = ZoneId.of("America/New_York");

  /** Name, team, weekly capacity hours. */
  private record Person(String name, String team, double capacity) {}

  static final List<Person> INTERNAL =
      List.of(
          new Person("Dana Whitfield", "Service Desk", 40),
          new Person("Marcus Bell", "Service Desk", 40),
          new Person("Priya Raman", "Service Desk", 40),
          new Person("Luis Ortega", "Service Desk", 36),
          new Person("Hannah Cole", "Service Desk", 40),
          new Person("Kwame Mensah", "Service Desk", 40),
          new Person("Sophie Laurent", "Service Desk", 32),
          new Person("Tyler Brooks", "Service Desk", 40),
          new Person("Grace Liu", "Clinical Applications", 40),
          new Person("Omar Haddad", "Clinical Applications", 40),
          new Person("Rachel Stein", "Clinical Applications", 40),
          new Person("Ben Adeyemi", "Clinical Applications", 40),
          new Person("Julia Novak", "Clinical Applications", 40),
          new Person("Carlos Mendes", "Clinical Applications", 40),
          new Person("Emily Tran", "Clinical Applications", 32),
          new Person("Noah Fischer", "Clinical Applications", 40),
          new Person("Aaliyah Johnson", "Ancillary Systems", 40),
          new Person("Wei Zhang", "Ancillary Systems", 40),
          new Person("Fatima Al-Sayed", "Ancillary Systems", 40),
          new Person("Derek Walsh", "Ancillary Systems", 40),
          new Person("Ingrid Olsen", "Imaging", 40),
          new Person("Raj Malhotra", "Imaging", 40),
          new Person("Chloe Martin", "Revenue Cycle", 40),
          new Person("Samuel Greene", "Revenue Cycle", 40),
          new Person("Tanya Petrova", "Revenue Cycle", 36),
          new Person("Victor Huang", "Infrastructure", 40),
          new Person("Megan O'Neill", "Infrastructure", 40),
          new Person("Ahmed Farouk", "Infrastructure", 40),
          new Person("Lauren Price", "Infrastructure", 40),
          new Person("Jonah Weiss", "Infrastructure", 40),
          new Person("Keisha Robinson", "Security", 40),
          new Person("Pavel Novak", "Security", 40),
          new Person("Harold Jenkins", "Integration", 40),
          new Person("Mina Park", "Integration", 40),
          new Person("Frank Delgado", "Clinical Engineering", 40),
          new Person("Olga Ivanova", "Clinical Engineering", 40),
          new Person("Ethan Shaw", "Engineering (L3)", 40),
          new Person("Lydia Moreno", "Engineering (L3)", 40),
          new Person("Isaac Goldberg", "Engineering (L3)", 40),
          new Person("Nadia Rahman", "Analytics", 40));

  /** Contracted people: partner key, name, team, capacity. */
  private record Contractor(String partner, String name, String team, double capacity) {}

  static final List<Contractor> CONTRACTED =
      List.of(
          new Contractor("Northwind", "Sam Okafor", "Northwind Overnight Desk", 40),
          new Contractor("Northwind", "Bianca Rossi", "Northwind Overnight Desk", 40),
          new Contractor("Northwind", "Jake Turner", "Northwind Overnight Desk", 40),
          new Contractor("Northwind", "Leila Nasser", "Northwind Overnight Desk", 40),
          new Contractor("Northwind", "Owen Price", "Northwind Overnight Desk", 40),
          new Contractor("Northwind", "Ruth Abebe", "Northwind Overnight Desk", 32),
          new Contractor("Apex", "Gordon Mills", "Apex Legacy Support", 40),
          new Contractor("Apex", "Yuki Sato", "Apex Legacy Support", 40),
          new Contractor("Apex", "Tomasz Wojcik", "Apex Legacy Support", 24),
          new Contractor("Apex", "Rebecca Hart", "Apex Legacy Support", 40));

  /** The vendor organisation the demo's identity seed made under this name, if any. */
  private static @Nullable Long vendor(DemoContext context, String name) {
    return context.keys("vendor").contains(name) ? context.id("vendor", name) : null;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    for (App app : APPS) {
      long id =
          context.insert(
              "INSERT INTO applications (tenant_id, name, vendor, vendor_id, category, criticality,"
                  + " lifecycle, calendar_id, created_at, aliases) VALUES (?,?,?,?,?,?,?,?,?,?)",
              tenant,
              app.name(),
              app.vendor(),
              vendor(context, app.vendor()),
              app.category(),
              app.criticality(),
              app.name().startsWith("Legacy")
                  ? "LEGACY"
                  : app.name().equals(GO_LIVE) ? "GO_LIVE" : "LIVE",
              context.id("calendar", app.window()),
              context.now(),
              ALIASES.getOrDefault(app.name(), ""));
      context.register("application", app.name(), id);
      Long vendor = vendor(context, app.vendor());
      if (vendor != null) {
        context.register(DemoContext.VENDOR_OF_APPLICATION, String.valueOf(id), vendor);
      }
      context.register("category:" + app.category(), app.name(), id);
      context.register("criticality:" + app.criticality(), app.name(), id);
    }
    LocalDate wentLive = context.now().atZone(HOSPITAL).toLocalDate().minusDays(GO_LIVE_DAYS_AGO);
    context.register(DemoContext.GO_LIVE, GO_LIVE, wentLive.toEpochDay());
    for (Person person : INTERNAL) {
      long id =
          staff(
              context, tenant, tenant, person.name(), "INTERNAL", person.team(), person.capacity());
      context.register("staff", person.name(), id);
      context.register("team:" + person.team(), person.name(), id);
    }
    for (Contractor person : CONTRACTED) {
      long employer = context.id("partner", person.partner());
      long id =
          staff(
              context,
              tenant,
              employer,
              person.name(),
              "CONTRACTED",
              person.team(),
              person.capacity());
      context.register("staff", person.name(), id);
      context.register("team:" + person.team(), person.name(), id);
    }
    seedSkills(context);
    seedShifts(context);
    // The demo's agent and partner logins work tickets as staff members of their desks.
    linkLogin(context, "agent", "Dana Whitfield");
    linkLogin(context, "partner", "Sam Okafor");
    linkLogin(context, "apex", "Gordon Mills");
  }

  private static void linkLogin(DemoContext context, String username, String staffName)
      throws SQLException {
    context.execute(
        "UPDATE staff_members SET user_account_id = ? WHERE id = ?",
        context.id("user", username),
        context.id("staff", staffName));
  }

  /** Contracted people who work from another time zone; everyone else is in New York. */
  private static final java.util.Map<String, String> ZONES =
      java.util.Map.of(
          "Gordon Mills", "America/Chicago",
          "Rebecca Hart", "America/Chicago",
          "Yuki Sato", "America/Los_Angeles",
          "Tomasz Wojcik", "Europe/Warsaw");

  private static final String WEEKDAYS = "MON,TUE,WED,THU,FRI";

  /**
   * Weekly shifts, as a hospital IT department staffs them: day and evening shifts on weekdays, a
   * partner desk overnight, one infrastructure team on a full 24x7 rotation, and clinical
   * application teams that go home at night, so their 24x7 systems show uncovered nights. Entries
   * are "DAYS from-to" groups separated by "|".
   */
  static final List<java.util.Map.Entry<String, String>> SHIFTS =
      List.of(
          java.util.Map.entry("Dana Whitfield", WEEKDAYS + " 07:00-15:30"),
          java.util.Map.entry("Marcus Bell", WEEKDAYS + " 11:00-19:30"),
          java.util.Map.entry("Priya Raman", WEEKDAYS + " 07:00-15:30"),
          java.util.Map.entry("Luis Ortega", "SAT,SUN,MON 07:00-19:00"),
          java.util.Map.entry("Hannah Cole", WEEKDAYS + " 11:00-19:30"),
          java.util.Map.entry("Kwame Mensah", "FRI,SAT,SUN 07:00-19:00"),
          java.util.Map.entry("Sophie Laurent", "MON,TUE,WED,THU 08:00-16:00"),
          java.util.Map.entry("Tyler Brooks", "SAT,SUN 07:00-19:00|MON 11:00-19:00"),
          java.util.Map.entry("Sam Okafor", "MON,TUE,WED 19:00-07:00"),
          java.util.Map.entry("Bianca Rossi", "THU,FRI,SAT 19:00-07:00"),
          java.util.Map.entry("Jake Turner", "SUN,MON,TUE 19:00-07:00"),
          java.util.Map.entry("Leila Nasser", "WED,THU,FRI 19:00-07:00"),
          java.util.Map.entry("Owen Price", "SAT,SUN 19:00-07:00|THU 19:00-07:00"),
          java.util.Map.entry("Ruth Abebe", "FRI,SAT 19:00-07:00"),
          java.util.Map.entry("Grace Liu", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Omar Haddad", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Rachel Stein", WEEKDAYS + " 07:00-16:00"),
          java.util.Map.entry("Ben Adeyemi", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Julia Novak", WEEKDAYS + " 09:00-18:00"),
          java.util.Map.entry("Carlos Mendes", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Emily Tran", "SAT,SUN 08:00-20:00|MON 08:00-16:00"),
          java.util.Map.entry("Noah Fischer", WEEKDAYS + " 14:00-22:00"),
          java.util.Map.entry("Aaliyah Johnson", WEEKDAYS + " 07:00-15:30"),
          java.util.Map.entry("Wei Zhang", WEEKDAYS + " 11:00-19:30"),
          java.util.Map.entry("Fatima Al-Sayed", "SAT,SUN 07:00-19:00|MON 07:00-15:00"),
          java.util.Map.entry("Derek Walsh", "SUN,MON,TUE,WED,THU 20:00-04:00"),
          java.util.Map.entry("Ingrid Olsen", WEEKDAYS + " 07:00-15:30"),
          java.util.Map.entry("Raj Malhotra", WEEKDAYS + " 14:00-22:30"),
          java.util.Map.entry("Chloe Martin", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Samuel Greene", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Tanya Petrova", "MON,TUE,WED,THU 08:00-17:00"),
          java.util.Map.entry("Victor Huang", WEEKDAYS + " 07:00-15:00"),
          java.util.Map.entry("Megan O'Neill", WEEKDAYS + " 15:00-23:00"),
          java.util.Map.entry("Ahmed Farouk", "SUN,MON,TUE,WED,THU 23:00-07:00"),
          java.util.Map.entry(
              "Lauren Price", "FRI 23:00-07:00|SAT 07:00-19:00|MON,TUE 09:00-17:00"),
          java.util.Map.entry("Jonah Weiss", "SAT 19:00-07:00|SUN 07:00-23:00"),
          java.util.Map.entry("Keisha Robinson", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Pavel Novak", WEEKDAYS + " 16:00-00:00"),
          java.util.Map.entry("Harold Jenkins", WEEKDAYS + " 07:00-16:00"),
          java.util.Map.entry("Mina Park", WEEKDAYS + " 14:00-23:00"),
          java.util.Map.entry("Frank Delgado", WEEKDAYS + " 07:00-16:00"),
          java.util.Map.entry("Olga Ivanova", "SAT,SUN 07:00-19:00|MON,TUE 19:00-07:00"),
          java.util.Map.entry("Ethan Shaw", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Lydia Moreno", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Isaac Goldberg", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Gordon Mills", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Yuki Sato", WEEKDAYS + " 09:00-17:00"),
          java.util.Map.entry("Tomasz Wojcik", "MON,TUE,WED 09:00-17:00"),
          java.util.Map.entry("Rebecca Hart", WEEKDAYS + " 08:00-17:00"),
          java.util.Map.entry("Nadia Rahman", WEEKDAYS + " 08:00-17:00"));

  private static void seedShifts(DemoContext context) throws SQLException {
    try (var zones = context.batch("UPDATE staff_members SET zone = ? WHERE id = ?")) {
      for (var zone :
          ZONES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
        zones.add(zone.getValue(), context.id("staff", zone.getKey()));
      }
    }
    try (var batch =
        context.batch(
            "INSERT INTO shifts (staff_id, weekday, start_minute, end_minute) VALUES (?,?,?,?)")) {
      for (var entry : SHIFTS) {
        long staffId = context.id("staff", entry.getKey());
        for (Shift shift : expand(entry.getValue())) {
          batch.add(
              staffId,
              shift.day().getValue(),
              shift.from().toSecondOfDay() / 60,
              shift.to().toSecondOfDay() / 60);
        }
      }
    }
  }

  /** "MON,TUE 07:00-19:00|SAT 07:00-12:00" as shifts. */
  static List<Shift> expand(String pattern) {
    List<Shift> shifts = new java.util.ArrayList<>();
    for (String group : pattern.split("\\|")) {
      String[] parts = group.strip().split(" ");
      for (String day : parts[0].split(",")) {
        shifts.addAll(Shift.parse(day + " " + parts[1]));
      }
    }
    return shifts;
  }

  private static long staff(
      DemoContext context,
      long tenant,
      long employer,
      String name,
      String kind,
      String team,
      double capacity)
      throws SQLException {
    String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "@riverside-health.example";
    return context.insert(
        "INSERT INTO staff_members (tenant_id, employer_id, name, email, kind, team, zone,"
            + " weekly_capacity_hours, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        tenant,
        employer,
        name,
        email,
        kind,
        team,
        "America/New_York",
        capacity,
        context.now());
  }

  /**
   * Each team knows the applications of its categories; depth varies by person. A few systems are
   * left with one expert (single points of failure) and the legacy archive and 3D imaging with
   * none.
   */
  private static void seedSkills(DemoContext context) throws SQLException {
    Random random = context.random("skills");
    // A list, not a Map.of: iteration order must not change between runs.
    var teamCategories =
        List.of(
            java.util.Map.entry(
                "Service Desk",
                List.of("EHR", "PATIENT_ENGAGEMENT", "INFRASTRUCTURE", "CLINICAL_COMMS")),
            java.util.Map.entry(
                "Northwind Overnight Desk",
                List.of("EHR", "PATIENT_ENGAGEMENT", "INFRASTRUCTURE", "CLINICAL_COMMS")),
            java.util.Map.entry(
                "Clinical Applications", List.of("EHR", "PATIENT_ENGAGEMENT", "HIE")),
            java.util.Map.entry("Ancillary Systems", List.of("LABORATORY", "PHARMACY")),
            java.util.Map.entry("Imaging", List.of("IMAGING")),
            java.util.Map.entry("Revenue Cycle", List.of("REVENUE_CYCLE", "ERP")),
            java.util.Map.entry("Infrastructure", List.of("INFRASTRUCTURE")),
            java.util.Map.entry("Security", List.of("SECURITY")),
            java.util.Map.entry("Integration", List.of("INTEGRATION", "HIE")),
            java.util.Map.entry(
                "Clinical Engineering", List.of("MEDICAL_DEVICE", "CLINICAL_COMMS")),
            java.util.Map.entry(
                "Engineering (L3)", List.of("EHR", "INTEGRATION", "INFRASTRUCTURE", "TELEHEALTH")),
            java.util.Map.entry("Apex Legacy Support", List.of("EHR")),
            java.util.Map.entry("Analytics", List.of("ANALYTICS")));
    try (var batch =
        context.batch(
            "INSERT INTO skills (staff_id, application_id, level, verified_at) VALUES (?,?,?,?)")) {
      for (var team : teamCategories) {
        boolean desk = team.getKey().contains("Desk");
        for (String person : context.keys("team:" + team.getKey())) {
          long staffId = context.id("staff", person);
          for (App app : APPS) {
            if (!team.getValue().contains(app.category()) || unsupported(app, team.getKey())) {
              continue;
            }
            int level = desk ? 1 + random.nextInt(2) : 2 + random.nextInt(3);
            // not everyone on a team knows every system
            boolean skip = random.nextInt(4) == 0;
            if (app.name().equals(GO_LIVE)) {
              // After the same draws, so the rest of the matrix stays as it was.
              boolean expert = person.equals(GO_LIVE_EXPERT);
              level = expert ? 4 : Math.min(level, 2);
              skip = skip && !expert;
            }
            if (skip) {
              continue;
            }
            batch.add(
                staffId,
                context.id("application", app.name()),
                level,
                context.now().minus(java.time.Duration.ofDays(random.nextInt(400))));
          }
        }
      }
    }
  }

  /** Who does not touch what: gaps and single points of failure on purpose. */
  private static boolean unsupported(App app, String team) {
    if (app.name().startsWith("Legacy Meditech")) {
      return !team.equals("Apex Legacy Support");
    }
    if (team.equals("Apex Legacy Support")) {
      return !app.name().startsWith("Legacy") && !app.name().contains("Oracle");
    }
    return app.name().startsWith("3D Imaging") || app.name().startsWith("Telestroke");
  }
}
