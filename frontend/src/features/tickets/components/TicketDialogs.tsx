import { EscalateToVendorDialog } from '@/features/vendors';
import type { TicketWork } from '../hooks/use-ticket-work';
import type { TicketView } from '../types';
import {
  AssignDialog,
  EscalateDialog,
  PendDialog,
  PriorityDialog,
  ReasonDialog,
  ResolveDialog,
} from './ActionDialogs';
import { ShortcutsHelp } from './ShortcutsHelp';

/** The dialog the desk opened on a ticket, wired to the write it makes. */
export function TicketDialogs({ ticket, work }: { ticket: TicketView; work: TicketWork }) {
  const { dialog, close, update, transition, escalate } = work;
  return (
    <>
      {dialog === 'assign' && (
        <AssignDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={update.isPending}
          error={update.error}
          onSubmit={work.assign}
        />
      )}
      {dialog === 'priority' && (
        <PriorityDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={update.isPending}
          error={update.error}
          onSubmit={work.changePriority}
        />
      )}
      {dialog === 'escalate' && (
        <EscalateDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={escalate.isPending}
          error={escalate.error}
          onSubmit={work.escalateTo}
        />
      )}
      {dialog === 'vendor' && (
        <EscalateToVendorDialog
          ticket={ticket}
          onClose={close}
          onReload={() => void work.reload()}
        />
      )}
      {dialog === 'pend' && (
        <PendDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={work.pend}
        />
      )}
      {dialog === 'resolve' && (
        <ResolveDialog
          ticket={ticket}
          opened
          onClose={close}
          pending={transition.isPending}
          error={transition.error}
          onSubmit={work.resolve}
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
          onSubmit={work.reopen}
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
          onSubmit={work.cancel}
        />
      )}
      <ShortcutsHelp opened={dialog === 'help'} onClose={close} />
    </>
  );
}
