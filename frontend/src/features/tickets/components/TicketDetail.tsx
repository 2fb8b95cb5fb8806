import {
  Alert,
  Anchor,
  Box,
  Button,
  Divider,
  Flex,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { SlaCountdown, useTicketSla } from '@/features/sla';
import {
  IconArrowLeft,
  IconArrowUpRight,
  IconArrowsSort,
  IconCheck,
  IconPlayerPause,
  IconPlayerPlay,
  IconRotateClockwise,
  IconUserPlus,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useAudit } from '../api/get-audit';
import { useMembersOfGroups } from '../api/get-group-members';
import { useSupportGroups } from '../api/get-support-groups';
import { useComments } from '../api/get-comments';
import { useTicket } from '../api/get-ticket';
import { useReadNoticesOf } from '../api/mark-notification-read';
import { useEscalateTicket } from '../api/escalate-ticket';
import { useTransitionTicket } from '../api/transition-ticket';
import { useUpdateTicket } from '../api/update-ticket';
import { isOpen, type TicketView } from '../types';
import { useShortcuts } from '../hooks/use-shortcuts';
import { isStale } from '../utils/errors';
import {
  IMPACT_CHOICES,
  RESOLUTION_LABEL,
  TIER_LABEL,
  DESK_TYPE_LABEL,
  URGENCY_CHOICES,
} from '../utils/plain-language';
import { formatDateTime } from '@/lib/time';
import {
  AssignDialog,
  EscalateDialog,
  PendDialog,
  PriorityDialog,
  ReasonDialog,
  ResolveDialog,
} from './ActionDialogs';
import { Attachments } from './Attachments';
import { PhiBadge, PriorityBadge, StatusBadge } from './Badges';
import { ExternalReferences } from './ExternalReferences';
import { TicketLinksPanel } from './TicketLinksPanel';
import { MaskedNotice } from './MaskedNotice';
import { DESK_COPY, type DeskMode } from './desk-copy';
import { ReplyBox } from './ReplyBox';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SlaDue } from './SlaDue';
import { StaleAlert } from './StaleAlert';
import { Timeline } from './Timeline';
import { WatchersPanel } from './WatchersPanel';

type Dialog =
  'assign' | 'priority' | 'escalate' | 'pend' | 'resolve' | 'reopen' | 'cancel' | 'help' | null;

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One ticket as the desk works it: what it is, what to do next, and everything that happened. */
export function TicketDetail({ mode, ticketId }: { mode: DeskMode; ticketId: number }) {
  const ticket = useTicket(ticketId);
  useReadNoticesOf(ticketId);
  if (ticket.isPending) return <Loading label="Loading the ticket…" />;
  if (ticket.isError) {
    return (
      <ErrorState
        title="We could not load this ticket"
        error={ticket.error}
        onRetry={() => void ticket.refetch()}
        retrying={ticket.isFetching}
      />
    );
  }
  return <TicketWork mode={mode} ticket={ticket.data} reload={() => ticket.refetch()} />;
}

