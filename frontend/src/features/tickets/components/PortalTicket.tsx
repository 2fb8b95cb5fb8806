import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Rating,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconArrowLeft,
  IconCircleCheck,
  IconMessage,
  IconRotateClockwise,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { useComments } from '../api/get-comments';
import { useTicket } from '../api/get-ticket';
import { useReadNoticesOf } from '../api/mark-notification-read';
import { useRateTicket } from '../api/rate-ticket';
import { useTransitionTicket } from '../api/transition-ticket';
import { isOpen, type TicketView } from '../types';
import { isStale } from '../utils/errors';
import { requesterStatus, TYPE_LABEL } from '../utils/plain-language';
import { ago, formatDateTime } from '@/lib/time';
import { ReasonDialog } from './ActionDialogs';
import { PhiBadge, StatusBadge } from './Badges';
import { Attachments } from './Attachments';
import { ReplyBox } from './ReplyBox';
import { StaleAlert } from './StaleAlert';

/** What the requester should know about where their ticket is, in one sentence. */
function explain(ticket: TicketView): string {
  switch (ticket.status) {
    case 'NEW':
      return 'We have your ticket. The service desk will pick it up shortly.';
    case 'ASSIGNED':
      return `${ticket.assigneeName ?? 'Someone'} from IT has your ticket and will start on it soon.`;
    case 'IN_PROGRESS':
      return `${ticket.assigneeName ?? 'IT'} is working on it. You will get a reply here.`;
    case 'PENDING':
      return ticket.pendingReason === 'CUSTOMER'
        ? 'IT is waiting for your answer. Please reply below.'
        : `${requesterStatus(ticket.status, ticket.pendingReason)}. We will update you here.`;
    case 'RESOLVED':
      return 'IT thinks this is fixed. Please check and tell us whether it works.';
    case 'CLOSED':
      return 'This ticket is closed. If the problem comes back, report it again.';
    case 'CANCELLED':
      return 'This ticket was cancelled.';
  }
}

export function PortalTicket({ ticketId }: { ticketId: number }) {
  const ticket = useTicket(ticketId);
  useReadNoticesOf(ticketId);
  if (ticket.isPending) return <Loading label="Loading your ticket…" />;
  if (ticket.isError)
    return (
      <ErrorState
        title="We could not load this ticket"
        error={ticket.error}
        onRetry={() => void ticket.refetch()}
        retrying={ticket.isFetching}
      />
    );
  return <PortalTicketView ticket={ticket.data} reload={() => ticket.refetch()} />;
}

