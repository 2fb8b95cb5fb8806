package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.enumOf;
import static org.medley.platform.JdbcRows.instant;
import static org.medley.platform.JdbcRows.marks;
import static org.medley.platform.JdbcRows.nullableLong;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.desk.internal.TicketViews.ExternalReference;
import org.medley.desk.internal.TicketViews.MemberView;
import org.medley.desk.internal.TicketViews.TicketSummary;
import org.medley.identity.MinimumNecessary;
import org.medley.platform.SqlLike;

/**
 * The desk's read model: ticket lists and details with the display names of their application,
 * group, assignee and requester joined in, in one query per page.
 */
@Singleton
class TicketReads {

  private static final Pattern NUMBER = Pattern.compile("(?i)^(INC|REQ)-\\d{1,9}$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MIN_INDEXED_WORD = 3;

  private final JdbcOperations jdbc;
  private volatile Boolean fullText;

  TicketReads(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  record Names(
      String application, String group, boolean partnerGroup, String assignee, String requester) {}

  Names names(Ticket ticket) {
    return jdbc.prepareStatement(
        "SELECT a.name, g.name, g.partner_id, s.name, u.display_name FROM tickets t"
            + " JOIN applications a ON a.id = t.application_id"
            + " LEFT JOIN support_groups g ON g.id = t.group_id"
            + " LEFT JOIN staff_members s ON s.id = t.assignee_id"
            + " JOIN user_accounts u ON u.id = t.requester_id WHERE t.id = ?",
        statement -> {
          statement.setLong(1, ticket.id());
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            rows.getLong(3);
            boolean partner = !rows.wasNull();
            return new Names(
                rows.getString(1),
                rows.getString(2),
                partner,
                rows.getString(4),
                rows.getString(5));
          }
        });
  }

  @io.micronaut.core.annotation.Nullable
  String staffName(@io.micronaut.core.annotation.Nullable String id) {
    if (id == null) {
      return null;
    }
    return jdbc.prepareStatement(
        "SELECT name FROM staff_members WHERE id = ?",
        statement -> {
          statement.setLong(1, Long.parseLong(id));
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : id;
          }
        });
  }

