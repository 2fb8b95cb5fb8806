import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCalendarCheck, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EditDrawer } from '@/components/EditDrawer';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { useEngagementOptions } from '@/features/market';
import { useDevice } from '../api/devices';
import { useDeviceWorkOrders } from '../api/work-orders';
import { useCanEditDevices } from '../hooks/use-can-edit-devices';
import type { Device, DeviceWorkView, WorkOrder } from '../types';
import { DEVICE_STATUS, RISK, VISIT_TIME } from './device-labels';
import { DeviceForm } from './DeviceForm';
import { EndOfSupport } from './DevicesPage';
import { DevicesNav } from './DevicesNav';
import { DueCell, StatusCell, WorkOrderCell, WorkOrderDrawer } from './WorkOrdersPage';

const PAGE_SIZE = 20;

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const WORK_VIEWS: { value: DeviceWorkView; label: string }[] = [
  { value: 'all', label: 'All, newest first' },
  { value: 'open', label: 'Open, soonest due' },
];

/**
 * One device whole, for a biomed lead: what it is, where, its network and support, and its work
 * orders; leaders and administrators change it here.
 */
export function DevicePage() {
  const id = Number(useParams().id);
  const device = useDevice(id);

  return (
    <Stack gap="md">
      <DevicesNav />
      <Anchor component={Link} to="/devices" size="sm">
        ← All devices
      </Anchor>
      {device.isPending ? (
        <Loading label="Loading the device…" />
      ) : device.isError ? (
        <ErrorState
          title="We could not load this device"
          error={device.error}
          onRetry={() => void device.refetch()}
          retrying={device.isFetching}
        />
      ) : (
        <DeviceDetail device={device.data} onReload={() => device.refetch()} />
      )}
    </Stack>
  );
}

function DeviceDetail({
  device: d,
  onReload,
}: {
  device: Device;
  onReload: () => Promise<{ data?: Device }>;
}) {
  const canEdit = useCanEditDevices();
  const [editing, setEditing] = useState<Device | null>(null);
  const status = DEVICE_STATUS[d.status];
  return (
    <>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} miw={0} flex={1}>
          <Group gap="sm">
            <Title order={1} size="h2" ff="monospace">
              {d.assetTag}
            </Title>
            <Badge color={status.color} variant="light" size="lg">
              {status.label}
            </Badge>
          </Group>
          <Text size="lg">
            {d.manufacturer} {d.model}
          </Text>
          <Text size="sm" c="dimmed">
            {d.deviceClass} · {RISK[d.risk]} risk · changed {d.updatedAt.slice(0, 10)}
          </Text>
        </Stack>
        {canEdit && (
          <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(d)}>
            Edit device
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title="Device">
          <Fact label="Asset tag">
            <Text span size="sm" ff="monospace">
              {d.assetTag}
            </Text>
          </Fact>
          <Fact label="Serial">
            <Text span size="sm" ff="monospace">
              {d.serial}
            </Text>
          </Fact>
          <Fact label="Manufacturer">{d.manufacturer}</Fact>
          <Fact label="Model">{d.model}</Fact>
          <Fact label="Class">{d.deviceClass}</Fact>
          <Fact label="Risk">
            <Text span size="sm" fw={d.risk === 'LIFE_SUPPORT' ? 700 : undefined}>
              {RISK[d.risk]}
            </Text>
          </Fact>
        </Section>
        <Section title="Location">
          <Fact label="Site">{d.site}</Fact>
          <Fact label="Building">{d.building}</Fact>
          <Fact label="Unit">{d.unit}</Fact>
          <Fact label="Room">{d.room}</Fact>
          <Fact label="Department">{d.department}</Fact>
          <Fact label="Status">{status.label}</Fact>
        </Section>
        <Section title="Network">
          <Fact label="Connected">{d.connected ? 'Yes' : 'No'}</Fact>
          {d.connected && (
            <>
              <Fact label="IP address">{d.ipAddress}</Fact>
              <Fact label="MAC address">{d.macAddress}</Fact>
            </>
          )}
          <Fact label="Firmware">{d.firmware ?? 'Unknown'}</Fact>
        </Section>
        <Section title="Support and lifecycle">
          <Fact label="Support contract">
            {d.contractVendor ??
              (d.contractEngagementId !== null ? (
                <EngagementName id={d.contractEngagementId} />
              ) : (
                'None recorded'
              ))}
          </Fact>
          <Fact label="Contract ends">{d.contractEndsOn}</Fact>
          <Fact label="Acquired">{d.acquiredOn}</Fact>
          <Fact label="Acquisition cost">
            {d.acquisitionCost === null ? null : MONEY.format(Number(d.acquisitionCost))}
          </Fact>
          <Fact label="End of support">
            {d.endOfSupport === null ? null : <EndOfSupport on={d.endOfSupport} />}
          </Fact>
        </Section>
      </SimpleGrid>
      <DeviceWorkOrders device={d} />
      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="device" size="lg">
        {(item) =>
          item && (
            // A new key after a reload: the form starts over from the device as it is now.
            <DeviceForm
              key={item.version}
              device={item}
              onDone={() => setEditing(null)}
              onReload={() => void onReload().then(({ data }) => data && setEditing(data))}
            />
          )
        }
      </EditDrawer>
    </>
  );
}

