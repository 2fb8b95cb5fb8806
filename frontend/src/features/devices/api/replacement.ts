import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, saveFile } from '@/lib/api';
import type { AuditFormat, ReplacementParams, ReplacementPlan } from '../types';

export const replacementKeys = {
  plan: (params: ReplacementParams, page: number, size: number) =>
    ['devices', 'replacement-plan', params, page, size] as const,
};

function query(params: ReplacementParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.site !== null) search.set('site', params.site);
  if (params.deviceClass !== null) search.set('deviceClass', params.deviceClass);
  if (params.modelId !== null) search.set('modelId', String(params.modelId));
  if (params.from !== null) search.set('from', params.from);
  if (params.to !== null) search.set('to', params.to);
  return search;
}

/** GET /api/devices/replacement-plan: one page of the ranked plan, with its model figures. */
export function useReplacementPlan(params: ReplacementParams, page: number, size: number) {
  return useQuery({
    queryKey: replacementKeys.plan(params, page, size),
    queryFn: () => {
      const search = query(params);
      search.set('page', String(page));
      search.set('size', String(size));
      return api.get<ReplacementPlan>(`/api/devices/replacement-plan?${search.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** GET /api/devices/replacement-plan/export with the plan's filters, saved as a CSV file. */
export async function downloadReplacementPlan(params: ReplacementParams): Promise<void> {
  const search = query(params).toString();
  const blob = await api.download(
    `/api/devices/replacement-plan/export${search ? `?${search}` : ''}`,
    'text/csv',
  );
  saveFile(blob, 'medley-replacement-plan.csv');
}

/** GET /api/htm/audit-export: a site's maintenance record for a period, saved as CSV or PDF. */
export async function downloadAuditExport(
  site: string,
  from: string,
  to: string,
  format: AuditFormat,
): Promise<void> {
  const search = new URLSearchParams({ site, from, to, format });
  const blob = await api.download(
    `/api/htm/audit-export?${search.toString()}`,
    format === 'pdf' ? 'application/pdf' : 'text/csv',
  );
  saveFile(
    blob,
    `medley-audit-record-${site.replace(/[^A-Za-z0-9-]+/g, '-')}-${from}-${to}.${format}`,
  );
}
