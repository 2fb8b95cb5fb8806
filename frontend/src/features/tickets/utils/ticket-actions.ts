import { isOpen, type TicketStatus, type TicketView } from '../types';

/** Which of the desk's actions a ticket offers its caller now; the toolbar shows only these. */
export interface TicketActions {
  /** The ticket is open work. */
  open: boolean;
  /** The server allows moving it to this status. */
  can: (status: TicketStatus) => boolean;
  pickUp: boolean;
  resume: boolean;
  reopen: boolean;
  escalate: boolean;
  /** A closed ticket offers nothing: no empty toolbar then. */
  any: boolean;
}

export function ticketActions({ status, tier, permissions }: TicketView): TicketActions {
  const can = (to: TicketStatus) => permissions.transitions.includes(to);
  const start = permissions.work && can('IN_PROGRESS');
  const open = isOpen(status);
  const reopen = start && status === 'RESOLVED';
  return {
    open,
    can,
    pickUp: start && (status === 'NEW' || status === 'ASSIGNED'),
    resume: start && status === 'PENDING',
    reopen,
    escalate: permissions.work && open && tier !== 'VENDOR',
    any: open || reopen || can('CANCELLED'),
  };
}
