import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, saveFile } from '@/lib/api';
import type { Breaches, CoverageRiskAnswer, Operations, SlaPerformance } from '../types';
import { queryString } from '../hooks/use-insight-filters';
import { insightKeys } from './keys';

export const SLA_PATH = '/api/insights/sla';
export const BREACHES_PATH = '/api/insights/sla/breaches';
export const SLA_TICKETS_PATH = '/api/insights/sla/tickets';
export const OPERATIONS_PATH = '/api/insights/operations';
export const OPS_TICKETS_PATH = '/api/insights/operations/tickets';
export const COVERAGE_RISK_PATH = '/api/insights/coverage-risk';

/** One GET of an insight endpoint; a change of filters keeps the old figures until the new come. */
export function useInsight<T>(path: string, params: Record<string, string>, enabled = true) {
  const query = queryString(params);
  return useQuery({
    queryKey: insightKeys.get(path, query),
    queryFn: () => api.get<T>(`${path}?${query}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}

/** GET /api/insights/sla: compliance per period, grouped by one dimension. */
export function useSlaPerformance(params: Record<string, string>, enabled = true) {
  return useInsight<SlaPerformance>(SLA_PATH, params, enabled);
}

/** GET /api/insights/sla/breaches: a page of breaches with their causes. */
export function useBreaches(params: Record<string, string>) {
  return useInsight<Breaches>(BREACHES_PATH, params);
}

/** GET /api/insights/operations: volume, backlog, FCR, reopen, CSAT, escalations, forecast. */
export function useOperations(params: Record<string, string>) {
  return useInsight<Operations>(OPERATIONS_PATH, params);
}

/** GET /api/insights/coverage-risk: GOOD/RISK/GAP per week and what is at risk now. */
export function useCoverageRisk(params: Record<string, string>) {
  return useInsight<CoverageRiskAnswer>(COVERAGE_RISK_PATH, params);
}

/** The URL of a list as CSV: the same filters, `format=csv`. */
export function csvUrl(path: string, params: Record<string, string>): string {
  const rest = Object.fromEntries(
    Object.entries(params).filter(([key]) => key !== 'page' && key !== 'size'),
  );
  return `${path}?${queryString({ ...rest, format: 'csv' })}`;
}

/** Downloads a file with the bearer token (a plain link cannot carry it) and saves it. */
export async function downloadFile(url: string, filename: string, accept: string) {
  saveFile(await api.download(url, accept), filename);
}

/**
 * Opens a server-rendered page (the printable matrix) in a new tab. The tab is opened before the
 * fetch, while the click still counts as the user's, so that pop-up blockers let it through.
 */
export async function openPage(url: string) {
  const tab = window.open('', '_blank');
  try {
    const page = await api.download(url, 'text/html');
    if (tab) tab.location.href = URL.createObjectURL(page);
  } catch (e) {
    tab?.close();
    throw e;
  }
}
