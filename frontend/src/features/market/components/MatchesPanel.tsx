import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useMatches } from '../api/staffing-requests';
import { percent } from '../utils/marketplace';

/**
 * Partners ranked for a request, best first, each with its score and the reasons in words
 * ("covers 3 of 4 applications at level ≥ 3; no nights"), whether it sees the request and how
 * many proposals it sent. A list of cards, so a phone reads it without scrolling sideways.
 */
export function MatchesPanel({ requestId }: { requestId: number }) {
  const matches = useMatches(requestId);
  return (
    <Stack gap="xs" component="section" aria-labelledby={`matches-${requestId}`}>
      <Title order={3} size="h5" id={`matches-${requestId}`}>
        Matching partners
      </Title>
      {matches.isPending ? (
        <Loading label="Ranking partners…" />
      ) : matches.isError ? (
        <ErrorState
          title="We could not rank the partners"
          error={matches.error}
          onRetry={() => void matches.refetch()}
          retrying={matches.isFetching}
        />
      ) : matches.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No partner has described what it can staff yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {matches.data.items.map((m, i) => (
            <Paper
              key={m.partnerId}
              component="li"
              withBorder
              radius="md"
              p="sm"
              aria-label={`${i + 1}. ${m.name}`}
            >
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {i + 1}. {m.name}
                </Text>
                <Group gap={6}>
                  <Badge variant="light" color={m.published ? 'blue' : 'gray'} tt="none">
                    {m.published ? 'Published' : 'Not published'}
                  </Badge>
                  <Badge variant="light" color={m.proposals > 0 ? 'teal' : 'gray'} tt="none">
                    {m.proposals} proposal{m.proposals === 1 ? '' : 's'}
                  </Badge>
                </Group>
              </Group>
              <Group gap="xs" mt={6} wrap="nowrap">
                <Progress
                  value={m.score}
                  flex={1}
                  aria-label={`Score of ${m.name}`}
                  color={m.score >= 75 ? 'teal' : m.score >= 40 ? 'yellow' : 'red'}
                />
                <Text size="sm" fw={600} w={70} ta="right">
                  {Math.round(m.score)} / 100
                </Text>
              </Group>
              <Text size="sm" mt={4}>
                {m.reasons.join('; ') || 'No reasons given'}
              </Text>
              <Text size="xs" c="dimmed">
                {m.applicationsCovered} of {m.applicationsRequested} applications ·{' '}
                {percent(m.windowCoverage)} of the support window
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
