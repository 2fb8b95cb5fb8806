import { vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json } from './fetch-mock';

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

function urlOf(input: RequestInfo | URL): URL {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(raw, 'http://medley.test');
}

/**
 * A signed-in user with the given roles in the demo hospital, and a fake backend keyed by
 * "METHOD /path" without the query. Unknown calls fail loudly. `calls` lists the URLs of one
 * path's calls, in order.
 */
export function fakeBackend(roles: string[], handlers: Record<string, Handler>) {
  startSession('token-abc', 3600);
  const all: Record<string, Handler> = {
    'GET /api/me': () =>
      json({
        username: roles[0],
        displayName: 'Alex Kim',
        roles,
        organization: { id: 1, name: 'Riverside Health', kind: 'HEALTH_SYSTEM' },
      }),
    'GET /api/notifications': () => json({ items: [], unread: 0 }),
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
  const calls = (method: string, path: string): URL[] =>
    fetchMock.mock.calls
      .map(([input, init]) => ({ url: urlOf(input), method: init?.method ?? 'GET' }))
      .filter((call) => call.method === method && call.url.pathname === path)
      .map((call) => call.url);
  return { fetchMock, calls };
}

/** A 400 problem naming fields, as the backend's Refused.invalid answers. */
export function fieldProblem(errors: { field: string | null; message: string }[]) {
  return json(
    { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid request', errors },
    400,
    'application/problem+json',
  );
}
