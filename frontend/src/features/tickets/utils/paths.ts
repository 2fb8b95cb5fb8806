/** Where a ticket opens for these roles: the workspace, the partner desk or the portal. */
export function ticketPathFor(roles: readonly string[], ticketId: number): string {
  if (roles.includes('agent') || roles.includes('admin')) return `/workspace/tickets/${ticketId}`;
  if (roles.includes('partner-agent')) return `/partner/tickets/${ticketId}`;
  return `/portal/tickets/${ticketId}`;
}
