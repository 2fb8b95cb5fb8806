import {
  Anchor,
  Badge,
  Box,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingFactory2, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { useMe } from '@/features/auth';
import { age, ago, formatDateTime } from '@/lib/time';
import { useVendorCases } from '../api/vendor-cases';
import { useVendorChoices } from '../api/vendors';
import type { CaseStatusFilter, VendorCase, VendorOpenSummary } from '../types';

const PAGE_SIZE = 50;

const STATUS_CHOICES: { value: CaseStatusFilter; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'CLOSED', label: 'Closed' },
  { value: 'ALL', label: 'All' },
];

const TICKET_STATUS: Record<string, string> = {
  NEW: 'New',
  ASSIGNED: 'Assigned',
  IN_PROGRESS: 'In progress',
  PENDING: 'On hold',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

function ticketStatus(c: VendorCase): string {
  const status = TICKET_STATUS[c.ticketStatus] ?? c.ticketStatus;
  if (c.ticketStatus === 'PENDING' && c.pendingReason === 'VENDOR') return 'Waiting for vendor';
  return status;
}

/**
 * The hospital's cases with vendors, oldest first, for the weekly vendor call: each vendor's open
 * cases and how old the oldest is, then every case with its ticket. Agents and IT leaders.
 */
export function VendorCasesPage() {
  const [status, setStatus] = useState<CaseStatusFilter>('OPEN');
  const [vendorId, setVendorId] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const list = useVendorCases({ status, vendorId, q, page: page - 1, size: PAGE_SIZE });
  const vendors = useVendorChoices();
  // Leaders read the cases; the ticket itself is the workspace's (agents and administrators).
  const roles = useMe().data?.roles ?? [];
  const opensTickets = roles.includes('agent') || roles.includes('admin');
  const filtered = vendorId !== null || q.trim() !== '' || status !== 'OPEN';
  const chooseVendor = (id: number | null) => {
    setVendorId(id);
    setPage(1);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Vendor cases"
        description="Tickets waiting for a vendor, oldest first: the list for the weekly call with each vendor."
      />
      <VendorStrip
        vendors={list.data?.vendors}
        selected={vendorId}
        onSelect={(id) => chooseVendor(id === vendorId ? null : id)}
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="md" align="flex-end">
            <Select
              label="Vendor"
              placeholder="Every vendor"
              data={(vendors.data?.items ?? []).map((v) => ({
                value: String(v.id),
                label: v.name,
              }))}
              value={vendorId === null ? null : String(vendorId)}
              onChange={(value) => chooseVendor(value === null ? null : Number(value))}
              clearable
              searchable
              w={{ base: '100%', sm: 240 }}
            />
            <div>
              <Input.Label id="case-status-label" display="block">
                Cases
              </Input.Label>
              <SegmentedControl
                aria-labelledby="case-status-label"
                data={STATUS_CHOICES}
                value={status}
                onChange={(value) => {
                  setStatus(value);
                  setPage(1);
                }}
              />
            </div>
            <TextInput
              label="Search"
              placeholder="Ticket or case number"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={{ base: '100%', sm: 280 }}
            />
          </Group>
          {list.isPending ? (
            <Loading label="Loading vendor cases…" />
          ) : list.isError ? (
            <ErrorState
              title="We could not load the vendor cases"
              error={list.error}
              onRetry={() => void list.refetch()}
              retrying={list.isFetching}
            />
          ) : list.data.total === 0 && !filtered ? (
            <EmptyState
              icon={<IconBuildingFactory2 size={28} stroke={1.5} />}
              title="No open vendor cases"
              description="When an agent escalates a ticket to its application's vendor, the case shows here until it is closed."
            />
          ) : list.data.total === 0 ? (
            <Text size="sm" c="dimmed" py="md">
              No case matches these filters.
            </Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={980}>
                <Table verticalSpacing="xs" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Age</Table.Th>
                      <Table.Th>Vendor</Table.Th>
                      <Table.Th style={{ whiteSpace: 'nowrap' }}>Case number</Table.Th>
                      <Table.Th>Ticket</Table.Th>
                      <Table.Th>Title</Table.Th>
                      <Table.Th>Priority</Table.Th>
                      <Table.Th>Ticket status</Table.Th>
                      <Table.Th ta="right">Escalations</Table.Th>
                      <Table.Th>Last vendor reply</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((c) => (
                      <CaseRow key={c.id} vendorCase={c} opensTickets={opensTickets} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <ListPages
                page={page}
                pages={Math.ceil(list.data.total / PAGE_SIZE)}
                onPage={setPage}
                count={`${list.data.total} ${list.data.total === 1 ? 'case' : 'cases'}`}
              />
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function CaseRow({
  vendorCase: c,
  opensTickets,
}: {
  vendorCase: VendorCase;
  opensTickets: boolean;
}) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={600} title={`Opened ${formatDateTime(c.openedAt)} by ${c.openedBy}`}>
          {age(c.openedAt)}
        </Text>
        {c.status === 'CLOSED' && (
          <Badge color="gray" variant="light" size="sm">
            Closed
          </Badge>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{c.vendorName}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {c.caseNumber ? (
          <Text size="sm" ff="monospace">
            {c.caseNumber}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —, not yet given
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {opensTickets ? (
          <Anchor component={Link} to={`/workspace/tickets/${c.ticketId}`} size="sm" ff="monospace">
            {c.ticketNumber}
          </Anchor>
        ) : (
          <Text size="sm" ff="monospace">
            {c.ticketNumber}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" lineClamp={2}>
          {c.ticketTitle}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={c.priority === 'P1' || c.priority === 'P2' ? 700 : undefined}>
          {c.priority}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{ticketStatus(c)}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{c.escalations}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {c.lastReplyAt ? (
          <Text size="sm" title={formatDateTime(c.lastReplyAt)}>
            {ago(c.lastReplyAt)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No reply yet
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Each vendor with open cases: how many and how old the oldest; a click filters the list. */
function VendorStrip({
  vendors,
  selected,
  onSelect,
}: {
  vendors: VendorOpenSummary[] | undefined;
  selected: number | null;
  onSelect: (vendorId: number) => void;
}) {
  if (!vendors || vendors.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        Open cases by vendor; pick one to list only its cases.
      </Text>
      <Group gap="sm" role="list" aria-label="Open cases by vendor">
        {vendors.map((v) => {
          const active = v.vendorId === selected;
          return (
            <Box key={v.vendorId} role="listitem">
              <UnstyledButton onClick={() => onSelect(v.vendorId)} aria-pressed={active}>
                <Paper
                  withBorder
                  radius="md"
                  px="md"
                  py="xs"
                  miw={180}
                  style={
                    active
                      ? {
                          borderColor: 'var(--mantine-primary-color-filled)',
                          background: 'var(--mantine-primary-color-light)',
                        }
                      : undefined
                  }
                >
                  <Text fw={700} size="sm">
                    {v.vendorName}
                  </Text>
                  <Text size="sm">
                    <Text span fw={700} size="lg">
                      {v.open}
                    </Text>{' '}
                    open · oldest {age(v.oldestOpenedAt)}
                  </Text>
                </Paper>
              </UnstyledButton>
            </Box>
          );
        })}
      </Group>
    </Stack>
  );
}
