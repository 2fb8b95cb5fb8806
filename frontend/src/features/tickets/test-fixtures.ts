// Ticket fixtures for the desk's Vitest tests: a listed ticket and its full view, as the API
// sends them, with what a test cares about passed in `extra`.
import type { TicketSummary, TicketView } from './types';

export function ticketSummary(id: number, extra: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id,
    number: `INC-${String(id).padStart(6, '0')}`,
    type: 'INCIDENT',
    title: `Ticket ${id}`,
    applicationName: 'Epic Hyperspace',
    priority: 'P3',
    status: 'NEW',
    pendingReason: null,
    tier: 'L1',
    groupId: 1,
    groupName: 'Service Desk',
    assigneeId: null,
    assigneeName: null,
    requesterName: 'Nora Patel',
    phi: false,
    version: 3,
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
    slaDueAt: null,
    ...extra,
  };
}

export function ticketView(id: number, extra: Partial<TicketView> = {}): TicketView {
  return {
    ...ticketSummary(id),
    description: 'Blank labels',
    applicationId: 11,
    impact: 2,
    urgency: 2,
    partnerGroup: false,
    requesterId: 4,
    affectedUsers: 5,
    resolvedAt: null,
    closedAt: null,
    resolutionCode: null,
    resolution: null,
    firstResponseAt: null,
    reopenCount: 0,
    csatRating: null,
    externalReferences: [],
    permissions: {
      work: true,
      commentInternal: true,
      rate: false,
      transitions: ['IN_PROGRESS', 'RESOLVED', 'CANCELLED'],
      pickUp: true,
      readsPhi: true,
    },
    ...extra,
  };
}
