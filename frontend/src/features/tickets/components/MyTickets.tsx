import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconMoodSmile } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useTickets } from '../api/get-tickets';
import { TYPE_LABEL } from '../utils/plain-language';
import { ago } from '../utils/time';
import { StatusBadge } from './Badges';

/** The tickets the signed-in person filed, latest change first. */
export function MyTickets({ action }: { action?: React.ReactNode }) {
  const tickets = useTickets({ queue: 'REQUESTED', sort: 'UPDATED', order: 'desc', size: 50 });
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
  return (
    <Stack
      gap="xs"
      aria-label="My tickets"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {tickets.data.items.map((ticket) => {
        const waitingForMe =
          ticket.status === 'RESOLVED' ||
          (ticket.status === 'PENDING' && ticket.pendingReason === 'CUSTOMER');
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
                  borderLeft: waitingForMe ? '4px solid var(--mantine-color-orange-5)' : undefined,
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
                  <IconChevronRight size={18} aria-hidden />
                </Group>
              </Paper>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
