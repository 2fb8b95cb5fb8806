import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconDeviceHeartMonitor,
  IconDownload,
  IconPlus,
  IconSearch,
  IconUpload,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EditDrawer } from '@/components/EditDrawer';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { describeError } from '@/lib/errors';
import { localDay } from '@/lib/local-day';
import { downloadDevices, useDeviceImport, useDeviceModels, useDevices } from '../api/devices';
import { useCanEditDevices } from '../hooks/use-can-edit-devices';
import type { Device, DeviceStatus, ImportReport } from '../types';
import { DeviceForm } from './DeviceForm';
import { DEVICE_STATUS as STATUS, RISK } from './device-labels';
import { DevicesNav } from './DevicesNav';

const PAGE_SIZE = 50;

const NETWORK = [
  { value: 'all', label: 'All' },
  { value: 'true', label: 'Connected' },
  { value: 'false', label: 'Not connected' },
];

/**
 * The hospital's clinical devices for biomed leads: search by tag, serial, model or place, filter
 * by status, model and network, import a CMMS export (each row created, updated or refused with its
 * reasons) and export what the filters show.
 */
export function DevicesPage() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [status, setStatus] = useState<DeviceStatus | null>(null);
  const [modelId, setModelId] = useState<number | null>(null);
  const [network, setNetwork] = useState('all');
  const [page, setPage] = useState(1);
  const connected = network === 'all' ? null : network === 'true';
  const filters = { q, status, modelId, connected };
  const list = useDevices({ ...filters, page: page - 1, size: PAGE_SIZE });
  const models = useDeviceModels();
  const upload = useDeviceImport();
  const canEdit = useCanEditDevices();
  const [adding, setAdding] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const filtered = q.trim() !== '' || status !== null || modelId !== null || connected !== null;
  const refilter = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      setPage(1);
    };
  };

  return (
    <Stack gap="md">
      <DevicesNav />
      <PageHeader
        title="Devices"
        description="The clinical device fleet biomed keeps: where each device is, its state, network and support contract."
        aside={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => {
                setExportError(null);
                downloadDevices(filters).catch((error: unknown) =>
                  setExportError(describeError(error).title),
                );
              }}
            >
              Export CSV
            </Button>
            {canEdit && (
              <FileButton
                onChange={(file) => file && upload.mutate(file)}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              >
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    leftSection={<IconUpload size={16} aria-hidden />}
                    loading={upload.isPending}
                  >
                    Import CMMS file…
                  </Button>
                )}
              </FileButton>
            )}
            {canEdit && (
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setAdding(true)}
              >
                Add device
              </Button>
            )}
          </Group>
        }
      />
      {exportError && (
        <Alert color="red" variant="light">
          {exportError}
        </Alert>
      )}
      {upload.isError && (
        <Alert color="red" variant="light" title="The file was not imported">
          {describeError(upload.error).detail ?? describeError(upload.error).title}
        </Alert>
      )}
      {upload.isSuccess && <ImportResult report={upload.data} onClose={() => upload.reset()} />}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="md" align="flex-end">
            <TextInput
              label="Search"
              placeholder="Asset tag, serial, model or place"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={{ base: '100%', sm: 300 }}
            />
            <Select
              label="Status"
              placeholder="Any status"
              data={Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label }))}
              value={status}
              onChange={refilter((value: string | null) => setStatus(value as DeviceStatus | null))}
              clearable
              w={{ base: '100%', sm: 180 }}
            />
            <Select
              label="Model"
              placeholder="Every model"
              data={(models.data ?? []).map((m) => ({
                value: String(m.id),
                label: `${m.manufacturer} ${m.model} (${m.devices})`,
              }))}
              value={modelId === null ? null : String(modelId)}
              onChange={refilter((value: string | null) =>
                setModelId(value === null ? null : Number(value)),
              )}
              clearable
              searchable
              w={{ base: '100%', sm: 300 }}
            />
            <div>
              <Input.Label id="device-network-label" display="block">
                Network
              </Input.Label>
              <SegmentedControl
                aria-labelledby="device-network-label"
                data={NETWORK}
                value={network}
                onChange={refilter(setNetwork)}
              />
            </div>
          </Group>
          {list.isPending ? (
            <Loading label="Loading devices…" />
          ) : list.isError ? (
            <ErrorState
              title="We could not load the devices"
              error={list.error}
              onRetry={() => void list.refetch()}
              retrying={list.isFetching}
            />
          ) : list.data.total === 0 && !filtered ? (
            <EmptyState
              icon={<IconDeviceHeartMonitor size={28} stroke={1.5} />}
              title="No devices yet"
              description="Import your CMMS export (CSV or Excel) or add devices one by one; add their models first."
            />
          ) : list.data.total === 0 ? (
            <Text size="sm" c="dimmed" py="md">
              No device matches these filters.
            </Text>
          ) : (
            <>
              {/* Focusable, so that a keyboard can scroll the wide table sideways (WCAG 2.1). */}
              <Table.ScrollContainer
                minWidth={1100}
                type="native"
                tabIndex={0}
                aria-label="Devices, scrolls sideways"
              >
                <Table verticalSpacing="xs" striped aria-label="Devices">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Asset tag</Table.Th>
                      <Table.Th>Model</Table.Th>
                      <Table.Th>Risk</Table.Th>
                      <Table.Th>Location</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Network</Table.Th>
                      <Table.Th>Support</Table.Th>
                      <Table.Th>End of support</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((d) => (
                      <DeviceRow key={d.id} device={d} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <ListPages
                page={page}
                pages={Math.ceil(list.data.total / PAGE_SIZE)}
                onPage={setPage}
                count={`${list.data.total.toLocaleString('en-US')} ${list.data.total === 1 ? 'device' : 'devices'}`}
              />
            </>
          )}
        </Stack>
      </Paper>
      <EditDrawer
        editing={adding ? 'new' : null}
        onClose={() => setAdding(false)}
        noun="device"
        size="lg"
      >
        {() => <DeviceForm device={null} onDone={() => setAdding(false)} />}
      </EditDrawer>
    </Stack>
  );
}

