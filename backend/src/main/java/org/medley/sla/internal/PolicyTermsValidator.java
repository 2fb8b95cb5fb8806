package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.medley.platform.Problem;

/**
 * Checks the terms an SLA policy and an OLA share, for both: every mistake at once, each naming its
 * field ({@code resolution}, {@code warnings[2]}) as the SPA shows it. Plain Java: the caller says
 * which calendars exist.
 */
final class PolicyTermsValidator {

  private static final Duration MAX_TARGET = Duration.ofDays(366);

  private PolicyTermsValidator() {}

  /**
   * The terms of {@code draft} for a policy of {@code kind}, or null when any is wrong (each
   * mistake then added to {@code errors}). Left-out pause statuses, warnings and breach actions get
   * their defaults.
   */
  static @Nullable PolicyTerms validate(
      PolicyTerms.Draft draft,
      TimerKind kind,
      LongPredicate calendarExists,
      List<Problem.FieldError> errors) {
    int before = errors.size();
    if (draft.calendarId() == null) {
      errors.add(new Problem.FieldError("calendarId", "required"));
    } else if (!calendarExists.test(draft.calendarId())) {
      errors.add(new Problem.FieldError("calendarId", "no such calendar"));
    }
    Duration response = target("response", draft.response(), errors);
    Duration resolution = target("resolution", draft.resolution(), errors);
    resolutionNotBeforeResponse(response, resolution, errors);
    PauseRule pauseOn = pauseRule(draft.pauseOn(), errors);
    List<Integer> warnings = warnings(draft.warnings(), errors);
    Set<BreachAction> actions =
        breachActions(
            draft.breachActions() == null ? defaultActions(kind) : draft.breachActions(),
            kind,
            errors);
    if (errors.size() > before) {
      return null;
    }
    return new PolicyTerms(draft.calendarId(), response, resolution, pauseOn, warnings, actions);
  }

  /** A breach tells the assignee and the group lead; an OLA's, the partner's manager instead. */
  private static List<String> defaultActions(TimerKind kind) {
    return kind == TimerKind.OLA
        ? List.of("NOTIFY_GROUP_LEAD", "NOTIFY_PARTNER_MANAGER")
        : List.of("NOTIFY_ASSIGNEE", "NOTIFY_GROUP_LEAD");
  }

  /** A target: an ISO-8601 duration of business time, more than zero and at most a year. */
  static @Nullable Duration target(
      String field, @Nullable String text, List<Problem.FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new Problem.FieldError(field, "required, an ISO-8601 duration such as PT4H"));
      return null;
    }
    try {
      Duration d = Duration.parse(text.length() > 40 ? "x" : text);
      if (d.isNegative() || d.isZero() || d.compareTo(MAX_TARGET) > 0) {
        errors.add(new Problem.FieldError(field, "must be more than PT0S and at most P366D"));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(field, "not an ISO-8601 duration such as PT4H or P3D"));
      return null;
    }
  }

  /**
   * A promise to resolve sooner than to respond cannot be kept: the resolution target is at least
   * the response target.
   */
  private static void resolutionNotBeforeResponse(
      @Nullable Duration response, @Nullable Duration resolution, List<Problem.FieldError> errors) {
    if (response != null && resolution != null && resolution.compareTo(response) < 0) {
      errors.add(
          new Problem.FieldError(
              "resolution", "must not be shorter than the response target (" + response + ")"));
    }
  }

  /** Statuses that pause a timer; null means {@link PauseRule#DEFAULT}. */
  private static PauseRule pauseRule(
      @Nullable List<String> given, List<Problem.FieldError> errors) {
    List<String> tokens = given == null ? PauseRule.DEFAULT.sorted() : given;
    if (tokens.size() > 20) {
      errors.add(new Problem.FieldError("pauseOn", "at most 20 statuses"));
      return PauseRule.DEFAULT;
    }
    List<String> problems = PauseRule.problems(tokens);
    problems.forEach(m -> errors.add(new Problem.FieldError("pauseOn", m)));
    return problems.isEmpty() ? new PauseRule(new LinkedHashSet<>(tokens)) : PauseRule.DEFAULT;
  }

  /**
   * Warning thresholds: up to five whole percentages from 1 to 99, each above the one before (so no
   * repeats); null means 50/75/90. A null inside the list is what the SPA sends for an entry it
   * could not read as a number ("abc").
   */
  private static List<Integer> warnings(
      @Nullable List<Integer> given, List<Problem.FieldError> errors) {
    if (given == null) {
      return PolicyTerms.DEFAULT_WARNINGS;
    }
    if (given.size() > 5) {
      errors.add(new Problem.FieldError("warnings", "at most 5 thresholds"));
      return PolicyTerms.DEFAULT_WARNINGS;
    }
    int before = errors.size();
    Integer previous = null;
    for (int i = 0; i < given.size(); i++) {
      Integer w = given.get(i);
      // Messages say which entry: the SPA shows them all under one "50, 75, 90" input.
      String entry = "entry " + (i + 1);
      String field = "warnings[" + i + "]";
      if (w == null) {
        errors.add(
            new Problem.FieldError(field, entry + " is not a whole percentage from 1 to 99"));
      } else if (w < 1 || w > 99) {
        errors.add(new Problem.FieldError(field, entry + " (" + w + ") is not from 1 to 99"));
      } else if (previous != null && w <= previous) {
        errors.add(
            new Problem.FieldError(
                field, entry + " (" + w + ") must be above " + previous + ": thresholds rise"));
      }
      if (w != null) {
        previous = w;
      }
    }
    // List.copyOf refuses nulls (the old 500): copy only a list known to hold none.
    return errors.size() > before ? PolicyTerms.DEFAULT_WARNINGS : List.copyOf(given);
  }

  /** Breach actions by name; NOTIFY_PARTNER_MANAGER only for an OLA. */
  private static Set<BreachAction> breachActions(
      List<String> names, TimerKind kind, List<Problem.FieldError> errors) {
    Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
    if (names.size() > 10) {
      errors.add(new Problem.FieldError("breachActions", "at most 10 actions"));
      return actions;
    }
    for (int i = 0; i < names.size(); i++) {
      String field = "breachActions[" + i + "]";
      if (names.get(i) == null) {
        errors.add(new Problem.FieldError(field, "required"));
        continue;
      }
      BreachAction action = enumOf(BreachAction.class, field, names.get(i), errors);
      if (action == BreachAction.NOTIFY_PARTNER_MANAGER && kind != TimerKind.OLA) {
        errors.add(new Problem.FieldError(field, "NOTIFY_PARTNER_MANAGER is for OLAs"));
      } else if (action != null) {
        actions.add(action);
      }
    }
    return actions;
  }

  /** The constant named {@code value}, null when absent; a wrong name lists the right ones. */
  static <E extends Enum<E>> @Nullable E enumOf(
      Class<E> type, String field, @Nullable String value, List<Problem.FieldError> errors) {
    if (value == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    errors.add(new Problem.FieldError(field, "one of " + String.join(", ", names)));
    return null;
  }
}
