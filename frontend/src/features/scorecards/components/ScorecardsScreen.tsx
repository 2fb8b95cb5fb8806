import {
  Anchor,
  Badge,
  Box,
  Drawer,
  Group,
  LoadingOverlay,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useScorecards, type CardKind } from '../api/scorecards';
import { KIND_HEADING, type ScorecardKind, type ScorecardRange, type ScorecardRow } from '../types';
import { lastDays } from '../utils';
import { BacklogCell, CsatCell, RateCell } from './Figures';
import { ScorecardCardView } from './ScorecardCardView';
import { ScorecardHelp } from './ScorecardHelp';

type Period = '30' | '90' | 'custom';

const KINDS: ScorecardKind[] = ['TEAM', 'PARTNER', 'ENGAGEMENT'];

const COLUMNS = 8;

interface Selected {
  kind: CardKind;
  id: number;
  name: string;
}

/**
 * The same figures for the hospital's own teams, its partners and their engagements, over a
 * period. A partner's manager sees its own partner and engagements only (the API filters).
 */
export function ScorecardsScreen({ partnerView = false }: { partnerView?: boolean }) {
  const [period, setPeriod] = useState<Period>('30');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selected, setSelected] = useState<Selected | null>(null);
  const customProblem =
    period === 'custom' && from && to && to < from ? 'Must not be before the start' : null;
  const range: ScorecardRange | null = useMemo(() => {
    if (period !== 'custom') return lastDays(Number(period));
    return from && to && to >= from ? { from, to } : null;
  }, [period, from, to]);
  const list = useScorecards(range);
  const refusal = fieldErrors(list.error);

  return (
    <>
      {/* Not PageHeader: this page uses no ListPages, and importing one without the other splits
          the chunk they share into two that the portal's first screen both loads. */}
      <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Title order={1} size="h2">
            Scorecards
          </Title>
          <Text c="dimmed" maw={720}>
            {partnerView
              ? 'Your organisation’s figures with this hospital, counted the way it counts its own teams.'
              : 'Internal teams, partners and engagements on the same figures, counted the same way.'}
          </Text>
        </Stack>
        <ScorecardHelp />
      </Group>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <SegmentedControl
            aria-label="Period"
            value={period}
            onChange={(value) => setPeriod(value)}
            data={[
              { value: '30', label: 'Last 30 days' },
              { value: '90', label: 'Last 90 days' },
              { value: 'custom', label: 'Custom' },
            ]}
          />
          {period === 'custom' && (
            <>
              <TextInput
                type="date"
                label="From"
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                error={errorOf(refusal, 'from')}
              />
              <TextInput
                type="date"
                label="To"
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={customProblem ?? errorOf(refusal, 'to')}
              />
            </>
          )}
        </Group>
        {range === null ? (
          <Text size="sm" c="dimmed">
            Choose the first and last day of the period.
          </Text>
        ) : list.isPending ? (
          <Loading label="Loading scorecards…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the scorecards"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.rows.length === 0 ? (
          <EmptyState
            icon={<IconChartBar size={28} stroke={1.5} />}
            title="No scorecards"
            description={
              partnerView
                ? 'Your organisation has no engagement with this hospital yet.'
                : 'Scorecards appear once support groups and partners are set up.'
            }
          />
        ) : (
          <Box pos="relative">
            <LoadingOverlay
              visible={list.isPlaceholderData}
              zIndex={1}
              overlayProps={{ blur: 1 }}
            />
            <Table.ScrollContainer minWidth={980}>
              <Table aria-label="Scorecards" verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th ta="right">Volume</Table.Th>
                    <Table.Th>SLA compliance</Table.Th>
                    <Table.Th>OLA compliance</Table.Th>
                    <Table.Th>First-contact resolution</Table.Th>
                    <Table.Th>Reopen rate</Table.Th>
                    <Table.Th>CSAT</Table.Th>
                    <Table.Th>Backlog</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                {KINDS.map((kind) => {
                  const rows = list.data.rows.filter((row) => row.kind === kind);
                  if (rows.length === 0) return null;
                  return (
                    <Table.Tbody key={kind}>
                      <Table.Tr>
                        <Table.Th
                          colSpan={COLUMNS}
                          scope="colgroup"
                          bg="var(--mantine-color-default-hover)"
                        >
                          {KIND_HEADING[kind]}
                        </Table.Th>
                      </Table.Tr>
                      {rows.map((row) => (
                        <ScorecardTableRow
                          key={`${row.kind}-${row.id}`}
                          row={row}
                          onOpen={setSelected}
                        />
                      ))}
                    </Table.Tbody>
                  );
                })}
              </Table>
            </Table.ScrollContainer>
          </Box>
        )}
      </Stack>
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="xl"
        title={<Text fw={650}>{selected?.name}</Text>}
      >
        {selected && range && (
          <ScorecardCardView kind={selected.kind} id={selected.id} range={range} />
        )}
      </Drawer>
    </>
  );
}

function ScorecardTableRow({
  row,
  onOpen,
}: {
  row: ScorecardRow;
  onOpen: (selected: Selected) => void;
}) {
  const cardKind: CardKind | null =
    row.kind === 'PARTNER' ? 'partners' : row.kind === 'ENGAGEMENT' ? 'engagements' : null;
  return (
    <Table.Tr>
      <Table.Td maw={300}>
        {cardKind ? (
          <Anchor
            component="button"
            type="button"
            fw={600}
            ta="left"
            onClick={() => onOpen({ kind: cardKind, id: row.id, name: row.name })}
          >
            {row.name}
          </Anchor>
        ) : (
          <Text size="sm" fw={600}>
            {row.name}
          </Text>
        )}
        {row.status && (
          <Badge ml={6} size="sm" variant="light" color="gray" tt="none">
            {row.status.toLowerCase()}
          </Badge>
        )}
      </Table.Td>
      <Table.Td ta="right">{row.volume}</Table.Td>
      <Table.Td>
        <RateCell value={row.slaCompliance} what="met" />
      </Table.Td>
      <Table.Td>
        <RateCell value={row.olaCompliance} what="met" />
      </Table.Td>
      <Table.Td>
        <RateCell value={row.firstContactResolution} />
      </Table.Td>
      <Table.Td>
        <RateCell value={row.reopenRate} />
      </Table.Td>
      <Table.Td>
        <CsatCell csat={row.csat} />
      </Table.Td>
      <Table.Td>
        <BacklogCell backlog={row.backlog} />
      </Table.Td>
    </Table.Tr>
  );
}
