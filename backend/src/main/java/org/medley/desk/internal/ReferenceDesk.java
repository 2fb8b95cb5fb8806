package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medley.desk.ExternalReferences;
import org.medley.desk.internal.TicketViews.ExternalReference;
import org.medley.identity.Caller;
import org.medley.platform.LockConflicts;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * External references: the ids a partner desk or a vendor gives the same work ({@code NORTHWIND:
 * NW-12345}, {@code EPIC:SR-778812}). One per system on a ticket, and one ticket per reference in a
 * tenant, so an update arriving from that system finds exactly one ticket. Whoever works the ticket
 * sets them; every change is an audit line. Changes take their turn on the ticket like any write
 * ({@link TicketStore#lock}).
 */
@Singleton
@RetryLockConflicts
class ReferenceDesk implements ExternalReferences {

  /** A system's name: letters, digits, dot, dash, underscore; stored upper-case. */
  static final Pattern SYSTEM = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,59}$");

  private final TicketGate gate;
  private final TicketStore tickets;
  private final TicketReads reads;
  private final JdbcOperations jdbc;
  private final Clock clock;

  ReferenceDesk(
      TicketGate gate, TicketStore tickets, TicketReads reads, JdbcOperations jdbc, Clock clock) {
    this.gate = gate;
    this.tickets = tickets;
    this.reads = reads;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  static String system(String raw) {
    String system = raw.strip().toUpperCase(Locale.ROOT);
    if (!SYSTEM.matcher(system).matches()) {
      throw Refused.invalid(
          "system", "1–60 letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
    return system;
  }

  @Transactional
  List<ExternalReference> list(Caller caller, long ticketId) {
    TicketGate.Context context = gate.context(caller);
    return reads.references(gate.visible(context, ticketId).id());
  }

  @Transactional
  List<ExternalReference> put(Caller caller, long ticketId, String rawSystem, String externalId) {
    String system = system(rawSystem);
    tickets.lock(caller.tenantId(), ticketId);
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = workable(context, ticketId);
    store(ticket, system, externalId, context.actor(), context.access().seesEveryTicket());
    return reads.references(ticket.id());
  }

  @Transactional
  void remove(Caller caller, long ticketId, String rawSystem) {
    String system = system(rawSystem);
    tickets.lock(caller.tenantId(), ticketId);
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = workable(context, ticketId);
    String current = current(ticket.id(), system).orElse(null);
    if (current == null) {
      return; // already gone: DELETE is idempotent
    }
    update("DELETE FROM ticket_references WHERE ticket_id = ? AND system = ?", ticket.id(), system);
    tickets.audit(
        ticket.tenantId(),
        ticket.id(),
        context.actor(),
        clock.instant(),
        List.of(new Change("REFERENCE_REMOVED", "reference:" + system, current, null, null)));
  }

  /** Records the reference (or changes nothing when it is already the ticket's), audited. */
  private void store(
      Ticket ticket, String system, String externalId, Actor actor, boolean namesOther) {
    Optional<Long> holder = holder(ticket.tenantId(), system, externalId);
    if (holder.isPresent() && holder.get().longValue() != ticket.id()) {
      throw Refused.conflict(
          system
              + " "
              + externalId
              + " already names another ticket"
              + (namesOther ? " (" + number(ticket.tenantId(), holder.get()) + ")" : "")
              + ".");
    }
    Optional<String> current = current(ticket.id(), system);
    if (current.isPresent() && current.get().equals(externalId)) {
      return;
    }
    Instant now = clock.instant();
    try {
      if (current.isPresent()) {
        update(
            "UPDATE ticket_references SET external_id = ?, created_at = ? WHERE ticket_id = ? AND"
                + " system = ?",
            externalId,
            now,
            ticket.id(),
            system);
      } else {
        update(
            "INSERT INTO ticket_references (ticket_id, tenant_id, system, external_id, created_at)"
                + " VALUES (?,?,?,?,?)",
            ticket.id(),
            ticket.tenantId(),
            system,
            externalId,
            now);
      }
    } catch (DataAccessException e) {
      if (LockConflicts.among(e)) {
        throw e; // not a taken reference: the whole request runs again
      }
      // Another request took the same reference between our check and our write.
      throw Refused.conflict(system + " " + externalId + " already names another ticket.");
    }
    tickets.audit(
        ticket.tenantId(),
        ticket.id(),
        actor,
        now,
        List.of(
            new Change(
                current.isPresent() ? "REFERENCE_CHANGED" : "REFERENCE_ADDED",
                "reference:" + system,
                current.orElse(null),
                externalId,
                null)));
  }

  // ---- ExternalReferences: e-bonding records and reads the ids partner desks give tickets ----

  @Override
  @Transactional
  public Optional<String> externalId(long tenantId, long ticketId, String system) {
    return tickets.find(tenantId, ticketId).flatMap(t -> current(t.id(), system(system)));
  }

  @Override
  @Transactional
  public Optional<Long> ticketId(long tenantId, String system, String externalId) {
    return holder(tenantId, system(system), externalId);
  }

  @Override
  @Transactional
  public void record(long tenantId, long ticketId, String system, String externalId, String actor) {
    Ticket ticket =
        tickets
            .lock(tenantId, ticketId)
            .orElseThrow(() -> Refused.invalid("ticketId", "no such ticket"));
    store(ticket, system(system), externalId, Actor.system(actor), false);
  }

  private Ticket workable(TicketGate.Context context, long ticketId) {
    return gate.workable(
        context, ticketId, "Only the people working this ticket change its references.");
  }

  private Optional<Long> holder(long tenantId, String system, String externalId) {
    return jdbc.prepareStatement(
        "SELECT ticket_id FROM ticket_references WHERE tenant_id = ? AND system = ? AND"
            + " external_id = ?",
        statement -> {
          bindAll(statement, tenantId, system, externalId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
          }
        });
  }

  private Optional<String> current(long ticketId, String system) {
    return jdbc.prepareStatement(
        "SELECT external_id FROM ticket_references WHERE ticket_id = ? AND system = ?",
        statement -> {
          bindAll(statement, ticketId, system);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
          }
        });
  }

  private String number(long tenantId, long ticketId) {
    return tickets.find(tenantId, ticketId).map(Ticket::number).orElse("another ticket");
  }

  private void update(String sql, Object... values) {
    jdbc.prepareStatement(
        sql,
        statement -> {
          bindAll(statement, values);
          return statement.executeUpdate();
        });
  }
}
