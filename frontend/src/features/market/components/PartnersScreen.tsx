import {
  Anchor,
  Badge,
  Box,
  Drawer,
  Group,
  LoadingOverlay,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/time';
import { usePartner, usePartners } from '../api/partners';
import {
  OFFERING_LABEL,
  type Capability,
  type PartnerProfile,
  type PartnerSummary,
} from '../types';
import { agreementText, money, shiftsText } from '../utils/marketplace';

const PAGE_SIZE = 12;

function capabilitiesText(capabilities: Capability[]): string {
  return capabilities.map((c) => `${c.application} (level ${c.level})`).join(', ');
}

/**
 * The hospital's partners: who offers what, where, at which tiers, for which applications, and
 * whether a business associate agreement is on file. Cards rather than a table, so a phone reads
 * them without scrolling sideways.
 */
export function PartnersScreen() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const list = usePartners({ q, page, size: PAGE_SIZE });
  const pages = list.data ? Math.ceil(list.data.total / list.data.size) : 0;

  return (
    <>
      <Stack gap={2} mb="sm">
        <Title order={2} size="h3">
          Partners
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          Managed-service and staffing partners, as their managers describe themselves: offerings
          and rates, regions, tiers and the applications they can staff.
        </Text>
      </Stack>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <TextInput
            label="Search partners"
            placeholder="Name, application or region"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(0);
            }}
            w={{ base: '100%', sm: 360 }}
          />
          {list.data && (
            <Text size="sm" c="dimmed">
              {list.data.total} partner{list.data.total === 1 ? '' : 's'}
            </Text>
          )}
        </Group>
        {list.isPending ? (
          <Loading label="Loading partners…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the partners"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            icon={<IconBuildingCommunity size={28} stroke={1.5} />}
            title={q.trim() ? 'No partner matches your search' : 'No partners yet'}
            description={
              q.trim()
                ? 'Try another name, application or region.'
                : 'Partners appear here once an administrator adds their organisation and their manager describes it.'
            }
          />
        ) : (
          <Box pos="relative">
            <LoadingOverlay
              visible={list.isPlaceholderData}
              zIndex={1}
              overlayProps={{ blur: 1 }}
            />
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="sm"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label="Partners"
            >
              {list.data.items.map((partner) => (
                <PartnerCard
                  key={partner.id}
                  partner={partner}
                  onOpen={() => setSelected(partner.id)}
                />
              ))}
            </SimpleGrid>
            <ListPages page={page + 1} pages={pages} onPage={(value) => setPage(value - 1)} />
          </Box>
        )}
      </Stack>
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="lg"
        title={<Text fw={650}>Partner</Text>}
      >
        {selected !== null && <PartnerDetail key={selected} id={selected} />}
      </Drawer>
    </>
  );
}

function PartnerCard({ partner, onOpen }: { partner: PartnerSummary; onOpen: () => void }) {
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={partner.name}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component="button" type="button" fw={650} ta="left" onClick={onOpen}>
            {partner.name}
          </Anchor>
          <Group gap={4}>
            {partner.tiers.map((tier) => (
              <Badge key={tier} variant="light" tt="none">
                {tier}
              </Badge>
            ))}
          </Group>
        </Group>
        {partner.summary && (
          <Text size="sm" lineClamp={3}>
            {partner.summary}
          </Text>
        )}
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {partner.offerings.map((o) => OFFERING_LABEL[o.kind] ?? o.kind).join(' · ') ||
            'No offerings listed'}
        </Text>
        {partner.capabilities.length > 0 && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed" size="sm">
              Applications:{' '}
            </Text>
            {capabilitiesText(partner.capabilities)}
          </Text>
        )}
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Regions:{' '}
          </Text>
          {partner.regions.join(', ') || '—'}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color={partner.agreement ? 'teal' : 'orange'} tt="none">
            {partner.agreement ? 'Agreement on file' : 'No agreement'}
          </Badge>
          <Text size="xs" c="dimmed">
            {partner.people} named {partner.people === 1 ? 'person' : 'people'} ·{' '}
            {partner.activeEngagements} active engagement
            {partner.activeEngagements === 1 ? '' : 's'}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A partner's whole profile, read-only: the hospital's view of it. */
export function PartnerDetail({ id }: { id: number }) {
  const partner = usePartner(id);
  if (partner.isPending) return <Loading label="Loading the partner…" />;
  if (partner.isError) {
    return (
      <ErrorState
        title="We could not load this partner"
        error={partner.error}
        onRetry={() => void partner.refetch()}
        retrying={partner.isFetching}
      />
    );
  }
  return <PartnerProfileView partner={partner.data} />;
}

export function PartnerProfileView({ partner: p }: { partner: PartnerProfile }) {
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h4">
          {p.name}
        </Title>
        {p.summary && <Text size="sm">{p.summary}</Text>}
      </Stack>
      <Table withRowBorders={false} verticalSpacing={4} fz="sm" aria-label="Partner details">
        <Table.Tbody>
          {(
            [
              ['Tiers', p.tiers.join(', ') || '—'],
              ['Regions', p.regions.join(', ') || '—'],
              ['Certifications', p.certifications.join(', ') || '—'],
              ['Agreement', agreementText(p.agreement)],
              ['Applications', capabilitiesText(p.capabilities) || '—'],
              ['Active engagements', String(p.activeEngagements)],
              [
                'Profile updated',
                p.updatedAt
                  ? `${formatDateTime(p.updatedAt)}${p.updatedBy ? ` by ${p.updatedBy}` : ''}`
                  : '—',
              ],
            ] as const
          ).map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Offerings and rate cards
        </Title>
        {p.offerings.length === 0 && (
          <Text size="sm" c="dimmed">
            None listed.
          </Text>
        )}
        {p.offerings.map((o, i) => (
          <Paper key={i} withBorder p="sm" radius="md">
            <Text fw={600} size="sm">
              {OFFERING_LABEL[o.kind] ?? o.kind}
            </Text>
            {o.description && <Text size="sm">{o.description}</Text>}
            {o.rates.length > 0 && (
              <Text size="sm" c="dimmed">
                {o.rates.map((r) => `${r.role} ${money(r.hourlyRate)}/h`).join(' · ')}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Named people
        </Title>
        {p.people.length === 0 && (
          <Text size="sm" c="dimmed">
            None named yet.
          </Text>
        )}
        {p.people.map((person, i) => (
          <Paper key={i} withBorder p="sm" radius="md">
            <Text fw={600} size="sm">
              {person.name}
              {person.title && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  · {person.title}
                </Text>
              )}
            </Text>
            <Text size="sm">
              {person.skills.map((s) => `${s.application} ${s.level}`).join(', ') || 'No skills'}
            </Text>
            <Text size="xs" c="dimmed">
              {person.capacityHours} h/week · {person.zone} · {shiftsText(person.shifts)}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
