import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Input,
} from '@mantine/core';
import { IconPlus, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useAdvisories, useFileAdvisory } from '../api/advisories';
import { useDeviceModels } from '../api/devices';
import type { AdvisoryRouting, AdvisorySeverity } from '../types';
import { firmwareRange, ROUTING, SEVERITY } from './advisory-labels';
import { Exposure, SeverityBadge } from './AdvisoryParts';
import { DevicesNav } from './DevicesNav';

const PAGE_SIZE = 20;

/**
 * Security advisories against the fleet: each with how much of its exposure is left, newest first,
 * and the form that files one (and so opens remediation work for every affected device).
 */
export function AdvisoriesPage() {
  const [page, setPage] = useState(1);
  const [filing, setFiling] = useState(false);
  const list = useAdvisories(page - 1, PAGE_SIZE);

  return (
    <Stack gap="md">
      <DevicesNav />
      <PageHeader
        title="Security advisories"
        description="CVEs against the hospital's device models. Filing one opens a remediation work order for every affected connected device; the exposure falls as they close."
        aside={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFiling(true)}>
            File advisory
          </Button>
        }
      />
      <Paper withBorder radius="md" p="md">
        {list.isPending ? (
          <Loading label="Loading advisories…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the advisories"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.total === 0 ? (
          <EmptyState
            icon={<IconShieldCheck size={28} stroke={1.5} />}
            title="No advisories"
            description="File one when a manufacturer or CISA publishes a vulnerability in a model you own."
          />
        ) : (
          <>
            <Table.ScrollContainer
              minWidth={900}
              type="native"
              tabIndex={0}
              aria-label="Advisories, scrolls sideways"
            >
              <Table verticalSpacing="sm" striped aria-label="Advisories">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Advisory</Table.Th>
                    <Table.Th>Severity</Table.Th>
                    <Table.Th>Models and firmware</Table.Th>
                    <Table.Th w={280}>Exposure</Table.Th>
                    <Table.Th>Filed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/devices/advisories/${a.id}`}
                          ff="monospace"
                          fw={600}
                          size="sm"
                        >
                          {a.cve}
                        </Anchor>
                        <Text size="sm">{a.title}</Text>
                      </Table.Td>
                      <Table.Td>
                        <SeverityBadge severity={a.severity} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {a.models.map((m) => `${m.manufacturer} ${m.model}`).join(', ')}
                        </Text>
                        <Text size="xs" c="dimmed">
                          Firmware {firmwareRange(a.firmwareFrom, a.firmwareTo)} ·{' '}
                          {ROUTING[a.routing]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Exposure
                          affected={a.affected}
                          remaining={a.remaining}
                          opening={a.remediationOpenedAt == null}
                        />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{a.createdAt.slice(0, 10)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPages
              page={page}
              pages={Math.ceil(list.data.total / PAGE_SIZE)}
              onPage={setPage}
              count={`${list.data.total.toLocaleString('en-US')} ${list.data.total === 1 ? 'advisory' : 'advisories'}`}
            />
          </>
        )}
      </Paper>
      <Drawer
        opened={filing}
        onClose={() => setFiling(false)}
        position="right"
        size="lg"
        title={
          <Title order={2} size="h3" component="span">
            File advisory
          </Title>
        }
      >
        {filing && <FileAdvisoryForm onCancel={() => setFiling(false)} />}
      </Drawer>
    </Stack>
  );
}

const ROUTINGS = (Object.keys(ROUTING) as AdvisoryRouting[]).map((value) => ({
  value,
  label: ROUTING[value],
}));

/** The advisory as the manufacturer or CISA published it; filing opens the remediation work. */
export function FileAdvisoryForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const models = useDeviceModels();
  const file = useFileAdvisory();
  const [cve, setCve] = useState('');
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<AdvisorySeverity | null>('HIGH');
  const [modelIds, setModelIds] = useState<string[]>([]);
  const [firmwareFrom, setFirmwareFrom] = useState('');
  const [firmwareTo, setFirmwareTo] = useState('');
  const [routing, setRouting] = useState<AdvisoryRouting>('BOTH');
  const [remediation, setRemediation] = useState('');
  const errors = file.isError ? fieldErrors(file.error) : {};
  const blank = (text: string) => (text.trim() === '' ? null : text.trim());

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        file.mutate(
          {
            cve: cve.trim(),
            title: title.trim(),
            severity,
            modelIds: modelIds.map(Number),
            firmwareFrom: blank(firmwareFrom),
            firmwareTo: blank(firmwareTo),
            remediation: remediation.trim(),
            routing,
          },
          { onSuccess: (filed) => void navigate(`/devices/advisories/${filed.id}`) },
        );
      }}
    >
      <Stack gap="sm">
        {errors[''] && (
          <Alert color="red" variant="light">
            {errors['']}
          </Alert>
        )}
        <TextInput
          label="CVE"
          placeholder="CVE-2024-12345"
          required
          value={cve}
          onChange={(event) => setCve(event.currentTarget.value)}
          error={errorOf(errors, 'cve')}
          ff="monospace"
        />
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errorOf(errors, 'title')}
        />
        <Select
          label="Severity"
          required
          data={(Object.keys(SEVERITY) as AdvisorySeverity[]).map((value) => ({
            value,
            label: SEVERITY[value].label,
          }))}
          value={severity}
          onChange={(value) => setSeverity(value)}
          error={errorOf(errors, 'severity')}
        />
        <MultiSelect
          label="Affected models"
          placeholder={modelIds.length === 0 ? 'Pick one or more models' : undefined}
          required
          searchable
          data={(models.data ?? []).map((m) => ({
            value: String(m.id),
            label: `${m.manufacturer} ${m.model}`,
          }))}
          value={modelIds}
          onChange={setModelIds}
          error={
            errorOf(errors, 'modelIds') ??
            (models.isError ? 'Models could not be loaded' : undefined)
          }
        />
        <Group grow align="flex-start">
          <TextInput
            label="Firmware from"
            description="Inclusive; empty: every earlier version"
            placeholder="2.4.0"
            value={firmwareFrom}
            onChange={(event) => setFirmwareFrom(event.currentTarget.value)}
            error={errorOf(errors, 'firmwareFrom')}
          />
          <TextInput
            label="Firmware to"
            description="Inclusive; empty: every later version"
            placeholder="2.4.2"
            value={firmwareTo}
            onChange={(event) => setFirmwareTo(event.currentTarget.value)}
            error={errorOf(errors, 'firmwareTo')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          Connected devices of these models in the range get a remediation work order, and so do
          those whose firmware is not recorded. Retired devices and devices off the network do not.
        </Text>
        <div>
          <Input.Label id="advisory-routing-label" display="block">
            Remediated by
          </Input.Label>
          <SegmentedControl
            aria-labelledby="advisory-routing-label"
            data={ROUTINGS}
            value={routing}
            onChange={(value) => setRouting(value)}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Biomed and IT: each group gets its own work order per device.
          </Text>
        </div>
        <Textarea
          label="Remediation"
          required
          autosize
          minRows={3}
          value={remediation}
          onChange={(event) => setRemediation(event.currentTarget.value)}
          error={errorOf(errors, 'remediation')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={file.isPending}>
            File and open work orders
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
