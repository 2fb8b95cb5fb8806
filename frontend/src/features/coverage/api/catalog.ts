import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { components } from '@/lib/api-types';
import type { Page, ShiftView, StaffKind } from '../types';
import { coverageKeys, type ListParams } from './keys';

/**
 * One application of the catalog; `aliases` are other names people search by ("Hyperspace");
 * `vendorId`: the vendor of the hospital's directory its tickets escalate to (issue #20).
 */
export type Application = Required<components['schemas']['Views.ApplicationView']>;

export type ApplicationInput = Omit<Application, 'id' | 'calendar' | 'version'> & {
  version?: number;
};

export interface StaffMember {
  id: number;
  name: string;
  email: string | null;
  kind: StaffKind;
  employerId: number;
  employer: string;
  team: string | null;
  zone: string;
  capacityHours: number;
  shifts: ShiftView[];
  version: number;
  /** The sign-in account this person works under; null until someone links it. */
  accountId?: number | null;
  account?: SignIn | null;
}

/** The account a staff record names: who signs in as this person. */
export type SignIn = components['schemas']['Views.SignIn'];

/**
 * An account the editor may link; `staffId`/`staffName`: the record that names it already. Written
 * out because the generator types a generic page's items as empty objects.
 */
export interface SignInAccount {
  id: number;
  name: string;
  email?: string | null;
  username: string;
  staffId?: number | null;
  staffName?: string | null;
}

function listQuery({ q, page, size }: ListParams): string {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (q.trim()) query.set('q', q.trim());
  return query.toString();
}

/**
 * GET /api/applications: one page of the catalog, searched by name, vendor and aliases (the
 * catalog screen, and the portal's and queue's application pickers). Keeps the last page while
 * the next loads.
 */
export function useApplications(q: string, page: number, size: number) {
  const params = { q: q.trim(), page, size };
  return useQuery({
    queryKey: coverageKeys.applications(params),
    queryFn: () => api.get<Page<Application>>(`/api/applications?${listQuery(params)}`),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** GET /api/staff: one page of the staff list, searched by name. */
export function useStaff(q: string, page: number, size: number) {
  const params = { q: q.trim(), page, size };
  return useQuery({
    queryKey: coverageKeys.staff(params),
    queryFn: () => api.get<Page<StaffMember>>(`/api/staff?${listQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** Creates (no id) or changes (with id and version) an application. */
export function useSaveApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: ApplicationInput }) =>
      id === null
        ? api.post<Application>('/api/applications', input)
        : api.put<Application>(`/api/applications/${id}`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: coverageKeys.catalog });
      void client.invalidateQueries({ queryKey: coverageKeys.all });
    },
  });
}

export interface Employer {
  id: number;
  name: string;
  kind: StaffKind;
}

export type StaffInput = Omit<
  StaffMember,
  'id' | 'employer' | 'employerId' | 'version' | 'email' | 'account' | 'accountId'
> & {
  email: string;
  employerId: number | null;
  version?: number;
  /** Absent or null: not linked. */
  accountId: number | null;
};

/**
 * GET /api/staff/accounts: one page of the sign-in accounts a record of this employer may name,
 * searched by name, e-mail and username (the staff editor's picker).
 */
export function useSignInAccounts(employerId: number | null, q: string) {
  const params = { employerId, q: q.trim() };
  return useQuery({
    queryKey: coverageKeys.signIns(params),
    queryFn: () => {
      const query = new URLSearchParams({ employerId: String(employerId), size: '20' });
      if (params.q) query.set('q', params.q);
      return api.get<Page<SignInAccount>>(`/api/staff/accounts?${query.toString()}`);
    },
    enabled: employerId !== null,
    placeholderData: keepPreviousData,
  });
}

/** GET /api/staff/{id}: one staff member with the sign-in they work under. */
export function useStaffMember(id: number) {
  return useQuery({
    queryKey: coverageKeys.staffMember(id),
    queryFn: () => api.get<StaffMember>(`/api/staff/${id}`),
  });
}

/** GET /api/staff/employers: the hospital (internal staff), then its partners (contracted). */
export function useEmployers() {
  return useQuery({
    queryKey: coverageKeys.employers,
    queryFn: () => api.get<Employer[]>('/api/staff/employers'),
    staleTime: 60_000,
  });
}

/** Creates (no id) or changes (with id and version) a staff member and their shifts. */
export function useSaveStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: StaffInput }) =>
      id === null
        ? api.post<StaffMember>('/api/staff', input)
        : api.put<StaffMember>(`/api/staff/${id}`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: coverageKeys.catalog });
      void client.invalidateQueries({ queryKey: coverageKeys.all });
    },
  });
}

export interface SkillInput {
  staffId: number;
  applicationId: number;
  level: number;
  verifiedOn: string | null;
  /** The certification the skill rests on; null: none. */
  certification: string | null;
  /** Its last valid day; null: it does not expire. */
  certificationExpiresOn: string | null;
}

/** PUT /api/skills: sets a person's level on an application (0–4), with when it was verified. */
export function useSetSkill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SkillInput) => api.put('/api/skills', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}
