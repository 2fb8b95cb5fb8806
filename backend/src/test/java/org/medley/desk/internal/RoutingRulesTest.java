package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.coverage.Tier;
import org.medley.desk.TicketType;
import org.medley.desk.internal.RoutingRules.Basis;
import org.medley.desk.internal.RoutingRules.Conditions;
import org.medley.desk.internal.RoutingRules.Draft;
import org.medley.desk.internal.RoutingRules.Rule;

class RoutingRulesTest {

  private static SupportGroupStore.Group group(long id, String name, Tier tier, Long partner) {
    return GroupsForTests.group(id, 1, name, tier, partner);
  }

  private static final SupportGroupStore.Group SERVICE_DESK =
      group(10, "Service Desk", Tier.L1, null);
  private static final SupportGroupStore.Group OVERNIGHT =
      group(11, "Northwind Overnight Desk", Tier.L1, 7L);
  private static final SupportGroupStore.Group CLINICAL =
      group(20, "Clinical Applications", Tier.L2, null);
  private static final SupportGroupStore.Group ANALYTICS = group(21, "Analytics", Tier.L2, null);
  private static final SupportGroupStore.Group RADIOLOGY = group(22, "Imaging", Tier.L2, null);
  private static final SupportGroupStore.Group RETIRED =
      GroupsForTests.retired(
          group(23, "Old Desk", Tier.L2, null), Instant.parse("2026-01-01T00:00:00Z"));
  private static final SupportGroupStore.Group ENGINEERING =
      group(30, "Engineering (L3)", Tier.L3, null);

  private static final List<SupportGroupStore.Group> GROUPS =
      List.of(SERVICE_DESK, OVERNIGHT, CLINICAL, ANALYTICS, RADIOLOGY, RETIRED, ENGINEERING);

  private static final Function<Long, Optional<SupportGroupStore.Group>> BY_ID =
      id -> GROUPS.stream().filter(g -> g.id() == id).findFirst();

  private static final long EPIC = 100;
  private static final long PACS = 101;

  private static Conditions when() {
    return Conditions.NONE;
  }

