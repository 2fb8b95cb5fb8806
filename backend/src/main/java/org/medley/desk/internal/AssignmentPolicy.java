package org.medley.desk.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medley.coverage.Tier;

/**
 * Auto-assignment inside a group, by the group's {@link AssignmentStrategy}: skilled on shift
 * (among members on shift with enough skill for the application, the one with the lowest open load
 * relative to weekly capacity) or fewest open tickets (the member holding the fewest, nothing else
 * considered). Ties go to the lower staff id so the choice is repeatable.
 */
final class AssignmentPolicy {

  record Candidate(
      long staffId, boolean onShift, int skillLevel, int openTickets, double capacityHours) {

    double relativeLoad() {
      return capacityHours <= 0 ? Double.MAX_VALUE : openTickets / capacityHours;
    }
  }

  private AssignmentPolicy() {}

  /** Skill a tier needs: 2 handles L1 with a script, 3 independent at L2, 4 expert at L3. */
  static int requiredLevel(Tier tier) {
    return switch (tier) {
      case L1 -> 2;
      case L2 -> 3;
      case L3 -> 4;
      case VENDOR -> 0;
    };
  }

  static Optional<Long> choose(AssignmentStrategy strategy, Tier tier, List<Candidate> candidates) {
    return switch (strategy) {
      case SKILLED_ON_SHIFT -> choose(tier, candidates);
      case FEWEST_OPEN_TICKETS -> fewestOpenTickets(candidates);
    };
  }

  /** The member holding the fewest open tickets; shifts, skills and capacity play no part. */
  static Optional<Long> fewestOpenTickets(List<Candidate> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt(Candidate::openTickets).thenComparingLong(Candidate::staffId))
        .map(Candidate::staffId);
  }

  /** Skilled on shift: see the class comment. */
  static Optional<Long> choose(Tier tier, List<Candidate> candidates) {
    int required = requiredLevel(tier);
    return candidates.stream()
        .filter(Candidate::onShift)
        .filter(c -> c.skillLevel() >= required)
        .filter(c -> c.capacityHours() > 0)
        .min(
            Comparator.comparingDouble(Candidate::relativeLoad)
                .thenComparingLong(Candidate::staffId))
        .map(Candidate::staffId);
  }
}
