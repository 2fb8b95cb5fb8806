import { Box, Drawer, Group, LoadingOverlay, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/time';
import { csvUrl, OPS_TICKETS_PATH, SLA_TICKETS_PATH, useInsight } from '../api/insights';
import type { OpsTickets, SettledTickets } from '../types';
import { causeLabel } from '../utils';
import { ExportButton } from './ExportButton';
import { TicketNumber } from './ticket-links';

/** The tickets behind one figure: which list, with which filters, and what to call it. */
export interface Drill {
  source: 'sla' | 'ops';
  title: string;
  params: Record<string, string>;
}

const SIZE = 25;

/** A drawer listing, page by page, the tickets behind the figure that was clicked. */
export function DrillDown({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={650}>{drill?.title}</Text>}
    >
      {drill && <DrillList key={JSON.stringify(drill)} drill={drill} />}
    </Drawer>
  );
}

function DrillList({ drill }: { drill: Drill }) {
  const [page, setPage] = useState(1);
  const path = drill.source === 'sla' ? SLA_TICKETS_PATH : OPS_TICKETS_PATH;
  const params = { ...drill.params, page: String(page - 1), size: String(SIZE) };
  const list = useInsight<SettledTickets | OpsTickets>(path, params);
  if (list.isPending) return <Loading label="Loading the tickets…" />;
  if (list.isError) {
    return (
      <ErrorState
        title="We could not load the tickets"
        error={list.error}
        onRetry={() => void list.refetch()}
      />
    );
  }
  const data = list.data;
  const pages = Math.max(1, Math.ceil(data.total / SIZE));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {data.total.toLocaleString()} {data.total === 1 ? 'ticket' : 'tickets'}
        </Text>
        <ExportButton
          url={csvUrl(path, drill.params)}
          filename={drill.source === 'sla' ? 'sla-tickets.csv' : 'operations-tickets.csv'}
          what={drill.title}
        />
      </Group>
      {data.items.length === 0 ? (
        <EmptyState title="No tickets" description="Nothing is counted in this figure." />
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={list.isPlaceholderData} zIndex={1} overlayProps={{ blur: 1 }} />
          <Table.ScrollContainer minWidth={560}>
            {drill.source === 'sla' ? (
              <SlaRows title={drill.title} data={data as SettledTickets} />
            ) : (
              <OpsRows title={drill.title} data={data as OpsTickets} />
            )}
          </Table.ScrollContainer>
        </Box>
      )}
      <ListPages page={page} pages={pages} onPage={setPage} />
    </Stack>
  );
}

function SlaRows({ title, data }: { title: string; data: SettledTickets }) {
  return (
    <Table striped verticalSpacing={4}>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Ticket</Table.Th>
          <Table.Th>Target</Table.Th>
          <Table.Th>Priority</Table.Th>
          <Table.Th>Held by</Table.Th>
          <Table.Th>Finished</Table.Th>
          <Table.Th>Outcome</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.items.map((t) => (
          <Table.Tr key={t.timerId}>
            <Table.Td>
              <TicketNumber id={t.ticketId} number={t.ticketNumber} />
              {t.title && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {t.title}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {t.kind} {causeLabel(t.target).toLowerCase()}
            </Table.Td>
            <Table.Td>{t.priority}</Table.Td>
            <Table.Td>
              {t.group}
              <Text size="xs" c="dimmed">
                {t.providerName}
              </Text>
            </Table.Td>
            <Table.Td>{formatDateTime(t.finishedAt)}</Table.Td>
            <Table.Td>{t.outcome === 'MET' ? 'Met' : 'Breached'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function OpsRows({ title, data }: { title: string; data: OpsTickets }) {
  return (
    <Table striped verticalSpacing={4}>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Ticket</Table.Th>
          <Table.Th>Opened</Table.Th>
          <Table.Th>Priority</Table.Th>
          <Table.Th>Tier</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.items.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>
              <TicketNumber id={t.id} number={t.number} />
            </Table.Td>
            <Table.Td>{formatDateTime(t.openedAt)}</Table.Td>
            <Table.Td>{t.priority}</Table.Td>
            <Table.Td>{t.tier}</Table.Td>
            <Table.Td>{causeLabel(t.status)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
