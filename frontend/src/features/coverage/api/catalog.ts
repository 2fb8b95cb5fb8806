import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Page, ShiftView, StaffKind } from '../types';
import { coverageKeys } from './keys';

export interface Application {
  id: number;
  name: string;
  vendor: string;
  category: string;
  criticality: number;
  lifecycle: string;
  calendarId: number;
  calendar: string | null;
  version: number;
  /** Other names people search by, e.g. "Hyperspace" for Epic's desktop client. */
  aliases: string[];
}

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
}

export function useApplications(q: string, page: number, size: number) {
  return useQuery({
    queryKey: ['catalog', 'applications', q, page, size],
    queryFn: () => {
      const query = new URLSearchParams({ page: String(page), size: String(size) });
      if (q.trim()) query.set('q', q.trim());
      return api.get<Page<Application>>(`/api/applications?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function useStaff(q: string, page: number, size: number) {
  return useQuery({
    queryKey: ['catalog', 'staff', q, page, size],
    queryFn: () => {
      const query = new URLSearchParams({ page: String(page), size: String(size) });
      if (q.trim()) query.set('q', q.trim());
      return api.get<Page<StaffMember>>(`/api/staff?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function useCalendarNames() {
  return useQuery({
    queryKey: ['catalog', 'calendars'],
    queryFn: () => api.get<Page<{ id: number; name: string }>>('/api/calendars?page=0&size=200'),
    staleTime: 60_000,
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
      void client.invalidateQueries({ queryKey: ['catalog'] });
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
  'id' | 'employer' | 'employerId' | 'version' | 'email'
> & {
  email: string;
  employerId: number | null;
  version?: number;
};

/** GET /api/staff/employers: the hospital (internal staff), then its partners (contracted). */
export function useEmployers() {
  return useQuery({
    queryKey: ['catalog', 'employers'],
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
      void client.invalidateQueries({ queryKey: ['catalog'] });
      void client.invalidateQueries({ queryKey: coverageKeys.all });
    },
  });
}

export interface SkillInput {
  staffId: number;
  applicationId: number;
  level: number;
  verifiedOn: string | null;
}

/** PUT /api/skills: sets a person's level on an application (0–4), with when it was verified. */
export function useSetSkill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SkillInput) => api.put('/api/skills', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}
