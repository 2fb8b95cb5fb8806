import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  ApplicationChoice,
  DefaultView,
  EscalationView,
  GroupRef,
  PreviewRequest,
  RoutingPreview,
  RoutingRule,
  RulePage,
  RuleRequest,
  Tier,
} from '../types';
import { routingKeys } from './keys';

/** A tier holds at most 500 rules (the backend's limit): one page is all of them. */
const ALL = 500;

/** GET /api/routing-rules?tier=: the tier's rules in the order they are tried. */
export function useRoutingRules(tier: Tier) {
  return useQuery({
    queryKey: routingKeys.rules(tier),
    queryFn: () => api.get<RulePage>(`/api/routing-rules?tier=${tier}&size=${ALL}`),
  });
}

/** GET /api/routing-rules/groups: every group a rule may name, retired ones flagged. */
export function useRoutingGroups() {
  return useQuery({
    queryKey: routingKeys.groups,
    queryFn: () => api.get<GroupRef[]>('/api/routing-rules/groups'),
  });
}

/** GET /api/routing-rules/defaults: the default group of each tier. */
export function useRoutingDefaults() {
  return useQuery({
    queryKey: routingKeys.defaults,
    queryFn: () => api.get<DefaultView[]>('/api/routing-rules/defaults'),
  });
}

/** GET /api/routing-rules/escalations: each group's escalation target. */
export function useEscalations() {
  return useQuery({
    queryKey: routingKeys.escalations,
    queryFn: () => api.get<EscalationView[]>('/api/routing-rules/escalations'),
  });
}

interface ApplicationPage {
  items: ApplicationChoice[];
}

/** GET /api/applications: the catalog (names and categories) for the condition pickers. */
export function useRoutingApplications() {
  return useQuery({
    queryKey: routingKeys.applications,
    queryFn: () => api.get<ApplicationPage>(`/api/applications?page=0&size=${ALL}`),
    select: (page) =>
      page.items.map(({ id, name, category }) => ({ id, name, category })) as ApplicationChoice[],
    staleTime: 5 * 60_000,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: routingKeys.all });
}

/** POST /api/routing-rules: a rule at the end of its tier. */
export function useCreateRule() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (rule: RuleRequest) => api.post<RoutingRule>('/api/routing-rules', rule),
    onSuccess: refresh,
  });
}

/** PUT /api/routing-rules/{id} with the version read. */
export function useUpdateRule() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, rule }: { id: number; rule: RuleRequest }) =>
      api.put<RoutingRule>(`/api/routing-rules/${id}`, rule),
    onSuccess: refresh,
  });
}

/** DELETE /api/routing-rules/{id}?version=. */
export function useDeleteRule() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      api.delete<void>(`/api/routing-rules/${id}?version=${version}`),
    onSuccess: refresh,
  });
}

/** PUT /api/routing-rules/order: the tier's rules in a new order. */
export function useReorderRules() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ tier, ids }: { tier: Tier; ids: number[] }) =>
      api.put<RulePage>('/api/routing-rules/order', { tier, ids }),
    onSuccess: refresh,
  });
}

/** PUT /api/routing-rules/defaults/{tier}; null clears it. */
export function useSetDefault() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ tier, groupId }: { tier: Tier; groupId: number | null }) =>
      api.put<DefaultView>(`/api/routing-rules/defaults/${tier}`, { groupId }),
    onSuccess: refresh,
  });
}

/** PUT /api/routing-rules/escalations/{groupId}; null hands escalations to the rules. */
export function useSetEscalation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ groupId, targetGroupId }: { groupId: number; targetGroupId: number | null }) =>
      api.put<EscalationView>(`/api/routing-rules/escalations/${groupId}`, { targetGroupId }),
    onSuccess: refresh,
  });
}

/** POST /api/routing-rules/preview: where a ticket draft would go, and why. Saves nothing. */
export function useRoutingPreview() {
  return useMutation({
    mutationFn: (draft: PreviewRequest) =>
      api.post<RoutingPreview>('/api/routing-rules/preview', draft),
  });
}
