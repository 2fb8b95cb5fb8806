import type { TicketListParams } from '../types';

export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => ['tickets', 'list'] as const,
  list: (params: TicketListParams) => ['tickets', 'list', params] as const,
  detail: (id: number) => ['tickets', 'detail', id] as const,
  comments: (id: number) => ['tickets', 'comments', id] as const,
  audit: (id: number) => ['tickets', 'audit', id] as const,
  attachments: (id: number) => ['tickets', 'attachments', id] as const,
  groups: ['support-groups'] as const,
  members: (groupId: number) => ['support-groups', groupId, 'members'] as const,
  notifications: ['notifications'] as const,
  /** The caller's own staff record (not under `all`: ticket writes do not change it). */
  myStaffRecord: ['staff', 'me'] as const,
  watchers: (id: number) => ['tickets', 'watchers', id] as const,
  /** Under `all`: a ticket write is soon followed by a delivery to its partner desk. */
  sync: (id: number) => ['tickets', 'sync', id] as const,
  /** Under `all`, so any write that refreshes tickets refreshes links too. */
  links: ['tickets', 'links'] as const,
  linksOf: (id: number) => ['tickets', 'links', id] as const,
  /** Every ticket's filled-in list, which may include any group's replies. */
  cannedForTickets: ['canned-replies', 'ticket'] as const,
  cannedForTicket: (id: number) => ['canned-replies', 'ticket', id] as const,
  cannedGroups: ['canned-replies', 'groups'] as const,
  cannedOfGroup: (groupId: number) => ['canned-replies', 'group', groupId] as const,
};
