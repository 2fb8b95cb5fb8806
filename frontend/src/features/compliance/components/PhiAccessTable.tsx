import { ActionIcon, Anchor, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useNow } from '../hooks/use-now';
import type { PhiAccessEntry } from '../types';
import { channelLabel, fieldLabels, isExternal } from '../utils/labels';
import { ago, formatStamp } from '@/lib/time';

interface PhiAccessTableProps {
  entries: readonly PhiAccessEntry[];
  /** The hospital's own organisation: readers from any other are partner (or vendor) staff. */
  ownOrganizationId: number | null;
  onFilterUser: (username: string) => void;
  onFilterTicket: (ticketNumber: string) => void;
}

/** Administrators open tickets in the workspace (the tickets feature's route for their role). */
function ticketPath(ticketId: number): string {
  return `/workspace/tickets/${ticketId}`;
}

/** The log's rows, newest first as the server sorts them. */
export function PhiAccessTable({
  entries,
  ownOrganizationId,
  onFilterUser,
  onFilterTicket,
}: PhiAccessTableProps) {
  const now = useNow();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="PHI reads, newest first">
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-sort="descending">When (newest first)</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Ticket</Table.Th>
            <Table.Th>PHI fields shown</Table.Th>
            <Table.Th>Channel</Table.Th>
            <Table.Th>Client address</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const external = isExternal(entry, ownOrganizationId);
            const name = entry.displayName?.trim() || entry.username;
            const organization =
              entry.organizationName?.trim() || `Organisation #${entry.organizationId}`;
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" component="time" dateTime={entry.at}>
                      {formatStamp(entry.at)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {ago(entry.at, now)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Stack gap={0}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {name}
                        </Text>
                        {external && (
                          <Badge color="orange" variant="light" radius="sm" tt="none" size="sm">
                            Partner
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {entry.displayName ? `${entry.username} · ` : ''}
                        {organization}
                      </Text>
                    </Stack>
                    <Tooltip label={`Only reads by ${entry.username}`} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-label={`Show only reads by ${entry.username}`}
                        onClick={() => onFilterUser(entry.username)}
                      >
                        <IconFilter size={14} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={ticketPath(entry.ticketId)}
                      size="sm"
                      fw={600}
                      ff="monospace"
                    >
                      {entry.ticketNumber}
                    </Anchor>
                    <Tooltip label={`Only reads of ${entry.ticketNumber}`} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-label={`Show only reads of ${entry.ticketNumber}`}
                        onClick={() => onFilterTicket(entry.ticketNumber)}
                      >
                        <IconFilter size={14} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{fieldLabels(entry.fields).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={entry.channel}>
                    {channelLabel(entry.channel)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" c={entry.clientAddress ? undefined : 'dimmed'}>
                    {entry.clientAddress ?? 'not recorded'}
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
