// Ticket fixtures for the desk's Vitest tests: a listed ticket and its full view, as the API
// sends them, with what a test cares about passed in `extra`.
import { vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import type { TicketSummary, TicketView } from './types';

/** Answers one "METHOD /path" call of the fake desk backend. */
export type Handler = (init: RequestInit | undefined, url: string) => Response | Promise<Response>;

/**
 * A fake desk backend signed in as `me`: "METHOD /path" handlers (with or without the query), the
 * bell and the groups a desk screen loads, empty attachment and link lists; any other call answers
 * 404 as a missing endpoint would.
 */
export function deskBackend(me: unknown, handlers: Record<string, Handler>) {
  startSession('t', 3600);
  const all: Record<string, Handler> = {
    'GET /api/me': () => json(me),
    'GET /api/notifications': () => json({ items: [], unread: 0 }),
    'GET /api/support-groups': () =>
      json([
        { id: 1, name: 'Service Desk', tier: 'L1', partner: false, autoAssign: false },
        { id: 3, name: 'Clinical Applications', tier: 'L2', partner: false, autoAssign: true },
      ]),
    ...handlers,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const handler = all[`${method} ${url}`] ?? all[`${method} ${url.split('?')[0]}`];
    if (handler) return handler(init, url);
    if (method === 'GET' && (url.endsWith('/attachments') || url.endsWith('/links'))) {
      return json([]);
    }
    return json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

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
