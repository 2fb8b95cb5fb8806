import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Drawer,
  Group,
  Input,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconCalendarCheck, IconSearch, IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { useMe } from '@/features/auth';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import {
  useCompleteWorkOrder,
  usePlanMaintenance,
  useReportFault,
  useWorkOrders,
  useWorkOrderSummary,
} from '../api/work-orders';
import type { CheckResult, WorkOrder, WorkOrderView, Workload } from '../types';
import {
  TIMELINESS,
  VISIT_TIME as TIME,
  WORK_ORDER_KIND as KINDS,
  WORK_ORDER_STATUS as STATUS,
} from './device-labels';
import { DevicesNav } from './DevicesNav';

const PAGE_SIZE = 50;

const VIEWS: { value: WorkOrderView; label: string }[] = [
  { value: 'overdue', label: 'Overdue' },
  { value: 'week', label: 'Due this week' },
  { value: 'month', label: 'Due in 31 days' },
  { value: 'open', label: 'All open' },
  { value: 'closed', label: 'Everything' },
];

/**
 * The biomed desk's work: preventive maintenance due and overdue, faults reported on devices and
 * security fixes, per site and technician; a work order opens beside the list to record the work
 * item by item.
 */
export function WorkOrdersPage() {
  const [view, setView] = useState<WorkOrderView>('overdue');
  const [kind, setKind] = useState<WorkOrder['kind'] | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<WorkOrder | null>(null);
  const [reporting, setReporting] = useState(false);
  const list = useWorkOrders({ view, kind, q, page: page - 1, size: PAGE_SIZE });
  const summary = useWorkOrderSummary();
  const plan = usePlanMaintenance();
  const roles = useMe().data?.roles ?? [];
  const plans = roles.includes('it-leader') || roles.includes('admin');
  // Five views do not fit a phone's width side by side: a technician on the floor gets a column.
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;

  return (
    <Stack gap="md">
      <DevicesNav />
      <PageHeader
        title="Work orders"
        description="Preventive maintenance, reported faults and security fixes on the fleet: what is overdue, what is due, and who does it."
        aside={
          <Group gap="xs">
            {plans && (
              <Button
                variant="default"
                leftSection={<IconCalendarCheck size={16} aria-hidden />}
                loading={plan.isPending}
                onClick={() => plan.mutate(undefined)}
              >
                Plan maintenance
              </Button>
            )}
            <Button
              leftSection={<IconTool size={16} aria-hidden />}
              onClick={() => setReporting(true)}
            >
              Report a fault…
            </Button>
          </Group>
        }
      />
      {plan.isSuccess && 'created' in plan.data && (
        <Alert
          color="teal"
          variant="light"
          withCloseButton
          closeButtonLabel="Close the planning result"
          onClose={() => plan.reset()}
          title={`Planned through ${plan.data.through}: ${plan.data.created} new preventive orders`}
        >
          {plan.data.devices.toLocaleString('en-US')} maintained devices; {plan.data.alreadyPlanned}{' '}
          due days were already planned.
          {plan.data.inBusyHours > 0 &&
            ` ${plan.data.inBusyHours} fall in a unit's busy hours: their window had no quiet time.`}
        </Alert>
      )}
      {plan.isError && (
        <Alert color="red" variant="light">
          {describeError(plan.error).title}
        </Alert>
      )}
      {summary.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <WorkloadTable title="Open work by site" rows={summary.data.sites} noun="Site" />
          <WorkloadTable
            title="Open work by technician"
            rows={summary.data.technicians}
            noun="Technician"
          />
        </SimpleGrid>
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="md" align="flex-end">
            <div>
              <Input.Label id="work-order-view-label" display="block">
                Show
              </Input.Label>
              <SegmentedControl
                aria-labelledby="work-order-view-label"
                orientation={narrow ? 'vertical' : 'horizontal'}
                fullWidth={narrow}
                data={VIEWS}
                value={view}
                onChange={(value) => {
                  setView(value);
                  setPage(1);
                }}
              />
            </div>
            <Select
              label="Kind"
              placeholder="Every kind"
              data={Object.entries(KINDS).map(([value, label]) => ({ value, label }))}
              value={kind}
              onChange={(value) => {
                setKind(value as WorkOrder['kind'] | null);
                setPage(1);
              }}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <TextInput
              label="Search"
              placeholder="Asset tag, summary or ticket"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={{ base: '100%', sm: 260 }}
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
              title={view === 'overdue' ? 'Nothing overdue' : 'No work orders here'}
              description={
                view === 'overdue'
                  ? 'Every open work order is within its due day.'
                  : 'Try another view or clear the filters.'
              }
            />
          ) : (
            <>
              <Table.ScrollContainer
                minWidth={1000}
                type="native"
                tabIndex={0}
                aria-label="Work orders, scrolls sideways"
              >
                <Table verticalSpacing="xs" striped aria-label="Work orders">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Work order</Table.Th>
                      <Table.Th>Device</Table.Th>
                      <Table.Th>Location</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th>Planned</Table.Th>
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
      </Paper>
      <WorkOrderDrawer order={open} onClose={() => setOpen(null)} />
      <Drawer
        opened={reporting}
        onClose={() => setReporting(false)}
        position="right"
        title={
          <Title order={2} size="h3" component="span">
            Report a fault
          </Title>
        }
      >
        {reporting && <FaultForm onDone={() => setReporting(false)} />}
      </Drawer>
    </Stack>
  );
}

function WorkloadTable({ title, rows, noun }: { title: string; rows: Workload[]; noun: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open work.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{noun}</Table.Th>
              <Table.Th ta="right">Overdue</Table.Th>
              <Table.Th ta="right">Due this week</Table.Th>
              <Table.Th ta="right">Open</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, 6).map((row) => (
              <Table.Tr key={`${row.id ?? ''}${row.name}`}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td ta="right" c={row.overdue > 0 ? 'red.9' : undefined} fw={600}>
                  {row.overdue}
                </Table.Td>
                <Table.Td ta="right">{row.dueThisWeek}</Table.Td>
                <Table.Td ta="right">{row.open}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function WorkOrderRow({ order: o, onOpen }: { order: WorkOrder; onOpen: () => void }) {
  return (
    <Table.Tr>
      <WorkOrderCell order={o} onOpen={onOpen} width={260} />
      <Table.Td>
        <Text size="sm" ff="monospace" fw={600}>
          {o.device.assetTag}
        </Text>
        <Text size="xs" c="dimmed">
          {o.device.manufacturer} {o.device.model}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{[o.device.unit, o.device.room].filter(Boolean).join(' · ') || '—'}</Text>
        <Text size="xs" c="dimmed">
          {o.device.site}
        </Text>
      </Table.Td>
      <DueCell order={o} />
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{o.plannedStart ? TIME.format(new Date(o.plannedStart)) : '—'}</Text>
        {o.inBusyHours && (
          <Text size="xs" c="#9c3d00" fw={600}>
            in the unit&apos;s busy hours
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{o.assigneeName ?? 'Unassigned'}</Text>
      </Table.Td>
      <StatusCell order={o} />
    </Table.Tr>
  );
}

/** A work order's number and what it is, as a button that opens it. */
export function WorkOrderCell({
  order: o,
  onOpen,
  width,
}: {
  order: WorkOrder;
  onOpen: () => void;
  width: number;
}) {
  return (
    <Table.Td>
      <UnstyledButton onClick={onOpen}>
        <Text size="sm" fw={600} c="blue.8" ff="monospace">
          {o.number}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1} maw={width}>
          {o.kind === 'PREVENTIVE' ? 'Preventive maintenance' : `${KINDS[o.kind]} · ${o.summary}`}
        </Text>
      </UnstyledButton>
    </Table.Td>
  );
}

/** The due day (red when overdue) and, for maintenance, whether it was done on time. */
export function DueCell({ order: o }: { order: WorkOrder }) {
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      <Text size="sm" c={o.overdue ? 'red.9' : undefined} fw={o.overdue ? 600 : undefined}>
        {o.dueOn ?? '—'}
      </Text>
      {o.timeliness && (
        <Text size="xs" c={`${TIMELINESS[o.timeliness].color}.9`} fw={600}>
          {TIMELINESS[o.timeliness].label}
        </Text>
      )}
    </Table.Td>
  );
}

export function StatusCell({ order: o }: { order: WorkOrder }) {
  const status = STATUS[o.status];
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      <Badge color={status.color} variant="light">
        {status.label}
      </Badge>
    </Table.Td>
  );
}

/** The side panel a listed work order opens in; closed while `order` is null. */
export function WorkOrderDrawer({
  order,
  onClose,
}: {
  order: WorkOrder | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={order !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h3" component="span">
          {order ? `${order.number} · ${KINDS[order.kind]}` : ''}
        </Title>
      }
    >
      {order && <WorkOrderDetail key={order.id} order={order} onDone={onClose} />}
    </Drawer>
  );
}

/** The order, and for open work the form that records it, item by item for maintenance. */
export function WorkOrderDetail({ order: o, onDone }: { order: WorkOrder; onDone: () => void }) {
  return (
    <Stack gap="md">
      <div>
        <Text fw={600}>{o.summary}</Text>
        <Text size="sm" c="dimmed">
          {o.device.assetTag} · {o.device.manufacturer} {o.device.model} ·{' '}
          {[o.device.site, o.device.unit, o.device.room].filter(Boolean).join(' · ')}
        </Text>
        {o.ticketNumber && <Text size="sm">Reported in ticket {o.ticketNumber}</Text>}
        {o.dueOn && (
          <Text size="sm">
            Due {o.dueOn}
            {o.windowEndsOn && `, on time until ${o.windowEndsOn}`}
            {o.plannedStart && ` · planned ${TIME.format(new Date(o.plannedStart))}`}
          </Text>
        )}
      </div>
      {o.status === 'OPEN' ? (
        <CompleteForm order={o} onDone={onDone} />
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {STATUS[o.status].label}
            {o.completedAt && ` ${TIME.format(new Date(o.completedAt))}`}
            {o.completedByName && ` by ${o.completedByName}`}
            {o.laborMinutes !== null && ` · ${o.laborMinutes} min`}
          </Text>
          {o.reason && <Text size="sm">Reason: {o.reason}</Text>}
          {o.note && <Text size="sm">{o.note}</Text>}
          {o.checklist.length > 0 && (
            <Table verticalSpacing={4} aria-label="Checklist">
              <Table.Tbody>
                {o.checklist.map((check) => (
                  <Table.Tr key={check.item}>
                    <Table.Td>{check.item}</Table.Td>
                    <Table.Td>{check.result}</Table.Td>
                    <Table.Td>{check.reading ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Stack>
  );
}

const RESULTS = [
  { value: 'PASS', label: 'Pass' },
  { value: 'FAIL', label: 'Fail' },
  { value: 'NA', label: 'N/A' },
];

function CompleteForm({ order: o, onDone }: { order: WorkOrder; onDone: () => void }) {
  const complete = useCompleteWorkOrder(o.id);
  const [results, setResults] = useState<Record<string, CheckResult>>({});
  const [readings, setReadings] = useState<Record<string, string>>({});
  const [minutes, setMinutes] = useState<number | string>('');
  const [parts, setParts] = useState('');
  const [partsCost, setPartsCost] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [notDuplicated, setNotDuplicated] = useState(false);
  const errors = fieldErrors(complete.error);
  const late = o.timeliness === 'MISSED';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        complete.mutate(
          {
            outcome: notDuplicated ? 'COULD_NOT_DUPLICATE' : 'DONE',
            laborMinutes: minutes === '' ? null : Number(minutes),
            parts: parts || null,
            partsCost: partsCost === '' ? null : Number(partsCost),
            note: note || null,
            reason: reason || null,
            checklist: o.checklist
              .filter((check) => check.item && results[check.item])
              .map((check) => ({
                item: check.item,
                result: results[check.item!]!,
                reading: readings[check.item!] || null,
              })),
            version: o.version,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="sm">
        {o.checklist.length > 0 && (
          <div>
            <Text fw={600} size="sm" mb={4}>
              Checklist
            </Text>
            <Stack gap="xs">
              {o.checklist.map((check, i) => (
                <Group key={check.item} gap="sm" wrap="nowrap" align="flex-end">
                  <Text size="sm" style={{ flex: 1 }} id={`check-${i}`}>
                    {check.item}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`check-${i}`}
                    size="xs"
                    data={RESULTS}
                    value={results[check.item!] ?? ''}
                    onChange={(value) =>
                      setResults({ ...results, [check.item!]: value as CheckResult })
                    }
                  />
                  <TextInput
                    aria-label={`Reading: ${check.item}`}
                    placeholder="Reading"
                    size="xs"
                    w={110}
                    value={readings[check.item!] ?? ''}
                    onChange={(event) =>
                      setReadings({ ...readings, [check.item!]: event.currentTarget.value })
                    }
                  />
                </Group>
              ))}
            </Stack>
            {errorOf(errors, 'checklist') && (
              <Text size="xs" c="red.8" mt={4}>
                {errorOf(errors, 'checklist')}
              </Text>
            )}
          </div>
        )}
        {o.kind === 'CORRECTIVE' && (
          <Checkbox
            label="Could not duplicate the fault"
            checked={notDuplicated}
            onChange={(event) => setNotDuplicated(event.currentTarget.checked)}
          />
        )}
        <Group grow>
          <NumberInput
            label="Time spent (minutes)"
            min={0}
            max={10000}
            value={minutes}
            onChange={setMinutes}
            error={errorOf(errors, 'laborMinutes')}
            required
          />
          <NumberInput
            label="Parts cost ($)"
            min={0}
            decimalScale={2}
            value={partsCost}
            onChange={setPartsCost}
            error={errorOf(errors, 'partsCost')}
          />
        </Group>
        <TextInput
          label="Parts used"
          value={parts}
          onChange={(event) => setParts(event.currentTarget.value)}
        />
        <Textarea
          label="Note"
          description="What was found and done; required when an item failed"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errorOf(errors, 'note')}
          autosize
          minRows={2}
        />
        {(late || errorOf(errors, 'reason')) && (
          <TextInput
            label="Why late"
            description={`The window ended ${o.windowEndsOn ?? ''}: surveys ask why`}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errorOf(errors, 'reason')}
            required
          />
        )}
        {complete.isError && Object.keys(errors).length === 0 && (
          <Alert color="red" variant="light">
            {describeError(complete.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={complete.isPending}>
            Complete work order
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FaultForm({ onDone }: { onDone: () => void }) {
  const report = useReportFault();
  const [assetTag, setAssetTag] = useState('');
  const [summary, setSummary] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const [deviceDown, setDeviceDown] = useState(false);
  const errors = fieldErrors(report.error);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        report.mutate(
          {
            assetTag: assetTag || null,
            summary: summary || null,
            ticketNumber: ticketNumber || null,
            deviceDown,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Asset tag"
          description="Type it or scan the label"
          placeholder="BME-104417"
          value={assetTag}
          onChange={(event) => setAssetTag(event.currentTarget.value)}
          error={errorOf(errors, 'assetTag')}
          required
          data-autofocus
        />
        <Textarea
          label="What is wrong"
          placeholder="Pump alarms with no occlusion"
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          error={errorOf(errors, 'summary')}
          required
        />
        <TextInput
          label="Desk ticket (optional)"
          placeholder="INC-000123"
          value={ticketNumber}
          onChange={(event) => setTicketNumber(event.currentTarget.value)}
          error={errorOf(errors, 'ticketNumber')}
        />
        <Checkbox
          label="Take the device out of service until it is fixed"
          checked={deviceDown}
          onChange={(event) => setDeviceDown(event.currentTarget.checked)}
        />
        {report.isError && Object.keys(errors).length === 0 && (
          <Alert color="red" variant="light">
            {describeError(report.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={report.isPending}>
            Open work order
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