  private static Conditions apps(Long... ids) {
    return new Conditions(Set.of(ids), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  private static Conditions category(String... values) {
    return new Conditions(
        Set.of(), Set.of(values), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  private static Conditions words(String... values) {
    return new Conditions(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(values));
  }

  private static Conditions department(String... values) {
    return new Conditions(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(values), Set.of(), Set.of());
  }

  private static Conditions location(String... values) {
    return new Conditions(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(values), Set.of());
  }

  private static Conditions incidentsOfImpact(int... impacts) {
    return new Conditions(
        Set.of(),
        Set.of(),
        Set.of(TicketType.INCIDENT),
        java.util.Arrays.stream(impacts).boxed().collect(java.util.stream.Collectors.toSet()),
        Set.of(),
        Set.of(),
        Set.of());
  }

  private static Draft ticket(Long application, String category, String title) {
    return new Draft(TicketType.INCIDENT, application, category, 3, title, "Radiology", "North");
  }

  /** The hospital's L2 rules in order: the first that matches wins. */
  private static final List<Rule> L2_RULES =
      List.of(
          new Rule(1, Tier.L2, 0, RETIRED.id(), words("legacy")),
          new Rule(2, Tier.L2, 1, RADIOLOGY.id(), words("PACS", "scan")),
          new Rule(3, Tier.L2, 2, CLINICAL.id(), apps(EPIC)),
          new Rule(4, Tier.L2, 3, ANALYTICS.id(), category("ANALYTICS")),
          new Rule(5, Tier.L2, 4, CLINICAL.id(), department("Emergency")),
          new Rule(6, Tier.L2, 5, RADIOLOGY.id(), location("West Wing")),
          new Rule(7, Tier.L2, 6, CLINICAL.id(), incidentsOfImpact(1)));

  static Stream<Arguments> l2Cases() {
    return Stream.of(
        // title word, whole words and any case
        Arguments.of(ticket(EPIC, "EHR", "pacs viewer frozen"), 22L, Basis.RULE, 2L),
        Arguments.of(ticket(EPIC, "EHR", "Cannot SCAN wristband"), 22L, Basis.RULE, 2L),
        Arguments.of(ticket(EPIC, "EHR", "Scanner offline"), 20L, Basis.RULE, 3L),
        // a rule naming a retired group is passed over, never chosen
        Arguments.of(ticket(EPIC, "EHR", "legacy chart viewer"), 20L, Basis.RULE, 3L),
        Arguments.of(ticket(PACS, "ANALYTICS", "report late"), 21L, Basis.RULE, 4L),
        Arguments.of(ticket(PACS, "analytics", "report late"), 21L, Basis.RULE, 4L),
        Arguments.of(
            new Draft(TicketType.SERVICE_REQUEST, PACS, "IMAGING", 3, "x", "emergency", null),
            20L,
            Basis.RULE,
            5L),
        Arguments.of(
            new Draft(TicketType.SERVICE_REQUEST, PACS, "IMAGING", 3, "x", null, "west wing"),
            22L,
            Basis.RULE,
            6L),
        Arguments.of(
            new Draft(TicketType.INCIDENT, PACS, "IMAGING", 1, "down", null, null),
            20L,
            Basis.RULE,
            7L),
        // a service request of impact 1 matches none: no default, the first L2 group by name
        Arguments.of(
            new Draft(TicketType.SERVICE_REQUEST, PACS, "IMAGING", 1, "access", null, null),
            21L,
            Basis.FIRST_GROUP,
            null));
  }

  @ParameterizedTest
  @MethodSource("l2Cases")
  void theFirstMatchingRuleTakesTheTicket(Draft draft, long group, Basis basis, Long rule) {
    var rules = new RoutingRules(L2_RULES, Map.of(), Map.of());
    var decision = rules.decide(Tier.L2, draft, BY_ID, () -> GROUPS);
    assertThat(decision.group()).map(SupportGroupStore.Group::id).contains(group);
    assertThat(decision.basis()).isEqualTo(basis);
    assertThat(decision.rule() == null ? null : decision.rule().id()).isEqualTo(rule);
  }

  @Test
  void eachEarlierRuleSaysWhyItDidNotMatch() {
    var rules = new RoutingRules(L2_RULES, Map.of(), Map.of());
    var decision =
        rules.decide(Tier.L2, ticket(PACS, "ANALYTICS", "legacy report"), BY_ID, () -> GROUPS);
    assertThat(decision.misses())
        .extracting(m -> m.rule().id() + ": " + m.reason())
        .containsExactly(
            "1: its group is retired or no longer works at L2",
            "2: the title has none of the words \"PACS\", \"scan\"",
            "3: the application is not one of the rule's");
  }

  @Test
  void theDefaultTakesWhatNoRuleMatchedAndARetiredDefaultFallsToTheFirstGroup() {
    Draft draft = ticket(PACS, "IMAGING", "nothing special");
    var withDefault = new RoutingRules(List.of(), Map.of(Tier.L2, RADIOLOGY.id()), Map.of());
    assertThat(withDefault.decide(Tier.L2, draft, BY_ID, () -> GROUPS))
        .satisfies(d -> assertThat(d.basis()).isEqualTo(Basis.DEFAULT))
        .satisfies(d -> assertThat(d.group()).contains(RADIOLOGY));
    var retiredDefault = new RoutingRules(List.of(), Map.of(Tier.L2, RETIRED.id()), Map.of());
    assertThat(retiredDefault.decide(Tier.L2, draft, BY_ID, () -> GROUPS).group())
        .contains(ANALYTICS);
  }

  @Test
  void theGroupsAreReadOnlyWhenNeitherARuleNorTheDefaultDecides() {
    var rules =
        new RoutingRules(
            List.of(new Rule(1, Tier.L1, 0, OVERNIGHT.id(), apps(EPIC))),
            Map.of(Tier.L3, ENGINEERING.id()),
            Map.of());
    assertThat(
            rules
                .decide(
                    Tier.L1,
                    ticket(EPIC, "EHR", "x"),
                    BY_ID,
                    () -> {
                      throw new AssertionError("groups read although a rule decided");
                    })
                .group())
        .contains(OVERNIGHT);
  }

  @Test
  void aTicketWithoutApplicationIsTriagedByTheHospitalsOwnFirstL1Group() {
    Draft triage = new Draft(TicketType.INCIDENT, null, null, 2, "help", null, null);
    var decision = RoutingRules.NONE.decide(Tier.L1, triage, BY_ID, () -> GROUPS);
    assertThat(decision.group()).contains(SERVICE_DESK); // not the partner's overnight desk
    assertThat(decision.basis()).isEqualTo(Basis.FIRST_GROUP);
    // a ticket that names an application goes to the first L1 group by name, partner's or not
    assertThat(
            RoutingRules.NONE
                .decide(Tier.L1, ticket(EPIC, "EHR", "x"), BY_ID, () -> GROUPS)
                .group())
        .contains(OVERNIGHT);
  }

  @Test
  void aTierNobodyWorksHasNoGroup() {
    var decision =
        RoutingRules.NONE.decide(Tier.VENDOR, ticket(EPIC, "EHR", "x"), BY_ID, () -> GROUPS);
    assertThat(decision.group()).isEmpty();
    assertThat(decision.basis()).isEqualTo(Basis.NONE);
  }

  @Test
  void anEscalationGoesToTheGroupsTargetElseToTheNextTiersRules() {
    var rules =
        new RoutingRules(
            List.of(new Rule(3, Tier.L2, 0, CLINICAL.id(), apps(EPIC))),
            Map.of(),
            Map.of(SERVICE_DESK.id(), RADIOLOGY.id(), OVERNIGHT.id(), RETIRED.id()));
    Draft draft = ticket(EPIC, "EHR", "x");
    assertThat(rules.escalate(SERVICE_DESK, Tier.L2, draft, BY_ID, () -> GROUPS))
        .satisfies(d -> assertThat(d.group()).contains(RADIOLOGY))
        .satisfies(d -> assertThat(d.basis()).isEqualTo(Basis.ESCALATION_TARGET));
    // a retired target is passed over: the rules decide
    assertThat(rules.escalate(OVERNIGHT, Tier.L2, draft, BY_ID, () -> GROUPS).group())
        .contains(CLINICAL);
  }

  @Test
  void rulesThatNeedTheRequesterSayWhichTiers() {
    var rules =
        new RoutingRules(
            List.of(new Rule(5, Tier.L2, 0, CLINICAL.id(), department("Emergency"))),
            Map.of(),
            Map.of());
    assertThat(rules.readsRequester(Tier.L2)).isTrue();
    assertThat(rules.readsRequester(Tier.L1)).isFalse();
  }

  @Test
  void aRuleReadsAsASentence() {
    var rule =
        new Rule(
            9,
            Tier.L2,
            0,
            CLINICAL.id(),
            new Conditions(
                Set.of(EPIC, PACS),
                Set.of(),
                Set.of(TicketType.INCIDENT),
                Set.of(1, 2),
                Set.of("Emergency"),
                Set.of(),
                Set.of("down")));
    assertThat(
            RoutingRules.describe(
                rule,
                id -> id == EPIC ? "Epic" : "PACS",
                id -> BY_ID.apply(id).orElseThrow().name()))
        .isEqualTo(
            "Incidents for Epic or PACS with impact 1 or 2 from department Emergency whose title"
                + " says \"down\" go to Clinical Applications.");
  }

  @Test
  void wholeWordsIgnoreCaseAndPunctuation() {
    var pattern = RoutingRules.wholeWords(Set.of("label printer", "MRI"));
    assertThat(pattern.matcher("Label Printer jammed").find()).isTrue();
    assertThat(pattern.matcher("(mri) suite").find()).isTrue();
    assertThat(pattern.matcher("MRIs down").find()).isFalse();
    assertThat(pattern.matcher("labelprinter").find()).isFalse();
  }
}
