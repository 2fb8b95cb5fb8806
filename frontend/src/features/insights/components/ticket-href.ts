import { createContext } from 'react';

/**
 * Where a ticket opens for the signed-in user (the workspace for the desk, a read-only page below
 * insights for leaders and executives), or null where none may open. The route page decides; the
 * feature does not know roles.
 */
export const TicketHref = createContext<(ticketId: number) => string | null>(() => null);
