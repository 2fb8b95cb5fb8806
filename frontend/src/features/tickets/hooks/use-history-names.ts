import { useMemo } from 'react';
import { useMembersOfGroups } from '../api/get-group-members';
import { useSupportGroups } from '../api/get-support-groups';
import type { AuditEntry, TicketView } from '../types';

/**
 * Names for the ids a ticket's history holds: every group the ticket passed through, so the
 * history names people rather than ids. Only groups the caller may see: a partner's ticket may
 * have passed through the hospital's own groups, whose members the API rightly does not show
 * them (it answers 404).
 */
export function useHistoryNames(ticket: TicketView, audit: AuditEntry[] | undefined) {
  const groups = useSupportGroups();
  const groupIds = useMemo(() => {
    const visible = new Set((groups.data ?? []).map((group) => group.id));
    const ids = new Set<number>();
    if (ticket.groupId) ids.add(ticket.groupId);
    for (const entry of audit ?? []) {
      if (entry.field !== 'group') continue;
      for (const value of [entry.oldValue, entry.newValue])
        if (value && /^\d+$/.test(value)) ids.add(Number(value));
    }
    return [...ids].filter((id) => visible.has(id)).sort((a, b) => a - b);
  }, [groups.data, ticket.groupId, audit]);
  const members = useMembersOfGroups(groupIds);
  return useMemo(
    () => ({
      group: (id: number) => groups.data?.find((group) => group.id === id)?.name,
      staff: (id: number) =>
        id === ticket.assigneeId && ticket.assigneeName
          ? ticket.assigneeName
          : members.find((member) => member.staffId === id)?.name,
    }),
    [groups.data, members, ticket.assigneeId, ticket.assigneeName],
  );
}