function PortalTicketView({
  ticket,
  reload,
}: {
  ticket: TicketView;
  reload: () => Promise<unknown>;
}) {
  const comments = useComments(ticket.id);
  const transition = useTransitionTicket(ticket.id);
  const [reopening, setReopening] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const can = (status: TicketView['status']) => ticket.permissions.transitions.includes(status);
  const open = isOpen(ticket.status);
  const publicComments = (comments.data ?? []).filter((c) => c.visibility === 'PUBLIC');

  return (
    <Stack gap="md" maw={880}>
      <Anchor component={Link} to="/portal" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> My tickets
        </Group>
      </Anchor>
      <Stack gap={6}>
        <Group gap="xs">
          <Text ff="monospace" c="dimmed" fw={600}>
            {ticket.number}
          </Text>
          <StatusBadge status={ticket.status} pendingReason={ticket.pendingReason} forRequester />
          {ticket.phi && <PhiBadge />}
        </Group>
        <Title order={1} size="h2">
          {ticket.title}
        </Title>
        <Text c="dimmed" size="sm">
          {TYPE_LABEL[ticket.type]} about {ticket.applicationName} · reported{' '}
          {formatDateTime(ticket.createdAt)}
        </Text>
      </Stack>

      <Alert
        variant="light"
        color={ticket.status === 'RESOLVED' ? 'teal' : 'blue'}
        title={requesterStatus(ticket.status, ticket.pendingReason)}
      >
        {explain(ticket)}
      </Alert>

      {isStale(transition.error) && (
        <StaleAlert
          onReload={() => {
            void reload().then(() => transition.reset());
          }}
        />
      )}

      {(ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') && (
        <Paper withBorder p="md" radius="md" bg="teal.0">
          <Stack gap="sm">
            <Text fw={600}>What IT did</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.resolution}
            </Text>
            {ticket.status === 'RESOLVED' && (
              <>
                <Text size="sm">Does it work for you now?</Text>
                <Group>
                  {can('CLOSED') && (
                    <Button
                      color="teal"
                      leftSection={<IconCircleCheck size={16} aria-hidden />}
                      loading={transition.isPending && !reopening}
                      onClick={() => transition.mutate({ to: 'CLOSED', version: ticket.version })}
                    >
                      Yes, it works — close the ticket
                    </Button>
                  )}
                  {can('IN_PROGRESS') && (
                    <Button
                      variant="default"
                      leftSection={<IconRotateClockwise size={16} aria-hidden />}
                      onClick={() => setReopening(true)}
                    >
                      No, it still does not work
                    </Button>
                  )}
                </Group>
                {transition.isError && !isStale(transition.error) && !reopening && (
                  <Text c="red" size="sm" role="alert">
                    {describeError(transition.error).detail ??
                      describeError(transition.error).title}
                  </Text>
                )}
              </>
            )}
          </Stack>
        </Paper>
      )}

      {(ticket.permissions.rate || ticket.csatRating !== null) && <RatingPanel ticket={ticket} />}

      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="xs">
          What you wrote
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {ticket.description}
        </Text>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Attachments
          ticketId={ticket.id}
          canAttach={open || ticket.status === 'RESOLVED'}
          allowInternal={false}
        />
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="md">
          Conversation with IT
        </Title>
        {comments.isPending ? (
          <Loading label="Loading the conversation…" />
        ) : comments.isError ? (
          <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
        ) : publicComments.length === 0 ? (
          <Text size="sm" c="dimmed">
            No messages yet. IT will write here when they have a question or an update.
          </Text>
        ) : (
          <Stack gap="sm" mb="md">
            {publicComments.map((comment) => (
              <Paper key={comment.id} p="sm" radius="md" bg="gray.0" data-testid="portal-comment">
                <Group gap="xs" mb={4}>
                  <IconMessage size={14} aria-hidden />
                  <Text size="sm" fw={600}>
                    {comment.authorName}
                  </Text>
                  <Text size="xs" c="dimmed" title={formatDateTime(comment.createdAt)}>
                    {ago(comment.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {comment.body}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {(open || ticket.status === 'RESOLVED') && (
          <ReplyBox
            ticketId={ticket.id}
            allowInternal={false}
            label="Add a message"
            placeholder="Answer a question, add details, or tell IT something changed."
          />
        )}
      </Paper>

      {can('CANCELLED') && (
        <Group>
          <Button variant="subtle" color="red" onClick={() => setCancelling(true)}>
            I no longer need this — withdraw the ticket
          </Button>
        </Group>
      )}

      {reopening && (
        <ReasonDialog
          title="Tell IT it still does not work"
          label="What is still wrong?"
          description="Your ticket goes back to the person who worked on it."
          submitLabel="Reopen the ticket"
          opened
          onClose={() => setReopening(false)}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={(reason) =>
            transition.mutate(
              { to: 'IN_PROGRESS', reason, version: ticket.version },
              { onSuccess: () => setReopening(false) },
            )
          }
        />
      )}
      {cancelling && (
        <ReasonDialog
          title="Withdraw this ticket"
          label="Why is it no longer needed?"
          submitLabel="Withdraw"
          color="red"
          opened
          onClose={() => setCancelling(false)}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={(reason) =>
            transition.mutate(
              { to: 'CANCELLED', reason, version: ticket.version },
              { onSuccess: () => setCancelling(false) },
            )
          }
        />
      )}
    </Stack>
  );
}

function RatingPanel({ ticket }: { ticket: TicketView }) {
  const rate = useRateTicket(ticket.id);
  const form = useForm({ mode: 'controlled', initialValues: { rating: 0, comment: '' } });
  const { rating, comment } = form.values;
  if (ticket.csatRating !== null) {
    return (
      <Paper withBorder p="md" radius="md">
        <Group gap="sm">
          <Text size="sm">You rated the help</Text>
          <Rating
            value={ticket.csatRating}
            readOnly
            // A picture of stars: a name on a plain div is not announced.
            role="img"
            aria-label={`${ticket.csatRating} of 5 stars`}
          />
          <Text size="sm" c="dimmed">
            Thank you.
          </Text>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600}>How happy are you with the help you got?</Text>
        <Group gap="sm">
          <Rating
            value={rating}
            onChange={(value) => form.setFieldValue('rating', value)}
            getSymbolLabel={(value) => `${value} of 5 stars`}
            size="lg"
            // The stars are radio buttons; the group carries their question.
            role="radiogroup"
            aria-label="Your rating, 1 to 5 stars"
          />
          <Text size="sm" c="dimmed">
            {rating ? `${rating} of 5` : '1 = not at all, 5 = very happy'}
          </Text>
        </Group>
        <Textarea
          label="Anything to add? (optional)"
          autosize
          minRows={2}
          maxLength={1000}
          value={comment}
          onChange={(event) => form.setFieldValue('comment', event.currentTarget.value)}
        />
        {rate.isError && (
          <Text c="red" size="sm" role="alert">
            {describeError(rate.error).detail ?? describeError(rate.error).title}
          </Text>
        )}
        <Group>
          <Button
            disabled={rating === 0}
            loading={rate.isPending}
            onClick={() =>
              rate.mutate({ rating, ...(comment.trim() ? { comment: comment.trim() } : {}) })
            }
          >
            Send rating
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
