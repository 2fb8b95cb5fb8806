import { Alert, Anchor, Flex, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { useMe } from '@/features/auth';
import { VendorCasesPanel } from '@/features/vendors';
import { Loading } from '@/components/Loading';
import { useTicket } from '../api/get-ticket';
import { useReadNoticesOf } from '../api/mark-notification-read';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useTicketWork } from '../hooks/use-ticket-work';
import type { TicketView } from '../types';
import { RESOLUTION_LABEL, TIER_LABEL } from '../utils/plain-language';
import { ticketActions } from '../utils/ticket-actions';
import { Attachments } from './Attachments';
import { PhiBadge, PriorityBadge, StatusBadge } from './Badges';
import { MaskedNotice } from './MaskedNotice';
import { DESK_COPY, type DeskMode } from './desk-copy';
import { ReplyBox } from './ReplyBox';
import { SlaPanel } from './SlaPanel';
import { StaleAlert } from './StaleAlert';
import { SyncState } from './SyncState';
import { TicketDialogs } from './TicketDialogs';
import { TicketFacts } from './TicketFacts';
import { TicketHistory } from './TicketHistory';
import { TicketToolbar } from './TicketToolbar';

const VENDOR_CASE_READERS = ['agent', 'it-leader', 'admin'];

/** Where "back" leads when the ticket was opened from somewhere other than a queue. */
export interface TicketBack {
  to: string;
  label: string;
}

/**
 * One ticket as the desk works it: what it is, what to do next, and everything that happened.
 * With {@code back} it was opened from elsewhere (a figure in insights): back goes there, and the
 * desk's own panels (links to other tickets) stay out.
 */
export function TicketDetail({
  mode,
  ticketId,
  back,
}: {
  mode: DeskMode;
  ticketId: number;
  back?: TicketBack;
}) {
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
  return (
    <TicketWork mode={mode} ticket={ticket.data} reload={() => ticket.refetch()} back={back} />
  );
}

function TicketWork({
  mode,
  ticket,
  reload,
  back,
}: {
  mode: DeskMode;
  ticket: TicketView;
  reload: () => Promise<unknown>;
  back?: TicketBack;
}) {
  const copy = DESK_COPY[mode];
  const navigate = useNavigate();
  const work = useTicketWork(ticket, reload);
  const actions = ticketActions(ticket);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const { permissions } = ticket;
  // Vendor cases are the hospital desk's: partners' agents never see them (the API refuses too).
  const roles = useMe().data?.roles ?? [];
  const seesVendorCases =
    mode === 'desk' && VENDOR_CASE_READERS.some((role) => roles.includes(role));
  const opensVendorCases = mode === 'desk' && roles.includes('agent') && permissions.work;

  useShortcuts(
    {
      assignToMe: () => actions.pickUp && permissions.pickUp && work.pickUp(),
      reply: () => replyRef.current?.focus(),
      escalate: () => actions.escalate && work.setDialog('escalate'),
      back: () => void navigate(back?.to ?? copy.basePath),
      help: () => work.setDialog('help'),
    },
    work.dialog === null,
  );

  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={back?.to ?? copy.basePath}
        size="sm"
        onClick={(event) => {
          // Opened from a figure: return to it as it was (its filters live in the URL).
          if (back && window.history.length > 1) {
            event.preventDefault();
            void navigate(-1);
          }
        }}
      >
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> {back?.label ?? 'Back to the queue'}
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
          <SyncState ticketId={ticket.id} />
        </Stack>
        <SlaPanel ticketId={ticket.id} version={ticket.version} fallbackDue={ticket.slaDueAt} />
      </Flex>

      {work.stale && <StaleAlert onReload={() => void work.reload()} reloading={work.reloading} />}
      {work.escalated && <EscalatedAlert ticket={work.escalated} onClose={work.dismissEscalated} />}
      {!permissions.readsPhi && <MaskedNotice oversight={back !== undefined} />}

      {permissions.work && actions.any && (
        <TicketToolbar
          ticket={ticket}
          actions={actions}
          work={work}
          vendorEscalation={opensVendorCases}
        />
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {seesVendorCases && <VendorCasesPanel ticketId={ticket.id} canAct={opensVendorCases} />}
            <Description ticket={ticket} />
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
                canAttach={permissions.work && (actions.open || ticket.status === 'RESOLVED')}
                allowInternal={permissions.commentInternal}
              />
            </Paper>
            <TicketHistory ticket={ticket} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TicketFacts ticket={ticket} basePath={copy.basePath} links={!back} />
        </Grid.Col>
      </Grid>

      <TicketDialogs ticket={ticket} work={work} />
    </Stack>
  );
}

/** What the requester wrote, and how the desk resolved it. */
function Description({ ticket }: { ticket: TicketView }) {
  return (
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
  );
}

/** Where the last escalation took the ticket, until dismissed. */
function EscalatedAlert({ ticket, onClose }: { ticket: TicketView; onClose: () => void }) {
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      icon={<IconCheck size={16} aria-hidden />}
      title={`Escalated to ${TIER_LABEL[ticket.tier]}`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      {ticket.groupName
        ? `${ticket.number} is now with ${ticket.groupName}.`
        : `${ticket.number} moved up a tier.`}
    </Alert>
  );
}
