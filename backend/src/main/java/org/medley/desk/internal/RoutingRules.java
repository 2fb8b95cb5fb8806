package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medley.coverage.Tier;
import org.medley.desk.TicketType;

/**
 * The hospital's routing rules: per tier an ordered list of rules, each a set of conditions and the
 * group that takes a ticket matching all of them; the first rule that matches wins. When none does,
 * the tier's default group takes it, and where no default is set, the tenant's first active group
 * at the tier by name (for a ticket filed without an application: the hospital's own first L1
 * group, since working out what such a ticket is about is the hospital's job). A retired group is
 * never chosen: its rule is passed over as if it did not match.
 *
 * <p>An escalation goes to the escalation target of the group that holds the ticket when one is
 * set, else wherever the rules of the next tier send it.
 *
 * <p>Pure: the caller hands in the rules and a way to look groups up; nothing here reads a table.
 */
final class RoutingRules {

  /** What a rule can look at; conditions left empty match anything. */
  record Conditions(
      Set<Long> applicationIds,
      Set<String> categories,
      Set<TicketType> types,
      Set<Integer> impacts,
      Set<String> departments,
      Set<String> locations,
      Set<String> titleWords) {

    static final Conditions NONE =
        new Conditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    Conditions {
      applicationIds = Set.copyOf(applicationIds);
      categories = Set.copyOf(categories);
      types = Set.copyOf(types);
      impacts = Set.copyOf(impacts);
      departments = Set.copyOf(departments);
      locations = Set.copyOf(locations);
      titleWords = Set.copyOf(titleWords);
    }

    boolean none() {
      return applicationIds.isEmpty()
          && categories.isEmpty()
          && types.isEmpty()
          && impacts.isEmpty()
          && departments.isEmpty()
          && locations.isEmpty()
          && titleWords.isEmpty();
    }

    /** Whether matching needs the requester's department or location. */
    boolean readsRequester() {
      return !departments.isEmpty() || !locations.isEmpty();
    }
  }

  /** One rule: at its position in its tier's list, conditions → group. */
  record Rule(long id, Tier tier, int position, long groupId, Conditions conditions) {}

  /**
   * The ticket as routing sees it. {@code applicationId} and {@code category} are null for a ticket
   * filed without an application; department and location are the requester's, null when unknown.
   */
  record Draft(
      TicketType type,
      @Nullable Long applicationId,
      @Nullable String category,
      int impact,
      String title,
      @Nullable String department,
      @Nullable String location) {

    boolean triage() {
      return applicationId == null;
    }
  }

  /** A rule that was tried and why it did not take the ticket. */
  record Miss(Rule rule, String reason) {}

  /** How the group was chosen. */
  enum Basis {
    RULE,
    DEFAULT,
    /** No rule matched and no default is set: the first active group at the tier by name. */
    FIRST_GROUP,
    ESCALATION_TARGET,
    /** No group can take the ticket at this tier. */
    NONE
  }

  record Decision(
      Tier tier,
      Optional<SupportGroupStore.Group> group,
      Basis basis,
      @Nullable Rule rule,
      List<Miss> misses) {}

  private final Map<Tier, List<Rule>> rules;
  private final Map<Tier, Long> defaults;
  private final Map<Long, Long> escalations;
  private final Map<Long, Pattern> titlePatterns;

