import { Badge, Group, Paper, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { IconChevronRight, IconMoodSmile } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useTickets } from '../api/get-tickets';
import { isOpen, TICKET_STATUSES, type TicketStatus } from '../types';
import { needsRequester } from '../utils/needs-you';
import { TYPE_LABEL } from '../utils/plain-language';
import { ago } from '@/lib/time';
import { pageCount } from '../utils/totals';
import { StatusBadge } from './Badges';
import { ListPages } from '@/components/ListPages';

/** A resolved ticket waits for its requester to confirm the fix, so she still counts it open. */
const openToRequester = (status: TicketStatus) => isOpen(status) || status === 'RESOLVED';
const OPEN = TICKET_STATUSES.filter(openToRequester);
const DONE = TICKET_STATUSES.filter((status) => !openToRequester(status));
const PAGE_SIZE = 20;

/** The tickets the signed-in person filed: open ones (and fixes to confirm) first. */
export function MyTickets({ action }: { action?: React.ReactNode }) {
  const [show, setShow] = useState<'open' | 'done'>('open');
  const [page, setPage] = useState(1);
  const params = {
    queue: 'REQUESTED' as const,
    status: show === 'open' ? OPEN : DONE,
    sort: 'UPDATED' as const,
    order: 'desc' as const,
    size: PAGE_SIZE,
    page: page - 1,
  };
  const tickets = useTickets(params);
  const everything = useTickets({ queue: 'REQUESTED', size: 1 });
  const switcher = (
    <SegmentedControl
      value={show}
      onChange={(value) => {
        setShow(value);
        setPage(1);
      }}
      data={[
        { value: 'open', label: 'Open' },
        { value: 'done', label: 'Closed' },
      ]}
      aria-label="Which tickets"
      mb="sm"
    />
  );
  if (tickets.isPending) return <Loading label="Loading your tickets…" />;
  if (tickets.isError)
    return (
      <ErrorState
        title="We could not load your tickets"
        error={tickets.error}
        onRetry={() => void tickets.refetch()}
        retrying={tickets.isFetching}
      />
    );
  if (tickets.data.items.length === 0 && everything.data?.total) {
    return (
      <>
        {switcher}
        <EmptyState
          title={show === 'open' ? 'Nothing open' : 'Nothing closed yet'}
          description={
            show === 'open'
              ? 'All your tickets are closed. If something is not working, report it.'
              : 'Tickets you confirmed as fixed, or withdrew, will be listed here.'
          }
          action={show === 'open' ? action : undefined}
        />
      </>
    );
  }
  if (tickets.data.items.length === 0) {
    return (
      <EmptyState
        icon={<IconMoodSmile size={28} stroke={1.5} />}
        title="You have not reported anything yet"
        description="When something in an application or on your computer is not working, or you need access or equipment, tell IT here. You can follow every ticket on this page."
        action={action}
      />
    );
  }
  const pages = pageCount(tickets.data, PAGE_SIZE);
  return (
    <>
      {switcher}
      <Stack
        gap="xs"
        aria-label="My tickets"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {tickets.data.items.map((ticket) => {
          const waitingForMe = needsRequester(ticket);
          return (
            <li key={ticket.id}>
              <UnstyledButton
                component={Link}
                to={`/portal/tickets/${ticket.id}`}
                w="100%"
                data-testid="my-ticket"
              >
                <Paper
                  withBorder
                  p="md"
                  radius="md"
                  style={{
                    borderLeft: waitingForMe
                      ? '4px solid var(--mantine-color-orange-5)'
                      : undefined,
                  }}
                >
                  <Group justify="space-between" wrap="nowrap">
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Group gap="xs">
                        <Text size="sm" ff="monospace" c="dimmed">
                          {ticket.number}
                        </Text>
                        <StatusBadge
                          status={ticket.status}
                          pendingReason={ticket.pendingReason}
                          forRequester
                        />
                        {waitingForMe && (
                          <Badge color="orange" variant="filled" radius="sm" tt="none">
                            Needs you
                          </Badge>
                        )}
                      </Group>
                      <Text fw={600} truncate="end">
                        {ticket.title}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {TYPE_LABEL[ticket.type]} · {ticket.applicationName} · updated{' '}
                        {ago(ticket.updatedAt)}
                      </Text>
                    </Stack>
                    <IconChevronRight size={18} aria-hidden style={{ flexShrink: 0 }} />
                  </Group>
                </Paper>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
      <ListPages page={page} pages={pages} onPage={setPage} justify="center" mt="md" />
    </>
  );
}
