import type { PhiAccessFilters } from '../types';

export const PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in the address bar (?from=2026-11-01&to=2026-11-23&user=partner&ticket=INC-000123&page=2). */
export function filtersFromSearch(params: URLSearchParams): PhiAccessFilters {
  const page = Number(params.get('page') ?? '1');
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    username: params.get('user') ?? '',
    ticket: params.get('ticket') ?? '',
    // The address counts pages from 1, as people do; the API from 0.
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

/** Writes the filters into the address bar's parameters, leaving unrelated ones alone. */
export function filtersToSearch(
  filters: PhiAccessFilters,
  current: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string) => {
    if (value.trim()) next.set(key, value.trim());
    else next.delete(key);
  };
  set('from', filters.from);
  set('to', filters.to);
  set('user', filters.username);
  set('ticket', filters.ticket.toUpperCase());
  set('page', filters.page > 0 ? String(filters.page + 1) : '');
  return next;
}

/** Midnight at the start of a calendar date in the browser's time zone, as an ISO instant. */
export function startOfDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day).toISOString();
}

/** Midnight at the end of a calendar date (the next day's start), as an ISO instant. */
export function endOfDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day! + 1).toISOString();
}

/**
 * The API's query for these filters. Dates the person typed are whole days in their own time zone:
 * "to 23 Nov" includes all of 23 Nov. Something that is not a date is passed on as it is, so the
 * server's refusal names it instead of the filter silently disappearing.
 */
export function apiQuery(filters: PhiAccessFilters, paged = true): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.from)
    query.set('from', DATE.test(filters.from) ? startOfDay(filters.from) : filters.from);
  if (filters.to) query.set('to', DATE.test(filters.to) ? endOfDay(filters.to) : filters.to);
  if (filters.username.trim()) query.set('username', filters.username.trim());
  if (filters.ticket.trim()) query.set('ticket', filters.ticket.trim().toUpperCase());
  if (paged) {
    query.set('page', String(filters.page));
    query.set('size', String(PAGE_SIZE));
  }
  return query;
}

/** True when any filter narrows the log. */
export function isFiltered(filters: PhiAccessFilters): boolean {
  return Boolean(filters.from || filters.to || filters.username.trim() || filters.ticket.trim());
}

/** A problem the browser can spot before asking: the range runs backwards. */
export function rangeError(filters: Pick<PhiAccessFilters, 'from' | 'to'>): string | undefined {
  if (DATE.test(filters.from) && DATE.test(filters.to) && filters.to < filters.from) {
    return 'The end date is before the start date.';
  }
  return undefined;
}
