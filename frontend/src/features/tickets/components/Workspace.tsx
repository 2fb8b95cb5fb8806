import { Alert, Button, Paper, Text, Tooltip } from '@mantine/core';
import { IconBuildingFactory2, IconKeyboard } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { describeError } from '@/lib/errors';
import { useMyStaffRecord } from '../api/get-my-staff-record';
import { useQueueCounts, useTickets } from '../api/get-tickets';
import { usePickUp } from '../api/transition-ticket';
import { PAGE_SIZE, useQueueParams } from '../hooks/use-queue-params';
import { useSelection } from '../hooks/use-selection';
import { useShortcuts } from '../hooks/use-shortcuts';
import { OPEN_STATUSES } from '../types';
import type { BulkAction } from '../types/links';
import { formatTotal, pageCount } from '../utils/totals';
import { BulkEditDialog } from './BulkEditDialog';
import { DESK_COPY, type DeskMode } from './desk-copy';
import { NotLinkedNotice } from './NotLinkedNotice';
import { QueueBar } from './QueueBar';
import { QueueFilters } from './QueueFilters';
import { QueueTabs } from './QueueTabs';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TicketTable } from './TicketTable';

/** The queue screen of the desk and of the partner desk; its state lives in the URL. */
export function Workspace({ mode }: { mode: DeskMode }) {
  const copy = DESK_COPY[mode];
  const navigate = useNavigate();
  const selection = useSelection();
  const view = useQueueParams(copy, selection.reset);
  const { queue, page } = view;
  const tickets = useTickets(view.listParams, { refetchInterval: 60_000 });
  const counts = useQueueCounts(view.queues, view.shared, OPEN_STATUSES);
  const pickUp = usePickUp();
  const notLinked = useMyStaffRecord().data?.linked === false;

  const [bulkAction, setBulkAction] = useState<BulkAction | null>(null);
  const bulkOpen = bulkAction !== null;
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = tickets.data?.items ?? [];
  const current = rows[Math.min(selection.cursor, rows.length - 1)];
  const open = (id: number) => void navigate(`${copy.basePath}/tickets/${id}`);

  const pickUpCurrent = async () => {
    if (!current) return;
    try {
      await pickUp.mutateAsync(current);
      setNotice({ color: 'teal', text: `You picked up ${current.number}.` });
    } catch (error) {
      const described = describeError(error);
      setNotice({
        color: 'orange',
        text: `${current.number} was not picked up: ${described.detail ?? described.title}`,
      });
    }
  };

  useShortcuts(
    {
      next: () => selection.setCursor((index) => Math.min(index + 1, Math.max(rows.length - 1, 0))),
      previous: () => selection.setCursor((index) => Math.max(index - 1, 0)),
      open: () => current && open(current.id),
      assignToMe: () => void pickUpCurrent(),
      search: () => searchRef.current?.focus(),
      help: () => setHelpOpen(true),
    },
    !bulkOpen && !helpOpen,
  );

  // Only rows on screen count: a selection made while the previous page was still shown is void.
  const selectedTickets = rows.filter((ticket) => selection.selected.has(ticket.id));
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
          <>
            {mode === 'desk' && (
              <Button
                component={Link}
                to="/workspace/vendor-cases"
                variant="default"
                size="sm"
                leftSection={<IconBuildingFactory2 size={16} aria-hidden />}
              >
                Vendor cases
              </Button>
            )}
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
          </>
        }
      />
      {notLinked && <NotLinkedNotice mode={mode} />}
      <QueueTabs copy={copy} queue={queue} counts={counts} onChange={view.setQueue} />

      <QueueFilters
        value={view.filters}
        onChange={view.setFilters}
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
        <QueueBar
          status={
            selectedTickets.length > 0
              ? `${selectedTickets.length} selected`
              : tickets.data
                ? `${total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + rows.length} of ${formatTotal(listed)}`
                : ' '
          }
          selectedCount={selectedTickets.length}
          onBulk={setBulkAction}
        />
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
          <EmptyState
            title="No tickets here"
            description={
              notLinked && (queue === 'MINE' || queue === 'MY_GROUPS')
                ? 'This queue stays empty until your sign-in is linked to your staff record (see above).'
                : emptyText
            }
          />
        ) : (
          <TicketTable
            tickets={rows}
            basePath={copy.basePath}
            sort={view.sort}
            order={view.order}
            onSort={view.sortBy}
            selected={selection.selected}
            onToggle={selection.toggle}
            onToggleAll={() => selection.toggleAll(rows.map((ticket) => ticket.id))}
            cursor={selection.cursor}
            onCursor={selection.setCursor}
          />
        )}
        <ListPages
          page={page}
          pages={pages}
          onPage={view.setPage}
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
          onDone={selection.keep}
        />
      )}
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
