import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import {
  PAGE_SIZE,
  type ImportReport,
  type Invited,
  type LinkSent,
  type NewInvitation,
  type OrganizationRef,
  type User,
  type UserChange,
  type UserFilters,
  type UserPage,
} from '../types';
import { userKeys } from './keys';

const BASE = '/api/users';

function query(filters: UserFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.role) params.set('role', filters.role);
  if (filters.organizationId !== null) params.set('organizationId', String(filters.organizationId));
  if (filters.enabled !== 'all') params.set('enabled', String(filters.enabled === 'enabled'));
  params.set('page', String(filters.page));
  params.set('size', String(PAGE_SIZE));
  return params.toString();
}

/** GET /api/users: the hospital's people by name, filtered and paged. */
export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => api.get<UserPage>(`${BASE}?${query(filters)}`),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/users/organizations: the hospital, then its partners. */
export function useUserOrganizations() {
  return useQuery({
    queryKey: userKeys.organizations,
    queryFn: () => api.get<OrganizationRef[]>(`${BASE}/organizations`),
  });
}

function useUserMutation<A, R>(call: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** PUT /api/users/{id}. */
export function useChangeUser() {
  return useUserMutation(({ id, change }: { id: number; change: UserChange }) =>
    api.put<User>(`${BASE}/${id}`, change),
  );
}

/** POST /api/users/{id}/disable or /enable. */
export function useSetUserEnabled() {
  return useUserMutation(({ id, enabled }: { id: number; enabled: boolean }) =>
    api.post<User>(`${BASE}/${id}/${enabled ? 'enable' : 'disable'}`),
  );
}

/** POST /api/users/{id}/password-reset. */
export function useResetPassword() {
  return useUserMutation((id: number) => api.post<LinkSent>(`${BASE}/${id}/password-reset`));
}

/** POST /api/users/invitations. */
export function useInviteUser() {
  return useUserMutation((invitation: NewInvitation) =>
    api.post<Invited>(`${BASE}/invitations`, invitation),
  );
}

/** POST /api/users/import: a CSV file, answered with a row report. */
export function useImportUsers() {
  return useUserMutation((file: Blob) =>
    api.upload<ImportReport>(`${BASE}/import`, file, 'text/csv'),
  );
}
