package org.medley.sla.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.desk.PendingReason;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;

/**
 * Statuses that stop the clock, written as {@code PENDING} (any reason) or {@code PENDING:CUSTOMER}
 * (one reason); any other open status may be named too ({@code NEW}).
 */
record PauseRule(Set<String> tokens) {

  static final PauseRule DEFAULT = new PauseRule(Set.of("PENDING:CUSTOMER", "PENDING:VENDOR"));

  PauseRule {
    tokens = Set.copyOf(tokens);
  }

  boolean pauses(TicketSnapshot ticket) {
    return pauses(ticket.status(), ticket.pendingReason());
  }

  boolean pauses(TicketStatus status, PendingReason reason) {
    return tokens.contains(status.name())
        || (reason != null && tokens.contains(status.name() + ":" + reason.name()));
  }

  /** Tokens in a stable order, for storage and the API. */
  List<String> sorted() {
    return tokens.stream().sorted().toList();
  }

  /** Reads tokens, returning the errors for those that are not a pausable status (or reason). */
  static List<String> problems(Collection<String> tokens) {
    List<String> errors = new ArrayList<>();
    for (String token : new LinkedHashSet<>(tokens)) {
      if (!valid(token)) {
        errors.add(
            "'"
                + (token == null ? "null" : token.length() > 40 ? token.substring(0, 40) : token)
                + "' is not "
                + TicketStatus.OPEN.stream().map(Enum::name).collect(Collectors.joining(", "))
                + " or PENDING:<CUSTOMER|VENDOR|PARTNER|CHANGE>");
      }
    }
    return errors;
  }

  private static boolean valid(String token) {
    if (token == null) {
      return false;
    }
    String[] parts = token.split(":", -1);
    if (parts.length == 1) {
      return TicketStatus.OPEN.stream().anyMatch(s -> s.name().equals(token));
    }
    if (parts.length == 2 && parts[0].equals("PENDING")) {
      for (PendingReason reason : PendingReason.values()) {
        if (reason.name().equals(parts[1])) {
          return true;
        }
      }
    }
    return false;
  }

  static PauseRule parse(String stored) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : stored.split(",")) {
      if (!token.isBlank()) {
        tokens.add(token.strip());
      }
    }
    return new PauseRule(tokens);
  }

  String stored() {
    return String.join(",", sorted());
  }
}
