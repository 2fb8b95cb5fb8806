import { Alert, Badge, Button, Group, Paper, Tabs, Text, Tooltip } from '@mantine/core';
import { IconCopy, IconKeyboard, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { useQueueCounts, useTickets } from '../api/get-tickets';
import { transitionTicket } from '../api/transition-ticket';
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
import { useShortcuts } from '../hooks/use-shortcuts';
import type { BulkAction } from '../types/links';
import { BULK_COPY } from '../utils/bulk-edit';
import { BulkEditDialog } from './BulkEditDialog';
import { DESK_COPY, type DeskMode } from './desk-copy';
import { QueueFilters, type QueueFilterValues } from './QueueFilters';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TicketTable } from './TicketTable';
import { useQueryClient } from '@tanstack/react-query';
import { ticketKeys } from '../api/keys';
import { describeError } from '@/lib/errors';
import { ListPages } from '@/components/ListPages';
import { formatTotal, pageCount } from '../utils/totals';

const PAGE_SIZE = 25;
const BULK_ACTIONS = [
  { action: 'ASSIGN', icon: IconUsers },
  { action: 'CHANGE_GROUP', icon: IconUsersGroup },
  { action: 'RESOLVE_DUPLICATE', icon: IconCopy },
] as const;

function list<T extends string>(value: string | null): T[] {
  return value ? (value.split(',').filter(Boolean) as T[]) : [];
}