  List<ExternalReference> references(long ticketId) {
    return jdbc.prepareStatement(
        "SELECT system, external_id FROM ticket_references WHERE ticket_id = ? ORDER BY system",
        statement -> {
          statement.setLong(1, ticketId);
          List<ExternalReference> references = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              references.add(new ExternalReference(rows.getString(1), rows.getString(2)));
            }
          }
          return references;
        });
  }

  List<MemberView> members(long tenantId, long groupId) {
    return jdbc.prepareStatement(
        "SELECT s.id, s.name, (SELECT COUNT(*) FROM tickets t WHERE t.tenant_id = ? AND"
            + " t.assignee_id = s.id AND t.status IN "
            + TicketStatus.OPEN_SQL
            + "), m.lead"
            + " FROM group_members m JOIN staff_members s ON s.id = m.staff_id"
            + " WHERE m.group_id = ? ORDER BY s.name",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, groupId);
          List<MemberView> members = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              members.add(
                  new MemberView(
                      rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getBoolean(4)));
            }
          }
          return members;
        });
  }

  List<Long> groupsOf(long staffId) {
    return jdbc.prepareStatement(
        "SELECT group_id FROM group_members WHERE staff_id = ?",
        statement -> {
          statement.setLong(1, staffId);
          List<Long> groups = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              groups.add(rows.getLong(1));
            }
          }
          return groups;
        });
  }

  /** A page and the total: exact, or (totalExact false) a lower bound past {@link #COUNTED}. */
  record Listing(List<TicketSummary> items, long total, boolean totalExact) {}

  /**
   * How far a list's total is counted exactly: counting costs the database per ticket (about 0.2 µs
   * each, measured), so a 10,000-ticket queue's exact total would cost four times its page. As
   * search engines do, larger totals are reported as "at least", bounded past the page shown.
   */
  static final long COUNTED = 1_000;

  /**
   * One page of tickets. {@code scope} is the row-level filter for the caller; {@code myStaffId}
   * and {@code myGroups} resolve the personal queues.
   */
  Listing list(
      TicketAccess access,
      Long myStaffId,
      List<Long> myGroups,
      TicketQuery query,
      Instant now,
      @io.micronaut.core.annotation.Nullable MinimumNecessary mask) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE t.tenant_id = ?");
    parameters.add(access.tenantId());
    TicketAccess.RowFilter seen = access.seenRows();
    where.append(seen.sql());
    parameters.addAll(seen.parameters());
    switch (query.queue()) {
      case MINE -> {
        where.append(" AND t.assignee_id = ?");
        parameters.add(myStaffId == null ? -1L : myStaffId);
      }
      case MY_GROUPS -> {
        if (myGroups.isEmpty()) {
          where.append(" AND 1 = 0");
        } else {
          where.append(" AND t.group_id IN (").append(marks(myGroups.size())).append(')');
          parameters.addAll(myGroups);
        }
      }
      case UNASSIGNED -> where.append(" AND t.assignee_id IS NULL");
      case BREACHING_SOON -> {
        where.append(" AND t.open_work = TRUE AND t.sla_due_at <= ?");
        parameters.add(now.plus(query.breachingWithin()));
      }
      case REQUESTED -> {
        where.append(" AND t.requester_id = ?");
        parameters.add(access.accountId());
      }
      case ALL -> {}
    }
    if (query.groupId() != null) {
      where.append(" AND t.group_id = ?");
      parameters.add(query.groupId());
    }
    if (query.statuses().equals(TicketStatus.OPEN)) {
      where.append(" AND t.open_work = TRUE");
    } else if (!query.statuses().isEmpty()) {
      where.append(" AND t.status IN (").append(marks(query.statuses().size())).append(')');
      query.statuses().stream().map(TicketStatus::name).sorted().forEach(parameters::add);
    }
    if (!query.priorities().isEmpty()) {
      where.append(" AND t.priority IN (").append(marks(query.priorities().size())).append(')');
      query.priorities().stream().map(Priority::name).sorted().forEach(parameters::add);
    }
    if (query.tier() != null) {
      where.append(" AND t.tier = ?");
      parameters.add(query.tier().name());
    }
    if (query.applicationId() != null) {
      where.append(" AND t.application_id = ?");
      parameters.add(query.applicationId());
    }
    if (query.assigneeId() != null) {
      where.append(" AND t.assignee_id = ?");
      parameters.add(query.assigneeId());
    }
    if (query.externalRef() != null) {
      where.append(
          " AND t.id IN (SELECT r.ticket_id FROM ticket_references r WHERE r.tenant_id = t.tenant_id"
              + " AND r.system = ? AND r.external_id = ?)");
      parameters.add(query.externalRef().system());
      parameters.add(query.externalRef().externalId());
    }
    if (query.text() != null && !query.text().isBlank()) {
      search(query.text().strip(), access.seesInternal(), mask, where, parameters);
    }
    String direction = query.descending() ? " DESC" : " ASC";
    long offset = (long) query.page() * query.size();
    List<TicketSummary> items;
    if (query.sort() == TicketQuery.Sort.SLA_DUE) {
      // Tickets with a running deadline first (index-ordered), then those without: sorting on
      // "sla_due_at IS NULL" in SQL would make the database sort every open ticket of the queue.
      long enough = offset + query.size();
      List<TicketSummary> merged =
          new ArrayList<>(
              fetch(
                  where.toString() + " AND t.sla_due_at IS NOT NULL",
                  parameters,
                  " ORDER BY t.sla_due_at" + direction + ", t.id",
                  enough,
                  0));
      if (merged.size() < enough) {
        merged.addAll(
            fetch(
                where.toString() + " AND t.sla_due_at IS NULL",
                parameters,
                " ORDER BY t.id",
                enough - merged.size(),
                0));
      }
      items =
          offset >= merged.size()
              ? List.of()
              : merged.subList((int) offset, (int) Math.min(merged.size(), enough));
    } else {
      items =
          fetch(
              where.toString(),
              parameters,
              " ORDER BY " + query.sort().column + direction + ", t.id" + direction,
              query.size(),
              offset);
    }
    long bound = Math.max(COUNTED, offset + query.size());
    long counted =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT 1 FROM tickets t" + where + " LIMIT ?) c",
            statement -> {
              List<Object> values = new ArrayList<>(parameters);
              values.add(bound + 1);
              bindAll(statement, values.toArray());
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    return new Listing(items, Math.min(counted, bound), counted <= bound);
  }

  /**
   * One slice of tickets. The slice is chosen from tickets alone, then the display names are joined
   * to its rows: joined in one flat query, MariaDB may start from the small applications table and
   * walk millions of tickets per application.
   */
  private List<TicketSummary> fetch(
      String where, List<Object> parameters, String order, long limit, long offset) {
    String select =
        "SELECT t.id, t.number, t.type, t.title, a.name AS application_name, t.priority, t.status,"
            + " t.pending_reason, t.tier, t.group_id, g.name AS group_name, t.assignee_id,"
            + " s.name AS assignee_name, u.display_name AS requester_name, t.phi, t.version,"
            + " t.created_at, t.updated_at, t.sla_due_at FROM (SELECT t.id, t.number, t.type,"
            + " t.title, t.application_id, t.priority, t.status, t.pending_reason, t.tier,"
            + " t.group_id, t.assignee_id, t.requester_id, t.phi, t.version, t.created_at,"
            + " t.updated_at, t.sla_due_at FROM tickets t"
            + where
            + order
            + " LIMIT ? OFFSET ?) t"
            + " JOIN applications a ON a.id = t.application_id"
            + " LEFT JOIN support_groups g ON g.id = t.group_id"
            + " LEFT JOIN staff_members s ON s.id = t.assignee_id"
            + " JOIN user_accounts u ON u.id = t.requester_id"
            + order;
    return jdbc.prepareStatement(
        select,
        statement -> {
          List<Object> values = new ArrayList<>(parameters);
          values.add(limit);
          values.add(offset);
          bindAll(statement, values.toArray());
          List<TicketSummary> page = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              page.add(summary(rows));
            }
          }
          return page;
        });
  }

  /**
   * Adds the text search. A reader of masked text (a partner without a business associate
   * agreement: {@code mask} set) searches the masked copies ({@link SearchMasks}), so a search for
   * an MRN, a phone number or a patient's name cannot tell it which tickets mention one; a word of
   * a name the hospital lists finds nothing for it, even in a copy masked before the name was
   * listed.
   */
  private void search(
      String text,
      boolean includeInternal,
      @io.micronaut.core.annotation.Nullable MinimumNecessary mask,
      StringBuilder where,
      List<Object> parameters) {
    if (NUMBER.matcher(text).matches()) {
      where.append(" AND t.number = ?");
      parameters.add(text.toUpperCase(Locale.ROOT));
      return;
    }
    if (mask != null && WORD.matcher(text).results().anyMatch(w -> mask.listsWord(w.group()))) {
      where.append(" AND 1 = 0");
      return;
    }
    String title = mask == null ? "t.title" : "t.masked_title";
    String description = mask == null ? "t.description" : "t.masked_description";
    String body = mask == null ? "c.body" : "c.masked_body";
    List<String> literals =
        Arrays.stream(text.strip().split("\\s+"))
            .filter(term -> !term.isEmpty() && !WORD.matcher(term).matches())
            .limit(10)
            .collect(Collectors.toCollection(ArrayList::new));
    List<String> words =
        WORD.matcher(text).results().map(m -> m.group()).limit(10).collect(Collectors.toList());
    String visibility = includeInternal ? "" : " AND c.visibility = 'PUBLIC'";
    if (fullText()) {
      // InnoDB indexes no word shorter than innodb_ft_min_token_size (3): "+50*" matched nothing.
      words.stream().filter(w -> w.length() < MIN_INDEXED_WORD).forEach(literals::add);
      words.removeIf(w -> w.length() < MIN_INDEXED_WORD);
    }
    if (fullText() && !words.isEmpty()) {
      // Every word must appear (as a prefix), in the ticket or in one of its comments.
      String terms = words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
      where.append(
          " AND (MATCH("
              + title
              + ", "
              + description
              + ") AGAINST (? IN BOOLEAN MODE) OR t.id IN (SELECT c.ticket_id FROM ticket_comments"
              + " c WHERE MATCH("
              + body
              + ") AGAINST (? IN BOOLEAN MODE)"
              + visibility
              + "))");
      parameters.add(terms);
      parameters.add(terms);
    } else {
      literals.addAll(0, words);
    }
    // A term with more than letters and digits (50%, C++, a_b, %) is found as typed: FULLTEXT
    // drops punctuation, and an unescaped LIKE reads % and _ as wildcards (q=% matched every
    // ticket).
    for (String literal : literals) {
      where.append(
          " AND (LOWER("
              + title
              + ") LIKE ?"
              + SqlLike.ESCAPE
              + " OR LOWER("
              + description
              + ") LIKE ?"
              + SqlLike.ESCAPE
              + " OR t.id IN (SELECT c.ticket_id FROM ticket_comments c WHERE LOWER("
              + body
              + ") LIKE ?"
              + SqlLike.ESCAPE
              + visibility
              + "))");
      String pattern = SqlLike.contains(literal);
      parameters.add(pattern);
      parameters.add(pattern);
      parameters.add(pattern);
    }
  }

  /** MySQL and MariaDB have FULLTEXT indexes (made by a migration); the embedded H2 scans. */
  private boolean fullText() {
    Boolean known = fullText;
    if (known == null) {
      known =
          jdbc.execute(
              (Connection connection) -> {
                String product = connection.getMetaData().getDatabaseProductName();
                return product.contains("MySQL") || product.contains("MariaDB");
              });
      fullText = known;
    }
    return known;
  }

  private static TicketSummary summary(ResultSet rows) throws SQLException {
    return new TicketSummary(
        rows.getLong("id"),
        rows.getString("number"),
        TicketType.valueOf(rows.getString("type")),
        rows.getString("title"),
        rows.getString("application_name"),
        Priority.valueOf(rows.getString("priority")),
        TicketStatus.valueOf(rows.getString("status")),
        enumOf(PendingReason.class, rows.getString("pending_reason")),
        Tier.valueOf(rows.getString("tier")),
        nullableLong(rows, "group_id"),
        rows.getString("group_name"),
        nullableLong(rows, "assignee_id"),
        rows.getString("assignee_name"),
        rows.getString("requester_name"),
        rows.getBoolean("phi"),
        rows.getLong("version"),
        instant(rows, "created_at"),
        instant(rows, "updated_at"),
        instant(rows, "sla_due_at"));
  }
}
