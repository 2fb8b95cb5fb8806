package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medley.coverage.Catalog;
import org.medley.ebonding.CaseDesks;
import org.medley.identity.Caller;
import org.medley.identity.OrganizationNames;
import org.medley.identity.PhiClearance;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;
import org.medley.vendor.internal.Vendors.Channel;
import org.medley.vendor.internal.Vendors.Contact;
import org.medley.vendor.internal.Vendors.Vendor;

/**
 * The hospital's vendor directory ({@code vendor_profiles}, {@code vendor_contacts}): which vendors
 * it escalates to and how. Admins change it, each change an audit line; agents and leaders read it.
 * A directory holds tens of vendors, so lists are searched and paged in memory.
 */
@Singleton
class VendorDirectory {

  /** A vendor's set-up as vendor cases use it. */
  record Profile(
      long vendorId,
      String name,
      @Nullable Channel channel,
      @Nullable String caseEmail,
      @Nullable Long connectorId,
      @Nullable String casePattern,
      String subjectTemplate,
      String bodyTemplate,
      List<Contact> contacts,
      long version) {

    /** Why a case cannot be sent to this vendor yet, or null when it can. */
    @Nullable
    String problem() {
      if (channel == null) {
        return name
            + " is not set up for cases yet: an administrator sets its channel in Admin →"
            + " Vendors.";
      }
      if (channel == Channel.EMAIL && (caseEmail == null || caseEmail.isBlank())) {
        return name + " has no case e-mail address: an administrator sets it in Admin → Vendors.";
      }
      if (channel == Channel.CONNECTOR && connectorId == null) {
        return name + " has no desk connector: an administrator picks it in Admin → Vendors.";
      }
      return null;
    }

    /** The domains the vendor writes from: its case address's and its contacts'. */
    Set<String> domains() {
      Set<String> domains = new java.util.HashSet<>();
      if (caseEmail != null) {
        domains.add(domain(caseEmail));
      }
      contacts.stream()
          .map(Contact::email)
          .filter(Objects::nonNull)
          .map(Profile::domain)
          .forEach(domains::add);
      domains.remove("");
      return domains;
    }

    static String domain(String address) {
      int at = address.lastIndexOf('@');
      return at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
  }

  private final JdbcOperations jdbc;
  private final OrganizationNames organizations;
  private final Catalog catalog;
  private final PhiClearance clearance;
  private final CaseDesks desks;
  private final Clock clock;

  VendorDirectory(
      JdbcOperations jdbc,
      OrganizationNames organizations,
      Catalog catalog,
      PhiClearance clearance,
      CaseDesks desks,
      Clock clock) {
    this.desks = desks;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.catalog = catalog;
    this.clearance = clearance;
    this.clock = clock;
  }

  @ReadOnly
  Vendors.Page<Vendor> list(long tenant, @Nullable String q, int page, int size) {
    String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<Profile> matching =
        profiles(tenant, null).stream()
            .filter(p -> query.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(query))
            .sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)))
            .toList();
    int from = (int) Math.min((long) page * size, matching.size());
    List<Profile> slice = matching.subList(from, Math.min(from + size, matching.size()));
    Map<Long, List<Vendors.ApplicationRef>> applications = applications(tenant);
    Map<Long, Integer> open = openCases(tenant);
    return new Vendors.Page<>(
        slice.stream().map(p -> view(tenant, p, applications, open)).toList(),
        page,
        size,
        matching.size());
  }

  @ReadOnly
  Vendor get(long tenant, long vendorId) {
    return view(tenant, require(tenant, vendorId), applications(tenant), openCases(tenant));
  }

  /** The vendor's set-up, when the hospital's directory has it. */
  @ReadOnly
  Optional<Profile> profile(long tenant, long vendorId) {
    return profiles(tenant, vendorId).stream().findFirst();
  }

  /** Every vendor of the hospital's directory. */
  @ReadOnly
  List<Profile> profiles(long tenant) {
    return profiles(tenant, null);
  }

  Profile require(long tenant, long vendorId) {
    return profile(tenant, vendorId)
        .orElseThrow(() -> Refused.notFound("vendorId", "The hospital lists no such vendor."));
  }

  @Transactional
  Vendor add(Caller caller, Vendors.NewVendor input) {
    long tenant = caller.tenantId();
    long vendorId = organizations.vendorNamed(input.name());
    if (profile(tenant, vendorId).isPresent()) {
      throw Refused.conflict("name", "The hospital already lists this vendor.");
    }
    Instant now = clock.instant();
    jdbc.prepareStatement(
        "INSERT INTO vendor_profiles (tenant_id, vendor_id, created_at, version) VALUES (?, ?, ?,"
            + " 0)",
        statement -> {
          JdbcRows.bindAll(statement, tenant, vendorId, now);
          return statement.executeUpdate();
        });
    audit(tenant, vendorId, caller.displayName(), now, "Added to the vendor directory.");
    return get(tenant, vendorId);
  }

  @Transactional
  Vendor change(Caller caller, long vendorId, Vendors.Change change) {
    long tenant = caller.tenantId();
    Profile before = require(tenant, vendorId);
    String caseEmail = blankToNull(change.caseEmail());
    if (change.channel() == Channel.EMAIL && caseEmail == null) {
      throw Refused.invalid("caseEmail", "say where the vendor takes cases by e-mail");
    }
    Long connectorId = change.channel() == Channel.CONNECTOR ? change.connectorId() : null;
    if (change.channel() == Channel.CONNECTOR
        && (connectorId == null || deskName(tenant, connectorId) == null)) {
      throw Refused.invalid(
          "connectorId", "name one of the hospital's desk connectors (not a support mailbox)");
    }
    String pattern = blankToNull(change.casePattern());
    String patternProblem = CasePattern.problem(pattern);
    if (patternProblem != null) {
      throw Refused.invalid("casePattern", patternProblem);
    }
    List<Contact> contacts = change.contacts() == null ? List.of() : change.contacts();
    String subject = blankToNull(change.subjectTemplate());
    String body = blankToNull(change.bodyTemplate());
    int updated =
        jdbc.prepareStatement(
            "UPDATE vendor_profiles SET channel = ?, case_email = ?, connector_id = ?,"
                + " case_pattern = ?, subject_template = ?, body_template = ?, version = version"
                + " + 1 WHERE tenant_id = ? AND vendor_id = ? AND version = ?",
            statement -> {
              JdbcRows.bindAll(
                  statement,
                  change.channel() == null ? null : change.channel().name(),
                  caseEmail,
                  connectorId,
                  pattern,
                  subject,
                  body,
                  tenant,
                  vendorId,
                  change.version());
              return statement.executeUpdate();
            });
    if (updated == 0) {
      throw Refused.conflict(
          "version",
          "Someone changed " + before.name() + " since you opened it: reload to see their change.");
    }
    jdbc.prepareStatement(
        "DELETE FROM vendor_contacts WHERE tenant_id = ? AND vendor_id = ?",
        statement -> {
          JdbcRows.bindAll(statement, tenant, vendorId);
          return statement.executeUpdate();
        });
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      int position = i;
      jdbc.prepareStatement(
          "INSERT INTO vendor_contacts (tenant_id, vendor_id, position, name, email, phone, role)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          statement -> {
            JdbcRows.bindAll(
                statement,
                tenant,
                vendorId,
                position,
                c.name().strip(),
                blankToNull(c.email()),
                blankToNull(c.phone()),
                blankToNull(c.role()));
            return statement.executeUpdate();
          });
    }
    Profile after = require(tenant, vendorId);
    audit(tenant, vendorId, caller.displayName(), clock.instant(), summary(before, after));
    return get(tenant, vendorId);
  }

  @ReadOnly
  Vendors.Page<Vendors.AuditEntry> audit(long tenant, long vendorId, int page, int size) {
    require(tenant, vendorId);
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM vendor_profile_audit WHERE tenant_id = ? AND vendor_id = ?",
            statement -> {
              JdbcRows.bindAll(statement, tenant, vendorId);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Vendors.AuditEntry> items =
        jdbc.prepareStatement(
            "SELECT at, actor, summary FROM vendor_profile_audit WHERE tenant_id = ? AND"
                + " vendor_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            statement -> {
              JdbcRows.bindAll(statement, tenant, vendorId, size, (long) page * size);
              List<Vendors.AuditEntry> found = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  found.add(
                      new Vendors.AuditEntry(
                          JdbcRows.instant(rows, 1), rows.getString(2), rows.getString(3)));
                }
              }
              return found;
            });
    return new Vendors.Page<>(items, page, size, total);
  }

  private void audit(long tenant, long vendorId, String actor, Instant at, String summary) {
    jdbc.prepareStatement(
        "INSERT INTO vendor_profile_audit (tenant_id, vendor_id, at, actor, summary) VALUES (?, ?,"
            + " ?, ?, ?)",
        statement -> {
          JdbcRows.bindAll(
              statement,
              tenant,
              vendorId,
              at,
              actor.length() <= 200 ? actor : actor.substring(0, 200),
              summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…");
          return statement.executeUpdate();
        });
  }

  /** What changed, field by field (templates by name only: they are long). */
  static String summary(Profile before, Profile after) {
    List<String> parts = new ArrayList<>();
    if (before.channel() != after.channel()) {
      parts.add("channel " + before.channel() + " → " + after.channel());
    }
    if (!Objects.equals(before.connectorId(), after.connectorId())) {
      parts.add("desk connector " + before.connectorId() + " → " + after.connectorId());
    }
    if (!Objects.equals(before.caseEmail(), after.caseEmail())) {
      parts.add("case e-mail " + before.caseEmail() + " → " + after.caseEmail());
    }
    if (!Objects.equals(before.casePattern(), after.casePattern())) {
      parts.add("case-number pattern " + before.casePattern() + " → " + after.casePattern());
    }
    if (!before.subjectTemplate().equals(after.subjectTemplate())) {
      parts.add("subject template changed");
    }
    if (!before.bodyTemplate().equals(after.bodyTemplate())) {
      parts.add("body template changed");
    }
    if (!before.contacts().equals(after.contacts())) {
      parts.add("contacts: " + after.contacts().size());
    }
    return parts.isEmpty() ? "Saved without changes." : String.join("; ", parts) + ".";
  }

  private Vendor view(
      long tenant,
      Profile p,
      Map<Long, List<Vendors.ApplicationRef>> applications,
      Map<Long, Integer> open) {
    return new Vendor(
        p.vendorId(),
        p.name(),
        p.channel(),
        p.caseEmail(),
        p.connectorId(),
        p.casePattern(),
        p.subjectTemplate(),
        p.bodyTemplate(),
        p.contacts(),
        applications.getOrDefault(p.vendorId(), List.of()),
        open.getOrDefault(p.vendorId(), 0),
        businessAssociate(tenant, p.vendorId()),
        p.version());
  }

  /** The desk connector's name, or null when the tenant has no such desk connector. */
  @Nullable
  String deskName(long tenant, long connectorId) {
    return desks.name(tenant, connectorId).orElse(null);
  }

  /** Whether an agreement in force lets the vendor read PHI (then nothing is filtered for it). */
  boolean businessAssociate(long tenant, long vendorId) {
    return clearance.readsPhi(new Caller("vendor", "vendor", tenant, vendorId, Set.of()));
  }

  private Map<Long, List<Vendors.ApplicationRef>> applications(long tenant) {
    Map<Long, List<Vendors.ApplicationRef>> byVendor = new HashMap<>();
    for (Catalog.ApplicationRef app : catalog.vendorApplications(tenant)) {
      byVendor
          .computeIfAbsent(app.vendorId(), id -> new ArrayList<>())
          .add(new Vendors.ApplicationRef(app.id(), app.name()));
    }
    return byVendor;
  }

  private Map<Long, Integer> openCases(long tenant) {
    return jdbc.prepareStatement(
        "SELECT vendor_id, COUNT(*) FROM vendor_cases WHERE tenant_id = ? AND status = 'OPEN'"
            + " GROUP BY vendor_id",
        statement -> {
          statement.setLong(1, tenant);
          Map<Long, Integer> counts = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              counts.put(rows.getLong(1), rows.getInt(2));
            }
          }
          return counts;
        });
  }

  private List<Profile> profiles(long tenant, @Nullable Long vendorId) {
    Map<Long, List<Contact>> contacts = contacts(tenant, vendorId);
    List<Stored> rows =
        jdbc.prepareStatement(
            "SELECT vendor_id, channel, case_email, connector_id, case_pattern, subject_template,"
                + " body_template, version FROM vendor_profiles WHERE tenant_id = ?"
                + (vendorId == null ? "" : " AND vendor_id = ?"),
            statement -> {
              statement.setLong(1, tenant);
              if (vendorId != null) {
                statement.setLong(2, vendorId);
              }
              List<Stored> found = new ArrayList<>();
              try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                  found.add(
                      new Stored(
                          rs.getLong(1),
                          JdbcRows.enumOf(Channel.class, rs.getString(2)),
                          rs.getString(3),
                          JdbcRows.nullableLong(rs, 4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getString(7),
                          rs.getLong(8)));
                }
              }
              return found;
            });
    // Names are identity's: one read for all of them.
    Map<Long, String> names = organizations.names(rows.stream().map(Stored::vendorId).toList());
    return rows.stream()
        .map(
            r ->
                new Profile(
                    r.vendorId(),
                    names.getOrDefault(r.vendorId(), "Vendor " + r.vendorId()),
                    r.channel(),
                    r.caseEmail(),
                    r.connectorId(),
                    r.casePattern(),
                    CaseTemplate.subjectOrDefault(r.subjectTemplate()),
                    CaseTemplate.bodyOrDefault(r.bodyTemplate()),
                    contacts.getOrDefault(r.vendorId(), List.of()),
                    r.version()))
        .toList();
  }

  /** A {@code vendor_profiles} row as stored (templates null: the defaults). */
  private record Stored(
      long vendorId,
      @Nullable Channel channel,
      @Nullable String caseEmail,
      @Nullable Long connectorId,
      @Nullable String casePattern,
      @Nullable String subjectTemplate,
      @Nullable String bodyTemplate,
      long version) {}

  private Map<Long, List<Contact>> contacts(long tenant, @Nullable Long vendorId) {
    return jdbc.prepareStatement(
        "SELECT vendor_id, name, email, phone, role FROM vendor_contacts WHERE tenant_id = ?"
            + (vendorId == null ? "" : " AND vendor_id = ?")
            + " ORDER BY vendor_id, position",
        statement -> {
          statement.setLong(1, tenant);
          if (vendorId != null) {
            statement.setLong(2, vendorId);
          }
          Map<Long, List<Contact>> found = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found
                  .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                  .add(
                      new Contact(
                          rows.getString(2),
                          rows.getString(3),
                          rows.getString(4),
                          rows.getString(5)));
            }
          }
          return found;
        });
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