function numberOrNull(value: string | null): number | null {
  const parsed = value ? Number(value) : NaN;
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

/** The queue screen of the desk and of the partner desk; its state lives in the URL. */
export function Workspace({ mode }: { mode: DeskMode }) {
  const copy = DESK_COPY[mode];
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const queues = copy.queues.map((entry) => entry.queue);
  const queue = (queues.find((q) => q === params.get('queue')) ?? queues[0]) as Queue;
  const sortParam = params.get('sort');
  const sort: Sort = (SORTS as readonly string[]).includes(sortParam ?? '')
    ? (sortParam as Sort)
    : queue === 'BREACHING_SOON'
      ? 'SLA_DUE'
      : 'UPDATED';
  const order =
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
  const tickets = useTickets(listParams, { refetchInterval: 60_000 });
  const counts = useQueueCounts(queues, shared, OPEN_STATUSES);

  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [bulkAction, setBulkAction] = useState<BulkAction | null>(null);
  const bulkOpen = bulkAction !== null;
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

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
      setSelected(new Set());
      setCursor(0);
    },
    [setParams],
  );

  const onFilters = useCallback(
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

  const rows = tickets.data?.items ?? [];
  const current = rows[Math.min(cursor, rows.length - 1)];
  const open = (id: number) => void navigate(`${copy.basePath}/tickets/${id}`);

  const pickUp = async () => {
    if (!current) return;
    try {
      await transitionTicket(current.id, { to: 'IN_PROGRESS', version: current.version });
      setNotice({ color: 'teal', text: `You picked up ${current.number}.` });
    } catch (error) {
      const described = describeError(error);
      setNotice({
        color: 'orange',
        text: `${current.number} was not picked up: ${described.detail ?? described.title}`,
      });
    }
    await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
  };

  useShortcuts(
    {
      next: () => setCursor((index) => Math.min(index + 1, Math.max(rows.length - 1, 0))),
      previous: () => setCursor((index) => Math.max(index - 1, 0)),
      open: () => current && open(current.id),
      assignToMe: () => void pickUp(),
      search: () => searchRef.current?.focus(),
      help: () => setHelpOpen(true),
    },
    !bulkOpen && !helpOpen,
  );

  // Only rows on screen count: a selection made while the previous page was still shown is void.
  const selectedTickets = rows.filter((ticket) => selected.has(ticket.id));
  const listed = tickets.data ?? { total: 0, totalExact: true };
  const total = listed.total;
  const pages = pageCount(listed, PAGE_SIZE);
  const emptyText = copy.queues.find((entry) => entry.queue === queue)?.empty ?? '';

  return (
    <>
      <PageHeader
        title={copy.title}
        description={copy.description}
        aside={
          <Tooltip label="Keyboard shortcuts (?)">
            <Button
              variant="default"
              size="sm"
              leftSection={<IconKeyboard size={16} aria-hidden />}
              onClick={() => setHelpOpen(true)}
            >
              Shortcuts
            </Button>
          </Tooltip>
        }
      />
      <Tabs
        value={queue}
        onChange={(value) => value && update({ queue: value, sort: null, order: null })}
        mb="md"
      >
        <Tabs.List>
          {copy.queues.map((entry) => (
            <Tabs.Tab
              key={entry.queue}
              value={entry.queue}
              rightSection={
                <Badge
                  size="sm"
                  variant={entry.queue === queue ? 'filled' : 'light'}
                  color={
                    entry.queue === 'BREACHING_SOON' && counts[entry.queue]?.total ? 'red' : 'blue'
                  }
                  miw={32}
                >
                  {counts[entry.queue] ? formatTotal(counts[entry.queue]!) : '…'}
                </Badge>
              }
            >
              {entry.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <QueueFilters
        value={filters}
        onChange={onFilters}
        searchRef={searchRef}
        statusPlaceholder={queue === 'ALL' ? 'Any' : 'Open'}
      />

      {notice && (
        <Alert
          color={notice.color}
          variant="light"
          mb="md"
          withCloseButton
          onClose={() => setNotice(null)}
          role="status"
        >
          {notice.text}
        </Alert>
      )}

      <Paper withBorder radius="md">
        <Group justify="space-between" px="md" py="xs" mih={52}>
          <Text size="sm" c="dimmed" aria-live="polite">
            {selectedTickets.length > 0
              ? `${selectedTickets.length} selected`
              : tickets.data
                ? `${total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + rows.length} of ${formatTotal(listed)}`
                : ' '}
          </Text>
          <Group gap="xs" role="group" aria-label="Change the selected tickets">
            {BULK_ACTIONS.map(({ action, icon: Icon }) => (
              <Button
                key={action}
                size="xs"
                variant={action === 'ASSIGN' ? 'filled' : 'default'}
                leftSection={<Icon size={14} aria-hidden />}
                disabled={selectedTickets.length < (action === 'RESOLVE_DUPLICATE' ? 2 : 1)}
                onClick={() => setBulkAction(action)}
              >
                {BULK_COPY[action].button}
              </Button>
            ))}
          </Group>
        </Group>
        {tickets.isPending ? (
          <Loading label="Loading tickets…" />
        ) : tickets.isError ? (
          <ErrorState
            title="We could not load this queue"
            error={tickets.error}
            onRetry={() => void tickets.refetch()}
            retrying={tickets.isFetching}
          />
        ) : rows.length === 0 ? (
          <EmptyState title="No tickets here" description={emptyText} />
        ) : (
          <TicketTable
            tickets={rows}
            basePath={copy.basePath}
            sort={sort}
            order={order}
            onSort={(column) =>
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
              })
            }
            selected={selected}
            onToggle={(id) =>
              setSelected((before) => {
                const next = new Set(before);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
            onToggleAll={() =>
              setSelected((before) =>
                rows.every((ticket) => before.has(ticket.id))
                  ? new Set()
                  : new Set(rows.map((ticket) => ticket.id)),
              )
            }
            cursor={cursor}
            onCursor={setCursor}
          />
        )}
        <ListPages
          page={page}
          pages={pages}
          onPage={(next) => update({ page: String(next) })}
          justify="center"
          mt={0}
          py="md"
        />
      </Paper>
      <Text size="xs" c="dimmed" mt="xs">
        Press <strong>?</strong> for keyboard shortcuts: j/k to move, Enter to open, a to pick up.
      </Text>

      {bulkAction && (
        <BulkEditDialog
          action={bulkAction}
          tickets={selectedTickets}
          opened
          onClose={() => setBulkAction(null)}
          onDone={(unchanged) => setSelected(new Set(unchanged))}
        />
      )}
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
