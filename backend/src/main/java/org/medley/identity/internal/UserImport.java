package org.medley.identity.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.medley.identity.Caller;
import org.medley.identity.Partners;
import org.medley.identity.Role;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Invites people from a CSV file. Each row is an invitation of its own, in its own transaction: a
 * refused row (bad role, unknown organisation, address already used) leaves nothing behind and does
 * not stop the others. The report lists every row: created (with its link when mail is off) or
 * refused with the reason. Column names are matched case-insensitively ("organisation" or
 * "organization", "job title" or "jobTitle"); roles are separated by ";" or "|" and may be given as
 * names ({@code agent}) or labels ({@code Service desk agent}). An empty organisation means the
 * hospital itself. At most {@code medley.users.import-max-rows} rows (500 by default).
 */
@Singleton
class UserImport {

  enum Outcome {
    CREATED,
    REFUSED
  }

  @Serdeable
  record Row(
      int line,
      @Nullable String email,
      Outcome outcome,
      @Nullable Long userId,
      @Nullable String link,
      @Nullable String field,
      @Nullable String reason) {}

  @Serdeable
  record Report(int created, int refused, boolean emailed, List<Row> rows) {}

  private static final Map<String, String> COLUMNS = new HashMap<>();

  static {
    for (String[] names :
        new String[][] {
          {"email", "email", "e-mail", "e-mail address", "email address"},
          {"name", "name", "display name", "displayname", "full name"},
          {"roles", "roles", "role"},
          {"organisation", "organisation", "organization", "company", "employer"},
          {"jobTitle", "job title", "jobtitle", "job_title", "title"},
          {"department", "department"},
          {"location", "location", "site"}
        }) {
      for (int i = 1; i < names.length; i++) {
        COLUMNS.put(names[i], names[0]);
      }
    }
  }

  private static final Map<String, Role> ROLE_LABELS =
      Map.of(
          "end user", Role.END_USER,
          "service desk agent", Role.AGENT,
          "partner agent", Role.PARTNER_AGENT,
          "partner manager", Role.PARTNER_MANAGER,
          "it leader", Role.IT_LEADER,
          "executive", Role.EXECUTIVE,
          "administrator", Role.ADMIN);

  private final UserDirectory directory;
  private final Partners partners;
  private final OrganizationRepository organizations;
  private final int maxRows;

  UserImport(
      UserDirectory directory,
      Partners partners,
      OrganizationRepository organizations,
      @Value("${medley.users.import-max-rows:500}") int maxRows) {
    this.directory = directory;
    this.partners = partners;
    this.organizations = organizations;
    this.maxRows = maxRows;
  }

  Report importCsv(Caller caller, byte[] file) {
    if (directory.managedIn() == UserDirectory.ManagedIn.KEYCLOAK) {
      throw Refused.conflict(
          "Users are managed in Keycloak: invite, change and disable them there.");
    }
    List<CSVRecord> records = parse(file);
    Map<String, Long> orgsByName = new HashMap<>();
    organizations
        .findById(caller.tenantId())
        .ifPresent(h -> orgsByName.put(h.name().toLowerCase(Locale.ROOT), h.id()));
    partners
        .of(caller.tenantId())
        .forEach(p -> orgsByName.put(p.name().toLowerCase(Locale.ROOT), p.id()));
    List<Row> rows = new ArrayList<>();
    boolean emailed = false;
    for (CSVRecord record : records) {
      int line = (int) record.getRecordNumber() + 1;
      Map<String, String> cells = cells(record);
      String email = cells.get("email");
      try {
        UserDirectory.Invitation invitation = invitation(cells, orgsByName);
        // Its own transaction (the directory's @Transactional): a refused row leaves nothing.
        UserDirectory.Invited invited = directory.invite(caller, invitation);
        emailed |= invited.invitation().emailed();
        rows.add(
            new Row(
                line,
                invited.user().email(),
                Outcome.CREATED,
                invited.user().id(),
                invited.invitation().link(),
                null,
                null));
      } catch (Refused refused) {
        Problem.FieldError first = refused.errors().get(0);
        rows.add(new Row(line, email, Outcome.REFUSED, null, null, first.field(), first.message()));
      } catch (HttpStatusException notFound) {
        rows.add(
            new Row(
                line,
                email,
                Outcome.REFUSED,
                null,
                null,
                "organisation",
                String.valueOf(notFound.getMessage())));
      }
    }
    int created = (int) rows.stream().filter(r -> r.outcome() == Outcome.CREATED).count();
    return new Report(created, rows.size() - created, emailed, rows);
  }

  private List<CSVRecord> parse(byte[] file) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
    } catch (CharacterCodingException e) {
      throw Refused.invalid("file", "a CSV file in UTF-8 (save it as \"CSV UTF-8\")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get()
            .parse(new StringReader(text))) {
      List<String> header =
          parser.getHeaderNames().stream()
              .map(h -> COLUMNS.get(h.strip().toLowerCase(Locale.ROOT)))
              .toList();
      if (!header.contains("email") || !header.contains("name") || !header.contains("roles")) {
        throw Refused.invalid(
            "file",
            "a header row naming at least the columns email, name and roles (then optionally"
                + " organisation, job title, department, location)");
      }
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (records.size() == maxRows) {
          throw Refused.invalid(
              "file", "at most " + maxRows + " people per file; split it and import each part");
        }
        records.add(record);
      }
      if (records.isEmpty()) {
        throw Refused.invalid("file", "at least one person under the header row");
      }
      return records;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw Refused.invalid("file", "a well-formed CSV file: " + e.getMessage());
    }
  }

  private static Map<String, String> cells(CSVRecord record) {
    Map<String, String> cells = new HashMap<>();
    record
        .toMap()
        .forEach(
            (name, value) -> {
              String column =
                  name == null ? null : COLUMNS.get(name.strip().toLowerCase(Locale.ROOT));
              if (column != null && value != null && !value.isBlank()) {
                cells.put(column, value.strip());
              }
            });
    return cells;
  }

  private static UserDirectory.Invitation invitation(
      Map<String, String> cells, Map<String, Long> orgsByName) {
    String email = cells.get("email");
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 100) {
      throw Refused.invalid("email", "an e-mail address of at most 100 characters");
    }
    String name = cells.get("name");
    if (name == null || name.length() > 200) {
      throw Refused.invalid("name", "the person's name, at most 200 characters");
    }
    for (String column : List.of("jobTitle", "department", "location")) {
      String value = cells.get(column);
      if (value != null && value.length() > 100) {
        throw Refused.invalid(column, "at most 100 characters");
      }
    }
    List<String> roles = new ArrayList<>();
    for (String given : cells.getOrDefault("roles", "").split("[;|]")) {
      String role = given.strip();
      if (role.isEmpty()) {
        continue;
      }
      Role byLabel = ROLE_LABELS.get(role.toLowerCase(Locale.ROOT));
      roles.add(byLabel != null ? byLabel.claim() : role.toLowerCase(Locale.ROOT));
    }
    Long organizationId = null;
    String organisation = cells.get("organisation");
    if (organisation != null) {
      organizationId = orgsByName.get(organisation.toLowerCase(Locale.ROOT));
      if (organizationId == null) {
        throw Refused.invalid(
            "organisation",
            "no organisation called \"" + organisation + "\" among the hospital and its partners");
      }
    }
    return new UserDirectory.Invitation(
        email,
        name,
        roles,
        organizationId,
        cells.get("jobTitle"),
        cells.get("department"),
        cells.get("location"));
  }
}
