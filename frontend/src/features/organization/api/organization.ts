import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { OrganizationAuditPage, OrganizationChange, OrganizationSettings } from '../types';

export const organizationKeys = {
  all: ['organization'] as const,
  settings: ['organization', 'settings'] as const,
  audit: (size: number) => ['organization', 'audit', size] as const,
};

/** GET /api/organization (administrators). */
export function useOrganizationSettings() {
  return useQuery({
    queryKey: organizationKeys.settings,
    queryFn: () => api.get<OrganizationSettings>('/api/organization'),
  });
}

/** GET /api/organization/audit: the most recent changes. */
export function useOrganizationAudit(size = 10) {
  return useQuery({
    queryKey: organizationKeys.audit(size),
    queryFn: () => api.get<OrganizationAuditPage>(`/api/organization/audit?size=${size}`),
  });
}

/** PUT /api/organization; the answer replaces the cached settings and the audit reloads. */
export function useSaveOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: OrganizationChange) =>
      api.put<OrganizationSettings>('/api/organization', change),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationKeys.settings, saved);
      return queryClient.invalidateQueries({ queryKey: ['organization', 'audit'] });
    },
  });
}
