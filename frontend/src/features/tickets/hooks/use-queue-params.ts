import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DeskCopy } from '../components/desk-copy';
import type { QueueFilterValues } from '../components/QueueFilters';
import {
  OPEN_STATUSES,
  SORTS,
  type Priority,
  type Queue,
  type Sort,
  type TicketListParams,
  type TicketStatus,
  type Tier,
} from '../types';

export const PAGE_SIZE = 25;

function list<T extends string>(value: string | null): T[] {
  return value ? (value.split(',').filter(Boolean) as T[]) : [];
}

function numberOrNull(value: string | null): number | null {
  const parsed = value ? Number(value) : NaN;
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

/**
 * The queue screen's state, kept in the URL so a link or a reload shows the same queue: which
 * queue, its filters, sort and page. Any change but a page turn goes back to the first page, and
 * calls `onChange` (the screen clears its selection).
 */
export function useQueueParams(copy: DeskCopy, onChange: () => void) {
  const [params, setParams] = useSearchParams();
  const queues = copy.queues.map((entry) => entry.queue);
  const queue = (queues.find((q) => q === params.get('queue')) ?? queues[0]) as Queue;
  const sortParam = params.get('sort');
  const sort: Sort = (SORTS as readonly string[]).includes(sortParam ?? '')
    ? (sortParam as Sort)
    : queue === 'BREACHING_SOON'
      ? 'SLA_DUE'
      : 'UPDATED';
  const order: 'asc' | 'desc' =
    params.get('order') === 'asc'
      ? 'asc'
      : params.get('order') === 'desc'
        ? 'desc'
        : sort === 'SLA_DUE'
          ? 'asc'
          : 'desc';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filters: QueueFilterValues = {
    q: params.get('q') ?? '',
    status: list<TicketStatus>(params.get('status')),
    priority: list<Priority>(params.get('priority')),
    tier: (params.get('tier') as Tier | null) ?? null,
    groupId: numberOrNull(params.get('groupId')),
    applicationId: numberOrNull(params.get('applicationId')),
  };
  const filterKey = JSON.stringify(filters);
  const shared: Omit<TicketListParams, 'queue'> = useMemo(
    () => ({ ...(JSON.parse(filterKey) as QueueFilterValues) }),
    [filterKey],
  );
  // Working queues show open work unless a status is chosen; "All" shows everything.
  const openOnly = queue !== 'ALL' && filters.status.length === 0;
  const listParams: TicketListParams = {
    ...shared,
    status: openOnly ? OPEN_STATUSES : filters.status,
    queue,
    sort,
    order,
    page: page - 1,
    size: PAGE_SIZE,
  };

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
      onChange();
    },
    [setParams, onChange],
  );

  const setFilters = useCallback(
    (next: Partial<QueueFilterValues>) => {
      const changes: Record<string, string | null> = {};
      if ('q' in next) changes.q = next.q ?? null;
      if ('status' in next) changes.status = next.status?.join(',') ?? null;
      if ('priority' in next) changes.priority = next.priority?.join(',') ?? null;
      if ('tier' in next) changes.tier = next.tier ?? null;
      if ('groupId' in next) changes.groupId = next.groupId ? String(next.groupId) : null;
      if ('applicationId' in next)
        changes.applicationId = next.applicationId ? String(next.applicationId) : null;
      update(changes);
    },
    [update],
  );

  return {
    queues,
    queue,
    sort,
    order,
    page,
    filters,
    /** The filters, for the queue tabs' counts. */
    shared,
    listParams,
    setQueue: (value: string) => update({ queue: value, sort: null, order: null }),
    /** A click on a column: the other direction on the current one, its natural one on another. */
    sortBy: (column: Sort) =>
      update({
        sort: column,
        order:
          column === sort
            ? order === 'asc'
              ? 'desc'
              : 'asc'
            : column === 'SLA_DUE'
              ? 'asc'
              : 'desc',
      }),
    setPage: (next: number) => update({ page: String(next) }),
    setFilters,
  };
}