  /**
   * @param rules every rule of the tenant, in any order
   * @param defaults the default group per tier, where set
   * @param escalations group → the group that takes its escalations
   */
  RoutingRules(List<Rule> rules, Map<Tier, Long> defaults, Map<Long, Long> escalations) {
    Map<Tier, List<Rule>> byTier = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      byTier.put(
          tier,
          rules.stream()
              .filter(r -> r.tier() == tier)
              .sorted(Comparator.comparingInt(Rule::position).thenComparingLong(Rule::id))
              .toList());
    }
    this.rules = byTier;
    this.defaults = Map.copyOf(defaults);
    this.escalations = Map.copyOf(escalations);
    this.titlePatterns =
        rules.stream()
            .filter(r -> !r.conditions().titleWords().isEmpty())
            .collect(
                Collectors.toMap(
                    Rule::id, r -> wholeWords(r.conditions().titleWords()), (a, b) -> a));
  }

  static final RoutingRules NONE = new RoutingRules(List.of(), Map.of(), Map.of());

  List<Rule> rules(Tier tier) {
    return rules.get(tier);
  }

  Optional<Long> defaultGroup(Tier tier) {
    return Optional.ofNullable(defaults.get(tier));
  }

  Map<Tier, Long> defaults() {
    return defaults;
  }

  Map<Long, Long> escalations() {
    return escalations;
  }

  /** Whether deciding at this tier may need the requester's department or location. */
  boolean readsRequester(Tier tier) {
    return rules.get(tier).stream().anyMatch(r -> r.conditions().readsRequester());
  }

  /**
   * The group that takes {@code draft} at {@code tier}.
   *
   * @param group a group of the tenant by id (empty for an unknown one)
   * @param groups the tenant's groups, read only when neither a rule nor the default decides
   */
  Decision decide(
      Tier tier,
      Draft draft,
      Function<Long, Optional<SupportGroupStore.Group>> group,
      Supplier<List<SupportGroupStore.Group>> groups) {
    List<Miss> misses = new ArrayList<>();
    for (Rule rule : rules.get(tier)) {
      Optional<String> mismatch = mismatch(rule, draft);
      if (mismatch.isPresent()) {
        misses.add(new Miss(rule, mismatch.get()));
        continue;
      }
      Optional<SupportGroupStore.Group> target = active(group.apply(rule.groupId()), tier);
      if (target.isEmpty()) {
        misses.add(new Miss(rule, "its group is retired or no longer works at " + tier));
        continue;
      }
      return new Decision(tier, target, Basis.RULE, rule, misses);
    }
    Long byDefault = defaults.get(tier);
    if (byDefault != null) {
      Optional<SupportGroupStore.Group> target = active(group.apply(byDefault), tier);
      if (target.isPresent()) {
        return new Decision(tier, target, Basis.DEFAULT, null, misses);
      }
    }
    Optional<SupportGroupStore.Group> first = firstGroup(groups.get(), tier, draft.triage());
    return new Decision(
        tier, first, first.isPresent() ? Basis.FIRST_GROUP : Basis.NONE, null, misses);
  }

  /**
   * Where a ticket held by {@code from} goes when it escalates to {@code next}: the group's
   * escalation target when one is set and can take it, else the next tier's rules.
   */
  Decision escalate(
      SupportGroupStore.Group from,
      Tier next,
      Draft draft,
      Function<Long, Optional<SupportGroupStore.Group>> group,
      Supplier<List<SupportGroupStore.Group>> groups) {
    Long target = escalations.get(from.id());
    if (target != null) {
      Optional<SupportGroupStore.Group> chosen = active(group.apply(target), next);
      if (chosen.isPresent()) {
        return new Decision(next, chosen, Basis.ESCALATION_TARGET, null, List.of());
      }
    }
    return decide(next, draft, group, groups);
  }

  /** The first condition of the rule the draft fails, said in words; empty when all hold. */
  Optional<String> mismatch(Rule rule, Draft draft) {
    Conditions c = rule.conditions();
    if (!c.applicationIds().isEmpty()
        && (draft.applicationId() == null || !c.applicationIds().contains(draft.applicationId()))) {
      return Optional.of(
          draft.applicationId() == null
              ? "the ticket names no application"
              : "the application is not one of the rule's");
    }
    if (!c.categories().isEmpty() && !containsIgnoringCase(c.categories(), draft.category())) {
      return Optional.of(
          draft.category() == null
              ? "the ticket names no application, so it has no category"
              : "the application's category " + draft.category() + " is not one of the rule's");
    }
    if (!c.types().isEmpty() && !c.types().contains(draft.type())) {
      return Optional.of("the ticket is " + typeName(draft.type()) + ", not " + types(c.types()));
    }
    if (!c.impacts().isEmpty() && !c.impacts().contains(draft.impact())) {
      return Optional.of("the impact is " + draft.impact() + ", not " + joined(c.impacts()));
    }
    if (!c.departments().isEmpty() && !containsIgnoringCase(c.departments(), draft.department())) {
      return Optional.of(
          draft.department() == null
              ? "the requester has no department on record"
              : "the requester's department " + draft.department() + " is not one of the rule's");
    }
    if (!c.locations().isEmpty() && !containsIgnoringCase(c.locations(), draft.location())) {
      return Optional.of(
          draft.location() == null
              ? "the requester has no location on record"
              : "the requester's location " + draft.location() + " is not one of the rule's");
    }
    if (!c.titleWords().isEmpty()) {
      Pattern words = titlePatterns.getOrDefault(rule.id(), wholeWords(c.titleWords()));
      if (!words.matcher(draft.title()).find()) {
        return Optional.of("the title has none of the words " + quoted(c.titleWords()));
      }
    }
    return Optional.empty();
  }

  /**
   * The rule in one sentence, e.g. "Tickets for Epic Ambulatory or Cerner Lab with impact 1 go to
   * Clinical Applications."
   */
  static String describe(
      Rule rule, Function<Long, String> applicationName, Function<Long, String> groupName) {
    Conditions c = rule.conditions();
    List<String> parts = new ArrayList<>();
    if (!c.types().isEmpty()) {
      parts.add(
          c.types().stream()
              .sorted()
              .map(t -> t == TicketType.INCIDENT ? "Incidents" : "Service requests")
              .collect(Collectors.joining(" and ")));
    } else {
      parts.add("Tickets");
    }
    if (!c.applicationIds().isEmpty()) {
      parts.add(
          "for " + orList(c.applicationIds().stream().sorted().map(applicationName).toList()));
    }
    if (!c.categories().isEmpty()) {
      parts.add("in category " + orList(c.categories().stream().sorted().toList()));
    }
    if (!c.impacts().isEmpty()) {
      parts.add(
          "with impact " + orList(c.impacts().stream().sorted().map(String::valueOf).toList()));
    }
    if (!c.departments().isEmpty()) {
      parts.add("from department " + orList(c.departments().stream().sorted().toList()));
    }
    if (!c.locations().isEmpty()) {
      parts.add("at " + orList(c.locations().stream().sorted().toList()));
    }
    if (!c.titleWords().isEmpty()) {
      parts.add(
          "whose title says "
              + orList(c.titleWords().stream().sorted().map(w -> "\"" + w + "\"").toList()));
    }
    return String.join(" ", parts) + " go to " + groupName.apply(rule.groupId()) + ".";
  }

  static Optional<SupportGroupStore.Group> firstGroup(
      List<SupportGroupStore.Group> groups, Tier tier, boolean triage) {
    return groups.stream()
        .filter(g -> g.tier() == tier && !g.retired())
        // A partner's L1 desk (an overnight desk) never triages.
        .filter(g -> !(triage && tier == Tier.L1 && g.partnerId() != null))
        .min(
            Comparator.comparing(SupportGroupStore.Group::name)
                .thenComparing(SupportGroupStore.Group::id));
  }

  private static Optional<SupportGroupStore.Group> active(
      Optional<SupportGroupStore.Group> group, Tier tier) {
    return group.filter(g -> !g.retired() && g.tier() == tier);
  }

  /** The words and phrases as whole words, ignoring case: "scan" is not found in "scanner". */
  static Pattern wholeWords(Set<String> words) {
    String alternatives =
        words.stream()
            .map(String::strip)
            .filter(w -> !w.isEmpty())
            .sorted()
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static boolean containsIgnoringCase(Set<String> values, @Nullable String value) {
    if (value == null) {
      return false;
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).equals(wanted));
  }

  private static String typeName(TicketType type) {
    return type == TicketType.INCIDENT ? "an incident" : "a service request";
  }

  private static String types(Set<TicketType> types) {
    return types.stream().sorted().map(RoutingRules::typeName).collect(Collectors.joining(" or "));
  }

  private static String joined(Set<Integer> values) {
    return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "));
  }

  private static String quoted(Set<String> words) {
    return words.stream().sorted().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
  }

  private static String orList(List<String> values) {
    if (values.size() <= 1) {
      return String.join("", values);
    }
    return String.join(", ", values.subList(0, values.size() - 1))
        + " or "
        + values.get(values.size() - 1);
  }
}
