import {
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useSetupChecklist } from '../api/checklist';
import type { SetupStep } from '../types';

/**
 * What is set up and what is left, on the administrator's overview: each step with its count and
 * a link, ticked when done; the hint says what to do first where it is not.
 */
export function SetupChecklistCard() {
  const checklist = useSetupChecklist();
  if (checklist.isPending) return <Loading label="Checking what is set up…" />;
  if (checklist.isError) {
    return (
      <ErrorState
        title="We could not load the setup checklist"
        error={checklist.error}
        onRetry={() => void checklist.refetch()}
        retrying={checklist.isFetching}
      />
    );
  }
  const { steps, done, total } = checklist.data;
  const complete = done === total;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="setup-checklist">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h4" id="setup-checklist">
            {complete ? 'Medley is set up' : 'Set up Medley'}
          </Title>
          <Text size="sm" c="dimmed" data-testid="setup-progress">
            {done} of {total} done
          </Text>
        </Group>
        <Progress
          value={total === 0 ? 0 : (done / total) * 100}
          color={complete ? 'teal' : 'blue'}
          aria-label={`${done} of ${total} setup steps done`}
        />
        <Stack gap={0} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {steps.map((step) => (
            <StepRow key={step.key} step={step} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function StepRow({ step }: { step: SetupStep }) {
  return (
    <li data-testid={`setup-step-${step.key}`}>
      <Group gap="sm" align="flex-start" wrap="nowrap" py={6}>
        <ThemeIcon
          size={24}
          radius="xl"
          variant="light"
          color={step.done ? 'teal' : 'gray'}
          aria-hidden
        >
          {step.done ? <IconCircleCheck size={18} /> : <IconCircleDashed size={18} />}
        </ThemeIcon>
        <Stack gap={0} miw={0} flex={1}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={step.link} fw={600}>
              {step.label}
            </Anchor>
            {step.key !== 'organization' && (
              <Badge variant="light" color={step.done ? 'teal' : 'gray'} size="sm">
                {step.count}
              </Badge>
            )}
            <Text span size="xs" c={step.done ? 'teal' : 'dimmed'}>
              {step.done ? 'Done' : 'To do'}
            </Text>
          </Group>
          {!step.done && (
            <Text size="sm" c="dimmed">
              {step.hint}
            </Text>
          )}
        </Stack>
      </Group>
    </li>
  );
}
