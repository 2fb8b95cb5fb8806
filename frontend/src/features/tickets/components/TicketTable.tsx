import { Checkbox, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Sort, TicketSummary } from '../types';
import { TIER_LABEL } from '../utils/plain-language';
import { ago } from '@/lib/time';
import { PhiBadge, PriorityBadge, StatusBadge } from './Badges';
import { SlaDue } from './SlaDue';

interface TicketTableProps {
  tickets: TicketSummary[];
  basePath: string;
  sort: Sort;
  order: 'asc' | 'desc';
  onSort: (sort: Sort) => void;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  /** The keyboard cursor (j/k). */
  cursor: number;
  onCursor: (index: number) => void;
}

function SortHeader({
  label,
  column,
  sort,
  order,
  onSort,
  w,
}: {
  label: string;
  column: Sort;
  sort: Sort;
  order: 'asc' | 'desc';
  onSort: (sort: Sort) => void;
  w?: number;
}) {
  const active = sort === column;
  const Icon = active ? (order === 'asc' ? IconArrowUp : IconArrowDown) : IconSelector;
  return (
    <Table.Th
      w={w}
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ whiteSpace: 'nowrap' }}
    >
      <UnstyledButton onClick={() => onSort(column)} aria-label={`Sort by ${label}`}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The queue: one row per ticket, sortable headers, a checkbox per row for bulk work. */
export function TicketTable({
  tickets,
  basePath,
  sort,
  order,
  onSort,
  selected,
  onToggle,
  onToggleAll,
  cursor,
  onCursor,
}: TicketTableProps) {
  const all = tickets.length > 0 && tickets.every((ticket) => selected.has(ticket.id));
  const some = tickets.some((ticket) => selected.has(ticket.id));
  const header = (props: { label: string; column: Sort; w?: number }): ReactNode => (
    <SortHeader {...props} sort={sort} order={order} onSort={onSort} />
  );
  // Below this the titles would be too narrow to read; the queue then scrolls by itself.
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table highlightOnHover verticalSpacing="xs" aria-label="Tickets" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <Checkbox
                aria-label="Select all tickets on this page"
                checked={all}
                indeterminate={some && !all}
                onChange={onToggleAll}
              />
            </Table.Th>
            {header({ label: 'Ticket', column: 'NUMBER', w: 122 })}
            <Table.Th>Title</Table.Th>
            {header({ label: 'Priority', column: 'PRIORITY', w: 86 })}
            {header({ label: 'Status', column: 'STATUS', w: 168 })}
            <Table.Th w={176}>Group · assignee</Table.Th>
            {header({ label: 'SLA', column: 'SLA_DUE', w: 124 })}
            {/* Wide enough for "59 minutes ago". */}
            {header({ label: 'Updated', column: 'UPDATED', w: 124 })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket, index) => {
            const isCursor = index === cursor;
            return (
              <Table.Tr
                key={ticket.id}
                data-testid="ticket-row"
                aria-selected={isCursor}
                bg={
                  isCursor
                    ? 'var(--mantine-color-blue-0)'
                    : selected.has(ticket.id)
                      ? 'var(--mantine-color-gray-0)'
                      : undefined
                }
                style={{
                  boxShadow: isCursor ? 'inset 3px 0 0 var(--mantine-color-blue-6)' : undefined,
                }}
                onMouseDown={() => onCursor(index)}
              >
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${ticket.number}`}
                    checked={selected.has(ticket.id)}
                    onChange={() => onToggle(ticket.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text
                    component={Link}
                    to={`${basePath}/tickets/${ticket.id}`}
                    size="sm"
                    fw={600}
                    ff="monospace"
                    c="blue.8"
                  >
                    {ticket.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} truncate="end" title={ticket.title} miw={0}>
                        {ticket.title}
                      </Text>
                      {ticket.phi && <PhiBadge />}
                    </Group>
                    <Text size="xs" c="dimmed" truncate="end">
                      {ticket.applicationName} · {ticket.requesterName}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={ticket.priority} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={ticket.status} pendingReason={ticket.pendingReason} />
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    truncate="end"
                    title={`${ticket.groupName ?? ''} (${TIER_LABEL[ticket.tier]})`}
                  >
                    {ticket.groupName ?? '—'}
                  </Text>
                  <Text size="xs" c={ticket.assigneeName ? 'dimmed' : 'orange'} truncate="end">
                    {ticket.assigneeName ?? 'Nobody yet'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SlaDue dueAt={ticket.slaDueAt} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {ago(ticket.updatedAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
