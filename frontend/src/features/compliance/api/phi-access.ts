import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, saveFile } from '@/lib/api';
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
  const blob = await api.download(
    `/api/phi-access/export.csv?${apiQuery(filters, false).toString()}`,
    'text/csv',
  );
  const text = await blob.text();
  const rows = Math.max(0, text.split(/\r?\n/).filter((line) => line !== '').length - 1);
  saveFile(blob, exportFileName(filters));
  return rows;
}

export function useExportPhiAccess() {
  return useMutation({ mutationFn: downloadPhiAccessCsv });
}
