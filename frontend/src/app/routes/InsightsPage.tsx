import { Box } from '@mantine/core';
import { useCallback } from 'react';
import { InsightsScreen, TicketHref } from '@/features/insights';
import { canSee, sectionById } from '@/features/navigation';
import { useCurrentUser } from './current-user';

/**
 * Insights for executives, IT leaders and admins. Tickets behind a figure open in the workspace
 * for those who have one; executives and leaders open them read only, below insights (the API
 * masks patient details and leaves out internal notes for them).
 */
export function InsightsPage() {
  const user = useCurrentUser();
  const workspace = canSee(sectionById('workspace'), user.roles);
  const ticketHref = useCallback(
    (ticketId: number) =>
      workspace ? `/workspace/tickets/${ticketId}` : `/insights/tickets/${ticketId}`,
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
