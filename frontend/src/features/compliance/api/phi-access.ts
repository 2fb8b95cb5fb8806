import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, ApiError, type ProblemDetails } from '@/lib/api';
import { getToken } from '@/lib/session';
import type { PhiAccessFilters, PhiAccessPage } from '../types';
import { apiQuery } from '../utils/filters';
import { complianceKeys } from './keys';

export function getPhiAccess(filters: PhiAccessFilters): Promise<PhiAccessPage> {
  return api.get<PhiAccessPage>(`/api/phi-access?${apiQuery(filters).toString()}`);
}

/** GET /api/phi-access: one page of the log, newest first. Keeps the last page while the next loads. */
export function usePhiAccess(filters: PhiAccessFilters, enabled = true) {
  return useQuery({
    queryKey: complianceKeys.phiAccess(filters),
    queryFn: () => getPhiAccess(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

async function failure(response: Response): Promise<ApiError> {
  let problem: ProblemDetails | undefined;
  try {
    problem = (await response.json()) as ProblemDetails;
  } catch {
    // not JSON: the status says enough
  }
  return new ApiError({
    status: response.status,
    title:
      typeof problem?.title === 'string' ? problem.title : `Export failed (${response.status})`,
    detail: typeof problem?.detail === 'string' ? problem.detail : undefined,
    problem,
  });
}

/** "phi-access_2026-11-01_to_2026-11-23_partner_INC-000123.csv": what the file holds, in its name. */
export function exportFileName(filters: PhiAccessFilters): string {
  const parts = ['phi-access'];
  if (filters.from || filters.to)
    parts.push(`${filters.from || 'start'}_to_${filters.to || 'now'}`);
  if (filters.username.trim()) parts.push(filters.username.trim());
  if (filters.ticket.trim()) parts.push(filters.ticket.trim().toUpperCase());
  return `${parts.join('_').replace(/[^\w.-]+/g, '-')}.csv`;
}

/**
 * GET /api/phi-access/export.csv with the bearer token (a plain link would carry none), saved as a
 * file. Returns the number of rows the file holds.
 */
export async function downloadPhiAccessCsv(filters: PhiAccessFilters): Promise<number> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(`/api/phi-access/export.csv?${apiQuery(filters, false).toString()}`, {
      headers: {
        Accept: 'text/csv, application/problem+json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Medley is not reachable',
      detail: 'Check your network connection and try again.',
    });
  }
  if (!response.ok) throw await failure(response);
  const text = await response.text();
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const rows = Math.max(0, text.split(/\r?\n/).filter((line) => line !== '').length - 1);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(filters);
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
  return rows;
}

export function useExportPhiAccess() {
  return useMutation({ mutationFn: downloadPhiAccessCsv });
}
