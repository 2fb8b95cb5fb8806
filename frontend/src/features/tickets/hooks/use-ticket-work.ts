import { useState } from 'react';
import { useEscalateTicket } from '../api/escalate-ticket';
import { useTransitionTicket } from '../api/transition-ticket';
import { useUpdateTicket } from '../api/update-ticket';
import type { PendingReason, ResolutionCode, TicketView } from '../types';
import { isStale } from '../utils/errors';

export type TicketDialog =
  | 'assign'
  | 'priority'
  | 'escalate'
  | 'vendor'
  | 'pend'
  | 'resolve'
  | 'reopen'
  | 'cancel'
  | 'help'
  | null;

/**
 * The desk's writes to one ticket and the dialog each goes through. Every write names the
 * version on screen; a stale one closes its dialog and leaves the banner to offer a reload.
 */
export function useTicketWork(ticket: TicketView, reload: () => Promise<unknown>) {
  const update = useUpdateTicket(ticket.id);
  const transition = useTransitionTicket(ticket.id);
  const escalate = useEscalateTicket(ticket.id);
  const [dialog, setDialog] = useState<TicketDialog>(null);
  const [escalated, setEscalated] = useState<TicketView | null>(null);
  const [reloading, setReloading] = useState(false);

  const mutations = [update, transition, escalate];
  const { version } = ticket;
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

  return {
    update,
    transition,
    escalate,
    dialog,
    setDialog,
    close,
    /** The ticket as the last escalation left it, until dismissed. */
    escalated,
    dismissEscalated: () => setEscalated(null),
    stale: mutations.some((mutation) => isStale(mutation.error)),
    busy: mutations.some((mutation) => mutation.isPending),
    reloading,
    reload: async () => {
      setReloading(true);
      await reload();
      mutations.forEach((mutation) => mutation.reset());
      setReloading(false);
    },
    pickUp: () => transition.mutate({ to: 'IN_PROGRESS', version }, done),
    assign: ({ groupId, assigneeId }: { groupId: number; assigneeId: number | null }) =>
      update.mutate(
        { version, groupId, ...(assigneeId ? { assigneeId } : { unassign: true }) },
        done,
      ),
    changePriority: (value: { impact: number; urgency: number; reason: string }) =>
      update.mutate({ version, ...value }, done),
    escalateTo: ({ reason, groupId }: { reason: string; groupId: number | null }) =>
      escalate.mutate(
        { reason, version, ...(groupId ? { groupId } : {}) },
        {
          ...done,
          onSuccess: (result) => {
            setEscalated(result);
            close();
          },
        },
      ),
    pend: ({ reason }: { reason: PendingReason }) =>
      transition.mutate({ to: 'PENDING', reason, version }, done),
    resolve: (value: { resolutionCode: ResolutionCode; resolution: string }) =>
      transition.mutate({ to: 'RESOLVED', ...value, version }, done),
    reopen: (reason: string) => transition.mutate({ to: 'IN_PROGRESS', reason, version }, done),
    cancel: (reason: string) => transition.mutate({ to: 'CANCELLED', reason, version }, done),
  };
}

export type TicketWork = ReturnType<typeof useTicketWork>;