/** The engagement's name where the caller may read engagements, else its number. */
function EngagementName({ id }: { id: number }) {
  const engagements = useEngagementOptions();
  const engagement = engagements.data?.items.find((e) => e.id === id);
  return engagement ? (
    <>
      {engagement.name}
      <Text span size="sm" c="dimmed">
        {' '}
        · {engagement.partner.name}
      </Text>
    </>
  ) : (
    <>HTM partner engagement #{id}</>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap={6}>{children}</Stack>
    </Paper>
  );
}

/** A labelled value; a missing one shows as a dash. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  const missing = children === null || children === undefined || children === '';
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" miw={0} style={{ overflowWrap: 'anywhere' }}>
        {missing ? '—' : children}
      </Text>
    </Group>
  );
}

/** The device's work orders, paged; a work order opens beside the page as on the work list. */
function DeviceWorkOrders({ device }: { device: Device }) {
  const [view, setView] = useState<DeviceWorkView>('all');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<WorkOrder | null>(null);
  const list = useDeviceWorkOrders(device.id, view, page - 1, PAGE_SIZE);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} size="h4">
            Work orders
          </Title>
          <SegmentedControl
            aria-label="Which work orders"
            data={WORK_VIEWS}
            value={view}
            onChange={(value) => {
              setView(value);
              setPage(1);
            }}
          />
        </Group>
        {list.isPending ? (
          <Loading label="Loading work orders…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the work orders"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.total === 0 ? (
          <EmptyState
            icon={<IconCalendarCheck size={28} stroke={1.5} />}
            title={view === 'open' ? 'No open work' : 'No work orders yet'}
            description={
              view === 'open'
                ? 'Nothing is due or waiting on this device.'
                : 'Maintenance, faults and security fixes on this device will be listed here.'
            }
          />
        ) : (
          <>
            <Table.ScrollContainer
              minWidth={720}
              type="native"
              tabIndex={0}
              aria-label="Work orders on this device, scrolls sideways"
            >
              <Table verticalSpacing="xs" striped aria-label="Work orders on this device">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Work order</Table.Th>
                    <Table.Th>Opened</Table.Th>
                    <Table.Th>Due</Table.Th>
                    <Table.Th>Technician</Table.Th>
                    <Table.Th miw={120}>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((order) => (
                    <WorkOrderRow key={order.id} order={order} onOpen={() => setOpen(order)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPages
              page={page}
              pages={Math.ceil(list.data.total / PAGE_SIZE)}
              onPage={setPage}
              count={`${list.data.total.toLocaleString('en-US')} ${list.data.total === 1 ? 'work order' : 'work orders'}`}
            />
          </>
        )}
      </Stack>
      <WorkOrderDrawer order={open} onClose={() => setOpen(null)} />
    </Paper>
  );
}

function WorkOrderRow({ order: o, onOpen }: { order: WorkOrder; onOpen: () => void }) {
  return (
    <Table.Tr>
      <WorkOrderCell order={o} onOpen={onOpen} width={320} />
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{o.openedAt.slice(0, 10)}</Text>
        {o.ticketNumber && (
          <Text size="xs" c="dimmed">
            from {o.ticketNumber}
          </Text>
        )}
      </Table.Td>
      <DueCell order={o} />
      <Table.Td>
        <Text size="sm">{o.assigneeName ?? o.completedByName ?? 'Unassigned'}</Text>
        {o.completedAt && (
          <Text size="xs" c="dimmed">
            done {VISIT_TIME.format(new Date(o.completedAt))}
          </Text>
        )}
      </Table.Td>
      <StatusCell order={o} />
    </Table.Tr>
  );
}
