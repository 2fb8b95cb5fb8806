import {
  Anchor,
  Badge,
  Grid,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { useAdvisory } from '../api/advisories';
import type { Advisory } from '../types';
import { firmwareRange, ROUTING } from './advisory-labels';
import { Exposure, SeverityBadge } from './AdvisoryParts';
import { DevicesNav } from './DevicesNav';

const PAGE_SIZE = 50;

/** One advisory: what it is, how much exposure is left, and where the remaining devices are. */
export function AdvisoryPage() {
  const id = Number(useParams().id);
  const [page, setPage] = useState(1);
  const advisory = useAdvisory(id, page - 1, PAGE_SIZE);

  return (
    <Stack gap="md">
      <DevicesNav />
      <Anchor component={Link} to="/devices/advisories" size="sm">
        ← All advisories
      </Anchor>
      {advisory.isPending ? (
        <Loading label="Loading the advisory…" />
      ) : advisory.isError ? (
        <ErrorState
          title="We could not load this advisory"
          error={advisory.error}
          onRetry={() => void advisory.refetch()}
          retrying={advisory.isFetching}
        />
      ) : (
        <AdvisoryDetail advisory={advisory.data} page={page} onPage={setPage} />
      )}
    </Stack>
  );
}

function AdvisoryDetail({
  advisory: a,
  page,
  onPage,
}: {
  advisory: Advisory;
  page: number;
  onPage: (page: number) => void;
}) {
  return (
    <>
      <div>
        <Group gap="sm">
          <Title order={1} size="h2" ff="monospace">
            {a.cve}
          </Title>
          <SeverityBadge severity={a.severity} />
        </Group>
        <Text size="lg">{a.title}</Text>
        <Text size="sm" c="dimmed">
          Filed {a.createdAt.slice(0, 10)}
          {a.createdBy ? ` by ${a.createdBy}` : ''}
        </Text>
      </div>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p="md" h="100%">
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <Stat
                  label="Affected devices"
                  value={a.remediationOpenedAt == null ? null : a.affected}
                />
                <Stat
                  label="Remaining"
                  value={a.remediationOpenedAt == null ? null : a.remaining}
                />
              </SimpleGrid>
              <Exposure
                affected={a.affected}
                remaining={a.remaining}
                opening={a.remediationOpenedAt == null}
              />
              <Text size="xs" c="dimmed">
                A device remains exposed while one of its remediation work orders is open.
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p="md" h="100%">
            <Stack gap={6}>
              <Fact label="Models">
                {a.models.map((m) => `${m.manufacturer} ${m.model}`).join(', ')}
              </Fact>
              <Fact label="Firmware">{firmwareRange(a.firmwareFrom, a.firmwareTo)}</Fact>
              <Fact label="Remediated by">{ROUTING[a.routing]}</Fact>
              <Fact label="Remediation">
                <span style={{ whiteSpace: 'pre-wrap' }}>{a.remediation}</span>
              </Fact>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      {a.remediationOpenedAt == null ? (
        <Paper withBorder radius="md" p="md">
          <EmptyState
            icon={<Loader size="sm" />}
            title="Opening remediation work orders"
            description="One for every affected connected device, for each group that remediates. This page updates by itself when they are open."
          />
        </Paper>
      ) : a.remaining === 0 ? (
        <Paper withBorder radius="md" p="md">
          <EmptyState
            icon={<IconShieldCheck size={28} stroke={1.5} />}
            title={a.affected === 0 ? 'No device was affected' : 'Every affected device is patched'}
            description={
              a.affected === 0
                ? 'No connected device of these models runs firmware in the range.'
                : 'All remediation work orders are closed.'
            }
          />
        </Paper>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="xs">
                Remaining by unit
              </Title>
              <Table verticalSpacing={4} aria-label="Remaining devices by unit">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Unit</Table.Th>
                    <Table.Th ta="right">Devices</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.remainingByUnit.map((u) => (
                    <Table.Tr key={`${u.site}|${u.unit ?? ''}`}>
                      <Table.Td>
                        <Text size="sm">{u.unit ?? 'No unit recorded'}</Text>
                        <Text size="xs" c="dimmed">
                          {u.site}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" fw={600}>
                          {u.devices}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="xs">
                Remaining devices
              </Title>
              <Table.ScrollContainer
                minWidth={640}
                type="native"
                tabIndex={0}
                aria-label="Remaining devices, scrolls sideways"
              >
                <Table verticalSpacing={4} striped aria-label="Remaining devices">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Asset tag</Table.Th>
                      <Table.Th>Model</Table.Th>
                      <Table.Th>Location</Table.Th>
                      <Table.Th>Firmware</Table.Th>
                      <Table.Th>Open work orders</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.remainingDevices.items.map((d) => (
                      <Table.Tr key={d.deviceId}>
                        <Table.Td>
                          <Text size="sm" ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                            {d.assetTag}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {d.manufacturer} {d.model}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {[d.unit, d.room].filter(Boolean).join(' · ') || '—'}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {d.site}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c={d.firmware ? undefined : 'dimmed'}>
                            {d.firmware ?? 'unknown'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {d.workOrderIds.map((w) => (
                              <Badge key={w} variant="outline" color="gray" ff="monospace">
                                WO-{w}
                              </Badge>
                            ))}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <ListPages
                page={page}
                pages={Math.ceil(a.remainingDevices.total / PAGE_SIZE)}
                onPage={onPage}
                count={`${a.remainingDevices.total.toLocaleString('en-US')} remaining`}
              />
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}

/** A count, or a dash while it is not known yet. */
function Stat({ label, value }: { label: string; value: number | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value === null ? '—' : value.toLocaleString('en-US')}
      </Text>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Group>
  );
}
