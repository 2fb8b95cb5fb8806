import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { formatDate } from '@/lib/time';
import { useScorecardCard, type CardKind } from '../api/scorecards';
import type { ScorecardRange } from '../types';
import { BacklogCell, CsatCell, RateCell } from './Figures';

// recharts loads with the first card opened, not with the table.
const ScorecardTrend = lazy(() =>
  import('./ScorecardTrend').then((module) => ({ default: module.ScorecardTrend })),
);

function weekOf(from: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(
    new Date(from),
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

/** A partner's or engagement's card: the period's figures and how they went week by week. */
export function ScorecardCardView({
  kind,
  id,
  range,
}: {
  kind: CardKind;
  id: number;
  range: ScorecardRange;
}) {
  const card = useScorecardCard(kind, id, range);
  if (card.isPending) return <Loading label="Loading the scorecard…" />;
  if (card.isError) {
    return (
      <ErrorState
        title="We could not load this scorecard"
        error={card.error}
        onRetry={() => void card.refetch()}
        retrying={card.isFetching}
      />
    );
  }
  const { row, weeks } = card.data;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {formatDate(range.from)} – {formatDate(range.to)}
        </Text>
        {row.status && (
          <Badge variant="light" tt="none">
            {row.status.toLowerCase()}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label="Volume">
          <Text fw={700}>{row.volume}</Text>
        </Figure>
        <Figure label="SLA">
          <RateCell value={row.slaCompliance} what="met" />
        </Figure>
        <Figure label="OLA">
          <RateCell value={row.olaCompliance} what="met" />
        </Figure>
        <Figure label="First contact">
          <RateCell value={row.firstContactResolution} />
        </Figure>
        <Figure label="Reopened">
          <RateCell value={row.reopenRate} />
        </Figure>
        <Figure label="CSAT">
          <CsatCell csat={row.csat} />
        </Figure>
        <Figure label="Backlog now">
          <BacklogCell backlog={row.backlog} />
        </Figure>
      </SimpleGrid>
      <Text fw={650}>Weekly trend</Text>
      {weeks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No weeks in this period.
        </Text>
      ) : (
        <>
          <Suspense fallback={<Loading label="Loading the chart…" />}>
            <ScorecardTrend weeks={weeks} />
          </Suspense>
          <Table.ScrollContainer minWidth={620}>
            <Table aria-label="Weeks" striped verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Week of</Table.Th>
                  <Table.Th ta="right">Volume</Table.Th>
                  <Table.Th>SLA</Table.Th>
                  <Table.Th>OLA</Table.Th>
                  <Table.Th>First contact</Table.Th>
                  <Table.Th>Reopened</Table.Th>
                  <Table.Th>CSAT</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {weeks.map((week) => (
                  <Table.Tr key={week.from}>
                    <Table.Td>{weekOf(week.from)}</Table.Td>
                    <Table.Td ta="right">{week.volume}</Table.Td>
                    <Table.Td>
                      <RateCell value={week.slaCompliance} />
                    </Table.Td>
                    <Table.Td>
                      <RateCell value={week.olaCompliance} />
                    </Table.Td>
                    <Table.Td>
                      <RateCell value={week.firstContactResolution} />
                    </Table.Td>
                    <Table.Td>
                      <RateCell value={week.reopenRate} />
                    </Table.Td>
                    <Table.Td>
                      <CsatCell csat={week.csat} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
