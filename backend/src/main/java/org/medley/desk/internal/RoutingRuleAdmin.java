package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.medley.coverage.Catalog;
import org.medley.coverage.Tier;
import org.medley.desk.TicketType;
import org.medley.desk.internal.RoutingRules.Conditions;
import org.medley.desk.internal.RoutingRules.Rule;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.platform.Refused;

/**
 * The admin's side of routing: rules per tier, their order, the default group per tier, the
 * escalation target per group, the audit of every change, and the "where would this ticket go"
 * preview. A write commits, then drops this node's kept rules ({@link RoutingTables}).
 */
@Singleton
class RoutingRuleAdmin {

  /** Enough for a rule per application of a large catalog, small enough to list on one page. */
  static final int MAX_RULES_PER_TIER = 500;

  private static final int MAX_TERMS = 50;
  private static final int MAX_TERM_LENGTH = 100;

  private final RoutingRuleStore store;
  private final RoutingTables tables;
  private final Routing routing;
  private final SupportGroupStore groups;
  private final Catalog catalog;
  private final Accounts accounts;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  RoutingRuleAdmin(
      RoutingRuleStore store,
      RoutingTables tables,
      Routing routing,
      SupportGroupStore groups,
      Catalog catalog,
      Accounts accounts,
      TransactionOperations<Connection> transactions,
      Clock clock) {
    this.store = store;
    this.tables = tables;
    this.routing = routing;
    this.groups = groups;
    this.catalog = catalog;
    this.accounts = accounts;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Serdeable
  record GroupRef(long id, String name, Tier tier, boolean retired) {}

  @Serdeable
  record ApplicationRef(long id, String name) {}

  @Serdeable
  record RuleView(
      long id,
      Tier tier,
      int position,
      GroupRef group,
      List<ApplicationRef> applications,
      List<String> categories,
      List<TicketType> types,
      List<Integer> impacts,
      List<String> departments,
      List<String> locations,
      List<String> titleWords,
      String description,
      long version,
      String updatedBy,
      Instant updatedAt) {}

  @Serdeable
  record RulePage(List<RuleView> items, int page, int size, long total) {}

  /** A rule as written; lists left empty match anything. */
  record Draft(
      Tier tier,
      long groupId,
      List<Long> applicationIds,
      List<String> categories,
      List<TicketType> types,
      List<Integer> impacts,
      List<String> departments,
      List<String> locations,
      List<String> titleWords) {}

  @Serdeable
  record DefaultView(Tier tier, @Nullable GroupRef group) {}

  @Serdeable
  record EscalationView(GroupRef group, Tier nextTier, @Nullable GroupRef target) {}

  @Serdeable
  record PassedOver(long ruleId, int position, String description, String reason) {}

  @Serdeable
  record MatchedRule(long id, int position, String description) {}

  /**
   * @param basis RULE, DEFAULT, FIRST_GROUP or NONE
   * @param explanation the decision in one sentence
   */
  @Serdeable
  record Preview(
      Tier tier,
      @Nullable GroupRef group,
      String basis,
      @Nullable MatchedRule rule,
      String explanation,
      List<PassedOver> passedOver) {}

  record PreviewDraft(
      Tier tier,
      TicketType type,
      @Nullable Long applicationId,
      int impact,
      String title,
      @Nullable Long requesterId) {}

  @Serdeable
  record AuditPage(List<RoutingRuleStore.AuditEntry> items, int page, int size, long total) {}

  // ---- reads

  RulePage list(Caller caller, @Nullable Tier tier, int page, int size) {
    return transactions.executeRead(
        status -> {
          long tenant = caller.tenantId();
          List<RoutingRuleStore.Stored> all =
              store.table(tenant).rules().stream()
                  .filter(r -> tier == null || r.rule().tier() == tier)
                  .toList();
          Names names = names(tenant);
          int from = (int) Math.min((long) page * size, all.size());
          int to = Math.min(from + size, all.size());
          List<RuleView> items = new ArrayList<>();
          for (int i = from; i < to; i++) {
            items.add(view(all.get(i), names));
          }
          return new RulePage(items, page, size, all.size());
        });
  }

  RuleView get(Caller caller, long id) {
    return transactions.executeRead(status -> view(caller.tenantId(), id));
  }

  List<GroupRef> groups(Caller caller) {
    return transactions.executeRead(
        status -> groups.groups(caller.tenantId()).stream().map(RoutingRuleAdmin::ref).toList());
  }

  List<DefaultView> defaults(Caller caller) {
    return transactions.executeRead(
        status -> {
          long tenant = caller.tenantId();
          Map<Tier, Long> defaults = store.table(tenant).defaults();
          Names names = names(tenant);
          List<DefaultView> views = new ArrayList<>();
          for (Tier tier : Tier.values()) {
            Long group = defaults.get(tier);
            views.add(new DefaultView(tier, group == null ? null : names.group(group)));
          }
          return views;
        });
  }

  /** Every group that can escalate (all but VENDOR groups), with its target where set. */
  List<EscalationView> escalations(Caller caller) {
    return transactions.executeRead(
        status -> {
          long tenant = caller.tenantId();
          Map<Long, Long> targets = store.table(tenant).escalations();
          Names names = names(tenant);
          return groups.groups(tenant).stream()
              .filter(g -> g.tier() != Tier.VENDOR && !g.retired())
              .map(
                  g -> {
                    Long target = targets.get(g.id());
                    return new EscalationView(
                        ref(g), next(g.tier()), target == null ? null : names.group(target));
                  })
              .toList();
        });
  }

  AuditPage audit(Caller caller, int page, int size) {
    return transactions.executeRead(
        status ->
            new AuditPage(
                store.auditPage(caller.tenantId(), page, size),
                page,
                size,
                store.auditCount(caller.tenantId())));
  }

  Preview preview(Caller caller, PreviewDraft draft) {
    return transactions.executeRead(
        status -> {
          long tenant = caller.tenantId();
          Catalog.ApplicationRef application =
              draft.applicationId() == null ? null : application(tenant, draft.applicationId());
          if (draft.requesterId() != null) {
            accounts
                .account(draft.requesterId())
                .filter(a -> a.tenantId() == tenant)
                .orElseThrow(() -> notFound("requesterId", "No such person."));
          }
          RoutingRules.Decision decision =
              routing.preview(
                  tenant,
                  draft.tier(),
                  draft.type(),
                  application,
                  draft.impact(),
                  draft.title().strip(),
                  draft.requesterId());
          Names names = names(tenant);
          List<PassedOver> passed =
              decision.misses().stream()
                  .map(
                      m ->
                          new PassedOver(
                              m.rule().id(),
                              m.rule().position(),
                              describe(m.rule(), names),
                              m.reason()))
                  .toList();
          GroupRef group = decision.group().map(RoutingRuleAdmin::ref).orElse(null);
          MatchedRule rule =
              decision.rule() == null
                  ? null
                  : new MatchedRule(
                      decision.rule().id(),
                      decision.rule().position(),
                      describe(decision.rule(), names));
          return new Preview(
              draft.tier(),
              group,
              decision.basis().name(),
              rule,
              explanation(decision, passed.size()),
              passed);
        });
  }

  private static String explanation(RoutingRules.Decision decision, int passedOver) {
    String tier = decision.tier().name();
    String group = decision.group().map(SupportGroupStore.Group::name).orElse("");
    String earlier =
        passedOver == 0
            ? ""
            : " after " + passedOver + (passedOver == 1 ? " earlier rule" : " earlier rules");
    return switch (decision.basis()) {
      case RULE ->
          "Rule "
              + (decision.rule().position() + 1)
              + " matched"
              + earlier
              + ": "
              + group
              + " takes it.";
      case DEFAULT -> "No " + tier + " rule matched; the default group " + group + " takes it.";
      case FIRST_GROUP ->
          "No "
              + tier
              + " rule matched and no default is set, so "
              + group
              + " (the first "
              + tier
              + " group by name) takes it. Set a default to choose.";
      case ESCALATION_TARGET -> group + " takes escalations from the ticket's group.";
      case NONE -> "No active " + tier + " group can take it: create one or set a default.";
    };
  }

  // ---- writes

  RuleView create(Caller caller, Draft draft) {
    long tenant = caller.tenantId();
    return write(
        tenant,
        () -> {
          Conditions conditions = checked(tenant, draft);
          Instant now = clock.instant();
          if (store.table(tenant).rules().stream()
                  .filter(r -> r.rule().tier() == draft.tier())
                  .count()
              >= MAX_RULES_PER_TIER) {
            throw Refused.conflict(
                "tier", draft.tier() + " already has " + MAX_RULES_PER_TIER + " rules.");
          }
          int ordinal = store.nextOrdinal(tenant, draft.tier());
          long id =
              store.insert(tenant, draft.tier(), ordinal, draft.groupId(), actor(caller), now);
          store.replaceConditions(id, conditions);
          RuleView view = view(tenant, id);
          store.audit(tenant, id, "CREATED", actor(caller), now, auditDetail(view));
          return view;
        });
  }

  RuleView update(Caller caller, long id, long version, Draft draft) {
    long tenant = caller.tenantId();
    return write(
        tenant,
        () -> {
          RoutingRuleStore.Stored current = stored(tenant, id);
          Conditions conditions = checked(tenant, draft);
          if (current.version() != version) {
            throw stale(current);
          }
          Instant now = clock.instant();
          // A rule moved to another tier goes to its end; otherwise it keeps its place.
          Integer ordinal =
              current.rule().tier() == draft.tier()
                  ? null
                  : store.nextOrdinal(tenant, draft.tier());
          if (!store.update(
              id, version, draft.tier(), ordinal, draft.groupId(), actor(caller), now)) {
            throw stale(stored(tenant, id));
          }
          store.replaceConditions(id, conditions);
          String before = describe(current.rule(), names(tenant));
          RuleView after = view(tenant, id);
          store.audit(
              tenant,
              id,
              "CHANGED",
              actor(caller),
              now,
              "was: " + before + "\nnow: " + auditDetail(after));
          return after;
        });
  }

  void delete(Caller caller, long id, long version) {
    long tenant = caller.tenantId();
    write(
        tenant,
        () -> {
          RoutingRuleStore.Stored current = stored(tenant, id);
          if (current.version() != version) {
            throw stale(current);
          }
          String description = describe(current.rule(), names(tenant));
          if (!store.delete(id, version)) {
            throw stale(stored(tenant, id));
          }
          store.audit(
              tenant,
              id,
              "DELETED",
              actor(caller),
              clock.instant(),
              current.rule().tier() + ": " + description);
          return null;
        });
  }

  /** Puts a tier's rules in the order given; {@code ids} must be exactly the tier's rules. */
  RulePage reorder(Caller caller, Tier tier, List<Long> ids) {
    long tenant = caller.tenantId();
    write(
        tenant,
        () -> {
          List<Long> current =
              store.table(tenant).rules().stream()
                  .filter(r -> r.rule().tier() == tier)
                  .map(r -> r.rule().id())
                  .toList();
          if (ids.size() != current.size() || !new HashSet<>(ids).equals(new HashSet<>(current))) {
            throw Refused.conflict(
                "ids",
                "The "
                    + tier
                    + " rules changed since you read them (there are "
                    + current.size()
                    + "): reload and order them again.");
          }
          if (ids.equals(current)) {
            return null;
          }
          Instant now = clock.instant();
          store.reorder(ids, actor(caller), now);
          store.audit(tenant, null, "REORDERED", actor(caller), now, tier + ": rule ids " + ids);
          return null;
        });
    return list(caller, tier, 0, MAX_RULES_PER_TIER);
  }

  DefaultView setDefault(Caller caller, Tier tier, @Nullable Long groupId) {
    long tenant = caller.tenantId();
    return write(
        tenant,
        () -> {
          SupportGroupStore.Group group =
              groupId == null ? null : usableGroup(tenant, groupId, tier, "groupId");
          Long before = store.table(tenant).defaults().get(tier);
          store.setDefault(tenant, tier, groupId);
          Names names = names(tenant);
          store.audit(
              tenant,
              null,
              "DEFAULT_SET",
              actor(caller),
              clock.instant(),
              tier
                  + " default: "
                  + (before == null ? "none" : names.group(before).name())
                  + " → "
                  + (group == null ? "none" : group.name()));
          return new DefaultView(tier, group == null ? null : ref(group));
        });
  }

  EscalationView setEscalation(Caller caller, long groupId, @Nullable Long targetGroupId) {
    long tenant = caller.tenantId();
    return write(
        tenant,
        () -> {
          SupportGroupStore.Group from =
              groups
                  .group(tenant, groupId)
                  .orElseThrow(() -> notFound("groupId", "No such support group."));
          if (from.tier() == Tier.VENDOR) {
            throw Refused.unprocessable(
                "groupId", from.name() + " works at VENDOR, the last tier: it escalates nowhere.");
          }
          Tier next = next(from.tier());
          SupportGroupStore.Group target =
              targetGroupId == null
                  ? null
                  : usableGroup(tenant, targetGroupId, next, "targetGroupId");
          Long before = store.table(tenant).escalations().get(groupId);
          store.setEscalation(tenant, groupId, targetGroupId);
          Names names = names(tenant);
          store.audit(
              tenant,
              null,
              "ESCALATION_SET",
              actor(caller),
              clock.instant(),
              from.name()
                  + " escalates to: "
                  + (before == null ? "the " + next + " rules" : names.group(before).name())
                  + " → "
                  + (target == null ? "the " + next + " rules" : target.name()));
          return new EscalationView(ref(from), next, target == null ? null : ref(target));
        });
  }

  private <T> T write(long tenant, Supplier<T> change) {
    try {
      return transactions.executeWrite(status -> change.get());
    } finally {
      tables.forget(tenant);
    }
  }

  // ---- checks

  private Conditions checked(long tenant, Draft draft) {
    usableGroup(tenant, draft.groupId(), draft.tier(), "groupId");
    Set<Long> applications = new LinkedHashSet<>();
    for (Long id : list(draft.applicationIds())) {
      if (id == null) {
        throw Refused.invalid("applicationIds", "must not contain null");
      }
      application(tenant, id);
      applications.add(id);
    }
    Set<Integer> impacts = new LinkedHashSet<>();
    for (Integer impact : list(draft.impacts())) {
      if (impact == null || impact < 1 || impact > 3) {
        throw Refused.invalid("impacts", "impact is 1 (high), 2 or 3 (low)");
      }
      impacts.add(impact);
    }
    Set<TicketType> types = new LinkedHashSet<>();
    for (TicketType type : list(draft.types())) {
      if (type == null) {
        throw Refused.invalid("types", "must not contain null");
      }
      types.add(type);
    }
    if (applications.size() > MAX_TERMS) {
      throw Refused.invalid("applicationIds", "at most " + MAX_TERMS + " applications");
    }
    Conditions conditions =
        new Conditions(
            applications,
            terms("categories", draft.categories()),
            types,
            impacts,
            terms("departments", draft.departments()),
            terms("locations", draft.locations()),
            terms("titleWords", draft.titleWords()));
    if (conditions.none()) {
      throw Refused.unprocessable(
          "conditions",
          "A rule needs at least one condition; to send everything else to a group, set the"
              + " tier's default group.");
    }
    return conditions;
  }

  /** Trimmed, without blanks or case-insensitive duplicates. */
  private static Set<String> terms(String field, @Nullable List<String> values) {
    Map<String, String> byKey = new java.util.LinkedHashMap<>();
    for (String value : list(values)) {
      if (value == null) {
        throw Refused.invalid(field, "must not contain null");
      }
      String term = value.strip().replaceAll("\\s+", " ");
      if (term.isEmpty()) {
        continue;
      }
      if (term.length() > MAX_TERM_LENGTH) {
        throw Refused.invalid(field, "each at most " + MAX_TERM_LENGTH + " characters");
      }
      if (term.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
        throw Refused.invalid(field, "must not contain control characters");
      }
      byKey.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
    }
    if (byKey.size() > MAX_TERMS) {
      throw Refused.invalid(field, "at most " + MAX_TERMS + " values");
    }
    return new LinkedHashSet<>(byKey.values());
  }

  private static <T> List<T> list(@Nullable List<T> values) {
    return values == null ? List.of() : values;
  }

  /** A group of the tenant that works at {@code tier} and is not retired. */
  private SupportGroupStore.Group usableGroup(long tenant, long groupId, Tier tier, String field) {
    SupportGroupStore.Group group =
        groups.group(tenant, groupId).orElseThrow(() -> notFound(field, "No such support group."));
    if (group.retired()) {
      throw Refused.unprocessable(
          field, group.name() + " is retired: choose a group that still takes tickets.");
    }
    if (group.tier() != tier) {
      throw Refused.unprocessable(
          field, group.name() + " works at " + group.tier() + ", not " + tier + ".");
    }
    return group;
  }

  private Catalog.ApplicationRef application(long tenant, long id) {
    return catalog
        .application(tenant, id)
        .orElseThrow(() -> notFound("applicationId", "No such application."));
  }

  private static Refused notFound(String field, String message) {
    return Refused.notFound(field, message);
  }

  private static Refused stale(RoutingRuleStore.Stored current) {
    return Refused.conflict(
        "version",
        "Someone changed this rule (now version "
            + current.version()
            + ", by "
            + current.updatedBy()
            + "): reload it.");
  }

  private RoutingRuleStore.Stored stored(long tenant, long id) {
    return store.table(tenant).rules().stream()
        .filter(r -> r.rule().id() == id)
        .findFirst()
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such routing rule."));
  }

  private static String actor(Caller caller) {
    return caller.displayName() + " (" + caller.username() + ")";
  }

  private static Tier next(Tier tier) {
    return Tier.values()[tier.ordinal() + 1];
  }

  // ---- views

  /** Group and application names of the tenant, read once per request. */
  private final class Names {
    private final long tenant;
    private final Map<Long, SupportGroupStore.Group> groupsById = new HashMap<>();
    private final Map<Long, String> applications = new HashMap<>();

    Names(long tenant) {
      this.tenant = tenant;
      groups.groups(tenant).forEach(g -> groupsById.put(g.id(), g));
    }

    GroupRef group(long id) {
      SupportGroupStore.Group group = groupsById.get(id);
      return group == null ? new GroupRef(id, "group " + id, Tier.L1, true) : ref(group);
    }

    String application(long id) {
      return applications.computeIfAbsent(
          id,
          a ->
              catalog
                  .application(tenant, a)
                  .map(Catalog.ApplicationRef::name)
                  .orElse("application " + a));
    }
  }

  private Names names(long tenant) {
    return new Names(tenant);
  }

  private static GroupRef ref(SupportGroupStore.Group group) {
    return new GroupRef(group.id(), group.name(), group.tier(), group.retired());
  }

  private static String describe(Rule rule, Names names) {
    Function<Long, String> group = id -> names.group(id).name();
    return RoutingRules.describe(rule, names::application, group);
  }

  private RuleView view(long tenant, long id) {
    List<RoutingRuleStore.Stored> all = store.table(tenant).rules();
    RoutingRuleStore.Stored stored =
        all.stream()
            .filter(r -> r.rule().id() == id)
            .findFirst()
            .orElseThrow(
                () -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such routing rule."));
    return view(stored, names(tenant));
  }

  private static RuleView view(RoutingRuleStore.Stored stored, Names names) {
    Rule rule = stored.rule();
    Conditions c = rule.conditions();
    return new RuleView(
        rule.id(),
        rule.tier(),
        rule.position(),
        names.group(rule.groupId()),
        c.applicationIds().stream()
            .sorted()
            .map(id -> new ApplicationRef(id, names.application(id)))
            .sorted(Comparator.comparing(ApplicationRef::name))
            .toList(),
        c.categories().stream().sorted().toList(),
        c.types().stream().sorted().toList(),
        c.impacts().stream().sorted().toList(),
        c.departments().stream().sorted().toList(),
        c.locations().stream().sorted().toList(),
        c.titleWords().stream().sorted().toList(),
        describe(rule, names),
        stored.version(),
        stored.updatedBy(),
        stored.updatedAt());
  }

  private static String auditDetail(RuleView view) {
    return view.tier() + " rule " + (view.position() + 1) + ": " + view.description();
  }
}
