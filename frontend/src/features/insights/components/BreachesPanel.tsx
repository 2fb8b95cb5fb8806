import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useContext, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/time';
import { BREACHES_PATH, csvUrl, useBreaches } from '../api/insights';
import { slaParams, useInsightFilters } from '../hooks/use-insight-filters';
import type { Breach } from '../types';
import { causeLabel, hoursOf } from '../utils';
import { BarsChart } from './charts';
import { BREACHED } from './palette';
import { ExportButton } from './ExportButton';
import { TicketHref } from './ticket-href';

const SIZE = 20;
const CAUSE = /^[A-Z0-9_]{1,40}$/;

/**
 * Breaches and what caused them: every matching breach counted by the status or queue that took
 * most of its time (the chart), and the breaches page by page. A cause, chosen in the chart or
 * the table, is kept in the URL like the other filters.
 */
export function BreachesPanel() {
  const [filters] = useInsightFilters();
  const [search, setSearch] = useSearchParams();
  const causeParam = search.get('cause');
  const cause = causeParam && CAUSE.test(causeParam) ? causeParam : null;
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<Breach | null>(null);
  const base = { ...slaParams(filters), ...(cause ? { cause } : {}) };
  const breaches = useBreaches({ ...base, page: String(page - 1), size: String(SIZE) });
  const chooseCause = (next: string | null) => {
    setPage(1);
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set('cause', next);
        else params.delete('cause');
        return params;
      },
      { replace: true },
    );
  };

  let body;
  if (breaches.isPending) {
    body = <Loading label="Loading breaches…" />;
  } else if (breaches.isError) {
    body = (
      <ErrorState
        title="We could not load the breaches"
        error={breaches.error}
        onRetry={() => void breaches.refetch()}
      />
    );
  } else if (breaches.data.causes.length === 0) {
    body = (
      <EmptyState
        title="No breaches in this range"
        description="Every target that finished with these filters was met."
      />
    );
  } else {
    const data = breaches.data;
    const pages = Math.max(1, Math.ceil(data.total / SIZE));
    const causes = data.causes.map((c) => ({ ...c, label: causeLabel(c.cause) }));
    body = (
      <Box pos="relative">
        <LoadingOverlay
          visible={breaches.isPlaceholderData}
          zIndex={1}
          overlayProps={{ blur: 1 }}
        />
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <BarsChart
              rows={causes}
              xKey="label"
              series={[{ key: 'breaches', name: 'Breaches', colour: BREACHED }]}
              label={`Breaches by cause: ${causes
                .map((c) => `${c.label} ${c.breaches}`)
                .join(', ')}. Click a bar to list its breaches.`}
              onPick={(index) => {
                const c = causes[index];
                if (c) chooseCause(c.cause);
              }}
            />
            <Table verticalSpacing={4} captionSide="top" style={{ alignSelf: 'start' }}>
              <Table.Caption>
                Breaches by cause: what took most of the time to the deadline
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cause</Table.Th>
                  <Table.Th ta="right">Breaches</Table.Th>
                  <Table.Th ta="right">Time in cause</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {causes.map((c) => (
                  <Table.Tr key={c.cause}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        fw={c.cause === cause ? 700 : undefined}
                        aria-pressed={c.cause === cause}
                        onClick={() => chooseCause(c.cause === cause ? null : c.cause)}
                      >
                        {c.label}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{c.breaches.toLocaleString()}</Table.Td>
                    <Table.Td ta="right">{hoursOf(c.causeMillis)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SimpleGrid>
          {data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No breaches on this page.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing={4}>
                <Table.Caption>
                  {cause ? `Breaches caused by ${causeLabel(cause).toLowerCase()}` : 'Breaches'},
                  latest first ({data.total.toLocaleString()})
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Ticket</Table.Th>
                    <Table.Th>Target</Table.Th>
                    <Table.Th>Priority</Table.Th>
                    <Table.Th>Held by</Table.Th>
                    <Table.Th>Breached</Table.Th>
                    <Table.Th>Cause</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((b) => (
                    <Table.Tr key={b.timerId}>
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          ff="monospace"
                          onClick={() => setOpened(b)}
                        >
                          {b.ticketNumber}
                        </Anchor>
                        {b.title && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {b.title}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {b.kind} {b.target.toLowerCase()}
                      </Table.Td>
                      <Table.Td>{b.priority}</Table.Td>
                      <Table.Td>
                        {b.group}
                        <Text size="xs" c="dimmed">
                          {b.providerName}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDateTime(b.breachedAt)}</Table.Td>
                      <Table.Td>
                        {causeLabel(b.cause)}
                        <Text size="xs" c="dimmed">
                          {hoursOf(b.causeMillis)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <ListPages page={page} pages={pages} onPage={setPage} />
        </Stack>
      </Box>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="breaches-heading">
      <Group justify="space-between" align="flex-end">
        <Group gap="xs" align="center">
          <Title order={2} size="h3" id="breaches-heading">
            Breaches and their causes
          </Title>
          {cause && (
            <Badge
              variant="light"
              color="orange"
              tt="none"
              rightSection={
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  aria-label="Show every cause"
                  onClick={() => chooseCause(null)}
                >
                  ×
                </Anchor>
              }
            >
              {causeLabel(cause)}
            </Badge>
          )}
        </Group>
        <ExportButton
          url={csvUrl(BREACHES_PATH, base)}
          filename="sla-breaches.csv"
          what="breaches"
        />
      </Group>
      {body}
      <BreachDetail breach={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}

/** One breached ticket: where its time went from the timer's start to the deadline. */
function BreachDetail({ breach, onClose }: { breach: Breach | null; onClose: () => void }) {
  const href = useContext(TicketHref);
  const link = breach ? href(breach.ticketId) : null;
  return (
    <Modal
      opened={breach !== null}
      onClose={onClose}
      size="lg"
      title={<Text fw={650}>{breach ? `Ticket ${breach.ticketNumber}` : ''}</Text>}
    >
      {breach && (
        <Stack gap="sm">
          {breach.title && <Text fw={600}>{breach.title}</Text>}
          <Text size="sm">
            {breach.kind} {breach.target.toLowerCase()} target, {breach.priority}, {breach.tier}:
            started {formatDateTime(breach.startedAt)}, breached {formatDateTime(breach.breachedAt)}{' '}
            with {breach.group} ({breach.providerName}). Cause:{' '}
            <strong>{causeLabel(breach.cause)}</strong> ({hoursOf(breach.causeMillis)}).
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Table verticalSpacing={2} captionSide="top">
              <Table.Caption>Time by status</Table.Caption>
              <Table.Tbody>
                {breach.byStatus.map((s) => (
                  <Table.Tr key={s.status}>
                    <Table.Th scope="row" fw={400}>
                      {causeLabel(s.status)}
                    </Table.Th>
                    <Table.Td ta="right">{hoursOf(s.millis)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table verticalSpacing={2} captionSide="top">
              <Table.Caption>Time by holder</Table.Caption>
              <Table.Tbody>
                {breach.byHolder.map((h) => (
                  <Table.Tr key={`${h.groupId ?? 0}/${h.provider}`}>
                    <Table.Th scope="row" fw={400}>
                      {h.group}
                      <Text size="xs" c="dimmed">
                        {h.providerName}
                      </Text>
                    </Table.Th>
                    <Table.Td ta="right">{hoursOf(h.millis)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SimpleGrid>
          {link && (
            <Group>
              <Button component={Link} to={link} variant="light" size="xs">
                Open the ticket
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