function TicketWork({
  mode,
  ticket,
  reload,
}: {
  mode: DeskMode;
  ticket: TicketView;
  reload: () => Promise<unknown>;
}) {
  const copy = DESK_COPY[mode];
  const navigate = useNavigate();
  const comments = useComments(ticket.id);
  const audit = useAudit(ticket.id);
  const update = useUpdateTicket(ticket.id);
  const transition = useTransitionTicket(ticket.id);
  const escalate = useEscalateTicket(ticket.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [escalated, setEscalated] = useState<TicketView | null>(null);
  const [reloading, setReloading] = useState(false);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const groups = useSupportGroups();
  // Every group the ticket passed through, so the history names people rather than ids.
  // Only groups the caller may see: a partner's ticket may have passed through the hospital's own
  // groups, whose members the API rightly does not show them (it answers 404).
  const groupIds = useMemo(() => {
    const visible = new Set((groups.data ?? []).map((group) => group.id));
    const ids = new Set<number>();
    if (ticket.groupId) ids.add(ticket.groupId);
    for (const entry of audit.data ?? []) {
      if (entry.field !== 'group') continue;
      for (const value of [entry.oldValue, entry.newValue])
        if (value && /^\d+$/.test(value)) ids.add(Number(value));
    }
    return [...ids].filter((id) => visible.has(id)).sort((a, b) => a - b);
  }, [groups.data, ticket.groupId, audit.data]);
  const members = useMembersOfGroups(groupIds);
  const names = useMemo(
    () => ({
      group: (id: number) => groups.data?.find((group) => group.id === id)?.name,
      staff: (id: number) =>
        id === ticket.assigneeId && ticket.assigneeName
          ? ticket.assigneeName
          : members.find((member) => member.staffId === id)?.name,
    }),
    [groups.data, members, ticket.assigneeId, ticket.assigneeName],
  );

  const mutations = [update, transition, escalate];
  const stale = mutations.some((mutation) => isStale(mutation.error));
  const busy = mutations.some((mutation) => mutation.isPending);
  const { permissions } = ticket;
  const can = (status: TicketView['status']) => permissions.transitions.includes(status);
  const canPickUp =
    permissions.work &&
    can('IN_PROGRESS') &&
    (ticket.status === 'NEW' || ticket.status === 'ASSIGNED');
  const canResume = permissions.work && can('IN_PROGRESS') && ticket.status === 'PENDING';
  const canReopen = permissions.work && can('IN_PROGRESS') && ticket.status === 'RESOLVED';
  const open = isOpen(ticket.status);
  const canEscalate = permissions.work && open && ticket.tier !== 'VENDOR';
  // A closed ticket offers nothing: no empty toolbar then.
  const hasActions = open || canReopen || can('CANCELLED');

  const close = () => {
    setDialog(null);
  };
  /** Closes the dialog on success, and on a stale version (the banner takes over). */
  const done = {
    onSuccess: close,
    onError: (error: unknown) => {
      if (isStale(error)) close();
    },
  };
  const pickUp = () => transition.mutate({ to: 'IN_PROGRESS', version: ticket.version }, done);

  const doReload = async () => {
    setReloading(true);
    await reload();
    mutations.forEach((mutation) => mutation.reset());
    setReloading(false);
  };

  useShortcuts(
    {
      assignToMe: () => canPickUp && permissions.pickUp && pickUp(),
      reply: () => replyRef.current?.focus(),
      escalate: () => canEscalate && setDialog('escalate'),
      back: () => void navigate(copy.basePath),
      help: () => setDialog('help'),
    },
    dialog === null,
  );

  const impact = IMPACT_CHOICES.find((choice) => choice.value === ticket.impact);
  const urgency = URGENCY_CHOICES.find((choice) => choice.value === ticket.urgency);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={copy.basePath} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> Back to the queue
        </Group>
      </Anchor>
      {/* The SLA timers keep their width; a long title wraps beside them, or above on a phone. */}
      <Flex
        direction={{ base: 'column', sm: 'row' }}
        justify="space-between"
        align="flex-start"
        gap="md"
      >
        <Stack gap={6} miw={0} flex={1}>
          <Group gap="xs">
            <Text ff="monospace" fw={700} c="dimmed">
              {ticket.number}
            </Text>
            <PriorityBadge priority={ticket.priority} long />
            <StatusBadge status={ticket.status} pendingReason={ticket.pendingReason} />
            {ticket.phi && <PhiBadge />}
          </Group>
          <Title order={1} size="h2">
            {ticket.title}
          </Title>
        </Stack>
        <SlaPanel ticketId={ticket.id} version={ticket.version} fallbackDue={ticket.slaDueAt} />
      </Flex>

      {stale && <StaleAlert onReload={() => void doReload()} reloading={reloading} />}
      {escalated && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          icon={<IconCheck size={16} aria-hidden />}
          title={`Escalated to ${TIER_LABEL[escalated.tier]}`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setEscalated(null)}
        >
          {escalated.groupName
            ? `${escalated.number} is now with ${escalated.groupName}.`
            : `${escalated.number} moved up a tier.`}
        </Alert>
      )}
      {!permissions.readsPhi && <MaskedNotice />}

      {permissions.work && hasActions && (
        <Paper withBorder p="sm" radius="md">
          <Group gap="xs" aria-label="Actions" role="toolbar">
            {canPickUp && permissions.pickUp && (
              <Button
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                onClick={pickUp}
                loading={transition.isPending && dialog === null}
                disabled={busy}
              >
                {ticket.assigneeId === null ? 'Pick up' : 'Start work'}
              </Button>
            )}
            {canPickUp && !permissions.pickUp && (
              <Tooltip
                label="Only people on the desk's staff list can take a ticket themselves. Use Assign… to give it to someone."
                multiline
                w={280}
              >
                <Button
                  leftSection={<IconPlayerPlay size={16} aria-hidden />}
                  // Looks and is inactive, yet stays focusable so the tooltip can say why.
                  data-disabled
                  aria-disabled
                  onClick={(event) => event.preventDefault()}
                  aria-describedby="pickup-why"
                >
                  {ticket.assigneeId === null ? 'Pick up' : 'Start work'}
                </Button>
              </Tooltip>
            )}
            {canResume && (
              <Button
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                onClick={pickUp}
                disabled={busy}
              >
                Resume work
              </Button>
            )}
            {open && (
              <Button
                variant="default"
                leftSection={<IconUserPlus size={16} aria-hidden />}
                onClick={() => setDialog('assign')}
              >
                Assign…
              </Button>
            )}
            {open && (
              <Button
                variant="default"
                leftSection={<IconArrowsSort size={16} aria-hidden />}
                onClick={() => setDialog('priority')}
              >
                Priority…
              </Button>
            )}
            {canEscalate && (
              <Button
                variant="default"
                leftSection={<IconArrowUpRight size={16} aria-hidden />}
                onClick={() => setDialog('escalate')}
              >
                Escalate…
              </Button>
            )}
            {can('PENDING') && (
              <Button
                variant="default"
                leftSection={<IconPlayerPause size={16} aria-hidden />}
                onClick={() => setDialog('pend')}
              >
                Put on hold…
              </Button>
            )}
            {can('RESOLVED') && (
              <Button
                color="teal"
                leftSection={<IconCheck size={16} aria-hidden />}
                onClick={() => setDialog('resolve')}
              >
                Resolve…
              </Button>
            )}
            {canReopen && (
              <Button
                variant="default"
                leftSection={<IconRotateClockwise size={16} aria-hidden />}
                onClick={() => setDialog('reopen')}
              >
                Reopen…
              </Button>
            )}
            {can('CANCELLED') && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setDialog('cancel')}
                ml="auto"
              >
                Cancel ticket…
              </Button>
            )}
          </Group>
          {canPickUp && !permissions.pickUp && (
            <Text id="pickup-why" size="xs" c="dimmed" mt={6}>
              You have no staff record on this desk, so you cannot pick up tickets yourself. Use
              Assign… to give this ticket to a member of its group.
            </Text>
          )}
        </Paper>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h5" mb="xs">
                What the requester wrote
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {ticket.description}
              </Text>
              {ticket.resolution && (
                <Paper bg="teal.0" p="sm" mt="md" radius="sm">
                  <Text size="sm" fw={600}>
                    Resolution
                    {ticket.resolutionCode ? ` · ${RESOLUTION_LABEL[ticket.resolutionCode]}` : ''}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {ticket.resolution}
                  </Text>
                </Paper>
              )}
            </Paper>
            {(permissions.work || permissions.commentInternal) && (
              <Paper withBorder p="md" radius="md">
                <ReplyBox
                  ticketId={ticket.id}
                  allowInternal={permissions.commentInternal}
                  textareaRef={replyRef}
                  cannedReplies={permissions.work}
                />
              </Paper>
            )}
            <Paper withBorder p="md" radius="md">
              <Attachments
                ticketId={ticket.id}
                canAttach={permissions.work && (open || ticket.status === 'RESOLVED')}
                allowInternal={permissions.commentInternal}
              />
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h5" mb="md">
                Timeline
              </Title>
              {comments.isPending || audit.isPending ? (
                <Loading label="Loading the history…" />
              ) : comments.isError || audit.isError ? (
                <ErrorState
                  title="We could not load the history"
                  error={comments.error ?? audit.error}
                  onRetry={() => {
                    void comments.refetch();
                    void audit.refetch();
                  }}
                />
              ) : (
                <Timeline comments={comments.data} audit={audit.data} names={names} />
              )}
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={1} spacing="sm">
              <Fact label="Requester">{ticket.requesterName}</Fact>
              <Fact label="Application">{ticket.applicationName}</Fact>
              <Fact label="Type">{DESK_TYPE_LABEL[ticket.type]}</Fact>
              <Fact label="Tier">{TIER_LABEL[ticket.tier]}</Fact>
              <Fact label="Group">
                {ticket.groupName ?? '—'}
                {ticket.partnerGroup ? ' (partner)' : ''}
              </Fact>
              <Fact label="Assignee">{ticket.assigneeName ?? 'Nobody yet'}</Fact>
              <Fact label="Impact">
                {impact?.label ?? ticket.impact} · {ticket.affectedUsers} affected
              </Fact>
              <Fact label="Urgency">{urgency?.label ?? ticket.urgency}</Fact>
              <Fact label="Opened">{formatDateTime(ticket.createdAt)}</Fact>
              <Fact label="Last change">{formatDateTime(ticket.updatedAt)}</Fact>
              {ticket.reopenCount > 0 && <Fact label="Reopened">{ticket.reopenCount}×</Fact>}
              {ticket.csatRating !== null && (
                <Fact label="Requester rating">{ticket.csatRating} / 5</Fact>
              )}
            </SimpleGrid>
            <Divider my="sm" />
            <ExternalReferences
              ticketId={ticket.id}
              references={ticket.externalReferences}
              canEdit={permissions.work}
            />
            {permissions.work && (
              <>
                <Divider my="sm" />
                <WatchersPanel ticketId={ticket.id} />
              </>
            )}
          </Paper>
          <Box mt="md">
            <TicketLinksPanel ticket={ticket} basePath={copy.basePath} canEdit={permissions.work} />
          </Box>
        </Grid.Col>
      </Grid>

      {dialog === 'assign' && (
        <AssignDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={update.isPending}
          error={update.error}
          onSubmit={({ groupId, assigneeId }) =>
            update.mutate(
              {
                version: ticket.version,
                groupId,
                ...(assigneeId ? { assigneeId } : { unassign: true }),
              },
              done,
            )
          }
        />
      )}
      {dialog === 'priority' && (
        <PriorityDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={update.isPending}
          error={update.error}
          onSubmit={(value) => update.mutate({ version: ticket.version, ...value }, done)}
        />
      )}
      {dialog === 'escalate' && (
        <EscalateDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={escalate.isPending}
          error={escalate.error}
          onSubmit={({ reason, groupId }) =>
            escalate.mutate(
              { reason, version: ticket.version, ...(groupId ? { groupId } : {}) },
              {
                ...done,
                onSuccess: (result) => {
                  setEscalated(result);
                  close();
                },
              },
            )
          }
        />
      )}
      {dialog === 'pend' && (
        <PendDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={({ reason }) =>
            transition.mutate({ to: 'PENDING', reason, version: ticket.version }, done)
          }
        />
      )}
      {dialog === 'resolve' && (
        <ResolveDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={(value) =>
            transition.mutate({ to: 'RESOLVED', ...value, version: ticket.version }, done)
          }
        />
      )}
      {dialog === 'reopen' && (
        <ReasonDialog
          title={`Reopen ${ticket.number}`}
          label="Why is it not resolved?"
          submitLabel="Reopen"
          opened
          onClose={close}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={(reason) =>
            transition.mutate({ to: 'IN_PROGRESS', reason, version: ticket.version }, done)
          }
        />
      )}
      {dialog === 'cancel' && (
        <ReasonDialog
          title={`Cancel ${ticket.number}`}
          label="Why is it cancelled?"
          description="The requester sees this reason."
          submitLabel="Cancel ticket"
          color="red"
          opened
          onClose={close}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={(reason) =>
            transition.mutate({ to: 'CANCELLED', reason, version: ticket.version }, done)
          }
        />
      )}
      <ShortcutsHelp opened={dialog === 'help'} onClose={close} />
    </Stack>
  );
}

/**
 * The ticket's SLA and OLA timers as live countdowns; while they load (or for a ticket without
 * timers) the nearest deadline the list shows. Refetched when the ticket changes version, since a
 * pause, resume or re-target moves the deadlines.
 */
function SlaPanel({
  ticketId,
  version,
  fallbackDue,
}: {
  ticketId: number;
  version: number;
  fallbackDue: string | null;
}) {
  const sla = useTicketSla(ticketId);
  const { refetch } = sla;
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  const timers = sla.data?.timers ?? [];
  const serverNow = sla.data?.now ?? '';
  return (
    <Paper withBorder p="xs" radius="md" miw={170} flex="none" aria-label="SLA timers">
      <Text size="xs" c="dimmed" mb={4}>
        {timers.length > 0 ? 'SLA timers' : 'Next SLA deadline'}
      </Text>
      {timers.length > 0 ? (
        <Stack gap={4}>
          {timers.map((timer) => (
            <SlaCountdown
              key={`${timer.kind}-${timer.target}`}
              timer={timer}
              serverNow={serverNow}
            />
          ))}
        </Stack>
      ) : (
        <SlaDue dueAt={fallbackDue} />
      )}
    </Paper>
  );
}
