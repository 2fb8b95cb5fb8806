import { Box } from '@mantine/core';
import { useCallback } from 'react';
import { InsightsScreen, TicketHref } from '@/features/insights';
import { canSee, sectionById } from '@/features/navigation';
import { useCurrentUser } from './current-user';

/**
 * Insights for executives, IT leaders and admins. Tickets behind a figure open in the workspace
 * for those who have one; executives and leaders read the figures and the breach breakdowns (the
 * API does not give them tickets).
 */
export function InsightsPage() {
  const user = useCurrentUser();
  const workspace = canSee(sectionById('workspace'), user.roles);
  const ticketHref = useCallback(
    (ticketId: number) => (workspace ? `/workspace/tickets/${ticketId}` : null),
    [workspace],
  );
  return (
    <Box maw={1280}>
      <TicketHref.Provider value={ticketHref}>
        <InsightsScreen />
      </TicketHref.Provider>
    </Box>
  );
}
