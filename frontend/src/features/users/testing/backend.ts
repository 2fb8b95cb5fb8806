import { vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from '@/testing/fetch-mock';
import type { User } from '../types';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

export function urlOf(input: RequestInfo | URL): URL {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(raw, 'http://medley.test');
}

export const HOSPITAL = { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' as const };
export const NORTHWIND = { id: 7, name: 'Northwind Managed Services', kind: 'PARTNER' as const };

export function user(overrides: Partial<User> = {}): User {
  return {
    id: 11,
    username: 'dana',
    displayName: 'Dana Reyes',
    email: 'dana.reyes@riverside.example',
    jobTitle: 'Charge nurse',
    department: 'Radiology',
    location: 'East wing',
    roles: ['end-user'],
    organization: HOSPITAL,
    enabled: true,
    passwordSet: true,
    lastSignInAt: '2026-12-01T09:30:00Z',
    version: 3,
    ...overrides,
  };
}

/** A fake backend keyed by "METHOD /path"; unknown calls fail loudly. */
export function fakeBackend(handlers: Record<string, Handler>, signedIn = true) {
  if (signedIn) startSession('token-abc', 3600);
  const all: Record<string, Handler> = {
    'GET /api/me': () =>
      json({
        username: 'admin',
        displayName: 'Ada Admin',
        roles: ['admin'],
        organization: HOSPITAL,
      }),
    'GET /api/notifications': () => json({ items: [], unread: 0 }),
    'GET /api/users/organizations': () => json([HOSPITAL, NORTHWIND]),
    ...handlers,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = urlOf(input);
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const handler = all[key];
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(init?.body as string) as Record<string, unknown>;
}
