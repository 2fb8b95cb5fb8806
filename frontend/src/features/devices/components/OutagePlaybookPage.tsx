import { Badge, Grid, NavLink, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { useOutagePlaybook } from '../api/advisories';
import type { PlaybookUnit } from '../types';
import { DevicesNav } from './DevicesNav';

const PAGE_SIZE = 50;

/**
 * For a July-2024-style outage: the connected devices that will not come back over the network
 * (their model cannot be recovered remotely), by site and unit, so biomed and IT can send people
 * unit by unit. Picking a unit lists its devices with room and address.
 */
export function OutagePlaybookPage() {
  const [place, setPlace] = useState<PlaybookUnit | null>(null);
  const [page, setPage] = useState(1);
  const playbook = useOutagePlaybook(place?.site ?? null, place?.unit ?? null, page - 1, PAGE_SIZE);
  const pick = (unit: PlaybookUnit | null) => {
    setPlace(unit);
    setPage(1);
  };

  return (
    <Stack gap="md">
      <DevicesNav />
      <PageHeader
        title="Outage playbook"
        description="Connected devices that cannot be recovered remotely, by unit: where to send technicians when a bad update or an attack takes the network's devices down."
      />
      {playbook.isPending ? (
        <Loading label="Loading the playbook…" />
      ) : playbook.isError ? (
        <ErrorState
          title="We could not load the playbook"
          error={playbook.error}
          onRetry={() => void playbook.refetch()}
          retrying={playbook.isFetching}
        />
      ) : playbook.data.devices === 0 ? (
        <Paper withBorder radius="md" p="md">
          <EmptyState
            icon={<IconPlugConnected size={28} stroke={1.5} />}
            title="Every connected device recovers remotely"
            description="No connected device's model is marked as needing someone on site."
          />
        </Paper>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p="xs">
              <Title order={2} size="h4" p="xs">
                {playbook.data.devices.toLocaleString('en-US')} devices need a visit
              </Title>
              <ScrollArea.Autosize mah={560}>
                <nav aria-label="Units">
                  <NavLink
                    component="button"
                    label="Every unit"
                    active={place === null}
                    onClick={() => pick(null)}
                    rightSection={<Count value={playbook.data.devices} />}
                  />
                  {sites(playbook.data.units).map(([site, units]) => (
                    <div key={site}>
                      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                        {site}
                      </Text>
                      {units.map((u) => (
                        <NavLink
                          key={`${u.site}|${u.unit ?? ''}`}
                          component="button"
                          label={u.unit ?? 'No unit recorded'}
                          active={place?.site === u.site && place.unit === u.unit}
                          onClick={() => pick(u)}
                          rightSection={<Count value={u.devices} />}
                        />
                      ))}
                    </div>
                  ))}
                </nav>
              </ScrollArea.Autosize>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="xs">
                {place === null
                  ? 'Every unit'
                  : `${place.unit ?? 'No unit recorded'} · ${place.site}`}
              </Title>
              <Table.ScrollContainer
                minWidth={640}
                type="native"
                tabIndex={0}
                aria-label="Devices to visit, scrolls sideways"
              >
                <Table verticalSpacing={4} striped aria-label="Devices to visit">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Asset tag</Table.Th>
                      <Table.Th>Model</Table.Th>
                      <Table.Th>Location</Table.Th>
                      <Table.Th>Address</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {playbook.data.page.items.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>
                          <Text size="sm" ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                            {d.assetTag}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {d.manufacturer} {d.model}
                          </Text>
                          <Text size="xs" c={d.risk === 'LIFE_SUPPORT' ? 'red.9' : 'dimmed'}>
                            {d.deviceClass}
                            {d.risk === 'LIFE_SUPPORT' ? ' · life support' : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {[d.unit, d.room].filter(Boolean).join(' · ') || '—'}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {[d.site, d.building].filter(Boolean).join(' · ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {d.ipAddress ?? '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <ListPages
                page={page}
                pages={Math.ceil(playbook.data.page.total / PAGE_SIZE)}
                onPage={setPage}
                count={`${playbook.data.page.total.toLocaleString('en-US')} devices`}
              />
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function Count({ value }: { value: number }) {
  return (
    <Badge variant="light" color="gray" size="sm">
      {value.toLocaleString('en-US')}
    </Badge>
  );
}

/** The units grouped by site, in the API's order (site, then unit). */
function sites(units: PlaybookUnit[]): [string, PlaybookUnit[]][] {
  const bySite = new Map<string, PlaybookUnit[]>();
  for (const unit of units) {
    bySite.set(unit.site, [...(bySite.get(unit.site) ?? []), unit]);
  }
  return [...bySite.entries()];
}
