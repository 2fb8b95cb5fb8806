import {
  Alert,
  Anchor,
  Button,
  Code,
  Drawer,
  Group,
  Modal,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconMailbox } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { ago, formatDateTime } from '@/lib/time';
import {
  useConnectorStatus,
  useDeadLetter,
  useDeadLetters,
  useDiscard,
  useRedrive,
} from '../api/operations';
import { formatAge, kindInfo } from '../kinds';
import type { Connector, ConnectorStatus, DeadLetter } from '../types';
import { HealthBadge } from './HealthBadge';
import { TestConnection } from './TestConnection';
import { WebhookAddress } from './WebhookAddress';

const PAGE_SIZE = 20;

/** One desk's operations: how delivery goes, and the updates the desk refused (dead letters). */
export function OperationsDrawer({
  connector,
  onClose,
}: {
  connector: Connector | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={connector !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Title order={2} size="h3" component="span">
          {connector ? `${connector.name}: operations` : 'Operations'}
        </Title>
      }
    >
      {connector && <Operations key={connector.id} connector={connector} />}
    </Drawer>
  );
}

function Operations({ connector }: { connector: Connector }) {
  const status = useConnectorStatus(connector.id);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {kindInfo(connector.kind).label} at {connector.baseUrl}
      </Text>
      <section aria-labelledby="delivery-heading">
        <Title order={3} size="h5" id="delivery-heading" mb="xs">
          Delivery
        </Title>
        {status.isPending ? (
          <Loading label="Loading the desk's status…" />
        ) : status.isError ? (
          <ErrorState
            title="We could not load the desk's status"
            error={status.error}
            onRetry={() => void status.refetch()}
            retrying={status.isFetching}
          />
        ) : status.data === null ? (
          <Text size="sm" c="dimmed">
            No delivery status yet: nothing has been sent to this desk.
          </Text>
        ) : (
          <StatusFigures status={status.data} />
        )}
      </section>
      <TestConnection connector={connector} />
      <WebhookAddress connector={connector} hub={status.data ? (status.data.hub ?? null) : null} />
      <DeadLetters connector={connector} />
    </Stack>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function StatusFigures({ status }: { status: ConnectorStatus }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Figure label="Health">
          <HealthBadge status={status} />
        </Figure>
        <Figure label="Last sync">
          {status.lastSyncAt ? (
            <span title={formatDateTime(status.lastSyncAt)}>{ago(status.lastSyncAt)}</span>
          ) : (
            'Never'
          )}
        </Figure>
        <Figure label="Oldest waiting">
          {status.oldestPendingAgeSeconds == null
            ? 'Nothing waiting'
            : formatAge(status.oldestPendingAgeSeconds)}
        </Figure>
        <Figure label="Queued">{status.queued}</Figure>
        <Figure label="Failed (dead letters)">
          <Text span c={status.failed > 0 ? 'red' : undefined} fw={status.failed > 0 ? 600 : 400}>
            {status.failed}
          </Text>
        </Figure>
        {status.polled && (
          <Figure label="Last poll">
            {status.lastPolledAt ? ago(status.lastPolledAt) : 'Not polled yet'}
          </Figure>
        )}
      </SimpleGrid>
      {status.lastError && (
        <Alert color="orange" variant="light" title="Last error">
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {status.lastError}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

function DeadLetters({ connector }: { connector: Connector }) {
  const [page, setPage] = useState(1);
  const letters = useDeadLetters(connector.id, page - 1, PAGE_SIZE);
  const [reading, setReading] = useState<DeadLetter | null>(null);
  const [discarding, setDiscarding] = useState<DeadLetter | null>(null);
  const redrive = useRedrive();

  return (
    <section aria-labelledby="dead-letters-heading">
      <Title order={3} size="h5" id="dead-letters-heading" mb={4}>
        Dead letters
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Updates the desk refused, or that kept failing. Each holds back the later updates of its
        ticket until you re-drive it (deliver it again, e.g. after fixing the desk) or discard it.
      </Text>
      {redrive.isError && (
        <Alert color="red" variant="light" role="alert" title="Not re-driven" mb="xs">
          {describeError(redrive.error).detail ?? describeError(redrive.error).title}
        </Alert>
      )}
      {letters.isPending ? (
        <Loading label="Loading dead letters…" />
      ) : letters.isError ? (
        <ErrorState
          title="We could not load the dead letters"
          error={letters.error}
          onRetry={() => void letters.refetch()}
          retrying={letters.isFetching}
        />
      ) : letters.data === null ? (
        <Text size="sm" c="dimmed">
          Dead letters are not available on this server.
        </Text>
      ) : letters.data.total === 0 ? (
        <EmptyState
          icon={<IconMailbox size={28} stroke={1.5} />}
          title="No dead letters"
          description="Every update reached the desk or is still being retried."
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Ticket</Table.Th>
                  <Table.Th>Update</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Last error</Table.Th>
                  <Table.Th>Parked</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {letters.data.items.map((letter) => (
                  <Table.Tr key={letter.eventId}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/workspace/tickets/${letter.ticketId}`}
                        size="sm"
                      >
                        {letter.ticketNumber}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace" title={letter.eventId}>
                        {letter.eventId.slice(0, 8)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{letter.kind}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{letter.attempts}</Text>
                    </Table.Td>
                    <Table.Td maw={240}>
                      <Text size="sm" lineClamp={2} title={letter.lastError ?? undefined}>
                        {letter.lastError ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={formatDateTime(letter.parkedAt)}>
                        {ago(letter.parkedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setReading(letter)}
                          aria-label={`Read dead letter ${letter.eventId} of ${letter.ticketNumber}`}
                        >
                          Read
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          loading={redrive.isPending && redrive.variables === letter.eventId}
                          onClick={() => redrive.mutate(letter.eventId)}
                          aria-label={`Re-drive dead letter ${letter.eventId} of ${letter.ticketNumber}`}
                        >
                          Re-drive
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setDiscarding(letter)}
                          aria-label={`Discard dead letter ${letter.eventId} of ${letter.ticketNumber}`}
                        >
                          Discard
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPages
            page={page}
            pages={Math.ceil(letters.data.total / PAGE_SIZE)}
            onPage={setPage}
            count={`${letters.data.total} ${letters.data.total === 1 ? 'dead letter' : 'dead letters'}`}
          />
        </>
      )}
      <ReadDialog letter={reading} onClose={() => setReading(null)} />
      <DiscardDialog letter={discarding} onClose={() => setDiscarding(null)} />
    </section>
  );
}

/** The dead letter as stored: what Medley tried to send, and why the desk refused it. */
function ReadDialog({ letter, onClose }: { letter: DeadLetter | null; onClose: () => void }) {
  const full = useDeadLetter(letter?.eventId ?? null);
  return (
    <Modal
      opened={letter !== null}
      onClose={onClose}
      size="xl"
      title={letter ? `${letter.kind} for ${letter.ticketNumber}` : ''}
    >
      {full.isPending ? (
        <Loading label="Loading the dead letter…" />
      ) : full.isError ? (
        <ErrorState title="We could not load the dead letter" error={full.error} />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {full.data.attempts} {full.data.attempts === 1 ? 'attempt' : 'attempts'}; parked{' '}
            {formatDateTime(full.data.parkedAt)}; event {full.data.eventId}
          </Text>
          {full.data.lastError && (
            <Alert color="orange" variant="light" title="Last error">
              {full.data.lastError}
            </Alert>
          )}
          <Text size="sm" fw={500}>
            Payload
          </Text>
          <ScrollArea.Autosize mah={420}>
            <Code block>{prettyPayload(full.data.payload)}</Code>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}

/** Discards with a reason, which the audit keeps; the ticket's later updates then go on. */
function DiscardDialog({ letter, onClose }: { letter: DeadLetter | null; onClose: () => void }) {
  const discard = useDiscard();
  const [reason, setReason] = useState('');
  const close = () => {
    discard.reset();
    setReason('');
    onClose();
  };
  return (
    <Modal
      opened={letter !== null}
      onClose={close}
      title={letter ? `Discard the ${letter.kind} of ${letter.ticketNumber}?` : ''}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (letter && reason.trim()) {
            discard.mutate(
              { eventId: letter.eventId, reason: reason.trim() },
              { onSuccess: close },
            );
          }
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            The desk never receives this update; the ticket&apos;s later updates go on. Say why, for
            the audit trail.
          </Text>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          {discard.error && (
            <Alert color="red" variant="light" role="alert" title="Not discarded">
              {describeError(discard.error).detail ?? describeError(discard.error).title}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={discard.isPending} disabled={!reason.trim()}>
              Discard
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The stored event as indented JSON (it is kept as JSON text); anything else as it is. */
function prettyPayload(payload: string | null | undefined): string {
  if (payload == null) {
    return '(no payload)';
  }
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
