import { Badge, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { openPage, useCoverageRisk } from '../api/insights';
import type { CoverageRiskAnswer } from '../types';
import { isDay, periodLabel } from '../utils';
import { BarsChart, TrendChart } from './charts';
import { ExportButton } from './ExportButton';
import { GAP, GOOD, RISK } from './palette';

const STATUS_COLOUR = { GOOD: 'teal', RISK: 'orange', GAP: 'red' } as const;

/**
 * Coverage risk: the matrix's GOOD/RISK/GAP counts per week, what is at risk now by criticality
 * and which applications, and the matrix itself as CSV or XLSX. Applications are not tickets, so
 * these figures open no ticket list. `from` and `to` in the URL narrow the weeks (the API's
 * default: the last 26).
 */
export function CoverageRiskScreen() {
  const [search] = useSearchParams();
  const params: Record<string, string> = {};
  for (const key of ['from', 'to']) {
    const value = search.get(key);
    if (isDay(value)) params[key] = value;
  }
  const risk = useCoverageRisk(params);

  let body;
  if (risk.isPending) {
    body = <Loading label="Loading coverage risk…" />;
  } else if (risk.isError) {
    body = (
      <ErrorState
        title="We could not load coverage risk"
        error={risk.error}
        onRetry={() => void risk.refetch()}
      />
    );
  } else {
    body = <RiskFigures data={risk.data} />;
  }

  return (
    <Stack gap="xl">
      {body}
      <Stack gap="sm" component="section" aria-labelledby="matrix-export-heading">
        <Title order={2} size="h3" id="matrix-export-heading">
          The coverage matrix
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          Every application with its coverage status (GOOD, RISK or GAP), bus factor and window
          coverage, and a column per person with their skill level: to bring to a meeting.
        </Text>
        <Group gap="sm">
          <ExportButton
            url="/api/coverage/matrix/export?format=csv"
            filename="coverage-matrix.csv"
            what="the coverage matrix"
          />
          <ExportButton
            url="/api/coverage/matrix/export?format=xlsx"
            filename="coverage-matrix.xlsx"
            accept="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            label="Export XLSX"
            what="the coverage matrix"
          />
          <PrintButton />
        </Group>
      </Stack>
    </Stack>
  );
}

/** The matrix as a page laid out for printing, in a new tab (print it from there). */
function PrintButton() {
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconPrinter size={16} aria-hidden />}
        aria-label="Printable page: the coverage matrix"
        onClick={() => {
          setError(null);
          openPage('/api/coverage/matrix/export?format=html').catch((e: unknown) =>
            setError(describeError(e).title),
          );
        }}
      >
        Printable page
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}

function RiskFigures({ data }: { data: CoverageRiskAnswer }) {
  const { now } = data;
  if (now.good + now.risk + now.gap === 0) {
    return (
      <EmptyState
        title="No applications in the catalog yet"
        description="Coverage risk appears once applications and the people who support them are recorded."
      />
    );
  }
  const weeks = data.weeks.map((w) => ({ ...w, label: periodLabel(w.weekStart, 'WEEK') }));
  return (
    <Stack gap="md" component="section" aria-labelledby="coverage-risk-heading">
      <Title order={2} size="h3" id="coverage-risk-heading">
        Good, at risk and with a gap, week by week
      </Title>
      <Text size="sm">
        Now: <strong>{now.gap.toLocaleString()}</strong> applications with a gap,{' '}
        <strong>{now.risk.toLocaleString()}</strong> at risk and{' '}
        <strong>{now.good.toLocaleString()}</strong> well covered;{' '}
        <strong>{now.busFactorOne.toLocaleString()}</strong> rest on one expert.
      </Text>
      {weeks.length === 0 ? (
        <Text size="sm" c="dimmed">
          Weeks are recorded as time goes by; the first one appears after the next hourly roll.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <BarsChart
            rows={weeks}
            xKey="label"
            stacked
            series={[
              { key: 'good', name: 'Good', colour: GOOD },
              { key: 'risk', name: 'Risk', colour: RISK },
              { key: 'gap', name: 'Gap', colour: GAP },
            ]}
            label={`Applications GOOD, at RISK and with a GAP per week, ${weeks.length} weeks; now ${now.good} good, ${now.risk} at risk, ${now.gap} with a gap.`}
          />
          <TrendChart
            rows={weeks}
            xKey="weekStart"
            xLabel={(s) => periodLabel(s, 'WEEK')}
            series={[{ key: 'busFactorOne', name: 'One expert only', colour: GAP, strong: true }]}
            label={`Applications resting on one expert per week; now ${now.busFactorOne}.`}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Table verticalSpacing={4} captionSide="top" style={{ alignSelf: 'start' }}>
          <Table.Caption>At risk now by criticality (1 most critical)</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criticality</Table.Th>
              <Table.Th ta="right">One expert only</Table.Th>
              <Table.Th ta="right">Risk</Table.Th>
              <Table.Th ta="right">Gap</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.byCriticality.map((c) => (
              <Table.Tr key={c.criticality}>
                <Table.Td>{c.criticality}</Table.Td>
                <Table.Td ta="right">{c.busFactorOne}</Table.Td>
                <Table.Td ta="right">{c.risk}</Table.Td>
                <Table.Td ta="right">{c.gap}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} captionSide="top" striped>
            <Table.Caption>Applications worth attention, most critical first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Application</Table.Th>
                <Table.Th ta="right">Criticality</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Bus factor</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.attention.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td ta="right">{a.criticality}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOUR[a.status]}>
                      {a.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{a.busFactor}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SimpleGrid>
    </Stack>
  );
}
