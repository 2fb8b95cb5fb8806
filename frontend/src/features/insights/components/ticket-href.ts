import { createContext } from 'react';

/**
 * Where a ticket opens for the signed-in user, or null when their role cannot open tickets
 * (executives and IT leaders read figures, not tickets: the API refuses them a ticket). The route
 * page decides; the feature does not know roles.
 */
export const TicketHref = createContext<(ticketId: number) => string | null>(() => null);
