import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { formatDateTime } from '@/lib/time';
import { useGoLive, useGoLiveStep } from '../api/golives';
import { ACTION_LABEL, KIND_LABEL, type GoLive, type GoLiveKind } from '../types';
import { windowLabel } from '../utils';
import { GO_LIVES_PATH, GoLiveStatusBadge } from './GoLivesScreen';
import { CoveragePanel, PlanPanel, SurgePanel } from './GoLivePanels';
import { NewGoLiveDialog } from './NewGoLiveDialog';

/** One go-live: its window, expected surge, command-center plan, coverage and history. */
export function GoLiveDetail({ id, canEdit }: { id: number; canEdit: boolean }) {
  const event = useGoLive(id);
  if (event.isPending) return <Loading label="Loading the go-live…" />;
  if (event.isError) {
    return (
      <ErrorState
        title="We could not load this go-live"
        error={event.error}
        onRetry={() => void event.refetch()}
        retrying={event.isFetching}
      />
    );
  }
  const open = event.data.status === 'PLANNED' || event.data.status === 'LIVE';
  const writable = canEdit && open;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={GO_LIVES_PATH} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All go-lives
        </Group>
      </Anchor>
      <Header event={event.data} canEdit={writable} />
      <SurgePanel estimate={event.data.estimate} />
      <PlanPanel event={event.data} canEdit={writable} />
      <CoveragePanel event={event.data} canEdit={writable} />
      {event.data.history && event.data.history.length > 0 && (
        <Stack gap="xs" component="section" aria-label="History">
          <Title order={3} size="h4">
            History
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {event.data.history.map((step, index) => (
              <Timeline.Item key={index} title={ACTION_LABEL[step.action] ?? step.action}>
                <Text size="xs" c="dimmed">
                  {step.actorName} · {formatDateTime(step.at)}
                </Text>
                {step.detail && <Text size="sm">{step.detail}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Stack>
  );
}

function Header({ event, canEdit }: { event: GoLive; canEdit: boolean }) {
  const step = useGoLiveStep();
  const [cancelling, setCancelling] = useState(false);
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const refusal = step.isError ? fieldErrors(step.error) : null;
  const run = (name: 'start' | 'finish') =>
    step.mutate({ id: event.id, step: name, version: event.version });

  return (
    <>
      <PageHeader
        title={event.title}
        description={
          <>
            {KIND_LABEL[event.kind as GoLiveKind] ?? event.kind} of{' '}
            <Text span fw={600} c="var(--mantine-color-text)">
              {event.application.name}
            </Text>{' '}
            ({event.application.category}), {windowLabel(event.startsOn, event.endsOn)}.
            {event.notes && (
              <Text span display="block" mt={4}>
                {event.notes}
              </Text>
            )}
          </>
        }
        aside={
          <>
            <GoLiveStatusBadge status={event.status} />
            {canEdit && event.status === 'PLANNED' && (
              <Button
                variant="light"
                loading={step.isPending && step.variables?.step === 'start'}
                onClick={() => run('start')}
              >
                Start
              </Button>
            )}
            {canEdit && (
              <Button
                variant="light"
                color="teal"
                loading={step.isPending && step.variables?.step === 'finish'}
                onClick={() => run('finish')}
              >
                Finish
              </Button>
            )}
            {canEdit && (
              <Button variant="default" onClick={() => setEditing(true)}>
                Change
              </Button>
            )}
            {canEdit && (
              <Button variant="subtle" color="red" onClick={() => setCancelling(true)}>
                Cancel go-live
              </Button>
            )}
          </>
        }
      />
      {refusal && !cancelling && (
        <Alert color="red" title="That did not happen">
          {refusal[''] ?? Object.values(refusal).join('; ')}
        </Alert>
      )}
      {editing && (
        <NewGoLiveDialog
          event={event}
          opened
          onClose={() => setEditing(false)}
          onCreated={() => setEditing(false)}
        />
      )}
      <Modal opened={cancelling} onClose={() => setCancelling(false)} title="Cancel the go-live">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            step.mutate(
              { id: event.id, step: 'cancel', reason: reason.trim(), version: event.version },
              { onSuccess: () => setCancelling(false) },
            );
          }}
        >
          <Stack>
            <Textarea
              label="Reason"
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={refusal ? errorOf(refusal, 'reason') : undefined}
            />
            {refusal?.[''] && <Alert color="red">{refusal['']}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCancelling(false)}>
                Keep it
              </Button>
              <Button
                type="submit"
                color="red"
                disabled={!reason.trim()}
                loading={step.isPending && step.variables?.step === 'cancel'}
              >
                Cancel go-live
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
