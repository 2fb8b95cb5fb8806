import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { StaffingRequestDialog, type StaffingRequest } from '@/features/market';
import type { Gap } from '../types';

/**
 * The "ask partners for people" action of a gap: a button that opens the staffing request the gap
 * suggests, prefilled. The gap list and the application panel both show it.
 */
export function RequestStaffButton({
  gap,
  openRequest,
}: {
  gap: Gap;
  /** An open request for the application already: the button then asks for more. */
  openRequest: StaffingRequest | undefined;
}) {
  const [dialog, setDialog] = useState(false);
  const request = gap.request;
  return (
    <>
      <Button
        leftSection={<IconUserPlus size={16} aria-hidden />}
        variant={openRequest ? 'default' : 'light'}
        onClick={() => setDialog(true)}
        style={{ flexShrink: 0 }}
      >
        {openRequest ? 'Request more staff' : 'Create staffing request'}
      </Button>
      {dialog && (
        <StaffingRequestDialog
          opened={dialog}
          onClose={() => setDialog(false)}
          draft={{
            applicationIds: request.applicationIds,
            applicationNames: [gap.name],
            minimumLevel: request.minimumLevel,
            peopleNeeded: request.peopleNeeded,
            hoursPerWeek: request.hoursPerWeek,
            window: request.window,
            kind: request.kind,
            rationale: request.rationale,
          }}
        />
      )}
    </>
  );
}
