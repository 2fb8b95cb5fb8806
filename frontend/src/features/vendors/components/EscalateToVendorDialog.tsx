import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '@/lib/api';
import { useOpenVendorCase, useVendorCaseDraft } from '../api/vendor-cases';
import { useVendorChoices } from '../api/vendors';
import type { CaseTicket } from '../types';
import { CaseMailDialog } from './CaseMailDialog';

/** True for the 409 a stale ticket version gets (the problem names the current version). */
function isStaleTicket(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem?.currentVersion !== undefined;
}

/**
 * "Escalate to vendor": the case mail from the vendor's templates, sent with the ticket's version.
 * The ticket then waits for the vendor (tier VENDOR, pending), and the case shows on the ticket.
 */
export function EscalateToVendorDialog({
  ticket,
  onClose,
  onReload,
}: {
  ticket: CaseTicket;
  onClose: () => void;
  /** Reloads the ticket after someone else changed it. */
  onReload: () => void;
}) {
  const [vendorId, setVendorId] = useState<number | null>(null);
  const draft = useVendorCaseDraft(ticket.id, vendorId);
  const vendors = useVendorChoices();
  const send = useOpenVendorCase(ticket.id);
  const stale = isStaleTicket(send.error);
  return (
    <CaseMailDialog
      title={`Escalate ${ticket.number} to a vendor`}
      intro={
        stale ? (
          <Alert color="orange" variant="light" role="alert" title="Someone changed this ticket">
            Nothing was sent: the ticket changed after you opened it.
            <div>
              <Button
                mt="xs"
                size="xs"
                variant="white"
                color="orange"
                onClick={() => {
                  send.reset();
                  onReload();
                }}
              >
                Reload the ticket
              </Button>
            </div>
          </Alert>
        ) : (
          <Text size="sm">
            Medley opens a case with the vendor and the ticket waits for them: its SLA pauses as
            your policy says, and their answers arrive on the ticket as internal notes.
          </Text>
        )
      }
      draft={draft}
      vendorChoice={{
        vendors: vendors.data?.items ?? [],
        value: vendorId,
        onChange: (id) => {
          send.reset();
          setVendorId(id);
        },
      }}
      submitLabel="Send to vendor"
      pending={send.isPending}
      error={stale ? null : send.error}
      onSend={({ vendorId: chosen, subject, body }) =>
        send.mutate(
          { vendorId: chosen, subject, body, version: ticket.version },
          { onSuccess: onClose },
        )
      }
      onClose={onClose}
    />
  );
}