function DeviceRow({ device: d }: { device: Device }) {
  const status = STATUS[d.status];
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor component={Link} to={`/devices/device/${d.id}`} size="sm" ff="monospace" fw={600}>
          {d.assetTag}
        </Anchor>
        <Text size="xs" c="dimmed" ff="monospace">
          {d.serial}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {d.manufacturer} {d.model}
        </Text>
        <Text size="xs" c="dimmed">
          {d.deviceClass}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={d.risk === 'LIFE_SUPPORT' ? 700 : undefined}>
          {RISK[d.risk]}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{[d.unit, d.room].filter(Boolean).join(' · ') || '—'}</Text>
        <Text size="xs" c="dimmed">
          {[d.site, d.building].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {d.connected ? (
          <>
            <Text size="sm">{d.ipAddress ?? 'Connected'}</Text>
            <Text size="xs" c="dimmed">
              {d.firmware ? `Firmware ${d.firmware}` : 'Firmware unknown'}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Not connected
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {d.contractVendor ?? (d.contractEngagementId !== null ? 'HTM partner' : '—')}
        </Text>
        {d.contractEndsOn && (
          <Text size="xs" c="dimmed">
            until {d.contractEndsOn}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <EndOfSupport on={d.endOfSupport} />
      </Table.Td>
    </Table.Tr>
  );
}

/** What an import did: counts, and every refused row with its reasons. */
function ImportResult({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const refused = report.rows.filter((row) => row.outcome === 'REFUSED');
  return (
    <Alert
      color={refused.length === 0 ? 'teal' : 'yellow'}
      variant="light"
      title={`Imported: ${report.created} created, ${report.updated} updated, ${report.refused} refused`}
      withCloseButton
      closeButtonLabel="Close the import report"
      onClose={onClose}
    >
      {refused.length === 0 ? (
        <Text size="sm">Every row was saved.</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            Refused rows were not saved; fix them in the file and import it again (saved rows update
            in place).
          </Text>
          <Table.ScrollContainer
            minWidth={600}
            maxHeight={320}
            type="native"
            tabIndex={0}
            aria-label="Refused rows, scrolls"
          >
            <Table verticalSpacing={4} aria-label="Refused rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Asset tag</Table.Th>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {refused.flatMap((row) =>
                  row.problems.map((problem, i) => (
                    <Table.Tr key={`${row.line}-${i}`}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td ff="monospace">{row.assetTag ?? '—'}</Table.Td>
                      <Table.Td ff="monospace">{problem.column ?? '—'}</Table.Td>
                      <Table.Td>{problem.message}</Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Alert>
  );
}

/**
 * The manufacturer's end of support, flagged for capital planning: past (no more patches or parts)
 * in red, within a year in orange. Dates are ISO days, so they compare as text.
 */
export function EndOfSupport({ on, today = localDay() }: { on: string | null; today?: string }) {
  if (on === null) return <Text size="sm">—</Text>;
  const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  // Under the date, as the support column puts its "until": the column keeps the date's width.
  // A darker orange than the theme's: orange.9 is 4.1:1 on striped rows, under WCAG AA's 4.5.
  const flag =
    on < today
      ? { text: 'ended', color: 'red.9' }
      : on < inAYear
        ? { text: 'within a year', color: '#9c3d00' }
        : null;
  return (
    <>
      <Text size="sm">{on}</Text>
      {flag && (
        <Text size="xs" c={flag.color} fw={600}>
          {flag.text}
        </Text>
      )}
    </>
  );
}
