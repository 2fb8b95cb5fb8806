import { vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from './fetch-mock';

/** The address a fetch call was made to, whatever form it was given in. */
export function urlOf(input: RequestInfo | URL): URL {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(raw, 'http://medley.test');
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

export const HOSPITAL_ID = 1;

export function me(roles: string[]) {
  return {
    username: roles[0],
    displayName: 'Dana Whitfield',
    roles,
    organization: { id: HOSPITAL_ID, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
  };
}

/**
 * The handler for "METHOD /path": the exact key, else a key whose `:name` segments stand for any
 * one segment ("GET /api/integrations/connectors/:id/status"), for ids a test makes as it runs.
 */
function handlerFor(all: Record<string, Handler>, key: string): Handler | undefined {
  const exact = all[key];
  if (exact) return exact;
  const [method, path] = key.split(' ');
  const segments = (path ?? '').split('/');
  const match = Object.keys(all).find((candidate) => {
    const [m, p] = candidate.split(' ');
    const parts = (p ?? '').split('/');
    return (
      m === method &&
      parts.length === segments.length &&
      parts.every((part, i) => part === segments[i] || (part.startsWith(':') && segments[i]))
    );
  });
  return match ? all[match] : undefined;
}

/**
 * A signed-in user with the given roles in the demo hospital, and a fake backend keyed by
 * "METHOD /path" without the query, so a test can look at the query the screen sent rather than
 * guess it byte for byte; `:name` path segments match any one segment. Unknown calls fail loudly.
 */
export function fakeBackend(roles: string[], handlers: Record<string, Handler>) {
  startSession('token-abc', 3600);
  const all: Record<string, Handler> = {
    'GET /api/me': () => json(me(roles)),
    'GET /api/notifications': () => json({ items: [], unread: 0 }),
    ...handlers,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = urlOf(input);
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const handler = handlerFor(all, key);
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  /** The URLs of the calls made to one path, in order. */
  const calls = (method: string, path: string): URL[] =>
    fetchMock.mock.calls
      .map(([input, init]) => ({
        url: urlOf(input),
        method: init?.method ?? 'GET',
      }))
      .filter((call) => call.method === method && call.url.pathname === path)
      .map((call) => call.url);
  return { fetchMock, calls };
}

/** A 400 problem+json naming the fields, as the API answers. */
export function fieldProblem(
  errors: { field: string | null; message: string }[],
  detail = 'Invalid request',
) {
  return json(
    { type: 'about:blank', title: 'Bad Request', status: 400, detail, errors },
    400,
    'application/problem+json',
  );
}
