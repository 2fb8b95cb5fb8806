package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.medley.platform.Problem;

/** The terms SLA policies and OLAs share, checked without a database: calendar 1 exists. */
class PolicyTermsValidatorTest {

  private static final PolicyTerms.Draft GOOD =
      new PolicyTerms.Draft(
          1L, "PT1H", "PT8H", List.of("PENDING"), List.of(60, 80), List.of("REASSIGN"));

  private final List<Problem.FieldError> errors = new ArrayList<>();

  private PolicyTerms validate(PolicyTerms.Draft draft, TimerKind kind) {
    return PolicyTermsValidator.validate(draft, kind, id -> id == 1, errors);
  }

  @ParameterizedTest
  @EnumSource(TimerKind.class)
  void goodTermsAreTakenAsGiven(TimerKind kind) {
    PolicyTerms terms = validate(GOOD, kind);
    assertThat(errors).isEmpty();
    assertThat(terms)
        .isEqualTo(
            new PolicyTerms(
                1,
                Duration.ofHours(1),
                Duration.ofHours(8),
                new PauseRule(Set.of("PENDING")),
                List.of(60, 80),
                EnumSet.of(BreachAction.REASSIGN)));
  }

  @Test
  void leftOutTermsGetTheirDefaultsPerKind() {
    var draft = new PolicyTerms.Draft(1L, "PT1H", "PT8H", null, null, null);
    PolicyTerms sla = validate(draft, TimerKind.SLA);
    PolicyTerms ola = validate(draft, TimerKind.OLA);
    assertThat(errors).isEmpty();
    assertThat(sla.pauseOn()).isEqualTo(PauseRule.DEFAULT);
    assertThat(sla.warnings()).containsExactly(50, 75, 90);
    assertThat(sla.breachActions())
        .containsExactlyInAnyOrder(BreachAction.NOTIFY_ASSIGNEE, BreachAction.NOTIFY_GROUP_LEAD);
    assertThat(ola.pauseOn()).isEqualTo(PauseRule.DEFAULT);
    assertThat(ola.breachActions())
        .containsExactlyInAnyOrder(
            BreachAction.NOTIFY_GROUP_LEAD, BreachAction.NOTIFY_PARTNER_MANAGER);
  }

  /** Each case: one wrong term (a null written as "null"), the field and message it gets. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "calendarId ; null ; required",
        "calendarId ; 2 ; no such calendar",
        "response ; null ; required, an ISO-8601 duration such as PT4H",
        "response ; one hour ; not an ISO-8601 duration such as PT4H or P3D",
        "response ; PT0S ; must be more than PT0S and at most P366D",
        "resolution ; -PT1H ; must be more than PT0S and at most P366D",
        "resolution ; P367D ; must be more than PT0S and at most P366D",
        "resolution ; PT30M ; must not be shorter than the response target (PT1H)",
        "pauseOn ; PENDING:HOLIDAY ; 'PENDING:HOLIDAY' is not NEW, ASSIGNED, IN_PROGRESS, PENDING"
            + " or PENDING:<CUSTOMER|VENDOR|PARTNER|CHANGE>",
        "warnings ; 10,20,30,40,50,60 ; at most 5 thresholds",
        "warnings[0] ; 0,80 ; entry 1 (0) is not from 1 to 99",
        "warnings[1] ; 90,50 ; entry 2 (50) must be above 90: thresholds rise",
        "warnings[1] ; 60,60 ; entry 2 (60) must be above 60: thresholds rise",
        "warnings[2] ; 50,75,null ; entry 3 is not a whole percentage from 1 to 99",
        "breachActions[0] ; FIRE_EVERYONE ; one of NOTIFY_ASSIGNEE, NOTIFY_GROUP_LEAD,"
            + " ESCALATE_TIER, REASSIGN, NOTIFY_PARTNER_MANAGER",
        "breachActions[1] ; REASSIGN,null ; required",
        "breachActions[0] ; NOTIFY_PARTNER_MANAGER ; NOTIFY_PARTNER_MANAGER is for OLAs"
      })
  void aWrongTermNamesItsField(String field, String value, String message) {
    PolicyTerms terms = validate(with(field.replaceAll("\\[.*", ""), value), TimerKind.SLA);
    assertThat(terms).isNull();
    assertThat(errors).containsExactly(new Problem.FieldError(field, message));
  }

  @Test
  void partnerManagersHearOfOlaBreachesOnly() {
    var draft = with("breachActions", "NOTIFY_PARTNER_MANAGER");
    assertThat(validate(draft, TimerKind.OLA).breachActions())
        .containsExactly(BreachAction.NOTIFY_PARTNER_MANAGER);
    assertThat(errors).isEmpty();
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    var draft =
        new PolicyTerms.Draft(
            null, "soon", "later", List.of("LUNCH"), List.of(150), List.of("PANIC"));
    assertThat(validate(draft, TimerKind.OLA)).isNull();
    assertThat(errors)
        .extracting(Problem.FieldError::field)
        .containsExactly(
            "calendarId", "response", "resolution", "pauseOn", "warnings[0]", "breachActions[0]");
  }

  @Test
  void overLongTargetsAreNotParsed() {
    assertThat(PolicyTermsValidator.target("response", "PT" + "1".repeat(50) + "H", errors))
        .isNull();
    assertThat(errors)
        .containsExactly(
            new Problem.FieldError("response", "not an ISO-8601 duration such as PT4H or P3D"));
  }

  /** {@link #GOOD} with one term replaced; list terms split at commas. */
  private static PolicyTerms.Draft with(String term, String value) {
    String v = value.equals("null") ? null : value;
    List<String> list =
        v == null
            ? null
            : Arrays.stream(v.split(",")).map(s -> s.equals("null") ? null : s).toList();
    PolicyTerms.Draft g = GOOD;
    return switch (term) {
      case "calendarId" ->
          new PolicyTerms.Draft(
              v == null ? null : Long.valueOf(v),
              g.response(),
              g.resolution(),
              g.pauseOn(),
              g.warnings(),
              g.breachActions());
      case "response" ->
          new PolicyTerms.Draft(
              g.calendarId(), v, g.resolution(), g.pauseOn(), g.warnings(), g.breachActions());
      case "resolution" ->
          new PolicyTerms.Draft(
              g.calendarId(), g.response(), v, g.pauseOn(), g.warnings(), g.breachActions());
      case "pauseOn" ->
          new PolicyTerms.Draft(
              g.calendarId(), g.response(), g.resolution(), list, g.warnings(), g.breachActions());
      case "warnings" ->
          new PolicyTerms.Draft(
              g.calendarId(),
              g.response(),
              g.resolution(),
              g.pauseOn(),
              list.stream().map(w -> w == null ? null : Integer.valueOf(w)).toList(),
              g.breachActions());
      case "breachActions" ->
          new PolicyTerms.Draft(
              g.calendarId(), g.response(), g.resolution(), g.pauseOn(), g.warnings(), list);
      default -> throw new IllegalArgumentException(term);
    };
  }
}
